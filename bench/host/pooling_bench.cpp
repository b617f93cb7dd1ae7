// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// average_pool2d and max_pool2d on named layer shapes, each through the typed kernel and through
// the size-erased kernel with a run-time geometry (see Form in bench_support.hpp). Items are the
// input cells read (window cells inside the input summed over the output), the CSV's measure for
// pooling.
#include <cstdint>
#include <random>
#include <vector>

#include "bench_support.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pooling.hpp"

namespace fennec::bench {
namespace {

// The input cells one pooling layer reads: every window's cells that lie inside the input.
[[nodiscard]] constexpr std::int64_t cells_read(const kernels::Pool2dGeometry& geometry) {
    std::int64_t cells = 0;
    for (int out_y = 0; out_y < geometry.output_height; ++out_y) {
        for (int out_x = 0; out_x < geometry.output_width; ++out_x) {
            const auto window = kernels::portable::detail::pool_window(geometry, out_y, out_x);
            cells += std::int64_t{window.filter_y_end - window.filter_y_begin} *
                     (window.filter_x_end - window.filter_x_begin);
        }
    }
    return cells * geometry.batches * geometry.channels;
}

enum class Pooling { average, maximum };

template <class Layer, Form form>
struct Pool2dBench {
    [[gnu::flatten]] static void run(benchmark::State& state) {
        using Input = typename Layer::InputShape;
        using Filter = typename Layer::FilterShape;
        using Output = typename Layer::OutputShape;
        using Window = typename Layer::Window;
        constexpr kernels::Pool2dGeometry geometry =
            kernels::pool2d_geometry<Input, Filter, Output, Window>();
        const kernels::Pool2dGeometry runtime_geometry = opaque(geometry);
        constexpr ActivationRange activation{-128, 127};

        std::mt19937 rng(seed_of(Layer::name));
        const std::vector<std::int8_t> input = random_int8(rng, Input::elements);
        std::vector<std::int8_t> output(Output::elements);

        for (auto _ : state) {
            if constexpr (form == Form::typed && Layer::pooling == Pooling::average) {
                kernels::portable::average_pool2d<Input, Filter, Output, Window>(
                    activation, input.data(), output.data());
            } else if constexpr (form == Form::typed) {
                kernels::portable::max_pool2d<Input, Filter, Output, Window>(
                    activation, input.data(), output.data());
            } else if constexpr (Layer::pooling == Pooling::average) {
                kernels::portable::average_pool2d(runtime_geometry, activation, input.data(),
                                                  output.data());
            } else {
                kernels::portable::max_pool2d(runtime_geometry, activation, input.data(),
                                              output.data());
            }
            keep(output);
        }
        report(state, cells_read(geometry), Layer::shape);
    }
};

// The CSV's layers.

struct KwsAveragePool {
    static constexpr char name[] = "kws_avgpool_25x5";
    static constexpr char shape[] = "avgpool 25x5, 25x5x64 -> 1x1x64";
    static constexpr Pooling pooling = Pooling::average;
    using InputShape = Shape<1, 25, 5, 64>;
    using FilterShape = Shape<25, 5>;
    using OutputShape = Shape<1, 1, 1, 64>;
    using Window = fennec::Window<25, 5, Padding::valid>;
};

struct MaxPool2x2 {
    static constexpr char name[] = "maxpool2x2_24x24x16";
    static constexpr char shape[] = "maxpool 2x2 s2, 24x24x16 -> 12x12x16";
    static constexpr Pooling pooling = Pooling::maximum;
    using InputShape = Shape<1, 24, 24, 16>;
    using FilterShape = Shape<2, 2>;
    using OutputShape = Shape<1, 12, 12, 16>;
    using Window = fennec::Window<2, 2, Padding::valid>;
};

// Model layers the CSV does not have.

struct IcAveragePool {
    static constexpr char name[] = "ic_avgpool_8x8x64";
    static constexpr char shape[] = "ic_resnet8 op 12: avgpool 8x8, 8x8x64 -> 1x1x64";
    static constexpr Pooling pooling = Pooling::average;
    using InputShape = Shape<1, 8, 8, 64>;
    using FilterShape = Shape<8, 8>;
    using OutputShape = Shape<1, 1, 1, 64>;
    using Window = fennec::Window<8, 8, Padding::valid>;
};

struct VwwAveragePool {
    static constexpr char name[] = "vww_avgpool_3x3x256";
    static constexpr char shape[] = "vww_mobilenet op 27: avgpool 3x3, 3x3x256 -> 1x1x256";
    static constexpr Pooling pooling = Pooling::average;
    using InputShape = Shape<1, 3, 3, 256>;
    using FilterShape = Shape<3, 3>;
    using OutputShape = Shape<1, 1, 1, 256>;
    using Window = fennec::Window<3, 3, Padding::valid>;
};

[[maybe_unused]] const bool registered =
    register_layers<Pool2dBench, KwsAveragePool, MaxPool2x2, IcAveragePool, VwwAveragePool>(
        "pool2d");

}  // namespace
}  // namespace fennec::bench
