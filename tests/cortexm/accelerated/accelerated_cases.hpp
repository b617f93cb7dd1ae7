// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Random cases for the accelerated kernels, drawn on the Cortex-M core itself: each case draws a
// shape, constants and data from its seed (CaseRandom, integer arithmetic only), runs the
// portable kernel (the oracle) and the kernel of `Variant` (arm_dsp) on the same inputs into two
// buffers, and reports the first differing byte. No heap: every tensor fits the fixed buffers
// (a draw that would not fit is drawn again).
//
// The draws lean on the classes the accelerated paths tell apart: channel counts (and
// fully_connected's depths and row counts) on both sides of multiples of 4 and 16 (the group
// tails of the DSP and Helium kernels), 3-wide filters at stride 1 (the unrolled path), every
// padding,
// depth multipliers above 1, inputs pinned at -128 and 127, zero points at -128 and 127, shifts
// that are left shifts or very long right shifts, huge biases (which leave the four-instruction
// epilogue for the exact one) and every activation clamp.
#pragma once

#include <cstdint>

#include "case_geometry.hpp"
#include "case_random.hpp"
#include "fennec/kernels/portable/add.hpp"
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
    std::int8_t input2[max_tensor_bytes];  // add's second input
    std::int8_t filter[max_filter_bytes];
    std::int32_t bias[max_channels];
    std::int32_t multiplier[max_channels];
    std::int32_t shift[max_channels];
    std::int8_t expected[max_tensor_bytes];
    std::int8_t actual[max_tensor_bytes];
};

inline constexpr cortexm_test::Budget budget{max_tensor_bytes, max_filter_bytes, max_channels,
                                             max_macs};
using cortexm_test::draw_channels;
using cortexm_test::Window;

// A window and an input it fits. Half of the windows are 3x3 at stride 1 without dilation
// (MobileNet's and DS-CNN's depthwise layers).
inline Window draw_window(CaseRandom& random, int max_filter, bool allow_dilation = true) {
    Window w{};
    if (random.one_in(2)) {
        w = Window{3, 3, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, false};
    } else {
        w.filter_height = random.uniform(1, max_filter);
        w.filter_width = random.uniform(1, max_filter);
        w.stride_height = random.uniform(1, 3);
        w.stride_width = random.uniform(1, 3);
        w.dilation_height = allow_dilation && random.one_in(4) ? 2 : 1;
        w.dilation_width = allow_dilation && random.one_in(4) ? 2 : 1;
    }
    w.is_same = random.one_in(2);
    cortexm_test::fit_input(random, w, 9);
    return w;
}

// A 1x1 window at stride 1 (a pointwise convolution), VALID padding.
inline Window pointwise_window(CaseRandom& random) {
    Window w{1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, false};
    cortexm_test::fit_input(random, w, 9);
    return w;
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
        buffers.bias[c] =
            is_huge ? (random.one_in(2) ? near_huge : -near_huge) : random.uniform(-30000, 30000);
    }
    return buffers.bias;
}

inline OutputQuantization draw_output(CaseRandom& random) {
    OutputQuantization output{draw_zero_point(random), {}};
    random.activation(output.zero_point, output.activation.min, output.activation.max);
    return output;
}

// Compares the two outputs; prints the case and the first difference on a mismatch.
inline bool outputs_match(
    const char* family, std::uint32_t seed, const Buffers& buffers, int count, const char* shape) {
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
inline k::Conv2dQuantization draw_conv_quantization(CaseRandom& random,
                                                    Buffers& buffers,
                                                    int output_channels,
                                                    int depth) {
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

// Pooling input: one case in eight pinned at -128 and 127, one in four all near one end of int8
// (sums of 272 or more cells then leave int16), else uniform.
inline void draw_pool_input(CaseRandom& random, std::int8_t* values, int count) {
    if (random.one_in(4)) {
        const bool is_negative = random.one_in(2);
        for (int i = 0; i < count; ++i) {
            const int magnitude = random.uniform(112, 127);
            values[i] = static_cast<std::int8_t>(is_negative ? -magnitude - 1 : magnitude);
        }
    } else {
        random.fill(values, count, random.one_in(8));
    }
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

// A geometry's batches and sliding window likewise.
template <class Geometry>
void add_geometry(ShapeText& shape, const Geometry& g) {
    shape.add("n", g.batches)
        .add("h", g.input_height)
        .add("w", g.input_width)
        .add("fh", g.filter_height)
        .add("fw", g.filter_width)
        .add("sh", g.stride_height)
        .add("sw", g.stride_width)
        .add("pt", g.padding_top)
        .add("pl", g.padding_left);
}

// What a conv2d or depthwise_conv2d case draws once its geometry is known: the constants for
// `output_channels` channels and sums of `depth` terms, the bias, then the data.
struct ConvCase {
    k::Conv2dQuantization quantization;
    const std::int32_t* bias;
};

template <class Geometry>
ConvCase draw_conv_case(CaseRandom& random,
                        Buffers& buffers,
                        const Geometry& geometry,
                        int output_channels,
                        int depth) {
    const k::Conv2dQuantization quantization =
        draw_conv_quantization(random, buffers, output_channels, depth);
    const std::int32_t* const bias = draw_bias(random, buffers, output_channels);
    draw_data(random, buffers, cortexm_test::input_bytes(geometry),
              cortexm_test::filter_bytes(geometry));
    return ConvCase{quantization, bias};
}

// Compares a conv2d or depthwise_conv2d case's outputs; the failure message adds the geometry
// and the zero points to `shape` (which holds the channel counts).
template <class Geometry>
bool conv_outputs_match(const char* family,
                        std::uint32_t seed,
                        const Buffers& buffers,
                        const Geometry& geometry,
                        const ConvCase& drawn,
                        ShapeText& shape) {
    add_geometry(shape, geometry);
    shape.add("dh", geometry.dilation_height).add("dw", geometry.dilation_width);
    shape.add("izp", drawn.quantization.input_zero_point)
        .add("ozp", drawn.quantization.output.zero_point);
    return outputs_match(family, seed, buffers, cortexm_test::output_bytes(geometry), shape.text());
}

// depthwise_conv2d: returns whether the accelerated kernel matched the portable one.
inline bool depthwise_conv2d_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    const k::DepthwiseConv2dGeometry geometry =
        cortexm_test::draw_depthwise_conv2d_geometry(random, budget, [](CaseRandom& r) {
            const Window w = draw_window(r, 5);
            const int batches = r.one_in(5) ? 2 : 1;
            const int input_channels = draw_channels(r, 50);
            const int depth_multiplier = r.one_in(4) ? r.uniform(2, 3) : 1;
            return cortexm_test::ConvSizes{w, batches, input_channels, depth_multiplier};
        });
    const ConvCase drawn = draw_conv_case(random, buffers, geometry,
                                          geometry.input_channels * geometry.depth_multiplier,
                                          geometry.filter_height * geometry.filter_width);
    k::portable::depthwise_conv2d(geometry, drawn.quantization, buffers.input, buffers.filter,
                                  drawn.bias, buffers.expected);
    k::selected::depthwise_conv2d(geometry, drawn.quantization, buffers.input, buffers.filter,
                                  drawn.bias, buffers.actual);
    ShapeText shape;
    shape.add("c", geometry.input_channels).add("m", geometry.depth_multiplier);
    return conv_outputs_match("depthwise_conv2d", seed, buffers, geometry, drawn, shape);
}

// conv2d: returns whether the accelerated kernel matched the portable one. One case in four is a
// 1x1 (pointwise) convolution, one in eight a first layer with 1 to 3 input channels.
inline bool conv2d_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    const k::Conv2dGeometry geometry =
        cortexm_test::draw_conv2d_geometry(random, budget, [](CaseRandom& r) {
            Window w = draw_window(r, 5);
            if (r.one_in(4)) {
                w = pointwise_window(r);
            }
            const int batches = r.one_in(5) ? 2 : 1;
            const int input_channels = r.one_in(8) ? r.uniform(1, 3) : draw_channels(r, 50);
            const int output_channels = draw_channels(r, 50);
            return cortexm_test::ConvSizes{w, batches, input_channels, output_channels};
        });
    const ConvCase drawn =
        draw_conv_case(random, buffers, geometry, geometry.output_channels,
                       geometry.filter_height * geometry.filter_width * geometry.input_channels);
    k::portable::conv2d(geometry, drawn.quantization, buffers.input, buffers.filter, drawn.bias,
                        buffers.expected);
    k::selected::conv2d(geometry, drawn.quantization, buffers.input, buffers.filter, drawn.bias,
                        buffers.actual);
    ShapeText shape;
    shape.add("c", geometry.input_channels).add("oc", geometry.output_channels);
    return conv_outputs_match("conv2d", seed, buffers, geometry, drawn, shape);
}

// One fully_connected case of the given sizes (which fit the buffers): draws per-tensor or
// per-channel weights (half each), zero points, bias and data, runs the portable and the selected
// kernel and compares them under `label`. Shared by the families that draw sizes differently.
inline bool fully_connected_case_of(const char* label,
                                    std::uint32_t seed,
                                    CaseRandom& random,
                                    Buffers& buffers,
                                    int batches,
                                    int accum_depth,
                                    int output_depth) {
    const int input_bytes = batches * accum_depth;
    const int filter_bytes = output_depth * accum_depth;
    const int output_bytes = batches * output_depth;
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
        k::portable::fully_connected(geometry, quantization, buffers.input, buffers.filter, bias,
                                     buffers.expected);
        k::selected::fully_connected(geometry, quantization, buffers.input, buffers.filter, bias,
                                     buffers.actual);
    }
    ShapeText shape;
    shape.add("n", batches)
        .add("depth", accum_depth)
        .add("rows", output_depth)
        .add("per_channel", is_per_channel ? 1 : 0)
        .add("izp", input_zero_point)
        .add("ozp", output.zero_point);
    return outputs_match(label, seed, buffers, output_bytes, shape.text());
}

// Whether a fully_connected case of these sizes fits the buffers.
inline bool fully_connected_fits(int batches, int accum_depth, int output_depth) {
    return batches * accum_depth <= max_tensor_bytes &&
           output_depth * accum_depth <= max_filter_bytes;
}

// fully_connected: returns whether the accelerated kernel matched the portable one. Per-tensor
// and per-channel weights, half each; depths up to 300 and 1 to 40 rows, batches 1 to 3.
inline bool fully_connected_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    for (;;) {
        const int batches = random.one_in(4) ? random.uniform(2, 3) : 1;
        const int accum_depth = draw_channels(random, random.one_in(2) ? 40 : 300);
        const int output_depth = draw_channels(random, 50);
        if (fully_connected_fits(batches, accum_depth, output_depth)) {
            return fully_connected_case_of("fully_connected", seed, random, buffers, batches,
                                           accum_depth, output_depth);
        }
    }
}

// max_pool2d and average_pool2d: returns whether the accelerated kernel matched the portable
// one. Windows without dilation (pooling has none), one case in four without an activation clamp;
// one average case in five pools a whole input of up to 24x20 (more than 256 cells: the
// per-channel int32 sums instead of the int16 lanes).
inline bool pool2d_case(std::uint32_t seed, Buffers& buffers, bool is_average) {
    CaseRandom random{seed};
    for (;;) {
        Window w = draw_window(random, 5, /*allow_dilation=*/false);
        int max_channels_here = 50;
        if (is_average && random.one_in(5)) {
            w = cortexm_test::whole_input_window(random, 24, 20);
            max_channels_here = max_tensor_bytes / (w.input_height * w.input_width);
        }
        const int batches = random.one_in(5) ? 2 : 1;
        const int channels = draw_channels(random, max_channels_here);
        const k::Pool2dGeometry geometry = cortexm_test::pool2d_geometry(w, batches, channels);
        const int output_bytes = cortexm_test::output_bytes(geometry);
        if (cortexm_test::input_bytes(geometry) > max_tensor_bytes ||
            output_bytes > max_tensor_bytes) {
            continue;
        }
        ActivationRange activation{int8_min, int8_max};
        if (!random.one_in(4)) {
            random.activation(draw_zero_point(random), activation.min, activation.max);
        }
        draw_pool_input(random, buffers.input, cortexm_test::input_bytes(geometry));

        if (is_average) {
            k::portable::average_pool2d(geometry, activation, buffers.input, buffers.expected);
            k::selected::average_pool2d(geometry, activation, buffers.input, buffers.actual);
        } else {
            k::portable::max_pool2d(geometry, activation, buffers.input, buffers.expected);
            k::selected::max_pool2d(geometry, activation, buffers.input, buffers.actual);
        }
        ShapeText shape;
        shape.add("c", channels);
        add_geometry(shape, geometry);
        shape.add("min", activation.min).add("max", activation.max);
        return outputs_match(is_average ? "average_pool2d" : "max_pool2d", seed, buffers,
                             output_bytes, shape.text());
    }
}

inline bool max_pool2d_case(std::uint32_t seed, Buffers& buffers) {
    return pool2d_case(seed, buffers, false);
}

inline bool average_pool2d_case(std::uint32_t seed, Buffers& buffers) {
    return pool2d_case(seed, buffers, true);
}

// The constants of an add: input scales equal in one case in three (both input multipliers are
// then exactly 1/2, a shift of 0), else up to 2^6 apart; the output scale 1/4 to 4 times the
// larger input scale, or (one case in six) so small that the output multiplier lies in [1/2, 1)
// (a shift of 0: the exact epilogue). Zero points often at the ends of int8, every activation.
inline k::AddQuantization draw_add_quantization(CaseRandom& random) {
    const float input1_scale = random.scale(1, 10);
    const float input2_scale = random.one_in(3) ? input1_scale : random.scale(1, 7);
    const float max_input_scale = input1_scale > input2_scale ? input1_scale : input2_scale;
    const float output_scale =
        random.one_in(6) ? max_input_scale / static_cast<float>(1 << 19) *
                               (1.0f + static_cast<float>(random.uniform(1, 255)) / 256.0f)
                         : max_input_scale * static_cast<float>(random.uniform(1, 16)) / 4.0f;
    const std::int32_t input1_zero_point = draw_zero_point(random);
    const std::int32_t input2_zero_point = draw_zero_point(random);
    const std::int32_t output_zero_point = draw_zero_point(random);
    const auto activation = static_cast<Activation>(random.uniform(0, 3));
    return k::add_quantization(input1_scale, input1_zero_point, input2_scale, input2_zero_point,
                               output_scale, output_zero_point, activation);
}

// The input rescaling of arm_dsp::add (one SMMLAR with the rounding folded in) against
// multiply_by_quantized_multiplier_smaller_than_one((value - zero point) << 20), for all 256
// values: the random add cases rarely meet the ties where the two roundings could part (a
// scaled input one unit off seldom moves an output). Multipliers are random, 2^30 (the larger
// input's exact 1/2, with a shift of 0), or multiples of 2^20 (products with exact ties); shifts
// 0 to -31.
inline bool add_input_scaling_case(std::uint32_t seed, Buffers& buffers) {
#if FENNEC_HAS_DSP
    CaseRandom random{seed};
    const std::int32_t zero_point = draw_zero_point(random);
    std::int32_t multiplier = random.multiplier();
    switch (random.uniform(0, 2)) {
        case 0:
            multiplier = 1 << 30;
            break;
        case 1:
            multiplier = random.uniform(1 << 10, (1 << 11) - 1) * (1 << 20);
            break;
        default:
            break;
    }
    const int shift = random.one_in(4) ? 0 : -random.uniform(1, 31);
    const auto scaling = k::arm_dsp::detail::add_input_scaling(zero_point, multiplier, shift);
    for (int i = 0; i < 256; ++i) {
        const auto value = static_cast<std::int8_t>(i - 128);
        const std::int32_t expected = multiply_by_quantized_multiplier_smaller_than_one(
            (value - zero_point) * (1 << k::add_input_left_shift), multiplier, shift);
        const std::int32_t actual = k::arm_dsp::detail::scale_add_input(value, scaling);
        if (expected != actual) {
            print("add input scaling seed ", seed, ": value ", std::int32_t{value}, " zero point ",
                  zero_point, " multiplier ", multiplier, " shift ", std::int32_t{shift},
                  ": portable ", expected, ", accelerated ", actual, "\n");
            return false;
        }
    }
#else
    (void)seed;
#endif
    (void)buffers;
    return true;
}

// add: returns whether the accelerated kernel matched the portable one. Half the cases add two
// tensors of one shape (the flat path), half broadcast one input against the other.
inline bool add_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    int input1_dims[4] = {};
    int input2_dims[4] = {};
    int input1_rank = 0;
    int input2_rank = 0;
    cortexm_test::draw_broadcast_shapes(random, input1_dims, input1_rank, input2_dims, input2_rank,
                                        max_tensor_bytes, max_channels);
    if (random.one_in(2)) {  // no broadcast: the second input takes the first one's shape
        input2_rank = input1_rank;
        for (int axis = 0; axis < 4; ++axis) {
            input2_dims[axis] = input1_dims[axis];
        }
    }
    const k::BroadcastGeometry geometry =
        k::broadcast_geometry(input1_dims, input1_rank, input2_dims, input2_rank);
    const k::AddQuantization quantization = draw_add_quantization(random);
    const bool pinned = random.one_in(8);
    random.fill(buffers.input, max_tensor_bytes, pinned);
    random.fill(buffers.input2, max_tensor_bytes, pinned);
    const int output_bytes = k::broadcast_output_elements(geometry);

    k::portable::add(geometry, quantization, buffers.input, buffers.input2, buffers.expected);
    k::selected::add(geometry, quantization, buffers.input, buffers.input2, buffers.actual);
    ShapeText shape;
    for (int axis = 0; axis < input1_rank; ++axis) {
        shape.add("a", input1_dims[axis]);
    }
    for (int axis = 0; axis < input2_rank; ++axis) {
        shape.add("b", input2_dims[axis]);
    }
    shape.add("zp1", quantization.input1_zero_point)
        .add("zp2", quantization.input2_zero_point)
        .add("shift1", quantization.input1_shift)
        .add("shift2", quantization.input2_shift)
        .add("out_shift", quantization.output_shift)
        .add("ozp", quantization.output.zero_point);
    return outputs_match("add", seed, buffers, output_bytes, shape.text());
}

// The typed forms (compile-time shapes, the paths the generated models take): fully_connected
// and max_pool2d on a few fixed shapes, each case one of them (by seed) with fresh data and
// constants. Shapes with tails: rows and depths not multiples of 4, batches > 1, odd channels.
template <bool PerChannel, class In, class Filter, class Out>
bool typed_fully_connected_case(CaseRandom& random,
                                Buffers& buffers,
                                const char* name,
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

// max_pool2d (IsAverage false) or average_pool2d through the typed form.
template <bool IsAverage, class In, class Pool, class Out, class W>
bool typed_pooling_case(CaseRandom& random,
                        Buffers& buffers,
                        const char* name,
                        std::uint32_t seed) {
    ActivationRange activation{int8_min, int8_max};
    if (random.one_in(2)) {
        random.activation(draw_zero_point(random), activation.min, activation.max);
    }
    draw_pool_input(random, buffers.input, In::elements);
    if constexpr (IsAverage) {
        k::portable::average_pool2d<In, Pool, Out, W>(activation, buffers.input, buffers.expected);
        k::selected::average_pool2d<In, Pool, Out, W>(activation, buffers.input, buffers.actual);
    } else {
        k::portable::max_pool2d<In, Pool, Out, W>(activation, buffers.input, buffers.expected);
        k::selected::max_pool2d<In, Pool, Out, W>(activation, buffers.input, buffers.actual);
    }
    return outputs_match(IsAverage ? "typed average_pool2d" : "typed max_pool2d", seed, buffers,
                         Out::elements, name);
}

// conv2d through the typed form, whose windows that need no clipping take the unrolled runs of
// a compile-time length (conv2d_fixed_run).
template <class In, class Filter, class Out, class W>
bool typed_conv2d_case(CaseRandom& random, Buffers& buffers, const char* name, std::uint32_t seed) {
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
            return typed_conv2d_case<Shape<1, 49, 10, 1>, Shape<13, 10, 4, 1>, Shape<1, 25, 5, 13>,
                                     fennec::Window<2, 2, Padding::same>>(
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
                random, buffers, "3x2 VALID, 2 batches, 5 -> 9 channels (runs with tails)", seed);
    }
}

template <class In1, class In2, class Out>
bool typed_add_shapes_case(CaseRandom& random,
                           Buffers& buffers,
                           const char* name,
                           std::uint32_t seed) {
    const k::AddQuantization quantization = draw_add_quantization(random);
    const bool pinned = random.one_in(8);
    random.fill(buffers.input, In1::elements, pinned);
    random.fill(buffers.input2, In2::elements, pinned);
    k::portable::add<In1, In2, Out>(quantization, buffers.input, buffers.input2, buffers.expected);
    k::selected::add<In1, In2, Out>(quantization, buffers.input, buffers.input2, buffers.actual);
    return outputs_match("typed add", seed, buffers, Out::elements, name);
}

// average_pool2d and add through their typed forms.
inline bool typed_average_pool2d_and_add_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    switch (seed % 5) {
        case 0:
            return typed_pooling_case<true, Shape<1, 25, 5, 40>, Shape<25, 5>, Shape<1, 1, 1, 40>,
                                      fennec::Window<25, 5, Padding::valid>>(
                random, buffers, "KWS average pool 25x5 (whole input), 40 channels", seed);
        case 1:
            return typed_pooling_case<true, Shape<2, 7, 9, 6>, Shape<3, 3>, Shape<2, 4, 5, 6>,
                                      fennec::Window<2, 2, Padding::same>>(
                random, buffers, "average pool 3x3 stride 2, SAME, odd sizes, 6 channels", seed);
        case 2:
            return typed_pooling_case<true, Shape<1, 17, 16, 5>, Shape<17, 16>, Shape<1, 1, 1, 5>,
                                      fennec::Window<1, 1, Padding::valid>>(
                random, buffers, "average pool over 272 cells, 5 channels", seed);
        case 3:
            return typed_add_shapes_case<Shape<1, 8, 8, 17>, Shape<1, 8, 8, 17>,
                                         Shape<1, 8, 8, 17>>(
                random, buffers, "add 1x8x8x17 + 1x8x8x17 (ResNet's residual)", seed);
        default:
            return typed_add_shapes_case<Shape<1, 5, 3, 12>, Shape<12>, Shape<1, 5, 3, 12>>(
                random, buffers, "add 1x5x3x12 + 12 (broadcast per channel)", seed);
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
            return typed_pooling_case<false, Shape<1, 8, 8, 16>, Shape<2, 2>, Shape<1, 4, 4, 16>,
                                      fennec::Window<2, 2, Padding::valid>>(
                random, buffers, "max pool 2x2 stride 2, VALID, 16 channels", seed);
        case 4:
            return typed_pooling_case<false, Shape<2, 7, 9, 5>, Shape<3, 3>, Shape<2, 4, 5, 5>,
                                      fennec::Window<2, 2, Padding::same>>(
                random, buffers, "max pool 3x3 stride 2, SAME, odd sizes, 5 channels", seed);
        default:
            return typed_pooling_case<false, Shape<1, 5, 5, 12>, Shape<3, 3>, Shape<1, 5, 5, 12>,
                                      fennec::Window<1, 1, Padding::same>>(
                random, buffers, "max pool 3x3 stride 1, SAME, 12 channels", seed);
    }
}

}  // namespace fennec::accelerated_test
