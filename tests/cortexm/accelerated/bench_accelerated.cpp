// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Instruction counts of the layers of ../shared/cortexm/cmsis_nn_icounts.csv through the portable
// kernels and through kernels::selected:: (arm_dsp on a DSP core), one after the other on the same
// data, each between the instruction-count markers. Before each region the program prints
//     bench <layer> <variant> <macs>
// and the plugin then "icount: region <n> <count>"; after both it checks that the two outputs are
// equal (exit status 1 if not). run_bench_accelerated.cmake turns the lines into a CSV.
//
// Same shapes and quantization style as CMSIS-NN's measurement (section 5 of the shared README):
// per-channel multipliers in [2^30, 2^31), shifts -(7 + log4(depth)) + {-1, 0, 1}, input and
// output zero point -128, bias within +-1000, no activation clamp; fully connected per tensor.
// All data are constexpr arrays; nothing is prepared at run time outside the measured call.
#include <array>
#include <cstddef>
#include <cstdint>

#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec_cortexm/icount.hpp"
#include "fennec_cortexm/print.hpp"

namespace {

namespace cortexm = fennec::cortexm;
namespace kernels = fennec::kernels;
using fennec::Padding;
using fennec::Shape;
using fennec::Window;

// A 32-bit LCG evaluated at compile time.
struct Lcg {
    std::uint32_t state;
    constexpr int draw(int lo, int hi) {
        state = state * 1664525u + 1013904223u;
        return lo + static_cast<int>((state >> 8) % static_cast<std::uint32_t>(hi - lo + 1));
    }
};

template <class T, std::size_t N>
constexpr std::array<T, N> draw_array(std::uint32_t seed, int lo, int hi) {
    Lcg lcg{seed};
    std::array<T, N> values{};
    for (auto& value : values) {
        value = static_cast<T>(lcg.draw(lo, hi));
    }
    return values;
}

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
    Lcg lcg{seed};
    ChannelConstants<N> constants{};
    for (std::size_t i = 0; i < N; ++i) {
        constants.multiplier[i] = (1 << 30) + lcg.draw(0, (1 << 30) - 1);
        constants.shift[i] = -(7 + log4_depth) + lcg.draw(-1, 1);
    }
    return constants;
}

constexpr std::int32_t zero_point = -128;
constexpr fennec::OutputQuantization no_clamp{zero_point, {-128, 127}};

constexpr std::size_t output_capacity = 48 * 48 * 32;
std::int8_t portable_output[output_capacity];
std::int8_t selected_output[output_capacity];

enum class Kind { conv, depthwise, fully_connected, average_pool, max_pool };

// One layer: In/Out the activation shapes, Filter the weights (or the pool window for pools).
template <Kind LayerKind, class In, class Filter, class Out, class W, std::uint32_t Seed>
struct Layer {
    static constexpr bool is_conv = LayerKind == Kind::conv || LayerKind == Kind::depthwise;
    static constexpr bool is_pool =
        LayerKind == Kind::average_pool || LayerKind == Kind::max_pool;
    static constexpr int depth = LayerKind == Kind::conv        ? Filter::dim(1) * Filter::dim(2) *
                                                                      Filter::dim(3)
                                 : LayerKind == Kind::depthwise ? Filter::dim(1) * Filter::dim(2)
                                 : is_pool                      ? Filter::dim(0) * Filter::dim(1)
                                                                : Filter::dim(1);
    static constexpr int channels = is_conv ? Out::dim(3) : is_pool ? 1 : Filter::dim(0);
    static constexpr auto input = draw_array<std::int8_t, In::elements>(Seed, -128, 127);
    static constexpr auto filter =
        draw_array<std::int8_t, is_pool ? 1 : Filter::elements>(Seed + 1, -128, 127);
    static constexpr auto bias = draw_array<std::int32_t, channels>(Seed + 2, -1000, 1000);
    static constexpr auto constants = channel_constants<channels>(Seed + 3, depth);
    static constexpr long macs = long{Out::elements} * depth;
    static constexpr std::size_t output_bytes = Out::elements;

    template <bool Portable>
    __attribute__((noinline)) static void run(std::int8_t* output) {
        const kernels::Conv2dQuantization conv_quantization{
            zero_point, constants.multiplier.data(), constants.shift.data(),
            kernels::WeightQuantization::per_channel, no_clamp};
        const kernels::FullyConnectedQuantization fc_quantization{
            zero_point, constants.multiplier[0], constants.shift[0], no_clamp};
        const fennec::ActivationRange activation{-128, 127};
        if constexpr (LayerKind == Kind::conv) {
            if constexpr (Portable) {
                kernels::portable::conv2d<In, Filter, Out, W>(conv_quantization, input.data(),
                                                              filter.data(), bias.data(), output);
            } else {
                kernels::selected::conv2d<In, Filter, Out, W>(conv_quantization, input.data(),
                                                              filter.data(), bias.data(), output);
            }
        } else if constexpr (LayerKind == Kind::depthwise) {
            if constexpr (Portable) {
                kernels::portable::depthwise_conv2d<In, Filter, Out, W>(
                    conv_quantization, input.data(), filter.data(), bias.data(), output);
            } else {
                kernels::selected::depthwise_conv2d<In, Filter, Out, W>(
                    conv_quantization, input.data(), filter.data(), bias.data(), output);
            }
        } else if constexpr (LayerKind == Kind::fully_connected) {
            if constexpr (Portable) {
                kernels::portable::fully_connected<In, Filter, Out>(
                    fc_quantization, input.data(), filter.data(), bias.data(), output);
            } else {
                kernels::selected::fully_connected<In, Filter, Out>(
                    fc_quantization, input.data(), filter.data(), bias.data(), output);
            }
        } else if constexpr (LayerKind == Kind::average_pool) {
            if constexpr (Portable) {
                kernels::portable::average_pool2d<In, Filter, Out, W>(activation, input.data(),
                                                                      output);
            } else {
                kernels::selected::average_pool2d<In, Filter, Out, W>(activation, input.data(),
                                                                      output);
            }
        } else {
            if constexpr (Portable) {
                kernels::portable::max_pool2d<In, Filter, Out, W>(activation, input.data(),
                                                                  output);
            } else {
                kernels::selected::max_pool2d<In, Filter, Out, W>(activation, input.data(),
                                                                  output);
            }
        }
    }
};

int mismatches = 0;

template <class L>
void measure(const char* name) {
    cortexm::print("bench ", name, " portable ", static_cast<std::int64_t>(L::macs), "\n");
    cortexm::icount_start();
    L::template run<true>(portable_output);
    cortexm::icount_stop();
    cortexm::print("bench ", name, " selected ", static_cast<std::int64_t>(L::macs), "\n");
    cortexm::icount_start();
    L::template run<false>(selected_output);
    cortexm::icount_stop();
    for (std::size_t i = 0; i < L::output_bytes; ++i) {
        if (portable_output[i] != selected_output[i]) {
            cortexm::print("bench ", name, ": MISMATCH at byte ", static_cast<std::uint32_t>(i),
                           "\n");
            ++mismatches;
            return;
        }
    }
}

}  // namespace

int main() {
    measure<Layer<Kind::conv, Shape<1, 49, 10, 1>, Shape<64, 10, 4, 1>, Shape<1, 25, 5, 64>,
                  Window<2, 2, Padding::same>, 100>>("kws_conv1_10x4_s2");
    measure<Layer<Kind::depthwise, Shape<1, 25, 5, 64>, Shape<1, 3, 3, 64>, Shape<1, 25, 5, 64>,
                  Window<1, 1, Padding::same>, 200>>("kws_dw3x3");
    measure<Layer<Kind::conv, Shape<1, 25, 5, 64>, Shape<64, 1, 1, 64>, Shape<1, 25, 5, 64>,
                  Window<1, 1, Padding::valid>, 300>>("kws_pw1x1");
    measure<Layer<Kind::average_pool, Shape<1, 25, 5, 64>, Shape<25, 5>, Shape<1, 1, 1, 64>,
                  Window<25, 5, Padding::valid>, 400>>("kws_avgpool_25x5");
    measure<Layer<Kind::fully_connected, Shape<1, 64>, Shape<12, 64>, Shape<1, 12>, Window<1, 1, Padding::valid>,
                  500>>("kws_fc_64x12");
    measure<Layer<Kind::depthwise, Shape<1, 48, 48, 16>, Shape<1, 3, 3, 16>, Shape<1, 48, 48, 16>,
                  Window<1, 1, Padding::same>, 600>>("vww_dw3x3_48x48x16");
    measure<Layer<Kind::conv, Shape<1, 48, 48, 16>, Shape<32, 1, 1, 16>, Shape<1, 48, 48, 32>,
                  Window<1, 1, Padding::valid>, 700>>("vww_pw_48x48x16_32");
    measure<Layer<Kind::conv, Shape<1, 96, 96, 3>, Shape<8, 3, 3, 3>, Shape<1, 48, 48, 8>,
                  Window<2, 2, Padding::same>, 800>>("vww_conv1_3x3_s2_96x96x3_8");
    measure<Layer<Kind::conv, Shape<1, 32, 32, 16>, Shape<16, 3, 3, 16>, Shape<1, 32, 32, 16>,
                  Window<1, 1, Padding::same>, 900>>("resnet_conv3x3_32x32x16_16");
    measure<Layer<Kind::fully_connected, Shape<1, 640>, Shape<128, 640>, Shape<1, 128>,
                  Window<1, 1, Padding::valid>, 1000>>("ad_fc_640x128");
    measure<Layer<Kind::max_pool, Shape<1, 24, 24, 16>, Shape<2, 2>, Shape<1, 12, 12, 16>,
                  Window<2, 2, Padding::valid>, 1100>>("maxpool2x2_24x24x16");
    cortexm::print(mismatches == 0 ? "bench_accelerated: outputs equal\n"
                                   : "bench_accelerated: MISMATCH\n");
    return mismatches == 0 ? 0 : 1;
}
