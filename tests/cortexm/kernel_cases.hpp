// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Seeded random cases for every portable kernel family, runnable on the host and on every
// Cortex-M core. run_case(family, index, buffers) draws case `index` of family number `family`
// (shape, constants, data: all from CaseRandom, so every build draws the same case), runs the
// portable kernel and returns the number of output bytes it left in buffers.output.
//
// The host runs every case and writes the outputs into a header (write_expected.cpp); a
// Cortex-M program reruns them and compares byte for byte (firmware/kernel_test.cpp). The host's
// portable kernels are checked against the independent references in tests/kernels/, so an
// equal output on the target proves the cross-compiled kernels right too.
//
// Every draw is a statement of its own, never one of several arguments of a call: the order in
// which a compiler evaluates arguments is unspecified, and GCC's differs between x86-64 and Arm
// (drawing scales and zero points inside one call made the first version differ on Cortex-M).
//
// No heap, no exceptions: the same source is part of bare-metal programs. Every tensor fits the
// fixed buffers below (a draw that would not fit is drawn again), small enough for the
// Cortex-M0's 16 KiB of RAM.
#pragma once

#include <cstdint>
#include <cstring>

#include "case_geometry.hpp"
#include "case_random.hpp"
#include "fennec/kernels/portable/add.hpp"
#include "fennec/kernels/portable/concatenation.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/kernels/portable/logistic.hpp"
#include "fennec/kernels/portable/mean.hpp"
#include "fennec/kernels/portable/mul.hpp"
#include "fennec/kernels/portable/pad.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec/kernels/portable/quantize.hpp"
#include "fennec/kernels/portable/resize_nearest_neighbor.hpp"
#include "fennec/kernels/portable/softmax.hpp"
#include "fennec/kernels/portable/strided_slice.hpp"
#include "fennec/kernels/portable/tanh.hpp"
#include "fennec/kernels/portable/transpose.hpp"

namespace fennec::cortexm_test {

namespace k = fennec::kernels;
namespace portable = fennec::kernels::portable;

inline constexpr int max_tensor_bytes = 1536;   // input, input2 and output
inline constexpr int max_filter_bytes = 2048;   // conv, depthwise and FC weights
inline constexpr int max_channels = 64;         // bias and per-channel constants
inline constexpr int max_float_elements = 384;  // quantize input, dequantize output
inline constexpr long max_macs = 150000;        // keeps each case well under a millisecond

struct Buffers {
    std::int8_t input[max_tensor_bytes];
    std::int8_t input2[max_tensor_bytes];
    std::int8_t filter[max_filter_bytes];
    std::int32_t bias[max_channels];
    std::int32_t multiplier[max_channels];
    std::int32_t shift[max_channels];
    float floats[max_float_elements];
    std::int8_t output[max_tensor_bytes];
};

namespace detail {

// A window with a filter of 1 (one side in three) or 2..max_filter, strides 1..3, dilations
// 1..max_dilation and either padding, over an input it fits.
inline Window draw_window(CaseRandom& random, int max_filter, int max_dilation) {
    Window w{};
    w.filter_height = random.one_in(3) ? 1 : random.uniform(2, max_filter);
    w.filter_width = random.one_in(3) ? 1 : random.uniform(2, max_filter);
    w.stride_height = random.uniform(1, 3);
    w.stride_width = random.uniform(1, 3);
    w.dilation_height = random.uniform(1, max_dilation);
    w.dilation_width = random.uniform(1, max_dilation);
    w.is_same = random.one_in(2);
    fit_input(random, w, 8);
    return w;
}

inline constexpr Budget budget{max_tensor_bytes, max_filter_bytes, max_channels, max_macs};

// Channel counts 1..20: every remainder modulo 4 and 16 occurs.
inline int draw_channels(CaseRandom& random) {
    return random.uniform(1, 20);
}

// Per-channel (count entries) or per-tensor (one entry) multipliers and shifts for sums of
// `depth` terms.
inline void draw_multipliers(CaseRandom& random, Buffers& buffers, int count, int depth) {
    for (int c = 0; c < count; ++c) {
        buffers.multiplier[c] = random.multiplier();
        buffers.shift[c] = random.shift(depth);
    }
}

inline const std::int32_t* draw_bias(CaseRandom& random, Buffers& buffers, int count) {
    if (random.one_in(6)) {
        return nullptr;
    }
    for (int c = 0; c < count; ++c) {
        buffers.bias[c] = random.uniform(-20000, 20000);
    }
    return buffers.bias;
}

inline OutputQuantization draw_output(CaseRandom& random) {
    OutputQuantization output{random.zero_point(), {}};
    random.activation(output.zero_point, output.activation.min, output.activation.max);
    return output;
}

// What a conv2d or depthwise_conv2d case draws once its shape is known: per-channel or
// per-tensor multipliers for sums of `depth` terms, zero points, activation, bias, then the data.
struct ConvConstants {
    k::Conv2dQuantization quantization;
    const std::int32_t* bias;
};

inline ConvConstants draw_conv_constants(CaseRandom& random,
                                         Buffers& buffers,
                                         int output_channels,
                                         int depth,
                                         int input_bytes,
                                         int filter_bytes) {
    const bool per_channel = !random.one_in(4);
    draw_multipliers(random, buffers, per_channel ? output_channels : 1, depth);
    const k::Conv2dQuantization quantization{
        random.zero_point(), buffers.multiplier, buffers.shift,
        per_channel ? k::WeightQuantization::per_channel : k::WeightQuantization::per_tensor,
        draw_output(random)};
    const std::int32_t* bias = draw_bias(random, buffers, output_channels);
    const bool pinned = random.one_in(8);
    random.fill(buffers.input, input_bytes, pinned);
    random.fill(buffers.filter, filter_bytes, pinned);
    return {quantization, bias};
}

inline int conv2d(CaseRandom& random, Buffers& buffers) {
    const k::Conv2dGeometry geometry = draw_conv2d_geometry(random, budget, [](CaseRandom& r) {
        const Window w = draw_window(r, 4, 2);
        const int batches = r.uniform(1, 2);
        const int input_channels = draw_channels(r);
        const int output_channels = draw_channels(r);
        return ConvSizes{w, batches, input_channels, output_channels};
    });
    const ConvConstants constants = draw_conv_constants(
        random, buffers, geometry.output_channels,
        geometry.filter_height * geometry.filter_width * geometry.input_channels,
        input_bytes(geometry), filter_bytes(geometry));
    portable::conv2d(geometry, constants.quantization, buffers.input, buffers.filter,
                     constants.bias, buffers.output);
    return output_bytes(geometry);
}

inline int depthwise_conv2d(CaseRandom& random, Buffers& buffers) {
    const k::DepthwiseConv2dGeometry geometry =
        draw_depthwise_conv2d_geometry(random, budget, [](CaseRandom& r) {
            const Window w = draw_window(r, 5, 2);
            const int batches = r.uniform(1, 2);
            const int input_channels = draw_channels(r);
            const int depth_multiplier = r.one_in(3) ? r.uniform(2, 3) : 1;
            return ConvSizes{w, batches, input_channels, depth_multiplier};
        });
    const ConvConstants constants =
        draw_conv_constants(random, buffers, geometry.input_channels * geometry.depth_multiplier,
                            geometry.filter_height * geometry.filter_width, input_bytes(geometry),
                            filter_bytes(geometry));
    portable::depthwise_conv2d(geometry, constants.quantization, buffers.input, buffers.filter,
                               constants.bias, buffers.output);
    return output_bytes(geometry);
}

inline int fully_connected(CaseRandom& random, Buffers& buffers, bool per_channel) {
    for (;;) {
        const k::FullyConnectedGeometry geometry{random.uniform(1, 4), random.uniform(1, 300),
                                                 random.uniform(1, max_channels)};
        const int input_bytes = geometry.batches * geometry.accum_depth;
        const int filter_bytes = geometry.output_depth * geometry.accum_depth;
        const int output_bytes = geometry.batches * geometry.output_depth;
        if (input_bytes > max_tensor_bytes || filter_bytes > max_filter_bytes) {
            continue;
        }
        const std::int32_t input_zero_point = random.zero_point();
        const OutputQuantization output = draw_output(random);
        const std::int32_t* bias = draw_bias(random, buffers, geometry.output_depth);
        const bool pinned = random.one_in(8);
        random.fill(buffers.input, input_bytes, pinned);
        random.fill(buffers.filter, filter_bytes, pinned);
        if (per_channel) {
            draw_multipliers(random, buffers, geometry.output_depth, geometry.accum_depth);
            const k::FullyConnectedPerChannelQuantization quantization{
                input_zero_point, buffers.multiplier, buffers.shift, output};
            portable::fully_connected_per_channel(geometry, quantization, buffers.input,
                                                  buffers.filter, bias, buffers.output);
        } else {
            const k::FullyConnectedQuantization quantization{
                input_zero_point, random.multiplier(), random.shift(geometry.accum_depth), output};
            portable::fully_connected(geometry, quantization, buffers.input, buffers.filter, bias,
                                      buffers.output);
        }
        return output_bytes;
    }
}

inline int pool2d(CaseRandom& random, Buffers& buffers, bool average) {
    for (;;) {
        const Window w = draw_window(random, 5, 1);
        const int batches = random.uniform(1, 2);
        const int channels = draw_channels(random);
        const k::Pool2dGeometry geometry = pool2d_geometry(w, batches, channels);
        if (input_bytes(geometry) > max_tensor_bytes || output_bytes(geometry) > max_tensor_bytes) {
            continue;
        }
        ActivationRange activation{};
        random.activation(random.zero_point(), activation.min, activation.max);
        random.fill(buffers.input, input_bytes(geometry), random.one_in(8));
        if (average) {
            portable::average_pool2d(geometry, activation, buffers.input, buffers.output);
        } else {
            portable::max_pool2d(geometry, activation, buffers.input, buffers.output);
        }
        return output_bytes(geometry);
    }
}

// Two shapes that broadcast (draw_broadcast_shapes), and both inputs' data.
inline k::BroadcastGeometry draw_broadcast(CaseRandom& random, Buffers& buffers) {
    int input1_dims[4] = {};
    int input2_dims[4] = {};
    int input1_rank = 0;
    int input2_rank = 0;
    draw_broadcast_shapes(random, input1_dims, input1_rank, input2_dims, input2_rank,
                          max_tensor_bytes);
    random.fill(buffers.input, max_tensor_bytes, false);
    random.fill(buffers.input2, max_tensor_bytes, false);
    return k::broadcast_geometry(input1_dims, input1_rank, input2_dims, input2_rank);
}

inline Activation draw_activation_kind(CaseRandom& random) {
    return static_cast<Activation>(random.uniform(0, 3));
}

inline int add(CaseRandom& random, Buffers& buffers) {
    const k::BroadcastGeometry geometry = draw_broadcast(random, buffers);
    const float input1_scale = random.scale(1, 10);
    const float input2_scale = random.scale(1, 10);
    const float max_input_scale = input1_scale > input2_scale ? input1_scale : input2_scale;
    // TFLM requires output_scale > 2 * max input scale / 2^20; real layers are near 1..4 times.
    const float output_scale = max_input_scale * static_cast<float>(random.uniform(1, 16)) / 4.0f;
    const std::int32_t input1_zero_point = random.zero_point();
    const std::int32_t input2_zero_point = random.zero_point();
    const std::int32_t output_zero_point = random.zero_point();
    const Activation activation = draw_activation_kind(random);
    const k::AddQuantization quantization =
        k::add_quantization(input1_scale, input1_zero_point, input2_scale, input2_zero_point,
                            output_scale, output_zero_point, activation);
    portable::add(geometry, quantization, buffers.input, buffers.input2, buffers.output);
    return k::broadcast_output_elements(geometry);
}

inline int mul(CaseRandom& random, Buffers& buffers) {
    const k::BroadcastGeometry geometry = draw_broadcast(random, buffers);
    const float input1_scale = random.scale(1, 10);
    const std::int32_t input1_zero_point = random.zero_point();
    const float input2_scale = random.scale(1, 10);
    const std::int32_t input2_zero_point = random.zero_point();
    const float output_scale = random.scale(1, 14);
    const std::int32_t output_zero_point = random.zero_point();
    const Activation activation = draw_activation_kind(random);
    const k::MulQuantization quantization =
        k::mul_quantization(input1_scale, input1_zero_point, input2_scale, input2_zero_point,
                            output_scale, output_zero_point, activation);
    portable::mul(geometry, quantization, buffers.input, buffers.input2, buffers.output);
    return k::broadcast_output_elements(geometry);
}

inline int softmax(CaseRandom& random, Buffers& buffers) {
    const k::SoftmaxGeometry geometry{random.uniform(1, 8), random.uniform(1, 150)};
    const float beta = random.one_in(2) ? 1.0f : random.scale(-2, 2);
    const float input_scale = random.scale(0, 8);
    const k::SoftmaxQuantization quantization = k::softmax_quantization(beta, input_scale);
    const int elements = geometry.outer_size * geometry.depth;
    random.fill(buffers.input, elements, random.one_in(8));
    portable::softmax(geometry, quantization, buffers.input, buffers.output);
    return elements;
}

inline int logistic_or_tanh(CaseRandom& random, Buffers& buffers, bool is_logistic) {
    const int elements = random.uniform(1, max_tensor_bytes);
    const float input_scale = random.scale(-2, 10);
    const std::int32_t input_zero_point = random.zero_point();
    random.fill(buffers.input, elements, random.one_in(8));
    if (is_logistic) {
        portable::logistic(k::logistic_quantization(input_scale, input_zero_point), elements,
                           buffers.input, buffers.output);
    } else {
        portable::tanh(k::tanh_quantization(input_scale, input_zero_point), elements, buffers.input,
                       buffers.output);
    }
    return elements;
}

inline int mean(CaseRandom& random, Buffers& buffers) {
    k::MeanGeometry geometry{};
    geometry.rank = random.uniform(1, 4);
    const int elements =
        draw_shape(random, geometry.input_dims, geometry.rank, 12, max_tensor_bytes);
    for (int axis = 0; axis < geometry.rank; ++axis) {
        geometry.is_reduced[axis] = random.one_in(2);
    }
    const float input_scale = random.scale(1, 8);
    const float output_scale = random.scale(1, 8);
    const QuantizedMultiplier scale_ratio = k::mean_scale_multiplier(input_scale, output_scale);
    const k::MeanQuantization quantization{random.zero_point(), scale_ratio.multiplier,
                                           scale_ratio.shift, random.zero_point()};
    random.fill(buffers.input, elements, random.one_in(8));
    portable::mean(geometry, quantization, buffers.input, buffers.output);
    return k::mean_output_count(geometry);
}

inline int requantize(CaseRandom& random, Buffers& buffers) {
    const int elements = random.uniform(1, max_tensor_bytes);
    const float input_scale = random.scale(1, 10);
    const std::int32_t input_zero_point = random.zero_point();
    const float output_scale = random.scale(1, 10);
    const std::int32_t output_zero_point = random.zero_point();
    const k::RequantizeQuantization quantization =
        k::requantize_quantization(input_scale, input_zero_point, output_scale, output_zero_point);
    random.fill(buffers.input, elements, random.one_in(8));
    portable::requantize(quantization, elements, buffers.input, buffers.output);
    return elements;
}

inline int quantize(CaseRandom& random, Buffers& buffers) {
    const int elements = random.uniform(1, max_float_elements);
    for (int i = 0; i < elements; ++i) {
        buffers.floats[i] = static_cast<float>(random.uniform(-40000, 40000)) / 256.0f;
    }
    const k::AffineQuantization quantization{random.scale(-4, 8), random.zero_point()};
    portable::quantize(quantization, elements, buffers.floats, buffers.output);
    return elements;
}

inline int dequantize(CaseRandom& random, Buffers& buffers) {
    const int elements = random.uniform(1, max_float_elements);
    random.fill(buffers.input, elements, random.one_in(8));
    const k::AffineQuantization quantization{random.scale(-4, 12), random.zero_point()};
    portable::dequantize(quantization, elements, buffers.input, buffers.floats);
    const int bytes = elements * static_cast<int>(sizeof(float));
    std::memcpy(buffers.output, buffers.floats, static_cast<std::size_t>(bytes));
    return bytes;
}

inline int pad(CaseRandom& random, Buffers& buffers) {
    for (;;) {
        int dims[4] = {};
        int paddings[8] = {};
        const int rank = random.uniform(1, 4);
        const int elements = draw_shape(random, dims, rank, 8, max_tensor_bytes);
        int output_elements = 1;
        for (int axis = 0; axis < rank; ++axis) {
            paddings[2 * axis] = random.uniform(0, 2);
            paddings[2 * axis + 1] = random.uniform(0, 2);
            output_elements *= dims[axis] + paddings[2 * axis] + paddings[2 * axis + 1];
        }
        if (output_elements > max_tensor_bytes) {
            continue;
        }
        random.fill(buffers.input, elements, false);
        const std::int8_t pad_value = random.int8();
        portable::pad(k::make_pad_geometry(rank, dims, paddings), pad_value, buffers.input,
                      buffers.output);
        return output_elements;
    }
}

inline int transpose(CaseRandom& random, Buffers& buffers) {
    int dims[5] = {};
    int permutation[5] = {0, 1, 2, 3, 4};
    const int rank = random.uniform(1, 5);
    const int elements = draw_shape(random, dims, rank, 7, max_tensor_bytes);
    for (int axis = rank - 1; axis > 0; --axis) {  // Fisher-Yates
        const int other = random.uniform(0, axis);
        const int kept = permutation[axis];
        permutation[axis] = permutation[other];
        permutation[other] = kept;
    }
    random.fill(buffers.input, elements, false);
    portable::transpose(k::make_transpose_geometry(rank, dims, permutation), buffers.input,
                        buffers.output);
    return elements;
}

inline int concatenation(CaseRandom& random, Buffers& buffers) {
    for (;;) {
        int dims[4] = {};
        const int rank = random.uniform(1, 4);
        draw_shape(random, dims, rank, 6, max_tensor_bytes);
        const int axis = random.uniform(0, rank - 1);
        const int inputs_count = random.uniform(1, 4);
        int axis_sizes[4] = {};
        int output_axis_size = 0;
        for (int input = 0; input < inputs_count; ++input) {
            axis_sizes[input] = random.uniform(1, 5);
            output_axis_size += axis_sizes[input];
        }
        dims[axis] = output_axis_size;
        int output_elements = 1;
        for (int i = 0; i < rank; ++i) {
            output_elements *= dims[i];
        }
        if (output_elements > max_tensor_bytes) {
            continue;
        }
        // The inputs lie one after another in `input`; together they hold the output's elements.
        random.fill(buffers.input, output_elements, false);
        const int slice = output_elements / output_axis_size;
        const std::int8_t* inputs[4] = {};
        const std::int8_t* next = buffers.input;
        for (int input = 0; input < inputs_count; ++input) {
            inputs[input] = next;
            next += slice * axis_sizes[input];
        }
        const int signed_axis = random.one_in(2) ? axis : axis - rank;
        portable::concatenation(
            k::make_concatenation_geometry(rank, dims, signed_axis, inputs_count, axis_sizes),
            inputs, buffers.output);
        return output_elements;
    }
}

inline int strided_slice(CaseRandom& random, Buffers& buffers) {
    int dims[5] = {};
    int begin[5] = {};
    int end[5] = {};
    int strides[5] = {};
    const int rank = random.uniform(1, 5);
    const int elements = draw_shape(random, dims, rank, 7, max_tensor_bytes);
    int begin_mask = random.uniform(0, (1 << rank) - 1);
    const int end_mask = random.uniform(0, (1 << rank) - 1);
    int shrink_axis_mask = 0;
    for (int axis = 0; axis < rank; ++axis) {
        if (random.one_in(
                5)) {  // shrink: one element at a begin inside the input, stepping forward
            shrink_axis_mask |= 1 << axis;
            begin_mask &= ~(1 << axis);
            begin[axis] = random.uniform(-dims[axis], dims[axis] - 1);
            end[axis] = begin[axis] + 1;
            strides[axis] = 1;
            continue;
        }
        begin[axis] = random.uniform(-dims[axis] - 1, dims[axis] + 1);
        end[axis] = random.uniform(-dims[axis] - 1, dims[axis] + 1);
        strides[axis] = random.one_in(3) ? -random.uniform(1, 3) : random.uniform(1, 3);
    }
    const k::StridedSliceGeometry geometry = k::make_strided_slice_geometry(
        rank, dims, begin, end, strides, begin_mask, end_mask, shrink_axis_mask);
    int output_elements = 1;
    for (int axis = 0; axis < k::strided_slice_max_rank; ++axis) {
        output_elements *= k::strided_slice_count(geometry, axis);
    }
    random.fill(buffers.input, elements, false);
    portable::strided_slice(geometry, buffers.input, buffers.output);
    return output_elements;
}

inline int resize_nearest_neighbor(CaseRandom& random, Buffers& buffers) {
    for (;;) {
        k::ResizeNearestNeighborGeometry geometry{};
        geometry.batches = random.uniform(1, 2);
        geometry.input_height = random.uniform(1, 8);
        geometry.input_width = random.uniform(1, 8);
        geometry.channels = draw_channels(random);
        geometry.output_height = random.uniform(1, 16);
        geometry.output_width = random.uniform(1, 16);
        const int kind = random.uniform(0, 2);  // TFLite rejects both options at once
        geometry.align_corners = kind == 1;
        geometry.half_pixel_centers = kind == 2;
        const int input_elements =
            geometry.batches * geometry.input_height * geometry.input_width * geometry.channels;
        const int output_elements =
            geometry.batches * geometry.output_height * geometry.output_width * geometry.channels;
        if (input_elements > max_tensor_bytes || output_elements > max_tensor_bytes) {
            continue;
        }
        random.fill(buffers.input, input_elements, false);
        portable::resize_nearest_neighbor(geometry, buffers.input, buffers.output);
        return output_elements;
    }
}

}  // namespace detail

// One kernel family: its name and how to run one of its cases.
struct Family {
    const char* name;
    int (*run)(CaseRandom& random, Buffers& buffers);
};

// Every family, in a fixed order (the expected outputs are stored in it).
inline constexpr Family families[] = {
    {"conv2d", detail::conv2d},
    {"depthwise_conv2d", detail::depthwise_conv2d},
    {"fully_connected",
     [](CaseRandom& random, Buffers& buffers) {
         return detail::fully_connected(random, buffers, false);
     }},
    {"fully_connected_per_channel",
     [](CaseRandom& random, Buffers& buffers) {
         return detail::fully_connected(random, buffers, true);
     }},
    {"average_pool2d",
     [](CaseRandom& random, Buffers& buffers) { return detail::pool2d(random, buffers, true); }},
    {"max_pool2d",
     [](CaseRandom& random, Buffers& buffers) { return detail::pool2d(random, buffers, false); }},
    {"add", detail::add},
    {"mul", detail::mul},
    {"softmax", detail::softmax},
    {"logistic", [](CaseRandom& random,
                    Buffers& buffers) { return detail::logistic_or_tanh(random, buffers, true); }},
    {"tanh", [](CaseRandom& random,
                Buffers& buffers) { return detail::logistic_or_tanh(random, buffers, false); }},
    {"mean", detail::mean},
    {"requantize", detail::requantize},
    {"quantize", detail::quantize},
    {"dequantize", detail::dequantize},
    {"pad", detail::pad},
    {"transpose", detail::transpose},
    {"concatenation", detail::concatenation},
    {"strided_slice", detail::strided_slice},
    {"resize_nearest_neighbor", detail::resize_nearest_neighbor},
};
inline constexpr int family_count = static_cast<int>(sizeof families / sizeof families[0]);

// The seed of case `index` of family number `family`: distinct for every pair, fixed forever
// (the expected outputs depend on it).
[[nodiscard]] constexpr std::uint32_t case_seed(int family, int index) {
    return 0x0F3C0000u + static_cast<std::uint32_t>(family) * 0x10000u +
           static_cast<std::uint32_t>(index);
}

// Runs case `index` of family number `family`; returns the number of output bytes in
// buffers.output.
inline int run_case(int family, int index, Buffers& buffers) {
    CaseRandom random{case_seed(family, index)};
    return families[family].run(random, buffers);
}

}  // namespace fennec::cortexm_test
