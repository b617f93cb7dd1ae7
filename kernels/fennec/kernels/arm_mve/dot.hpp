// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The multiply-accumulate core of the arm_mve conv2d and fully_connected: one run of int8 input
// against the same run of four weight rows, 16 bytes per step. VMLADAVA.S8 multiplies 16 byte
// pairs and adds all 16 products to a scalar accumulator, so a step is one input load (shared by
// the four rows), four weight loads and four VMLADAVAs: 9 instructions for 64 MACs. A run whose
// length is not a multiple of 16 ends with one tail-predicated step (VCTP.8, zeroing loads: the
// inactive lanes are neither read nor summed), so nothing past the tensors is read.
//
// The input is multiplied as stored, without subtracting the input zero point (Helium has no
// mixed-width dot product, and x - zero_point does not fit in int8): the kernels add
// -zero_point * (sum of the weights) afterwards, which equals the portable sums of
// w * (x - zero_point) modulo 2^32, and portable's int32 sums cannot overflow (see
// max_accumulation_depth). Where that weight sum is not known in advance (padding taps, a
// fully_connected row), WithWeightSums adds it in the same pass: one VADDVA per weight load.
#pragma once

#include <cstdint>

#include "fennec/kernels/features.hpp"

#if FENNEC_HAS_MVE

#include <arm_mve.h>

namespace fennec::kernels::arm_mve {

// Four weight rows: where each starts (the last rows of a tail group repeat a real row).
struct WeightRows {
    const std::int8_t* row[4];
};

// The running sums of four rows: the dot products with the input and, with WithWeightSums, the
// sums of the weights read.
struct RowSums {
    std::int32_t dot[4];
    std::int32_t weight_sum[4];
};

// Adds `length` bytes from input[offset] and each row's row[j][offset] to sums. Length is a
// compile-time constant when not 0 (the typed forms: the steps unroll, the tail predicate is a
// constant), else `length`.
template <int Length, bool WithWeightSums>
[[gnu::always_inline]] inline void accumulate_rows(const std::int8_t* input,
                                                   const WeightRows& rows,
                                                   int offset,
                                                   int length,
                                                   RowSums& sums) {
    const int run = Length != 0 ? Length : length;
    int i = 0;
    for (; i + 16 <= run; i += 16) {
        const int8x16_t input_bytes = vldrbq_s8(input + i);
        for (int j = 0; j < 4; ++j) {
            const int8x16_t weight_bytes = vldrbq_s8(rows.row[j] + offset + i);
            sums.dot[j] = vmladavaq_s8(sums.dot[j], input_bytes, weight_bytes);
            if constexpr (WithWeightSums) {
                sums.weight_sum[j] = vaddvaq_s8(sums.weight_sum[j], weight_bytes);
            }
        }
    }
    if (i < run) {
        const mve_pred16_t active = vctp8q(static_cast<std::uint32_t>(run - i));
        const int8x16_t input_bytes = vldrbq_z_s8(input + i, active);
        for (int j = 0; j < 4; ++j) {
            const int8x16_t weight_bytes = vldrbq_z_s8(rows.row[j] + offset + i, active);
            sums.dot[j] = vmladavaq_s8(sums.dot[j], input_bytes, weight_bytes);
            if constexpr (WithWeightSums) {
                sums.weight_sum[j] = vaddvaq_s8(sums.weight_sum[j], weight_bytes);
            }
        }
    }
}

// Four int32 values as the lanes of one vector.
[[gnu::always_inline]] [[nodiscard]] inline int32x4_t lanes(const std::int32_t (&values)[4]) {
    int32x4_t vector = vdupq_n_s32(values[0]);
    vector = vsetq_lane_s32(values[1], vector, 1);
    vector = vsetq_lane_s32(values[2], vector, 2);
    return vsetq_lane_s32(values[3], vector, 3);
}

// The sum of `length` weights (the whole filter of one output channel), once per call.
[[nodiscard]] inline std::int32_t weight_sum(const std::int8_t* weights, int length) {
    std::int32_t sum = 0;
    int i = 0;
    for (; i + 16 <= length; i += 16) {
        sum = vaddvaq_s8(sum, vldrbq_s8(weights + i));
    }
    if (i < length) {
        const mve_pred16_t active = vctp8q(static_cast<std::uint32_t>(length - i));
        sum = vaddvaq_s8(sum, vldrbq_z_s8(weights + i, active));
    }
    return sum;
}

// a - zero_point * weight_sum + b in int32 with wrap-around (the sums are exact modulo 2^32).
[[gnu::always_inline]] [[nodiscard]] inline std::int32_t wrapping_sum(std::int32_t a,
                                                                     std::int32_t zero_point,
                                                                     std::int32_t weight_sum,
                                                                     std::int32_t b) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(a) -
                                     static_cast<std::uint32_t>(zero_point) *
                                         static_cast<std::uint32_t>(weight_sum) +
                                     static_cast<std::uint32_t>(b));
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
