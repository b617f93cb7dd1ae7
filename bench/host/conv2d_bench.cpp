// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// conv2d on named layer shapes: the CMSIS-NN count layers (../shared/cortexm/cmsis_nn_icounts.csv,
// named by its `layer` column) and representative layers of the MLPerf Tiny models (shapes from
// ../shared/golden/<model>/graph.json), each through the typed kernel and through the size-erased
// kernel with a run-time geometry (see Form in bench_support.hpp).
#include <cstdint>
#include <vector>

#include "bench_support.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/conv2d.hpp"

namespace fennec::bench {
namespace {

template <class Layer, Form form>
struct Conv2dBench {
    [[gnu::flatten]] static void run(benchmark::State& state) {
        using Input = typename Layer::InputShape;
        using Filter = typename Layer::FilterShape;
        using Output = typename Layer::OutputShape;
        using Window = typename Layer::Window;
        const kernels::Conv2dGeometry geometry =
            opaque(kernels::conv2d_geometry<Input, Filter, Output, Window>());
        constexpr int output_channels = Filter::dim(0);
        constexpr int accumulation_depth = Filter::dim(1) * Filter::dim(2) * Filter::dim(3);

        const ConvolutionData data = random_convolution(
            Layer::name, Input::elements, Filter::elements, output_channels, accumulation_depth);
        const kernels::Conv2dQuantization quantization = data.quantization();
        std::vector<std::int8_t> output(Output::elements);

        for (auto _ : state) {
            if constexpr (form == Form::typed) {
                kernels::portable::conv2d<Input, Filter, Output, Window>(
                    quantization, data.input.data(), data.filter.data(), data.bias.data(),
                    output.data());
            } else {
                kernels::portable::conv2d(geometry, quantization, data.input.data(),
                                          data.filter.data(), data.bias.data(), output.data());
            }
            keep(output);
        }
        report(state, std::int64_t{Output::elements} * accumulation_depth, Layer::shape);
    }
};

// The CSV's layers.

struct KwsConv1 {
    static constexpr char name[] = "kws_conv1_10x4_s2";
    static constexpr char shape[] = "conv 10x4 s2, 49x10x1 -> 25x5x64 (pad 4,1)";
    using InputShape = Shape<1, 49, 10, 1>;
    using FilterShape = Shape<64, 10, 4, 1>;
    using OutputShape = Shape<1, 25, 5, 64>;
    using Window = fennec::Window<2, 2, Padding::same>;
};

struct KwsPointwise {
    static constexpr char name[] = "kws_pw1x1";
    static constexpr char shape[] = "conv 1x1, 25x5x64 -> 25x5x64";
    using InputShape = Shape<1, 25, 5, 64>;
    using FilterShape = Shape<64, 1, 1, 64>;
    using OutputShape = Shape<1, 25, 5, 64>;
    using Window = fennec::Window<1, 1, Padding::same>;
};

struct VwwPointwise {
    static constexpr char name[] = "vww_pw_48x48x16_32";
    static constexpr char shape[] = "conv 1x1, 48x48x16 -> 48x48x32";
    using InputShape = Shape<1, 48, 48, 16>;
    using FilterShape = Shape<32, 1, 1, 16>;
    using OutputShape = Shape<1, 48, 48, 32>;
    using Window = fennec::Window<1, 1, Padding::same>;
};

struct VwwConv1 {
    static constexpr char name[] = "vww_conv1_3x3_s2_96x96x3_8";
    static constexpr char shape[] = "conv 3x3 s2, 96x96x3 -> 48x48x8 (SAME)";
    using InputShape = Shape<1, 96, 96, 3>;
    using FilterShape = Shape<8, 3, 3, 3>;
    using OutputShape = Shape<1, 48, 48, 8>;
    using Window = fennec::Window<2, 2, Padding::same>;
};

struct ResnetConv3x3 {
    static constexpr char name[] = "resnet_conv3x3_32x32x16_16";
    static constexpr char shape[] = "conv 3x3 s1, 32x32x16 -> 32x32x16";
    using InputShape = Shape<1, 32, 32, 16>;
    using FilterShape = Shape<16, 3, 3, 16>;
    using OutputShape = Shape<1, 32, 32, 16>;
    using Window = fennec::Window<1, 1, Padding::same>;
};

// Model layers the CSV does not have.

struct IcConv1 {
    static constexpr char name[] = "ic_conv1_3x3_32x32x3_16";
    static constexpr char shape[] = "ic_resnet8 op 0: conv 3x3 s1, 32x32x3 -> 32x32x16 (SAME)";
    using InputShape = Shape<1, 32, 32, 3>;
    using FilterShape = Shape<16, 3, 3, 3>;
    using OutputShape = Shape<1, 32, 32, 16>;
    using Window = fennec::Window<1, 1, Padding::same>;
};

struct IcConvStride2 {
    static constexpr char name[] = "ic_conv3x3_s2_32x32x16_32";
    static constexpr char shape[] = "ic_resnet8 op 4: conv 3x3 s2, 32x32x16 -> 16x16x32 (SAME)";
    using InputShape = Shape<1, 32, 32, 16>;
    using FilterShape = Shape<32, 3, 3, 16>;
    using OutputShape = Shape<1, 16, 16, 32>;
    using Window = fennec::Window<2, 2, Padding::same>;
};

struct IcShortcut {
    static constexpr char name[] = "ic_conv1x1_s2_16x16x32_64";
    static constexpr char shape[] = "ic_resnet8 op 10: conv 1x1 s2, 16x16x32 -> 8x8x64";
    using InputShape = Shape<1, 16, 16, 32>;
    using FilterShape = Shape<64, 1, 1, 32>;
    using OutputShape = Shape<1, 8, 8, 64>;
    using Window = fennec::Window<2, 2, Padding::same>;
};

struct VwwPointwiseDeep {
    static constexpr char name[] = "vww_pw_6x6x128_128";
    static constexpr char shape[] = "vww_mobilenet op 14: conv 1x1, 6x6x128 -> 6x6x128";
    using InputShape = Shape<1, 6, 6, 128>;
    using FilterShape = Shape<128, 1, 1, 128>;
    using OutputShape = Shape<1, 6, 6, 128>;
    using Window = fennec::Window<1, 1, Padding::same>;
};

struct VwwPointwiseLast {
    static constexpr char name[] = "vww_pw_3x3x256_256";
    static constexpr char shape[] = "vww_mobilenet op 26: conv 1x1, 3x3x256 -> 3x3x256";
    using InputShape = Shape<1, 3, 3, 256>;
    using FilterShape = Shape<256, 1, 1, 256>;
    using OutputShape = Shape<1, 3, 3, 256>;
    using Window = fennec::Window<1, 1, Padding::same>;
};

[[maybe_unused]] const bool registered = register_layers<Conv2dBench,
                                                         KwsConv1,
                                                         KwsPointwise,
                                                         VwwPointwise,
                                                         VwwConv1,
                                                         ResnetConv3x3,
                                                         IcConv1,
                                                         IcConvStride2,
                                                         IcShortcut,
                                                         VwwPointwiseDeep,
                                                         VwwPointwiseLast>("conv2d");

}  // namespace
}  // namespace fennec::bench
