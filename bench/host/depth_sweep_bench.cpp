// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// How throughput grows with the length of the innermost loop: a 1x1 conv2d and a fully_connected
// over a range of depths. These call the size-erased kernels with a geometry made at run time
// (benchmark arguments cannot be template arguments), so they also show what a kernel does when
// the compiler does not know the sizes.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "bench_support.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

namespace fennec::bench {
namespace {

// A 12x12 image, 1x1 filter, stride 1, channels in = channels out = the argument.
void conv2d_1x1_depth(benchmark::State& state) {
    const int channels = static_cast<int>(state.range(0));
    constexpr int side = 12;
    const kernels::Conv2dGeometry geometry{1,        side, side, channels, 1, 1, side, side,
                                           channels, 1,    1,    1,        1, 0, 0};

    const ConvolutionData data =
        random_convolution("conv2d_1x1_depth/" + std::to_string(channels), side * side * channels,
                           channels * channels, channels, channels);
    const kernels::Conv2dQuantization quantization = data.quantization();
    std::vector<std::int8_t> output(static_cast<std::size_t>(side * side * channels));

    for (auto _ : state) {
        kernels::portable::conv2d(geometry, quantization, data.input.data(), data.filter.data(),
                                  data.bias.data(), output.data());
        keep(output);
    }
    report(state, std::int64_t{side} * side * channels * channels, "conv 1x1, 12x12xC -> 12x12xC");
}
BENCHMARK(conv2d_1x1_depth)
    ->Name("depth_sweep/conv2d_1x1")
    ->ArgNames({"channels"})
    ->RangeMultiplier(2)
    ->Range(8, 256)
    ->Unit(benchmark::kMicrosecond);

// 128 outputs, accum_depth = the argument, per-tensor weights.
void fully_connected_depth(benchmark::State& state) {
    const int accum_depth = static_cast<int>(state.range(0));
    constexpr int output_depth = 128;
    const kernels::FullyConnectedGeometry geometry{1, accum_depth, output_depth};

    std::mt19937 rng(seed_of("fully_connected_depth/" + std::to_string(accum_depth)));
    const std::vector<std::int8_t> input = random_int8(rng, accum_depth);
    const std::vector<std::int8_t> filter = random_int8(rng, output_depth * accum_depth, -127, 127);
    const std::vector<std::int32_t> bias = random_bias(rng, output_depth);
    const ChannelMultipliers multipliers = random_channel_multipliers(rng, 1, accum_depth);
    const kernels::FullyConnectedQuantization quantization{-128, multipliers.multiplier[0],
                                                           multipliers.shift[0],
                                                           OutputQuantization{-128, {-128, 127}}};
    std::vector<std::int8_t> output(output_depth);

    for (auto _ : state) {
        kernels::portable::fully_connected(geometry, quantization, input.data(), filter.data(),
                                           bias.data(), output.data());
        keep(output);
    }
    report(state, std::int64_t{output_depth} * accum_depth, "FC D -> 128");
}
BENCHMARK(fully_connected_depth)
    ->Name("depth_sweep/fully_connected")
    ->ArgNames({"accum_depth"})
    ->RangeMultiplier(4)
    ->Range(16, 4096)
    ->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace fennec::bench
