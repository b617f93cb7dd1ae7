// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Random cases for the accelerated kernels, drawn on the Cortex-M core itself: each case draws a
// shape, constants and data from its seed (CaseRandom, integer arithmetic only), runs the
// portable kernel (the oracle) and the kernel of `Variant` (arm_dsp) on the same inputs into two
// buffers, and reports the first differing byte. No heap: every tensor fits the fixed buffers
// (a draw that would not fit is drawn again).
//
// The draws lean on the classes the accelerated paths tell apart: channel counts (and
// fully_connected's depths and row counts) on both sides of multiples of 4 (the group tails), 3-wide filters at stride 1 (the unrolled path), every padding,
// depth multipliers above 1, inputs pinned at -128 and 127, zero points at -128 and 127, shifts
// that are left shifts or very long right shifts, huge biases (which leave the four-instruction
// epilogue for the exact one) and every activation clamp.
#pragma once

#include <cstdint>

#include "case_random.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec_cortexm/print.hpp"

namespace fennec::accelerated_test {

namespace k = fennec::kernels;
using cortexm::print;
using cortexm_test::CaseRandom;

inline constexpr int max_tensor_bytes = 6144;
inline constexpr int max_filter_bytes = 4096;
inline constexpr int max_channels = 96;
inline constexpr long max_macs = 300000;  // keeps each case around a millisecond under QEMU

struct Buffers {
    std::int8_t input[max_tensor_bytes];
    std::int8_t filter[max_filter_bytes];
    std::int32_t bias[max_channels];
    std::int32_t multiplier[max_channels];
    std::int32_t shift[max_channels];
    std::int8_t expected[max_tensor_bytes];
    std::int8_t actual[max_tensor_bytes];
};

// A window and an input it fits, with TFLite's output size and padding. Half of the windows are
// 3x3 at stride 1 without dilation (MobileNet's and DS-CNN's depthwise layers).
struct Window {
    int filter_height, filter_width, stride_height, stride_width, dilation_height, dilation_width;
    int input_height, input_width, output_height, output_width, padding_top, padding_left;
    bool is_same;
};

inline Window draw_window(CaseRandom& random, int max_filter, bool allow_dilation = true) {
    Window w{};
    if (random.one_in(2)) {
        w.filter_height = 3;
        w.filter_width = 3;
        w.stride_height = 1;
        w.stride_width = 1;
        w.dilation_height = 1;
        w.dilation_width = 1;
    } else {
        w.filter_height = random.uniform(1, max_filter);
        w.filter_width = random.uniform(1, max_filter);
        w.stride_height = random.uniform(1, 3);
        w.stride_width = random.uniform(1, 3);
        w.dilation_height = allow_dilation && random.one_in(4) ? 2 : 1;
        w.dilation_width = allow_dilation && random.one_in(4) ? 2 : 1;
    }
    w.is_same = random.one_in(2);
    const int min_height =
        w.is_same ? 1 : effective_filter_size(w.filter_height, w.dilation_height);
    const int min_width = w.is_same ? 1 : effective_filter_size(w.filter_width, w.dilation_width);
    w.input_height = random.uniform(min_height, min_height + 9);
    w.input_width = random.uniform(min_width, min_width + 9);
    const Padding padding = w.is_same ? Padding::same : Padding::valid;
    w.output_height = compute_out_size(padding, w.input_height, w.filter_height, w.stride_height,
                                       w.dilation_height);
    w.output_width = compute_out_size(padding, w.input_width, w.filter_width, w.stride_width,
                                      w.dilation_width);
    w.padding_top = w.is_same ? compute_padding(w.stride_height, w.dilation_height,
                                                w.input_height, w.filter_height, w.output_height)
                              : 0;
    w.padding_left = w.is_same ? compute_padding(w.stride_width, w.dilation_width, w.input_width,
                                                 w.filter_width, w.output_width)
                               : 0;
    return w;
}

// A 1x1 window at stride 1 (a pointwise convolution), VALID padding.
inline Window pointwise_window(CaseRandom& random) {
    Window w{1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, false};
    w.input_height = random.uniform(1, 10);
    w.input_width = random.uniform(1, 10);
    w.output_height = w.input_height;
    w.output_width = w.input_width;
    return w;
}

// Channel counts 1..max: every remainder modulo 4 occurs, often just below or above a multiple.
inline int draw_channels(CaseRandom& random, int max) {
    if (random.one_in(2)) {
        const int groups = random.uniform(0, (max - 3) / 4);
        const int channels = 4 * groups + random.uniform(-1, 3);
        return channels < 1 ? 1 : channels;
    }
    return random.uniform(1, max);
}

// A zero point at either end of int8 more often than CaseRandom's.
inline std::int32_t draw_zero_point(CaseRandom& random) {
    switch (random.uniform(0, 4)) {
        case 0:
            return -128;
        case 1:
            return 127;
        default:
            return random.zero_point();
    }
}

// Multipliers and shifts for sums of `depth` terms: right shifts that keep the outputs spread over
// int8; in one case of four, some channels get a left shift, a very long right shift, a zero
// multiplier or the smallest normalised one instead.
inline void draw_multipliers(CaseRandom& random, Buffers& buffers, int count, int depth) {
    const bool has_unusual_channels = random.one_in(4);
    for (int c = 0; c < count; ++c) {
        std::int32_t multiplier = random.multiplier();
        std::int32_t shift = random.shift(depth);
        switch (has_unusual_channels ? random.uniform(0, 7) : 7) {
            case 0:
                shift = random.uniform(1, 4);
                break;
            case 1:
                shift = -random.uniform(20, 31);
                break;
            case 2:
                multiplier = 0;
                break;
            case 3:
                multiplier = 1 << 30;
                break;
            default:
                break;
        }
        buffers.multiplier[c] = multiplier;
        buffers.shift[c] = shift;
    }
}

// Bias: none, small, or (one case in five) huge: near the ends of int32, or near +-2^30, where
// twice the accumulator (the four-instruction epilogue's input) stops fitting in int32.
inline const std::int32_t* draw_bias(CaseRandom& random, Buffers& buffers, int count) {
    if (random.one_in(6)) {
        return nullptr;
    }
    const bool is_huge = random.one_in(5);
    const std::int32_t huge = random.one_in(2) ? 0x7FFF0000 : 0x3FFF8000;
    for (int c = 0; c < count; ++c) {
        const std::int32_t near_huge = huge + random.uniform(0, 0xFFFF);
        buffers.bias[c] = is_huge ? (random.one_in(2) ? near_huge : -near_huge)
                                  : random.uniform(-30000, 30000);
    }
    return buffers.bias;
}

inline OutputQuantization draw_output(CaseRandom& random) {
    OutputQuantization output{draw_zero_point(random), {}};
    random.activation(output.zero_point, output.activation.min, output.activation.max);
    return output;
}

// Compares the two outputs; prints the case and the first difference on a mismatch.
inline bool outputs_match(const char* family, std::uint32_t seed, const Buffers& buffers,
                          int count, const char* shape) {
    for (int i = 0; i < count; ++i) {
        if (buffers.expected[i] != buffers.actual[i]) {
            print(family, " seed ", seed, " (", shape, "): FAIL at byte ", std::int32_t{i}, " of ",
                  std::int32_t{count}, ": portable ", std::int32_t{buffers.expected[i]},
                  ", accelerated ", std::int32_t{buffers.actual[i]}, "\n");
            return false;
        }
    }
    return true;
}

// A shape as text, "a x b x c ..." from up to 16 integers, for failure messages.
class ShapeText {
public:
    ShapeText& add(const char* label, int value) {
        append(label);
        append("=");
        char digits[12];
        char* first = digits + sizeof digits;
        *--first = '\0';
        auto magnitude = static_cast<unsigned>(value < 0 ? -value : value);
        do {
            *--first = static_cast<char>('0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (value < 0) {
            *--first = '-';
        }
        append(first);
        append(" ");
        return *this;
    }
    const char* text() const { return text_; }

private:
    void append(const char* part) {
        while (*part != '\0' && length_ + 1 < static_cast<int>(sizeof text_)) {
            text_[length_++] = *part++;
        }
        text_[length_] = '\0';
    }
    char text_[256] = {};
    int length_ = 0;
};

// The constants of a conv2d or depthwise_conv2d: per-channel (three cases in four) or per-tensor
// multipliers for sums of `depth` terms, the zero points and the activation.
inline k::Conv2dQuantization draw_conv_quantization(CaseRandom& random, Buffers& buffers,
                                                    int output_channels, int depth) {
    const bool is_per_channel = !random.one_in(4);
    draw_multipliers(random, buffers, is_per_channel ? output_channels : 1, depth);
    const std::int32_t input_zero_point = draw_zero_point(random);
    const OutputQuantization output = draw_output(random);
    return k::Conv2dQuantization{
        input_zero_point, buffers.multiplier, buffers.shift,
        is_per_channel ? k::WeightQuantization::per_channel : k::WeightQuantization::per_tensor,
        output};
}

// Input and weights, one case in eight pinned at -128 and 127.
inline void draw_data(CaseRandom& random, Buffers& buffers, int input_bytes, int filter_bytes) {
    const bool pinned = random.one_in(8);
    random.fill(buffers.input, input_bytes, pinned);
    random.fill(buffers.filter, filter_bytes, pinned);
}

// A window's shape as text for failure messages.
inline void add_window(ShapeText& shape, const Window& w) {
    shape.add("h", w.input_height)
        .add("w", w.input_width)
        .add("fh", w.filter_height)
        .add("fw", w.filter_width)
        .add("sh", w.stride_height)
        .add("sw", w.stride_width)
        .add("dh", w.dilation_height)
        .add("dw", w.dilation_width)
        .add("same", w.is_same ? 1 : 0);
}

// depthwise_conv2d: returns whether the accelerated kernel matched the portable one.
inline bool depthwise_conv2d_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    for (;;) {
        const Window w = draw_window(random, 5);
        const int batches = random.one_in(5) ? 2 : 1;
        const int input_channels = draw_channels(random, 40);
        const int depth_multiplier = random.one_in(4) ? random.uniform(2, 3) : 1;
        const int output_channels = input_channels * depth_multiplier;
        const int input_bytes = batches * w.input_height * w.input_width * input_channels;
        const int filter_bytes = w.filter_height * w.filter_width * output_channels;
        const int output_bytes = batches * w.output_height * w.output_width * output_channels;
        if (input_bytes > max_tensor_bytes || filter_bytes > max_filter_bytes ||
            output_bytes > max_tensor_bytes || output_channels > max_channels) {
            continue;
        }
        const k::DepthwiseConv2dGeometry geometry{
            batches,          w.input_height,  w.input_width,    input_channels,
            depth_multiplier, w.filter_height, w.filter_width,   w.output_height,
            w.output_width,   w.stride_height, w.stride_width,   w.dilation_height,
            w.dilation_width, w.padding_top,   w.padding_left};
        const k::Conv2dQuantization quantization = draw_conv_quantization(
            random, buffers, output_channels, w.filter_height * w.filter_width);
        const std::int32_t* const bias = draw_bias(random, buffers, output_channels);
        draw_data(random, buffers, input_bytes, filter_bytes);

        k::portable::depthwise_conv2d(geometry, quantization, buffers.input, buffers.filter, bias,
                                      buffers.expected);
        k::selected::depthwise_conv2d(geometry, quantization, buffers.input, buffers.filter, bias,
                                      buffers.actual);
        ShapeText shape;
        shape.add("n", batches).add("c", input_channels).add("m", depth_multiplier);
        add_window(shape, w);
        shape.add("izp", quantization.input_zero_point).add("ozp", quantization.output.zero_point);
        return outputs_match("depthwise_conv2d", seed, buffers, output_bytes, shape.text());
    }
}

// conv2d: returns whether the accelerated kernel matched the portable one. One case in four is a
// 1x1 (pointwise) convolution, one in eight a first layer with 1 to 3 input channels.
inline bool conv2d_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    for (;;) {
        Window w = draw_window(random, 5);
        if (random.one_in(4)) {
            w = pointwise_window(random);
        }
        const int batches = random.one_in(5) ? 2 : 1;
        const int input_channels =
            random.one_in(8) ? random.uniform(1, 3) : draw_channels(random, 40);
        const int output_channels = draw_channels(random, 40);
        const int depth = w.filter_height * w.filter_width * input_channels;
        const int input_bytes = batches * w.input_height * w.input_width * input_channels;
        const int filter_bytes = output_channels * depth;
        const int output_bytes = batches * w.output_height * w.output_width * output_channels;
        if (input_bytes > max_tensor_bytes || filter_bytes > max_filter_bytes ||
            output_bytes > max_tensor_bytes || long{output_bytes} * depth > max_macs) {
            continue;
        }
        const k::Conv2dGeometry geometry{
            batches,          w.input_height,  w.input_width,   input_channels,
            w.filter_height,  w.filter_width,  w.output_height, w.output_width,
            output_channels,  w.stride_height, w.stride_width,  w.dilation_height,
            w.dilation_width, w.padding_top,   w.padding_left};
        const k::Conv2dQuantization quantization =
            draw_conv_quantization(random, buffers, output_channels, depth);
        const std::int32_t* const bias = draw_bias(random, buffers, output_channels);
        draw_data(random, buffers, input_bytes, filter_bytes);

        k::portable::conv2d(geometry, quantization, buffers.input, buffers.filter, bias,
                            buffers.expected);
        k::selected::conv2d(geometry, quantization, buffers.input, buffers.filter, bias,
                            buffers.actual);
        ShapeText shape;
        shape.add("n", batches).add("c", input_channels).add("oc", output_channels);
        add_window(shape, w);
        shape.add("izp", quantization.input_zero_point).add("ozp", quantization.output.zero_point);
        return outputs_match("conv2d", seed, buffers, output_bytes, shape.text());
    }
}

// fully_connected: returns whether the accelerated kernel matched the portable one. Per-tensor
// and per-channel weights, half each; depths up to 300 and 1 to 40 rows, batches 1 to 3.
inline bool fully_connected_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    for (;;) {
        const int batches = random.one_in(4) ? random.uniform(2, 3) : 1;
        const int accum_depth = draw_channels(random, random.one_in(2) ? 40 : 300);
        const int output_depth = draw_channels(random, 40);
        const int input_bytes = batches * accum_depth;
        const int filter_bytes = output_depth * accum_depth;
        const int output_bytes = batches * output_depth;
        if (input_bytes > max_tensor_bytes || filter_bytes > max_filter_bytes) {
            continue;
        }
        const k::FullyConnectedGeometry geometry{batches, accum_depth, output_depth};
        const bool is_per_channel = random.one_in(2);
        draw_multipliers(random, buffers, is_per_channel ? output_depth : 1, accum_depth);
        const std::int32_t input_zero_point = draw_zero_point(random);
        const OutputQuantization output = draw_output(random);
        const std::int32_t* const bias = draw_bias(random, buffers, output_depth);
        draw_data(random, buffers, input_bytes, filter_bytes);

        if (is_per_channel) {
            const k::FullyConnectedPerChannelQuantization quantization{
                input_zero_point, buffers.multiplier, buffers.shift, output};
            k::portable::fully_connected_per_channel(geometry, quantization, buffers.input,
                                                     buffers.filter, bias, buffers.expected);
            k::selected::fully_connected_per_channel(geometry, quantization, buffers.input,
                                                     buffers.filter, bias, buffers.actual);
        } else {
            const k::FullyConnectedQuantization quantization{
                input_zero_point, buffers.multiplier[0], buffers.shift[0], output};
            k::portable::fully_connected(geometry, quantization, buffers.input, buffers.filter,
                                         bias, buffers.expected);
            k::selected::fully_connected(geometry, quantization, buffers.input, buffers.filter,
                                         bias, buffers.actual);
        }
        ShapeText shape;
        shape.add("n", batches)
            .add("depth", accum_depth)
            .add("rows", output_depth)
            .add("per_channel", is_per_channel ? 1 : 0)
            .add("izp", input_zero_point)
            .add("ozp", output.zero_point);
        return outputs_match("fully_connected", seed, buffers, output_bytes, shape.text());
    }
}

// max_pool2d: returns whether the accelerated kernel matched the portable one. Windows without
// dilation (pooling has none), one case in four without an activation clamp.
inline bool max_pool2d_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    for (;;) {
        const Window w = draw_window(random, 5, /*allow_dilation=*/false);
        const int batches = random.one_in(5) ? 2 : 1;
        const int channels = draw_channels(random, 40);
        const int input_bytes = batches * w.input_height * w.input_width * channels;
        const int output_bytes = batches * w.output_height * w.output_width * channels;
        if (input_bytes > max_tensor_bytes || output_bytes > max_tensor_bytes) {
            continue;
        }
        const k::Pool2dGeometry geometry{
            batches,         w.input_height,  w.input_width,    channels,
            w.filter_height, w.filter_width,  w.output_height,  w.output_width,
            w.stride_height, w.stride_width,  w.padding_top,    w.padding_left};
        ActivationRange activation{int8_min, int8_max};
        if (!random.one_in(4)) {
            random.activation(draw_zero_point(random), activation.min, activation.max);
        }
        random.fill(buffers.input, input_bytes, random.one_in(8));

        k::portable::max_pool2d(geometry, activation, buffers.input, buffers.expected);
        k::selected::max_pool2d(geometry, activation, buffers.input, buffers.actual);
        ShapeText shape;
        shape.add("n", batches).add("c", channels);
        add_window(shape, w);
        shape.add("min", activation.min).add("max", activation.max);
        return outputs_match("max_pool2d", seed, buffers, output_bytes, shape.text());
    }
}

// The typed forms (compile-time shapes, the paths the generated models take): fully_connected
// and max_pool2d on a few fixed shapes, each case one of them (by seed) with fresh data and
// constants. Shapes with tails: rows and depths not multiples of 4, batches > 1, odd channels.
template <bool PerChannel, class In, class Filter, class Out>
bool typed_fully_connected_case(CaseRandom& random, Buffers& buffers, const char* name,
                                std::uint32_t seed) {
    constexpr int rows = Filter::dim(0);
    draw_multipliers(random, buffers, PerChannel ? rows : 1, Filter::dim(1));
    const std::int32_t input_zero_point = draw_zero_point(random);
    const OutputQuantization output = draw_output(random);
    const std::int32_t* const bias = draw_bias(random, buffers, rows);
    draw_data(random, buffers, In::elements, Filter::elements);
    if constexpr (PerChannel) {
        const k::FullyConnectedPerChannelQuantization quantization{
            input_zero_point, buffers.multiplier, buffers.shift, output};
        k::portable::fully_connected_per_channel<In, Filter, Out>(
            quantization, buffers.input, buffers.filter, bias, buffers.expected);
        k::selected::fully_connected_per_channel<In, Filter, Out>(
            quantization, buffers.input, buffers.filter, bias, buffers.actual);
    } else {
        const k::FullyConnectedQuantization quantization{input_zero_point, buffers.multiplier[0],
                                                         buffers.shift[0], output};
        k::portable::fully_connected<In, Filter, Out>(quantization, buffers.input, buffers.filter,
                                                      bias, buffers.expected);
        k::selected::fully_connected<In, Filter, Out>(quantization, buffers.input, buffers.filter,
                                                      bias, buffers.actual);
    }
    return outputs_match("typed fully_connected", seed, buffers, Out::elements, name);
}

template <class In, class Pool, class Out, class W>
bool typed_max_pool2d_case(CaseRandom& random, Buffers& buffers, const char* name,
                           std::uint32_t seed) {
    ActivationRange activation{int8_min, int8_max};
    if (random.one_in(2)) {
        random.activation(draw_zero_point(random), activation.min, activation.max);
    }
    random.fill(buffers.input, In::elements, random.one_in(8));
    k::portable::max_pool2d<In, Pool, Out, W>(activation, buffers.input, buffers.expected);
    k::selected::max_pool2d<In, Pool, Out, W>(activation, buffers.input, buffers.actual);
    return outputs_match("typed max_pool2d", seed, buffers, Out::elements, name);
}

// conv2d through the typed form, whose windows that need no clipping take the unrolled runs of
// a compile-time length (conv2d_fixed_run).
template <class In, class Filter, class Out, class W>
bool typed_conv2d_case(CaseRandom& random, Buffers& buffers, const char* name,
                       std::uint32_t seed) {
    constexpr int output_channels = Filter::dim(0);
    static_assert(In::elements <= max_tensor_bytes && Out::elements <= max_tensor_bytes &&
                  Filter::elements <= max_filter_bytes && output_channels <= max_channels);
    const k::Conv2dQuantization quantization = draw_conv_quantization(
        random, buffers, output_channels, Filter::dim(1) * Filter::dim(2) * Filter::dim(3));
    const std::int32_t* const bias = draw_bias(random, buffers, output_channels);
    draw_data(random, buffers, In::elements, Filter::elements);
    k::portable::conv2d<In, Filter, Out, W>(quantization, buffers.input, buffers.filter, bias,
                                            buffers.expected);
    k::selected::conv2d<In, Filter, Out, W>(quantization, buffers.input, buffers.filter, bias,
                                            buffers.actual);
    return outputs_match("typed conv2d", seed, buffers, Out::elements, name);
}

inline bool typed_conv2d_family_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    switch (seed % 5) {
        case 0:
            return typed_conv2d_case<Shape<1, 49, 10, 1>, Shape<13, 10, 4, 1>,
                                     Shape<1, 25, 5, 13>, fennec::Window<2, 2, Padding::same>>(
                random, buffers, "KWS conv1 10x4 stride 2, SAME, 1 input channel, 13 filters",
                seed);
        case 1:
            return typed_conv2d_case<Shape<1, 5, 5, 64>, Shape<18, 1, 1, 64>, Shape<1, 5, 5, 18>,
                                     fennec::Window<1, 1, Padding::valid>>(
                random, buffers, "pointwise 64 -> 18 channels", seed);
        case 2:
            return typed_conv2d_case<Shape<1, 7, 6, 16>, Shape<7, 3, 3, 16>, Shape<1, 7, 6, 7>,
                                     fennec::Window<1, 1, Padding::same>>(
                random, buffers, "3x3 stride 1, SAME, 16 -> 7 channels", seed);
        case 3:
            return typed_conv2d_case<Shape<1, 12, 11, 3>, Shape<8, 3, 3, 3>, Shape<1, 6, 6, 8>,
                                     fennec::Window<2, 2, Padding::same>>(
                random, buffers, "3x3 stride 2, SAME, 3 input channels, odd width", seed);
        default:
            return typed_conv2d_case<Shape<2, 6, 5, 5>, Shape<9, 3, 2, 5>, Shape<2, 4, 4, 9>,
                                     fennec::Window<1, 1, Padding::valid>>(
                random, buffers, "3x2 VALID, 2 batches, 5 -> 9 channels (runs with tails)",
                seed);
    }
}

inline bool typed_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    switch (seed % 6) {
        case 0:
            return typed_fully_connected_case<false, Shape<1, 64>, Shape<12, 64>, Shape<1, 12>>(
                random, buffers, "KWS fc 64 -> 12, per tensor", seed);
        case 1:
            return typed_fully_connected_case<true, Shape<3, 13>, Shape<7, 13>, Shape<3, 7>>(
                random, buffers, "fc 13 -> 7, 3 batches, per channel", seed);
        case 2:
            return typed_fully_connected_case<false, Shape<2, 5, 8>, Shape<9, 40>, Shape<2, 9>>(
                random, buffers, "fc rank-3 input 2x5x8 -> 2x9, per tensor", seed);
        case 3:
            return typed_max_pool2d_case<Shape<1, 8, 8, 16>, Shape<2, 2>, Shape<1, 4, 4, 16>,
                                         fennec::Window<2, 2, Padding::valid>>(
                random, buffers, "max pool 2x2 stride 2, VALID, 16 channels", seed);
        case 4:
            return typed_max_pool2d_case<Shape<2, 7, 9, 5>, Shape<3, 3>, Shape<2, 4, 5, 5>,
                                         fennec::Window<2, 2, Padding::same>>(
                random, buffers, "max pool 3x3 stride 2, SAME, odd sizes, 5 channels", seed);
        default:
            return typed_max_pool2d_case<Shape<1, 5, 5, 12>, Shape<3, 3>, Shape<1, 5, 5, 12>,
                                         fennec::Window<1, 1, Padding::same>>(
                random, buffers, "max pool 3x3 stride 1, SAME, 12 channels", seed);
    }
}

}  // namespace fennec::accelerated_test
