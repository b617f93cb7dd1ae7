// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// depthwise_conv2d on named layer shapes: the CMSIS-NN count layers and representative layers of
// the MLPerf Tiny models and person_detect, each through the typed kernel and through the
// size-erased kernel with a run-time geometry (see Form in bench_support.hpp).
#include <cstdint>
#include <vector>

#include "bench_support.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"

namespace fennec::bench {
namespace {

template <class Layer, Form form>
struct DepthwiseConv2dBench {
    [[gnu::flatten]] static void run(benchmark::State& state) {
        using Input = typename Layer::InputShape;
        using Filter = typename Layer::FilterShape;
        using Output = typename Layer::OutputShape;
        using Window = typename Layer::Window;
        constexpr int depth_multiplier = Layer::depth_multiplier;
        const kernels::DepthwiseConv2dGeometry geometry = opaque(
            kernels::depthwise_conv2d_geometry<Input, Filter, Output, Window, depth_multiplier>());
        constexpr int output_channels = Filter::dim(3);
        constexpr int accumulation_depth = Filter::dim(1) * Filter::dim(2);

        const ConvolutionData data = random_convolution(
            Layer::name, Input::elements, Filter::elements, output_channels, accumulation_depth);
        const kernels::DepthwiseConv2dQuantization quantization = data.quantization();
        std::vector<std::int8_t> output(Output::elements);

        for (auto _ : state) {
            if constexpr (form == Form::typed) {
                kernels::portable::depthwise_conv2d<Input, Filter, Output, Window,
                                                    depth_multiplier>(
                    quantization, data.input.data(), data.filter.data(), data.bias.data(),
                    output.data());
            } else {
                kernels::portable::depthwise_conv2d(geometry, quantization, data.input.data(),
                                                    data.filter.data(), data.bias.data(),
                                                    output.data());
            }
            keep(output);
        }
        report(state, std::int64_t{Output::elements} * accumulation_depth, Layer::shape);
    }
};

// The CSV's layers.

struct KwsDepthwise {
    static constexpr char name[] = "kws_dw3x3";
    static constexpr char shape[] = "dw 3x3 s1, 25x5x64 -> 25x5x64";
    using InputShape = Shape<1, 25, 5, 64>;
    using FilterShape = Shape<1, 3, 3, 64>;
    using OutputShape = Shape<1, 25, 5, 64>;
    using Window = fennec::Window<1, 1, Padding::same>;
    static constexpr int depth_multiplier = 1;
};

struct VwwDepthwise {
    static constexpr char name[] = "vww_dw3x3_48x48x16";
    static constexpr char shape[] = "dw 3x3 s1, 48x48x16 -> 48x48x16";
    using InputShape = Shape<1, 48, 48, 16>;
    using FilterShape = Shape<1, 3, 3, 16>;
    using OutputShape = Shape<1, 48, 48, 16>;
    using Window = fennec::Window<1, 1, Padding::same>;
    static constexpr int depth_multiplier = 1;
};

// Model layers the CSV does not have.

struct VwwDepthwiseStride2 {
    static constexpr char name[] = "vww_dw3x3_s2_48x48x16";
    static constexpr char shape[] = "vww_mobilenet op 3: dw 3x3 s2, 48x48x16 -> 24x24x16 (SAME)";
    using InputShape = Shape<1, 48, 48, 16>;
    using FilterShape = Shape<1, 3, 3, 16>;
    using OutputShape = Shape<1, 24, 24, 16>;
    using Window = fennec::Window<2, 2, Padding::same>;
    static constexpr int depth_multiplier = 1;
};

struct VwwDepthwiseDeep {
    static constexpr char name[] = "vww_dw3x3_6x6x128";
    static constexpr char shape[] = "vww_mobilenet op 13: dw 3x3 s1, 6x6x128 -> 6x6x128";
    using InputShape = Shape<1, 6, 6, 128>;
    using FilterShape = Shape<1, 3, 3, 128>;
    using OutputShape = Shape<1, 6, 6, 128>;
    using Window = fennec::Window<1, 1, Padding::same>;
    static constexpr int depth_multiplier = 1;
};

struct PersonDetectFirst {
    static constexpr char name[] = "pd_dw3x3_s2_m8_96x96x1";
    static constexpr char shape[] =
        "person_detect op 0: dw 3x3 s2 x8, 96x96x1 -> 48x48x8 (SAME, depth multiplier 8)";
    using InputShape = Shape<1, 96, 96, 1>;
    using FilterShape = Shape<1, 3, 3, 8>;
    using OutputShape = Shape<1, 48, 48, 8>;
    using Window = fennec::Window<2, 2, Padding::same>;
    static constexpr int depth_multiplier = 8;
};

[[maybe_unused]] const bool registered = register_layers<DepthwiseConv2dBench,
                                                         KwsDepthwise,
                                                         VwwDepthwise,
                                                         VwwDepthwiseStride2,
                                                         VwwDepthwiseDeep,
                                                         PersonDetectFirst>("depthwise_conv2d");

}  // namespace
}  // namespace fennec::bench
