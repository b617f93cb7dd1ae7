// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The input scaling that logistic and tanh share (TFLM's logistic_common.cc and tanh.cc, int8
// path): input - zero_point is brought into Q4.27 by one quantized multiplier, and inputs so large
// that Q4.27 would saturate skip the function and take the output's extreme value.
#pragma once

#include <cstdint>

#include "fennec/core/quantize_multiplier.hpp"

namespace fennec::kernels {

// The fixed-point format of the function's argument: 4 integer bits, range [-16, 16).
inline constexpr int fixed_point_input_integer_bits = 4;

struct FixedPointInputQuantization {
    std::int32_t input_zero_point;
    // |input - zero_point| >= input_range_radius saturates the output without computing.
    std::int32_t input_range_radius;
    std::int32_t input_multiplier;
    int input_left_shift;
};

// The constants TFLM derives in Prepare, in the same double arithmetic. The multiplier comes from
// frexp and rounding without quantize_multiplier's carry (TFLM's own code there); for a float input
// scale the carry can never occur. Meaningful for input scales in [2^-27, 8). Above an input
// scale of 1 the radius, an integer, falls well below 15 / input_scale, so TFLM (and fennec)
// saturate inputs whose logistic is still a few output steps from 0 or 1.
[[nodiscard]] constexpr FixedPointInputQuantization fixed_point_input_quantization(
    float input_scale, std::int32_t input_zero_point) {
    constexpr int fractional_bits = 31 - fixed_point_input_integer_bits;
    const double input_real_multiplier =
        static_cast<double>(input_scale) * static_cast<double>(1 << fractional_bits);
    const QuantizedMultiplier input = quantize_multiplier_without_carry(input_real_multiplier);
    const int input_range_radius =
        calculate_input_radius(fixed_point_input_integer_bits, input.shift, 31);
    return {input_zero_point, input_range_radius, input.multiplier, input.shift};
}

}  // namespace fennec::kernels
