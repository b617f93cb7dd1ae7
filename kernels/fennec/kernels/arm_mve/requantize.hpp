// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The epilogue of the arm_mve (Helium) kernels: fennec::requantize (core/requantize.hpp) on four
// int32 lanes at once, equal to it bit for bit for every accumulator, multiplier and shift in
// [-31, 30] (no precondition, unlike arm_dsp's doubled epilogue). Shared by every arm_mve kernel.
//
// TFLM's MultiplyByQuantizedMultiplier is x * 2^left (wrapping), then a rounding doubling high
// multiply (ties toward +infinity), then a rounding right shift (ties AWAY from zero):
//   VSHL   x, left          wrapping left shift; left = max(shift, 0), 0 for every right shift
//   VQRDMULH x, multiplier  exactly saturating_rounding_doubling_high_mul: (2xm + 2^31) >> 32,
//                           saturating only INT32_MIN * INT32_MIN, as gemmlowp does
//   VRSHL  x, -right        (x + 2^(right-1)) >> right: rounds ties toward +infinity, so a
//                           negative tie needs x - 1 first (see below); right = 0 is no shift
// The fix-up: for x < 0 and right > 0, floor((x - 1 + 2^(r-1)) / 2^r) is the tie-away rounding
// (it differs from floor((x + 2^(r-1)) / 2^r) only on exact ties). The negated right shift is
// negative exactly when right > 0, so (x AND negated_right) has its sign bit set exactly when
// both hold, and an arithmetic shift by 31 turns it into the -1 to add. VQADD saturates the one
// case x = INT32_MIN, which is a multiple of 2^r and rounds the same either way.
// Then + zero point (wrapping, as TFLM's int32 add), clamp to the activation range, and a
// narrowing store (VSTRB.32 keeps each lane's low byte): 10 vector instructions per 4 outputs.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/features.hpp"

#if FENNEC_HAS_MVE

#include <arm_mve.h>

namespace fennec::kernels::arm_mve {

// The requantization constants of four lanes (output channels, or one per-tensor pair in every
// lane): multiplier, left shift max(shift, 0) and negated right shift min(shift, 0).
struct LaneRequantization {
    int32x4_t multiplier;
    int32x4_t left_shift;
    int32x4_t negated_right_shift;
};

// The zero point (a scalar: VADD takes it from a core register, which spares a vector register
// in the kernels' inner loops) and the activation range of an output, in every lane.
struct LaneOutput {
    std::int32_t zero_point;
    int32x4_t activation_min;
    int32x4_t activation_max;
};

[[nodiscard]] inline LaneOutput lane_output(const OutputQuantization& output) {
    return LaneOutput{output.zero_point, vdupq_n_s32(output.activation.min),
                      vdupq_n_s32(output.activation.max)};
}

// From a multiplier and a shift per lane.
[[nodiscard]] inline LaneRequantization lane_requantization(int32x4_t multiplier, int32x4_t shift) {
    const int32x4_t zero = vdupq_n_s32(0);
    return LaneRequantization{multiplier, vmaxq_s32(shift, zero), vminq_s32(shift, zero)};
}

// Lanes 0..3 from output_multiplier[0..3] and output_shift[0..3] (per-channel arrays).
[[nodiscard]] inline LaneRequantization load_lane_requantization(
    const std::int32_t* output_multiplier, const std::int32_t* output_shift) {
    return lane_requantization(vldrwq_s32(output_multiplier), vldrwq_s32(output_shift));
}

// The same pair in every lane (per-tensor quantization).
[[nodiscard]] inline LaneRequantization splat_lane_requantization(std::int32_t output_multiplier,
                                                                  std::int32_t output_shift) {
    return lane_requantization(vdupq_n_s32(output_multiplier), vdupq_n_s32(output_shift));
}

// fennec::multiply_by_quantized_multiplier on four lanes. MayShiftLeft = false leaves out the
// left shift (one instruction) when the caller knows every lane's shift is <= 0.
template <bool MayShiftLeft = true>
[[gnu::always_inline]] [[nodiscard]] inline int32x4_t multiply_by_quantized_multiplier(
    int32x4_t x, const LaneRequantization& constants) {
    const int32x4_t shifted = MayShiftLeft ? vshlq_s32(x, constants.left_shift) : x;
    const int32x4_t high = vqrdmulhq_s32(shifted, constants.multiplier);
    // -1 where high < 0 and the right shift is not 0 (both sign bits set), else 0.
    const int32x4_t tie_fix = vshrq_n_s32(vandq_s32(high, constants.negated_right_shift), 31);
    return vrshlq_s32(vqaddq_s32(high, tie_fix), constants.negated_right_shift);
}

// fennec::requantize on four lanes, before narrowing: values in the activation range (a
// sub-range of int8), in int32 lanes. MayShiftLeft as for multiply_by_quantized_multiplier.
template <bool MayShiftLeft = true>
[[gnu::always_inline]] [[nodiscard]] inline int32x4_t requantize(
    int32x4_t accumulator, const LaneRequantization& constants, const LaneOutput& output) {
    const int32x4_t scaled = vaddq_n_s32(
        multiply_by_quantized_multiplier<MayShiftLeft>(accumulator, constants), output.zero_point);
    return vminq_s32(vmaxq_s32(scaled, output.activation_min), output.activation_max);
}

// Stores the low byte of each lane to output[0..3] (VSTRB.32).
[[gnu::always_inline]] inline void store_int8x4(std::int8_t* output, int32x4_t values) {
    vstrbq_s32(output, values);
}

// The same for the first `count` lanes only (count in 0..4; nothing is written past them).
[[gnu::always_inline]] inline void store_int8x4(std::int8_t* output, int32x4_t values, int count) {
    vstrbq_p_s32(output, values, vctp32q(static_cast<std::uint32_t>(count)));
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
