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

// Four weight rows: row j starts at first + j * RowStride when RowStride is not 0 (a
// compile-time constant: every load takes an immediate offset from one pointer), else at
// first + offset[j] (fewer than four real rows: the missing ones repeat the last).
template <int RowStride>
struct WeightRows {
    const std::int8_t* first;
    int offset[4];
    [[nodiscard]] const std::int8_t* row(int j) const {
        return first + (RowStride != 0 ? j * RowStride : offset[j]);
    }
};

// The running sums of four rows: the dot products with the input and, with WithWeightSums, the
// sums of the weights read.
struct RowSums {
    std::int32_t dot[4];
    std::int32_t weight_sum[4];
};

// `steps` (>= 0) 16-byte steps of four rows without weight sums: 9 instructions a step, each
// load advancing its pointer (post-increment), plus the loop's LE. Inline assembly because GCC
// 12, given the same step as intrinsics, addresses the four rows from one base pointer, and
// VLDRB's immediate offset reaches only 127 bytes: rows further apart then cost an address
// addition per load (18 instructions per step were measured on the 3x3x16 ResNet layer); and the
// loop is inside the assembly (WLS/LE, a low-overhead loop) because with the loop in C GCC spilled
// the pointers around it on every pixel. VMLADAVA accumulates into an even-numbered core register
// (constraint "Te", GCC's; the Cortex-M builds use GCC). The "memory" clobber orders the loads
// after the stores that filled conv2d's column just before.
[[gnu::always_inline]] inline void dot_steps(const std::int8_t*& input,
                                             const std::int8_t* (&weights)[4],
                                             int steps,
                                             std::int32_t& dot0,
                                             std::int32_t& dot1,
                                             std::int32_t& dot2,
                                             std::int32_t& dot3) {
    int8x16_t input_bytes;
    int8x16_t weight_bytes;
    __asm__(
        "wls lr, %[n], 2f\n"
        "1:\n\t"
        "vldrb.u8 %q[x], [%[in]], #16\n\t"
        "vldrb.u8 %q[w], [%[w0]], #16\n\t"
        "vmlava.s8 %[d0], %q[x], %q[w]\n\t"
        "vldrb.u8 %q[w], [%[w1]], #16\n\t"
        "vmlava.s8 %[d1], %q[x], %q[w]\n\t"
        "vldrb.u8 %q[w], [%[w2]], #16\n\t"
        "vmlava.s8 %[d2], %q[x], %q[w]\n\t"
        "vldrb.u8 %q[w], [%[w3]], #16\n\t"
        "vmlava.s8 %[d3], %q[x], %q[w]\n\t"
        "le lr, 1b\n"
        "2:"
        : [x] "=&w"(input_bytes), [w] "=&w"(weight_bytes), [in] "+r"(input), [w0] "+r"(weights[0]),
          [w1] "+r"(weights[1]), [w2] "+r"(weights[2]), [w3] "+r"(weights[3]), [d0] "+Te"(dot0),
          [d1] "+Te"(dot1), [d2] "+Te"(dot2), [d3] "+Te"(dot3)
        : [n] "r"(steps)
        : "memory", "lr", "cc");
}

// The last, partial step of four rows without weight sums: `count` (1 to 15) bytes, the lanes
// past them neither read nor summed (VCTP.8 predicates the loads, which zero those lanes). 14
// instructions; as intrinsics GCC 12 spends about 18 (one VPST per load and the predicate moved
// through a core register).
[[gnu::always_inline]] inline void dot_tail(const std::int8_t* input,
                                            const std::int8_t* const (&weights)[4],
                                            int count,
                                            std::int32_t& dot0,
                                            std::int32_t& dot1,
                                            std::int32_t& dot2,
                                            std::int32_t& dot3) {
    int8x16_t input_bytes;
    int8x16_t weight_bytes;
    __asm__(
        "vctp.8 %[n]\n\t"
        "vpstt\n\t"
        "vldrbt.u8 %q[x], [%[in]]\n\t"
        "vldrbt.u8 %q[w], [%[w0]]\n\t"
        "vmlava.s8 %[d0], %q[x], %q[w]\n\t"
        "vpst\n\t"
        "vldrbt.u8 %q[w], [%[w1]]\n\t"
        "vmlava.s8 %[d1], %q[x], %q[w]\n\t"
        "vpst\n\t"
        "vldrbt.u8 %q[w], [%[w2]]\n\t"
        "vmlava.s8 %[d2], %q[x], %q[w]\n\t"
        "vpst\n\t"
        "vldrbt.u8 %q[w], [%[w3]]\n\t"
        "vmlava.s8 %[d3], %q[x], %q[w]"
        : [x] "=&w"(input_bytes), [w] "=&w"(weight_bytes), [d0] "+Te"(dot0), [d1] "+Te"(dot1),
          [d2] "+Te"(dot2), [d3] "+Te"(dot3)
        : [n] "r"(count), [in] "r"(input), [w0] "r"(weights[0]), [w1] "r"(weights[1]),
          [w2] "r"(weights[2]), [w3] "r"(weights[3])
        : "memory", "p0");
}

// Adds `length` bytes from input[0] and from each weights[j] to dot[j] (and, with
// WithWeightSums, the weights read to weight_sum[j]), and advances every weights[j] past them:
// consecutive runs of one OHWI filter (its rows) follow each other, so a window's rows continue
// from where the previous row's run ended. Length is the length when not 0 (the typed forms: the
// steps unroll, the tail is a constant). NearRows: the four rows lie within VLDRB's 127-byte
// reach of the first (a compile-time row stride), and GCC's own addressing is then best.
// AdvancePastTail = false leaves the pointers short of a partial last step (when no run follows).
template <int Length, bool WithWeightSums, bool NearRows, bool AdvancePastTail = true>
[[gnu::always_inline]] inline void accumulate_run(const std::int8_t* input,
                                                  const std::int8_t* (&weights)[4],
                                                  int length,
                                                  std::int32_t (&dot)[4],
                                                  std::int32_t (&weight_sum)[4]) {
    const int run = Length != 0 ? Length : length;
    if constexpr (!WithWeightSums && !NearRows) {
        if (Length == 0 || Length >= 16) {  // a constant run shorter than a step needs no loop
            dot_steps(input, weights, run / 16, dot[0], dot[1], dot[2], dot[3]);
        }
    } else {
        for (int steps = run / 16; steps > 0; --steps) {
            const int8x16_t input_bytes = vldrbq_s8(input);
            input += 16;
            for (int j = 0; j < 4; ++j) {
                const int8x16_t weight_bytes = vldrbq_s8(weights[j]);
                weights[j] += 16;
                dot[j] = vmladavaq_s8(dot[j], input_bytes, weight_bytes);
                if constexpr (WithWeightSums) {
                    weight_sum[j] = vaddvaq_s8(weight_sum[j], weight_bytes);
                }
            }
        }
    }
    const int tail = run % 16;
    if (tail != 0) {
        if constexpr (!WithWeightSums) {
            dot_tail(input, weights, tail, dot[0], dot[1], dot[2], dot[3]);
        } else {
            const mve_pred16_t active = vctp8q(static_cast<std::uint32_t>(tail));
            const int8x16_t input_bytes = vldrbq_z_s8(input, active);
            for (int j = 0; j < 4; ++j) {
                const int8x16_t weight_bytes = vldrbq_z_s8(weights[j], active);
                dot[j] = vmladavaq_s8(dot[j], input_bytes, weight_bytes);
                weight_sum[j] = vaddvaq_s8(weight_sum[j], weight_bytes);
            }
        }
        if constexpr (AdvancePastTail) {
            for (const std::int8_t*& row : weights) {
                row += tail;
            }
        }
    }
}

// accumulate_run over one run of four rows starting at rows.row(j) + offset, into sums.
template <int Length, bool WithWeightSums, int RowStride>
[[gnu::always_inline]] inline void accumulate_rows(const std::int8_t* input,
                                                   const WeightRows<RowStride>& rows,
                                                   int offset,
                                                   int length,
                                                   RowSums& sums) {
    const std::int8_t* weights[4] = {rows.row(0) + offset, rows.row(1) + offset,
                                     rows.row(2) + offset, rows.row(3) + offset};
    // The sums live in locals while the steps run (kept in registers across the assembly).
    std::int32_t dot[4] = {sums.dot[0], sums.dot[1], sums.dot[2], sums.dot[3]};
    std::int32_t weight_sum[4] = {sums.weight_sum[0], sums.weight_sum[1], sums.weight_sum[2],
                                  sums.weight_sum[3]};
    accumulate_run<Length, WithWeightSums, (RowStride != 0 && 3 * RowStride + Length <= 128),
                   false>(input, weights, length, dot, weight_sum);
    for (int j = 0; j < 4; ++j) {
        sums.dot[j] = dot[j];
        sums.weight_sum[j] = weight_sum[j];
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
