// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fully_connected on named layer shapes: the CMSIS-NN count layers and the other layers of the
// MLPerf Tiny models, each through the typed kernel and through the size-erased kernel with a
// run-time geometry (see Form in bench_support.hpp). The models quantize their FC weights per
// tensor, so these do too, with each layer's real scales and zero points (from graph.json) turned
// into a multiplier by fully_connected_output_multiplier, as fennec-gen does.
#include <cstdint>
#include <random>
#include <vector>

#include "bench_support.hpp"
#include "fennec/core/activation.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

namespace fennec::bench {
namespace {

// A layer's tensors' quantization as the model stores it.
struct FullyConnectedScales {
    float input_scale;
    std::int32_t input_zero_point;
    float filter_scale;
    float output_scale;
    std::int32_t output_zero_point;
    Activation activation;
};

template <class Layer, Form form>
struct FullyConnectedBench {
    [[gnu::flatten]] static void run(benchmark::State& state) {
        using Filter = typename Layer::FilterShape;
        using Input = Shape<1, Filter::dim(1)>;
        using Output = Shape<1, Filter::dim(0)>;
        constexpr FullyConnectedScales scales = Layer::scales;
        const kernels::FullyConnectedGeometry geometry =
            opaque(kernels::fully_connected_geometry<Input, Filter, Output>());

        std::mt19937 rng(seed_of(Layer::name));
        const std::vector<std::int8_t> input = random_int8(rng, Input::elements);
        const std::vector<std::int8_t> filter = random_int8(rng, Filter::elements, -127, 127);
        const std::vector<std::int32_t> bias = random_bias(rng, Filter::dim(0));
        const QuantizedMultiplier multiplier = kernels::fully_connected_output_multiplier(
            scales.input_scale, scales.filter_scale, scales.output_scale);
        const kernels::FullyConnectedQuantization quantization{
            scales.input_zero_point, multiplier.multiplier, multiplier.shift,
            OutputQuantization{scales.output_zero_point,
                               activation_range(scales.activation, scales.output_scale,
                                                scales.output_zero_point)}};
        std::vector<std::int8_t> output(Output::elements);

        for (auto _ : state) {
            if constexpr (form == Form::typed) {
                kernels::portable::fully_connected<Input, Filter, Output>(
                    quantization, input.data(), filter.data(), bias.data(), output.data());
            } else {
                kernels::portable::fully_connected(geometry, quantization, input.data(),
                                                   filter.data(), bias.data(), output.data());
            }
            keep(output);
        }
        report(state, std::int64_t{Filter::elements}, Layer::shape);
    }
};

// The CSV's layers.

struct KwsFc {
    static constexpr char name[] = "kws_fc_64x12";
    static constexpr char shape[] = "FC 64 -> 12 (kws_dscnn op 11)";
    using FilterShape = Shape<12, 64>;
    static constexpr FullyConnectedScales scales{0.0802361593f, -128, 0.00838575512f,
                                                 0.14469251f,   14,   Activation::none};
};

struct AdFcIn {
    static constexpr char name[] = "ad_fc_640x128";
    static constexpr char shape[] = "FC 640 -> 128 (ad_autoencoder op 0)";
    using FilterShape = Shape<128, 640>;
    static constexpr FullyConnectedScales scales{0.391015232f,  89,   0.000376874988f,
                                                 0.0494591296f, -128, Activation::relu};
};

// Model layers the CSV does not have.

struct AdFcHidden {
    static constexpr char name[] = "ad_fc_128x128";
    static constexpr char shape[] = "FC 128 -> 128 (ad_autoencoder op 1)";
    using FilterShape = Shape<128, 128>;
    static constexpr FullyConnectedScales scales{0.0494591296f, -128, 0.0150283268f,
                                                 0.0354056843f, -128, Activation::relu};
};

struct AdFcOut {
    static constexpr char name[] = "ad_fc_128x640";
    static constexpr char shape[] = "FC 128 -> 640 (ad_autoencoder op 9)";
    using FilterShape = Shape<640, 128>;
    static constexpr FullyConnectedScales scales{0.0247908905f, -128, 0.0195566826f,
                                                 0.364498466f,  96,   Activation::none};
};

struct IcFc {
    static constexpr char name[] = "ic_fc_64x10";
    static constexpr char shape[] = "FC 64 -> 10 (ic_resnet8 op 14)";
    using FilterShape = Shape<10, 64>;
    static constexpr FullyConnectedScales scales{0.127069145f, -128, 0.0305543914f,
                                                 0.171853513f, 24,   Activation::none};
};

struct VwwFc {
    static constexpr char name[] = "vww_fc_256x2";
    static constexpr char shape[] = "FC 256 -> 2 (vww_mobilenet op 29)";
    using FilterShape = Shape<2, 256>;
    static constexpr FullyConnectedScales scales{0.0156569127f, -128, 0.00472028926f,
                                                 0.0146362185f, -5,   Activation::none};
};

[[maybe_unused]] const bool registered =
    register_layers<FullyConnectedBench, KwsFc, AdFcIn, AdFcHidden, AdFcOut, IcFc, VwwFc>(
        "fully_connected");

}  // namespace
}  // namespace fennec::bench
