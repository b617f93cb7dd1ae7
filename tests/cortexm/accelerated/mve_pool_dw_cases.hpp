// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Random cases aimed at the Helium (arm_mve) pooling, depthwise and add kernels, drawn on the core
// like accelerated_cases.hpp's (whose buffers, draws and comparison they share): the portable
// kernel (the oracle) against kernels::selected:: on the same inputs, byte for byte.
//
// The draws lean on what the vector paths tell apart: channel counts just below, at and above
// multiples of 8 and 16 (full vectors, and the tail-predicated last one), depth multipliers above
// 1 (strided output channels), 3x3 windows at stride 1 and 2 with padding 0 or 1 (the unrolled
// paths) next to general windows, windows that cover the whole input (global pooling, up to and
// beyond the 256 cells average_pool2d sums in int16), and edge values (inputs pinned at -128/127,
// zero points at the ends of int8, every activation clamp). A few typed-form cases run the real
// layer shapes the benchmarks measure (KWS, VWW) with their compile-time constants.
#pragma once

#include <cstdint>

#include "accelerated_cases.hpp"
#include "fennec/kernels/params/add.hpp"
#include "fennec/kernels/portable/add.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec/kernels/select.hpp"

namespace fennec::accelerated_test {

// Channel counts up to 64 that sit on both sides of multiples of 16 and 8 more often than not.
inline int draw_vector_channels(CaseRandom& random) {
    switch (random.uniform(0, 3)) {
        case 0:
            return 16 * random.uniform(1, 4) + random.uniform(-2, 2);
        case 1:
            return 8 * random.uniform(1, 8) + random.uniform(-1, 1);
        default:
            return random.uniform(1, 64);
    }
}

// A pooling window: 2x2 stride 2 or 3x3 stride 1/2 (the common ones) or any window up to 5x5 with
// strides 1 to 3; one case in six pools the whole input (VALID), as a global average pool does.
inline Window draw_pool_window(CaseRandom& random) {
    if (random.one_in(6)) {
        // Up to 25 x 12 = 300 cells: average_pool2d sums up to 256 in int16 and falls back above.
        return cortexm_test::whole_input_window(random, 25, 12);
    }
    Window w = draw_window(random, 5, /*allow_dilation=*/false);
    if (random.one_in(3)) {
        // Redraw as 2x2 or 3x3 at stride 2, keeping the padding kind.
        const int size = random.uniform(2, 3);
        w.filter_height = size;
        w.filter_width = size;
        w.stride_height = 2;
        w.stride_width = 2;
        cortexm_test::fit_input(random, w, 9);
    }
    return w;
}

// One pooling case (Average: average_pool2d, else max_pool2d).
template <bool Average>
bool mve_pool2d_case(std::uint32_t seed, Buffers& buffers) {
    const char* const family = Average ? "mve average_pool2d" : "mve max_pool2d";
    CaseRandom random{seed};
    for (;;) {
        const Window w = draw_pool_window(random);
        const int batches = random.one_in(6) ? 2 : 1;
        const int channels = draw_vector_channels(random);
        const int input_bytes = batches * w.input_height * w.input_width * channels;
        const int output_bytes = batches * w.output_height * w.output_width * channels;
        if (input_bytes > max_tensor_bytes || output_bytes > max_tensor_bytes) {
            continue;
        }
        const k::Pool2dGeometry geometry{batches,         w.input_height,  w.input_width,
                                         channels,        w.filter_height, w.filter_width,
                                         w.output_height, w.output_width,  w.stride_height,
                                         w.stride_width,  w.padding_top,   w.padding_left};
        ActivationRange activation{int8_min, int8_max};
        if (!random.one_in(3)) {
            random.activation(draw_zero_point(random), activation.min, activation.max);
        }
        // Pinned inputs: sums at the ends of their range (a 256-cell window of -128 is -32768).
        random.fill(buffers.input, input_bytes, random.one_in(6));

        if constexpr (Average) {
            k::portable::average_pool2d(geometry, activation, buffers.input, buffers.expected);
            k::selected::average_pool2d(geometry, activation, buffers.input, buffers.actual);
        } else {
            k::portable::max_pool2d(geometry, activation, buffers.input, buffers.expected);
            k::selected::max_pool2d(geometry, activation, buffers.input, buffers.actual);
        }
        ShapeText shape;
        shape.add("n", batches).add("c", channels);
        add_window(shape, w);
        shape.add("pt", w.padding_top).add("pl", w.padding_left);
        shape.add("min", activation.min).add("max", activation.max);
        return outputs_match(family, seed, buffers, output_bytes, shape.text());
    }
}

inline bool mve_average_pool2d_case(std::uint32_t seed, Buffers& buffers) {
    return mve_pool2d_case<true>(seed, buffers);
}

inline bool mve_max_pool2d_case(std::uint32_t seed, Buffers& buffers) {
    return mve_pool2d_case<false>(seed, buffers);
}

// A depthwise window: 3x3 at stride 1 or 2, mostly with SAME padding (padding 0 or 1, the unrolled
// paths of real layers) about half the time, one in ten a large filter (6 to 10 on a side), else
// accelerated_cases' windows (up to 5x5, strides 1 to 3, dilation 2 in some).
inline Window draw_depthwise_window(CaseRandom& random) {
    if (random.one_in(10)) {
        // Large filters such as micro_speech's 10x8, which only the general path takes.
        Window w{random.uniform(6, 10),
                 random.uniform(6, 10),
                 random.uniform(1, 2),
                 random.uniform(1, 2),
                 1,
                 1,
                 0,
                 0,
                 0,
                 0,
                 0,
                 0,
                 random.one_in(2)};
        cortexm_test::fit_input(random, w, 6);
        return w;
    }
    Window w = draw_window(random, 5);
    if (random.one_in(2)) {
        const int stride = random.uniform(1, 2);
        w = Window{3, 3, stride, stride, 1, 1, 0, 0, 0, 0, 0, 0, !random.one_in(4)};
        cortexm_test::fit_input(random, w, 10);
    }
    return w;
}

// depthwise_conv2d with channel counts around multiples of 8 and 16, depth multipliers 1 to 4.
inline bool mve_depthwise_conv2d_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    for (;;) {
        const Window w = draw_depthwise_window(random);
        const int batches = random.one_in(6) ? 2 : 1;
        const int depth_multiplier = random.one_in(3) ? random.uniform(2, 4) : 1;
        const int input_channels = draw_vector_channels(random);
        const int output_channels = input_channels * depth_multiplier;
        const int input_bytes = batches * w.input_height * w.input_width * input_channels;
        const int filter_bytes = w.filter_height * w.filter_width * output_channels;
        const int output_bytes = batches * w.output_height * w.output_width * output_channels;
        if (input_bytes > max_tensor_bytes || filter_bytes > max_filter_bytes ||
            output_bytes > max_tensor_bytes || output_channels > max_channels) {
            continue;
        }
        const k::DepthwiseConv2dGeometry geometry{
            batches,         w.input_height,    w.input_width,    input_channels, depth_multiplier,
            w.filter_height, w.filter_width,    w.output_height,  w.output_width, w.stride_height,
            w.stride_width,  w.dilation_height, w.dilation_width, w.padding_top,  w.padding_left};
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
        return outputs_match("mve depthwise_conv2d", seed, buffers, output_bytes, shape.text());
    }
}

// add: element counts around multiples of 4 and 16 (the vectors and the predicated tail), scales
// from random real values through add_quantization() as the generator derives them (or, one case
// in three, constants that make rounding ties common), zero points at the ends of int8, every
// activation; one case in five broadcasts one input along a dimension (the path that falls back),
// one in six aliases the output with input 1.
inline bool mve_add_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    const int rows = random.uniform(1, 6);
    const int columns = random.one_in(2) ? 16 * random.uniform(1, 8) + random.uniform(-3, 3)
                                         : random.uniform(1, 200);
    const bool is_broadcast = random.one_in(5);
    const int dims1[2] = {rows, columns};
    const int dims2[2] = {is_broadcast ? 1 : rows, columns};
    const k::BroadcastGeometry geometry = k::broadcast_geometry(dims1, 2, dims2, 2);
    const int elements = rows * columns;
    k::AddQuantization quantization =
        k::add_quantization(random.scale(1, 10), draw_zero_point(random), random.scale(1, 10),
                            draw_zero_point(random), random.scale(0, 10), draw_zero_point(random),
                            static_cast<Activation>(random.uniform(0, 3)));
    if (random.one_in(3)) {
        // Constants no scale gives, for the roundings' ties: tiny input multipliers and short
        // right shifts, so the rescaled inputs and the output land on exact halves often.
        const auto draw_input = [&](std::int32_t& multiplier, int& shift) {
            multiplier = random.uniform(1 << 8, 1 << 12);
            shift = -random.uniform(0, 3);
        };
        draw_input(quantization.input1_multiplier, quantization.input1_shift);
        draw_input(quantization.input2_multiplier, quantization.input2_shift);
        quantization.output_multiplier = random.multiplier();
        quantization.output_shift = -random.uniform(0, 4);
    }
    // input1 in buffers.input, input2 in buffers.filter (both hold at least 1200 elements).
    const bool pinned = random.one_in(8);
    random.fill(buffers.input, elements, pinned);
    random.fill(buffers.filter, dims2[0] * columns, pinned);
    const bool is_in_place = !is_broadcast && random.one_in(6);

    k::portable::add(geometry, quantization, buffers.input, buffers.filter, buffers.expected);
    if (is_in_place) {
        for (int i = 0; i < elements; ++i) {
            buffers.actual[i] = buffers.input[i];
        }
        k::selected::add(geometry, quantization, buffers.actual, buffers.filter, buffers.actual);
    } else {
        k::selected::add(geometry, quantization, buffers.input, buffers.filter, buffers.actual);
    }
    ShapeText shape;
    shape.add("rows", rows)
        .add("columns", columns)
        .add("broadcast", is_broadcast ? 1 : 0)
        .add("zp1", quantization.input1_zero_point)
        .add("zp2", quantization.input2_zero_point)
        .add("ozp", quantization.output.zero_point)
        .add("min", quantization.output.activation.min)
        .add("max", quantization.output.activation.max);
    return outputs_match("mve add", seed, buffers, elements, shape.text());
}

// The typed forms on fixed shapes: real layers (KWS's depthwise and average pool, the max pool of
// the benchmark table, person_detect's first layer: 1 channel x multiplier 8) and small ones with
// tails (20 and 33 channels), a depth multiplier of 2, a 5x5 filter and stride 2; add on one shape
// and one broadcast. Each case runs one shape (by seed)
// with fresh data and constants. The real layers need more room than Buffers has, so the
// activations live in TypedBuffers.
struct TypedBuffers {
    static constexpr int bytes = 24 * 24 * 16;
    std::int8_t input[bytes];
    std::int8_t expected[bytes];
    std::int8_t actual[bytes];
};

inline TypedBuffers typed_buffers;

inline bool typed_outputs_match(const char* family,
                                std::uint32_t seed,
                                int count,
                                const char* shape) {
    for (int i = 0; i < count; ++i) {
        if (typed_buffers.expected[i] != typed_buffers.actual[i]) {
            print(family, " seed ", seed, " (", shape, "): FAIL at byte ", std::int32_t{i}, " of ",
                  std::int32_t{count}, ": portable ", std::int32_t{typed_buffers.expected[i]},
                  ", accelerated ", std::int32_t{typed_buffers.actual[i]}, "\n");
            return false;
        }
    }
    return true;
}

template <class In, class Filter, class Out, class W, int DepthMultiplier = 1>
bool typed_depthwise_case(CaseRandom& random,
                          Buffers& buffers,
                          const char* name,
                          std::uint32_t seed) {
    static_assert(In::elements <= TypedBuffers::bytes && Out::elements <= TypedBuffers::bytes &&
                  Filter::elements <= max_filter_bytes && Out::dim(3) <= max_channels);
    constexpr int channels = Out::dim(3);
    const k::Conv2dQuantization quantization =
        draw_conv_quantization(random, buffers, channels, Filter::dim(1) * Filter::dim(2));
    const std::int32_t* const bias = draw_bias(random, buffers, channels);
    const bool pinned = random.one_in(8);
    random.fill(typed_buffers.input, In::elements, pinned);
    random.fill(buffers.filter, Filter::elements, pinned);
    k::portable::depthwise_conv2d<In, Filter, Out, W, DepthMultiplier>(
        quantization, typed_buffers.input, buffers.filter, bias, typed_buffers.expected);
    k::selected::depthwise_conv2d<In, Filter, Out, W, DepthMultiplier>(
        quantization, typed_buffers.input, buffers.filter, bias, typed_buffers.actual);
    return typed_outputs_match("typed depthwise_conv2d", seed, Out::elements, name);
}

template <bool Average, class In, class Pool, class Out, class W>
bool typed_pool2d_case(CaseRandom& random, const char* name, std::uint32_t seed) {
    static_assert(In::elements <= TypedBuffers::bytes && Out::elements <= TypedBuffers::bytes);
    ActivationRange activation{int8_min, int8_max};
    if (random.one_in(2)) {
        random.activation(draw_zero_point(random), activation.min, activation.max);
    }
    random.fill(typed_buffers.input, In::elements, random.one_in(6));
    if constexpr (Average) {
        k::portable::average_pool2d<In, Pool, Out, W>(activation, typed_buffers.input,
                                                      typed_buffers.expected);
        k::selected::average_pool2d<In, Pool, Out, W>(activation, typed_buffers.input,
                                                      typed_buffers.actual);
        return typed_outputs_match("typed average_pool2d", seed, Out::elements, name);
    } else {
        k::portable::max_pool2d<In, Pool, Out, W>(activation, typed_buffers.input,
                                                  typed_buffers.expected);
        k::selected::max_pool2d<In, Pool, Out, W>(activation, typed_buffers.input,
                                                  typed_buffers.actual);
        return typed_outputs_match("typed max_pool2d", seed, Out::elements, name);
    }
}

template <class In1, class In2, class Out>
bool typed_add_case(CaseRandom& random, Buffers& buffers, const char* name, std::uint32_t seed) {
    static_assert(In1::elements <= TypedBuffers::bytes && In2::elements <= max_filter_bytes &&
                  Out::elements <= TypedBuffers::bytes);
    const k::AddQuantization quantization =
        k::add_quantization(random.scale(1, 10), draw_zero_point(random), random.scale(1, 10),
                            draw_zero_point(random), random.scale(0, 10), draw_zero_point(random),
                            static_cast<Activation>(random.uniform(0, 3)));
    const bool pinned = random.one_in(8);
    random.fill(typed_buffers.input, In1::elements, pinned);
    random.fill(buffers.filter, In2::elements, pinned);
    k::portable::add<In1, In2, Out>(quantization, typed_buffers.input, buffers.filter,
                                    typed_buffers.expected);
    k::selected::add<In1, In2, Out>(quantization, typed_buffers.input, buffers.filter,
                                    typed_buffers.actual);
    return typed_outputs_match("typed add", seed, Out::elements, name);
}

inline bool mve_typed_case(std::uint32_t seed, Buffers& buffers) {
    CaseRandom random{seed};
    using fennec::Window;
    switch (seed % 12) {
        case 0:
            return typed_depthwise_case<Shape<1, 25, 5, 64>, Shape<1, 3, 3, 64>,
                                        Shape<1, 25, 5, 64>, Window<1, 1, Padding::same>>(
                random, buffers, "KWS dw 3x3 stride 1, SAME, 25x5x64", seed);
        case 1:
            return typed_depthwise_case<Shape<1, 12, 11, 20>, Shape<1, 3, 3, 20>,
                                        Shape<1, 6, 6, 20>, Window<2, 2, Padding::same>>(
                random, buffers, "dw 3x3 stride 2, SAME, odd width, 20 channels", seed);
        case 2:
            return typed_depthwise_case<Shape<2, 9, 7, 12>, Shape<1, 3, 3, 24>, Shape<2, 9, 7, 24>,
                                        Window<1, 1, Padding::same>, 2>(
                random, buffers, "dw 3x3 stride 1, SAME, multiplier 2, 2 batches", seed);
        case 3:
            return typed_depthwise_case<Shape<1, 10, 9, 16>, Shape<1, 5, 5, 16>, Shape<1, 6, 5, 16>,
                                        Window<1, 1, Padding::valid>>(
                random, buffers, "dw 5x5 stride 1, VALID, 16 channels", seed);
        case 4:
            return typed_depthwise_case<Shape<1, 8, 8, 33>, Shape<1, 3, 3, 33>, Shape<1, 8, 8, 33>,
                                        Window<1, 1, Padding::same>>(
                random, buffers, "dw 3x3 stride 1, SAME, 33 channels", seed);
        case 5:
            return typed_pool2d_case<true, Shape<1, 25, 5, 64>, Shape<25, 5>, Shape<1, 1, 1, 64>,
                                     Window<25, 5, Padding::valid>>(
                random, "KWS average pool 25x5, VALID, 64 channels", seed);
        case 6:
            return typed_pool2d_case<true, Shape<1, 10, 9, 20>, Shape<3, 3>, Shape<1, 5, 5, 20>,
                                     Window<2, 2, Padding::same>>(
                random, "average pool 3x3 stride 2, SAME, 20 channels", seed);
        case 7:
            return typed_pool2d_case<false, Shape<1, 24, 24, 16>, Shape<2, 2>, Shape<1, 12, 12, 16>,
                                     Window<2, 2, Padding::valid>>(
                random, "max pool 2x2 stride 2, VALID, 24x24x16", seed);
        case 8:
            return typed_pool2d_case<false, Shape<1, 9, 9, 33>, Shape<3, 3>, Shape<1, 5, 5, 33>,
                                     Window<2, 2, Padding::same>>(
                random, "max pool 3x3 stride 2, SAME, 33 channels", seed);
        case 11:
            return typed_depthwise_case<Shape<1, 24, 24, 1>, Shape<1, 3, 3, 8>, Shape<1, 12, 12, 8>,
                                        Window<2, 2, Padding::same>, 8>(
                random, buffers, "dw 3x3 stride 2, SAME, 1 channel x multiplier 8", seed);
        case 9:
            return typed_add_case<Shape<1, 15, 16, 17>, Shape<1, 15, 16, 17>, Shape<1, 15, 16, 17>>(
                random, buffers, "add 15x16x17, same shapes", seed);
        default:
            return typed_add_case<Shape<1, 5, 7, 12>, Shape<12>, Shape<1, 5, 7, 12>>(
                random, buffers, "add 5x7x12 + 12, broadcast", seed);
    }
}

}  // namespace fennec::accelerated_test
