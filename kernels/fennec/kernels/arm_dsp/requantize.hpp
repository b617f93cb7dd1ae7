// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The epilogue of the arm_dsp multiply-accumulate kernels in four instructions per output, equal
// bit for bit to fennec::requantize (core/requantize.hpp) wherever its preconditions hold; a
// kernel checks them once per channel (can_requantize_doubled) and otherwise calls
// fennec::requantize itself.
//
// fennec::requantize(acc, multiplier, shift, output) computes, with r = -shift >= 1,
//   y = floor((acc * multiplier + 2^30) / 2^31)              TFLM's rounding doubling high mul
//   z = floor((y + 2^(r-1) - [y < 0]) / 2^r)                  rounding divide, ties away from 0
//   clamp(z + zero_point, activation_min, activation_max)
// The kernels accumulate X = 2 * acc instead (the weights are doubled when they are widened), so
//   y = floor((X * multiplier + 2^31) / 2^32)                 SMMLAR's rounding
// and, since floor((floor(a / b) + c) / d) = floor((a + c * b) / (b * d)) for integers,
//   z + zero_point = floor((y + offset) / 2^r), offset = 2^(r-1) + zero_point * 2^r - [y < 0].
// For a non-negative multiplier, [y < 0] differs from [X < 0] only when X < 0 and y = 0, and
// then floor((2^(r-1) - 1) / 2^r) = floor(2^(r-1) / 2^r) = 0: the sign of X serves. So
//   offset = rounding_offset + (X >> 31)                       ADD with ASR #31
//   v = offset + y                                             SMMLAR X, multiplier, offset
//   z + zero_point = v >> r                                    ASR
//   clamp to int8                                              SSAT #8
// and the activation clamp (within [-128, 127]) follows on four packed outputs at once.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/intrinsics.hpp"

#if FENNEC_HAS_DSP

namespace fennec::kernels::arm_dsp {

// One output channel's constants for requantize_doubled: the multiplier and the rounding offset
// 2^(r-1) + output zero point * 2^r as one word pair (one LDRD), and r = -output_shift.
struct DoubledRequantization {
    dsp::WordPair multiplier_and_offset;
    std::int32_t right_shift;
};

// Whether requantize_doubled equals fennec::requantize for one channel, for every doubled
// accumulator X with |X| <= max_abs_doubled_accumulator: the multiplier is non-negative (as
// quantize_multiplier makes it), the shift a right shift of 1 to 31 bits, X fits in int32, the
// offset and the sum v cannot overflow (|y| <= 2^30), and the activation range is a valid
// sub-range of int8.
[[nodiscard]] constexpr bool can_requantize_doubled(std::int32_t output_multiplier,
                                                    std::int32_t output_shift,
                                                    const OutputQuantization& output,
                                                    std::int64_t max_abs_doubled_accumulator) {
    if (output_multiplier < 0 || output_shift > -1 || output_shift < -31) {
        return false;
    }
    const int right_shift = -static_cast<int>(output_shift);
    const std::int64_t offset = (std::int64_t{1} << (right_shift - 1)) +
                                std::int64_t{output.zero_point} * (std::int64_t{1} << right_shift);
    const std::int64_t max_abs_offset = (offset < 0 ? -offset : offset) + 1;
    return max_abs_doubled_accumulator <= int32_max && max_abs_offset < (std::int64_t{1} << 30) &&
           output.activation.min >= int8_min && output.activation.min <= output.activation.max &&
           output.activation.max <= int8_max;
}

// The constants of requantize_doubled; valid when can_requantize_doubled says so.
[[nodiscard]] constexpr DoubledRequantization doubled_requantization(
    std::int32_t output_multiplier, std::int32_t output_shift, const OutputQuantization& output) {
    const int right_shift = -static_cast<int>(output_shift);
    const auto offset = static_cast<std::int32_t>((std::int64_t{1} << (right_shift - 1)) +
                                                  std::int64_t{output.zero_point} *
                                                      (std::int64_t{1} << right_shift));
    return DoubledRequantization{dsp::join_words(output_multiplier, offset), right_shift};
}

// fennec::requantize of X / 2 before the activation clamp (which the caller applies, packed):
// the output value saturated to [-128, 127], in an int32.
[[gnu::always_inline]] [[nodiscard]] inline std::int32_t requantize_doubled(
    std::int32_t doubled_accumulator, const DoubledRequantization& constants) {
    const dsp::WordPair multiplier_and_offset = constants.multiplier_and_offset;
    const std::int32_t offset = dsp::high_word(multiplier_and_offset) + (doubled_accumulator >> 31);
    const std::int32_t shifted = dsp::rounding_high_mul_add(
        doubled_accumulator, dsp::low_word(multiplier_and_offset), offset);
    return dsp::saturate_int8(shifted >> constants.right_shift);
}

// Four outputs of requantize_doubled, packed and clamped to the activation range.
template <bool NeedsClamp>
[[gnu::always_inline]] [[nodiscard]] inline dsp::Int8x4 clamp_int8x4(dsp::Int8x4 values,
                                                                     dsp::Int8x4 activation_min,
                                                                     dsp::Int8x4 activation_max) {
    if constexpr (NeedsClamp) {
        return dsp::min_int8x4(dsp::max_int8x4(values, activation_min), activation_max);
    } else {
        (void)activation_min;
        (void)activation_max;
        return values;
    }
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
