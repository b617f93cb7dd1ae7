// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The layers of ../shared/cortexm/cmsis_nn_icounts.csv (CMSIS-NN's per-layer instruction counts)
// through fennec's kernels, on one Cortex-M core under QEMU. Each layer runs once between the
// instruction-count markers; before it the program prints
//     bench <layer> <macs>
// and the plugin then prints "icount: region <n> <count>". run_bench.cmake pairs them into
// <build>/bench/cortexm-<core>.csv.
//
// Same shapes and quantization style as CMSIS-NN's measurement (section 5 of the shared README):
// per-channel multipliers in [2^30, 2^31) with shifts near -(7 + log4(depth)), input and output
// zero point -128, bias within +-1000, no activation clamp; fully connected per tensor. Weights,
// biases, constants and inputs are constexpr arrays laid out at build time; nothing is prepared at
// run time. A layer whose output does not fit the core's RAM (FENNEC_BENCH_MAX_OUTPUT_BYTES, the
// Cortex-M0's 16 KiB machine) prints "bench <layer> <macs> skipped" and is left out.
#include <array>
#include <cstddef>
#include <cstdint>

#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec_cortexm/icount.hpp"
#include "fennec_cortexm/print.hpp"

#ifndef FENNEC_BENCH_MAX_OUTPUT_BYTES
#define FENNEC_BENCH_MAX_OUTPUT_BYTES (1 << 30)
#endif

namespace {

namespace cortexm = fennec::cortexm;
namespace kernels = fennec::kernels;
namespace portable = fennec::kernels::portable;
using fennec::Padding;
using fennec::Shape;
using fennec::Window;

// Compile-time random numbers (a 32-bit LCG): the same arrays in every build.
class ConstexprRandom {
public:
    constexpr explicit ConstexprRandom(std::uint32_t seed) : state_{seed} {}
    constexpr std::uint32_t next() {
        state_ = state_ * 1664525u + 1013904223u;
        return state_;
    }
    constexpr int uniform(int lo, int hi) {
        return lo + static_cast<int>((next() >> 8) % static_cast<std::uint32_t>(hi - lo + 1));
    }

private:
    std::uint32_t state_;
};

template <std::size_t N>
constexpr std::array<std::int8_t, N> random_int8(std::uint32_t seed) {
    ConstexprRandom random{seed};
    std::array<std::int8_t, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        values[i] = static_cast<std::int8_t>(random.uniform(-128, 127));
    }
    return values;
}

template <std::size_t N>
constexpr std::array<std::int32_t, N> random_bias(std::uint32_t seed) {
    ConstexprRandom random{seed};
    std::array<std::int32_t, N> values{};
    for (std::size_t i = 0; i < N; ++i) {
        values[i] = random.uniform(-1000, 1000);
    }
    return values;
}

// Per-channel multipliers in [2^30, 2^31) and shifts -(7 + log4(depth)) + {-1, 0, 1}.
template <std::size_t N>
struct ChannelConstants {
    std::array<std::int32_t, N> multiplier{};
    std::array<std::int32_t, N> shift{};
};

template <std::size_t N>
constexpr ChannelConstants<N> channel_constants(std::uint32_t seed, int depth) {
    int log4_depth = 0;
    while ((1 << (2 * (log4_depth + 1))) <= depth) {
        ++log4_depth;
    }
    ConstexprRandom random{seed};
    ChannelConstants<N> constants{};
    for (std::size_t i = 0; i < N; ++i) {
        constants.multiplier[i] = static_cast<std::int32_t>(
            (1u << 30) + (random.next() >> 2));  // [2^30, 2^31)
        constants.shift[i] = -(7 + log4_depth) + random.uniform(-1, 1);
    }
    return constants;
}

constexpr std::int32_t zero_point = -128;
constexpr fennec::OutputQuantization no_clamp{zero_point, {-128, 127}};

// Every layer's output goes here; sized for the largest the core can hold.
constexpr std::size_t largest_output = 48 * 48 * 32;
constexpr std::size_t output_capacity = largest_output < FENNEC_BENCH_MAX_OUTPUT_BYTES
                                            ? largest_output
                                            : FENNEC_BENCH_MAX_OUTPUT_BYTES;
std::int8_t output[output_capacity];

// A conv2d (Filter OHWI) or, with Depthwise, a depthwise_conv2d layer with depth multiplier 1
// (Filter 1HWC); In and Out NHWC, W a fennec::Window.
template <bool Depthwise, class In, class Filter, class Out, class W, std::uint32_t Seed>
struct ConvLayer {
    static constexpr int depth =
        Filter::dim(1) * Filter::dim(2) * (Depthwise ? 1 : Filter::dim(3));
    static constexpr auto input = random_int8<In::elements>(Seed);
    static constexpr auto filter = random_int8<Filter::elements>(Seed + 1);
    static constexpr auto bias = random_bias<Out::dim(3)>(Seed + 2);
    static constexpr auto constants = channel_constants<Out::dim(3)>(Seed + 3, depth);
    static constexpr std::size_t output_bytes = Out::elements;
    static constexpr long macs = long{Out::elements} * depth;

    __attribute__((noinline)) static void run() {
        const kernels::Conv2dQuantization quantization{
            zero_point, constants.multiplier.data(), constants.shift.data(),
            kernels::WeightQuantization::per_channel, no_clamp};
        if constexpr (Depthwise) {
            portable::depthwise_conv2d<In, Filter, Out, W>(quantization, input.data(),
                                                           filter.data(), bias.data(), output);
        } else {
            portable::conv2d<In, Filter, Out, W>(quantization, input.data(), filter.data(),
                                                 bias.data(), output);
        }
    }
};

// A fully_connected layer, per-tensor quantization: Filter is [out, in].
template <class In, class Filter, class Out, std::uint32_t Seed>
struct FullyConnectedLayer {
    static constexpr int depth = Filter::dim(1);
    static constexpr auto input = random_int8<In::elements>(Seed);
    static constexpr auto filter = random_int8<Filter::elements>(Seed + 1);
    static constexpr auto bias = random_bias<Filter::dim(0)>(Seed + 2);
    static constexpr auto constants = channel_constants<1>(Seed + 3, depth);
    static constexpr std::size_t output_bytes = Out::elements;
    static constexpr long macs = long{Out::elements} * depth;

    __attribute__((noinline)) static void run() {
        const kernels::FullyConnectedQuantization quantization{
            zero_point, constants.multiplier[0], constants.shift[0], no_clamp};
        portable::fully_connected<In, Filter, Out>(quantization, input.data(), filter.data(),
                                                   bias.data(), output);
    }
};

// A pooling layer; macs counts the input elements read (CMSIS-NN's table does the same).
template <bool Average, class In, class Pool, class Out, class W, std::uint32_t Seed>
struct Pool2dLayer {
    static constexpr auto input = random_int8<In::elements>(Seed);
    static constexpr std::size_t output_bytes = Out::elements;
    static constexpr long macs = long{Out::elements} * Pool::dim(0) * Pool::dim(1);

    __attribute__((noinline)) static void run() {
        const fennec::ActivationRange activation{-128, 127};
        if constexpr (Average) {
            portable::average_pool2d<In, Pool, Out, W>(activation, input.data(), output);
        } else {
            portable::max_pool2d<In, Pool, Out, W>(activation, input.data(), output);
        }
    }
};

template <class Layer>
void measure(const char* name) {
    cortexm::print("bench ", name, " ", static_cast<std::int64_t>(Layer::macs));
    if constexpr (Layer::output_bytes <= output_capacity) {
        cortexm::print("\n");
        cortexm::icount_start();
        Layer::run();
        cortexm::icount_stop();
    } else {
        cortexm::print(" skipped\n");
    }
}

}  // namespace

int main() {
    measure<ConvLayer<false, Shape<1, 49, 10, 1>, Shape<64, 10, 4, 1>, Shape<1, 25, 5, 64>,
                        Window<2, 2, Padding::same>, 100>>("kws_conv1_10x4_s2");
    measure<ConvLayer<true, Shape<1, 25, 5, 64>, Shape<1, 3, 3, 64>, Shape<1, 25, 5, 64>,
                                 Window<1, 1, Padding::same>, 200>>("kws_dw3x3");
    measure<ConvLayer<false, Shape<1, 25, 5, 64>, Shape<64, 1, 1, 64>, Shape<1, 25, 5, 64>,
                        Window<1, 1, Padding::valid>, 300>>("kws_pw1x1");
    measure<Pool2dLayer<true, Shape<1, 25, 5, 64>, Shape<25, 5>, Shape<1, 1, 1, 64>,
                        Window<25, 5, Padding::valid>, 400>>("kws_avgpool_25x5");
    measure<FullyConnectedLayer<Shape<1, 64>, Shape<12, 64>, Shape<1, 12>, 500>>("kws_fc_64x12");
    measure<ConvLayer<true, Shape<1, 48, 48, 16>, Shape<1, 3, 3, 16>, Shape<1, 48, 48, 16>,
                                 Window<1, 1, Padding::same>, 600>>("vww_dw3x3_48x48x16");
    measure<ConvLayer<false, Shape<1, 48, 48, 16>, Shape<32, 1, 1, 16>, Shape<1, 48, 48, 32>,
                        Window<1, 1, Padding::valid>, 700>>("vww_pw_48x48x16_32");
    measure<ConvLayer<false, Shape<1, 96, 96, 3>, Shape<8, 3, 3, 3>, Shape<1, 48, 48, 8>,
                        Window<2, 2, Padding::same>, 800>>("vww_conv1_3x3_s2_96x96x3_8");
    measure<ConvLayer<false, Shape<1, 32, 32, 16>, Shape<16, 3, 3, 16>, Shape<1, 32, 32, 16>,
                        Window<1, 1, Padding::same>, 900>>("resnet_conv3x3_32x32x16_16");
    measure<FullyConnectedLayer<Shape<1, 640>, Shape<128, 640>, Shape<1, 128>, 1000>>(
        "ad_fc_640x128");
    measure<Pool2dLayer<false, Shape<1, 24, 24, 16>, Shape<2, 2>, Shape<1, 12, 12, 16>,
                        Window<2, 2, Padding::valid>, 1100>>("maxpool2x2_24x24x16");
    return 0;
}
