// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The layers of ../shared/cortexm/cmsis_nn_icounts.csv (CMSIS-NN's per-layer instruction counts)
// as compile-time data, shared by the layer benchmark (cmsis_nn_layers.cpp: the kernels a build
// selects) and tests/cortexm/accelerated/bench_accelerated.cpp (portable against selected).
//
// Same shapes and quantization style as CMSIS-NN's measurement (section 5 of the shared README):
// per-channel multipliers in [2^30, 2^31) with shifts -(7 + log4(depth)) + {-1, 0, 1}, input and
// output zero point -128, bias within +-1000, no activation clamp; fully connected per tensor.
// Weights, biases, constants and inputs are constexpr arrays laid out at build time; nothing is
// prepared at run time.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec_cortexm/icount.hpp"

namespace fennec::bench {

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

template <class T, std::size_t N>
constexpr std::array<T, N> random_array(std::uint32_t seed, int lo, int hi) {
    ConstexprRandom random{seed};
    std::array<T, N> values{};
    for (auto& value : values) {
        value = static_cast<T>(random.uniform(lo, hi));
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

inline constexpr std::int32_t zero_point = -128;
inline constexpr OutputQuantization no_clamp{zero_point, {-128, 127}};

enum class Kind { conv, depthwise, fully_connected, average_pool, max_pool };

// Which kernels a layer runs: the portable ones, or kernels::selected:: (the build's choice:
// arm_dsp on a core with the DSP extension, else portable).
enum class Variant { portable, selected };

// One layer: In/Out the activation shapes (NHWC, or [batches, depth] for fully_connected), Filter
// the weights (OHWI conv, 1HWC depthwise with multiplier 1, [out, in] fully connected) or, for a
// pool, the pool window's Shape<height, width>; W a fennec::Window. macs counts the input elements
// read for pools, as CMSIS-NN's table does.
template <Kind LayerKind, class In, class Filter, class Out, class W, std::uint32_t Seed>
struct Layer {
    static constexpr bool is_conv = LayerKind == Kind::conv || LayerKind == Kind::depthwise;
    static constexpr bool is_pool =
        LayerKind == Kind::average_pool || LayerKind == Kind::max_pool;
    static constexpr int depth = LayerKind == Kind::conv ? Filter::dim(1) * Filter::dim(2) *
                                                               Filter::dim(3)
                                 : is_conv ? Filter::dim(1) * Filter::dim(2)
                                 : is_pool ? Filter::dim(0) * Filter::dim(1)
                                           : Filter::dim(1);
    static constexpr int channels = is_conv ? Out::dim(3) : is_pool ? 1 : Filter::dim(0);
    static constexpr auto input = random_array<std::int8_t, In::elements>(Seed, -128, 127);
    static constexpr auto filter =
        random_array<std::int8_t, is_pool ? 1 : Filter::elements>(Seed + 1, -128, 127);
    static constexpr auto bias = random_array<std::int32_t, channels>(Seed + 2, -1000, 1000);
    static constexpr auto constants = channel_constants<channels>(Seed + 3, depth);
    static constexpr long macs = long{Out::elements} * depth;
    static constexpr std::size_t output_bytes = Out::elements;

    // The layer through the typed kernels of V into Output (a global array of at least
    // output_bytes): its address is a compile-time constant, as it was for the figures recorded
    // so far (a pointer passed at run time costs the conv layers up to 18 % more instructions).
    template <Variant V, std::int8_t* Output>
    __attribute__((noinline)) static void run() {
        std::int8_t* const output = Output;
        namespace portable = kernels::portable;
        namespace selected = kernels::selected;
        const kernels::Conv2dQuantization conv_quantization{
            zero_point, constants.multiplier.data(), constants.shift.data(),
            kernels::WeightQuantization::per_channel, no_clamp};
        const kernels::FullyConnectedQuantization fc_quantization{
            zero_point, constants.multiplier[0], constants.shift[0], no_clamp};
        const ActivationRange activation{-128, 127};
        constexpr bool is_portable = V == Variant::portable;
        if constexpr (LayerKind == Kind::conv) {
            if constexpr (is_portable) {
                portable::conv2d<In, Filter, Out, W>(conv_quantization, input.data(),
                                                     filter.data(), bias.data(), output);
            } else {
                selected::conv2d<In, Filter, Out, W>(conv_quantization, input.data(),
                                                     filter.data(), bias.data(), output);
            }
        } else if constexpr (LayerKind == Kind::depthwise) {
            if constexpr (is_portable) {
                portable::depthwise_conv2d<In, Filter, Out, W>(conv_quantization, input.data(),
                                                               filter.data(), bias.data(), output);
            } else {
                selected::depthwise_conv2d<In, Filter, Out, W>(conv_quantization, input.data(),
                                                               filter.data(), bias.data(), output);
            }
        } else if constexpr (LayerKind == Kind::fully_connected) {
            if constexpr (is_portable) {
                portable::fully_connected<In, Filter, Out>(fc_quantization, input.data(),
                                                           filter.data(), bias.data(), output);
            } else {
                selected::fully_connected<In, Filter, Out>(fc_quantization, input.data(),
                                                           filter.data(), bias.data(), output);
            }
        } else if constexpr (LayerKind == Kind::average_pool) {
            if constexpr (is_portable) {
                portable::average_pool2d<In, Filter, Out, W>(activation, input.data(), output);
            } else {
                selected::average_pool2d<In, Filter, Out, W>(activation, input.data(), output);
            }
        } else {
            if constexpr (is_portable) {
                portable::max_pool2d<In, Filter, Out, W>(activation, input.data(), output);
            } else {
                selected::max_pool2d<In, Filter, Out, W>(activation, input.data(), output);
            }
        }
    }
};

// A layer as a value, for for_each_layer's visitor.
template <class L>
struct LayerTag {
    using type = L;
};

// Calls visit(LayerTag<Layer>{}, "<layer>") for every layer of the CSV, in its order; the names
// are the CSV's `layer` column.
template <class Visit>
void for_each_layer(Visit&& visit) {
    using fennec::Padding;
    using fennec::Shape;
    using fennec::Window;
    visit(LayerTag<Layer<Kind::conv, Shape<1, 49, 10, 1>, Shape<64, 10, 4, 1>, Shape<1, 25, 5, 64>,
                         Window<2, 2, Padding::same>, 100>>{},
          "kws_conv1_10x4_s2");
    visit(LayerTag<Layer<Kind::depthwise, Shape<1, 25, 5, 64>, Shape<1, 3, 3, 64>,
                         Shape<1, 25, 5, 64>, Window<1, 1, Padding::same>, 200>>{},
          "kws_dw3x3");
    visit(LayerTag<Layer<Kind::conv, Shape<1, 25, 5, 64>, Shape<64, 1, 1, 64>, Shape<1, 25, 5, 64>,
                         Window<1, 1, Padding::valid>, 300>>{},
          "kws_pw1x1");
    visit(LayerTag<Layer<Kind::average_pool, Shape<1, 25, 5, 64>, Shape<25, 5>, Shape<1, 1, 1, 64>,
                         Window<25, 5, Padding::valid>, 400>>{},
          "kws_avgpool_25x5");
    visit(LayerTag<Layer<Kind::fully_connected, Shape<1, 64>, Shape<12, 64>, Shape<1, 12>,
                         Window<1, 1, Padding::valid>, 500>>{},
          "kws_fc_64x12");
    visit(LayerTag<Layer<Kind::depthwise, Shape<1, 48, 48, 16>, Shape<1, 3, 3, 16>,
                         Shape<1, 48, 48, 16>, Window<1, 1, Padding::same>, 600>>{},
          "vww_dw3x3_48x48x16");
    visit(LayerTag<Layer<Kind::conv, Shape<1, 48, 48, 16>, Shape<32, 1, 1, 16>,
                         Shape<1, 48, 48, 32>, Window<1, 1, Padding::valid>, 700>>{},
          "vww_pw_48x48x16_32");
    visit(LayerTag<Layer<Kind::conv, Shape<1, 96, 96, 3>, Shape<8, 3, 3, 3>, Shape<1, 48, 48, 8>,
                         Window<2, 2, Padding::same>, 800>>{},
          "vww_conv1_3x3_s2_96x96x3_8");
    visit(LayerTag<Layer<Kind::conv, Shape<1, 32, 32, 16>, Shape<16, 3, 3, 16>,
                         Shape<1, 32, 32, 16>, Window<1, 1, Padding::same>, 900>>{},
          "resnet_conv3x3_32x32x16_16");
    visit(LayerTag<Layer<Kind::fully_connected, Shape<1, 640>, Shape<128, 640>, Shape<1, 128>,
                         Window<1, 1, Padding::valid>, 1000>>{},
          "ad_fc_640x128");
    visit(LayerTag<Layer<Kind::max_pool, Shape<1, 24, 24, 16>, Shape<2, 2>, Shape<1, 12, 12, 16>,
                         Window<2, 2, Padding::valid>, 1100>>{},
          "maxpool2x2_24x24x16");
}

// Runs Run() between the instruction-count markers: the region holds the call (one BL) and the
// layer. One small function per layer, 32-byte aligned, so that a marker and its neighbour never
// straddle a 4 KiB page: QEMU 7.2 was seen to skip the plugin's callback on a START marker whose
// following BL crossed a page boundary (bench_accelerated lost one region of 22). Run is a
// template argument, not a function pointer: called directly, GCC compiles the layer as before
// (through a pointer, some layers took up to 13 % more instructions).
template <void (*Run)()>
[[gnu::noinline, gnu::aligned(32)]] void measure_call() {
    cortexm::icount_start();
    Run();
    cortexm::icount_stop();
}

}  // namespace fennec::bench
