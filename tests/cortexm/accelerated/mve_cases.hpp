// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Cases for the arm_mve (Helium) kernels on top of accelerated_cases.hpp's: the vector epilogue
// against fennec::requantize on single values (every shift from -31 to 30, accumulators at the
// ends of int32 and on exact rounding ties), and conv2d and fully_connected shapes around the
// vector width of 16 bytes (runs, depths and channel counts of 15, 16, 17, 31, 32, 33, 47, 48, 49:
// the tail-predicated and full-vector paths), and first layers with 1 to 3 input channels. The
// requantize family passes trivially on a core without MVE; the conv2d and fully_connected
// families then compare that core's selected:: kernels, which does no harm.
#pragma once

#include <cstddef>
#include <cstdint>

#include "accelerated_cases.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/features.hpp"

#if FENNEC_HAS_MVE
#include "fennec/kernels/arm_mve/requantize.hpp"
#endif

namespace fennec::accelerated_test {

// The MVE epilogue: 4096 random (accumulator, multiplier, shift, zero point, activation) sets per
// case against fennec::requantize, four lanes at a time, each lane with its own constants.
inline bool mve_requantize_case(std::uint32_t seed, Buffers& buffers) {
#if FENNEC_HAS_MVE
    namespace mve = k::arm_mve;
    CaseRandom random{seed};
    const OutputQuantization output = draw_output(random);
    const mve::LaneOutput lane_output = mve::lane_output(output);
    for (int round = 0; round < 1024; ++round) {
        std::int32_t accumulator[4];
        std::int32_t multiplier[4];
        std::int32_t shift[4];
        for (int lane = 0; lane < 4; ++lane) {
            shift[lane] = random.uniform(-31, 30);
            multiplier[lane] = random.one_in(16) ? (random.one_in(2) ? 0 : std::int32_t{1} << 30)
                                                 : random.multiplier();
            switch (random.uniform(0, 5)) {
                case 0:  // the ends of int32
                    accumulator[lane] = random.one_in(2) ? int32_min + random.uniform(0, 3)
                                                         : int32_max - random.uniform(0, 3);
                    break;
                case 1: {  // a multiple of 2^k plus or minus half of it: exact ties of a shift
                    const int k = random.uniform(1, 20);
                    accumulator[lane] = random.uniform(-1000, 1000) * (1 << k) +
                                        (random.one_in(2) ? 1 : -1) * (1 << (k - 1));
                    break;
                }
                case 2:  // small values, where ties of the final shift are frequent
                    accumulator[lane] = random.uniform(-300, 300);
                    break;
                default:
                    accumulator[lane] = static_cast<std::int32_t>(random.next());
                    break;
            }
        }
        const mve::LaneRequantization constants = mve::load_lane_requantization(multiplier, shift);
        std::int8_t actual[4];
        mve::store_int8x4(actual, mve::requantize(vldrwq_s32(accumulator), constants, lane_output));
        for (int lane = 0; lane < 4; ++lane) {
            const std::int8_t expected =
                requantize(accumulator[lane], multiplier[lane], shift[lane], output);
            if (actual[lane] != expected) {
                ShapeText shape;
                shape.add("acc", accumulator[lane])
                    .add("mult", multiplier[lane])
                    .add("shift", shift[lane])
                    .add("zp", output.zero_point)
                    .add("min", output.activation.min)
                    .add("max", output.activation.max);
                buffers.expected[0] = expected;
                buffers.actual[0] = actual[lane];
                return outputs_match("mve requantize", seed, buffers, 1, shape.text());
            }
        }
    }
#else
    (void)seed;
    (void)buffers;
#endif
    return true;
}

// A value from `choices` two times in three, else uniform in [1, max].
template <std::size_t N>
inline int draw_around(CaseRandom& random, const int (&choices)[N], int max) {
    return random.one_in(3) ? random.uniform(1, max)
                            : choices[random.uniform(0, static_cast<int>(N) - 1)];
}

// conv2d with the arm_mve paths' boundaries: input channels and filter row runs around 16, 32
// and 48 bytes (full steps and tail-predicated ones, the column against the direct rows), output
// channel counts around the block of 16 and below 4 (the narrow kernel), KWS- and VWW-like first
// layers (10x4 stride 2 over 1 channel, 3x3 stride 2 over 3), every padding and dilation.
inline bool mve_conv2d_case(std::uint32_t seed, Buffers& buffers) {
    static constexpr int channel_choices[] = {1, 2, 3, 4, 5, 8, 15, 16, 17, 31, 32, 33, 47, 48, 49};
    static constexpr int output_choices[] = {1, 2, 3, 4, 5, 7, 15, 16, 17, 19, 31, 32, 33, 36};
    CaseRandom random{seed};
    for (;;) {
        Window w{};
        int input_channels = draw_around(random, channel_choices, 49);
        switch (random.uniform(0, 5)) {
            case 0:
                w = pointwise_window(random);
                break;
            case 1:  // KWS conv1: 10x4 at stride 2 over one channel (smaller here)
                w = Window{random.uniform(5, 10), 4, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, true};
                cortexm_test::fit_input(random, w, 9);
                input_channels = 1;
                break;
            case 2:  // VWW conv1: 3x3 at stride 2 over three channels
                w = Window{3, 3, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, random.one_in(2)};
                cortexm_test::fit_input(random, w, 9);
                input_channels = random.uniform(1, 4);
                break;
            default:
                w = draw_window(random, 5);
                break;
        }
        const int batches = random.one_in(6) ? 2 : 1;
        const int output_channels = draw_around(random, output_choices, 40);
        const int depth = w.filter_height * w.filter_width * input_channels;
        const int input_bytes = batches * w.input_height * w.input_width * input_channels;
        const int filter_bytes = output_channels * depth;
        const int output_bytes = batches * w.output_height * w.output_width * output_channels;
        if (input_bytes > max_tensor_bytes || filter_bytes > max_filter_bytes ||
            output_bytes > max_tensor_bytes || long{output_bytes} * depth > max_macs) {
            continue;
        }
        const k::Conv2dGeometry geometry{
            batches,        w.input_height,    w.input_width,    input_channels,  w.filter_height,
            w.filter_width, w.output_height,   w.output_width,   output_channels, w.stride_height,
            w.stride_width, w.dilation_height, w.dilation_width, w.padding_top,   w.padding_left};
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
        return outputs_match("mve conv2d", seed, buffers, output_bytes, shape.text());
    }
}

// fully_connected with depths and row counts around the vector width and the group of four:
// depths 1..49 around 16, 32, 48 and up to 640 (the AD layer's), rows 1..3 (the narrow kernel)
// and around multiples of 4, batches up to 3; per-tensor and per-channel.
inline bool mve_fully_connected_case(std::uint32_t seed, Buffers& buffers) {
    static constexpr int depth_choices[] = {1, 15, 16, 17, 31, 32, 33, 47, 48, 49, 64, 255, 640};
    static constexpr int row_choices[] = {1, 2, 3, 4, 5, 6, 7, 8, 12, 13, 16, 17};
    CaseRandom random{seed};
    for (;;) {
        const int batches = random.one_in(4) ? random.uniform(2, 3) : 1;
        const int accum_depth = draw_around(random, depth_choices, 64);
        const int output_depth = draw_around(random, row_choices, 40);
        if (fully_connected_fits(batches, accum_depth, output_depth)) {
            return fully_connected_case_of("mve fully_connected", seed, random, buffers, batches,
                                           accum_depth, output_depth);
        }
    }
}

}  // namespace fennec::accelerated_test
