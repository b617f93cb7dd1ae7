// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The element computation logistic and tanh share (TFLM's reference_integer_ops::Logistic and
// Tanh for int8): saturate large inputs, scale the rest into Q4.27, apply a gemmlowp fixed-point
// function, round its Q0.31 result to the output's step.
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/fixed_point.hpp"
#include "fennec/core/fixed_point_math.hpp"
#include "fennec/kernels/params/fixed_point_input.hpp"

namespace fennec::kernels::portable {

// function(x) for x = input_scale * (input - zero_point), as an int8 in steps of
// 2^-OutputFractionalBits with OutputZeroPoint at 0.
// Inputs with |input - zero_point| >= input_range_radius give -128 or 127 without computing
// (the function is saturated there in int8). The others are scaled into Q4.27, where they lie
// within [-15, 15], and `function` maps that to a Q0.31 value, rounded here half away from zero.
template <int OutputFractionalBits, std::int32_t OutputZeroPoint, class Function>
[[nodiscard]] constexpr std::int8_t fixed_point_function_element(
    std::int8_t input_value, const FixedPointInputQuantization& quantization, Function function) {
    const std::int32_t input = std::int32_t{input_value} - quantization.input_zero_point;
    if (input <= -quantization.input_range_radius) {
        return static_cast<std::int8_t>(int8_min);
    }
    if (input >= quantization.input_range_radius) {
        return static_cast<std::int8_t>(int8_max);
    }
    const std::int32_t input_in_q4 = multiply_by_quantized_multiplier(
        input, quantization.input_multiplier, quantization.input_left_shift);
    const FixedPoint<0> output_in_q0 =
        function(FixedPoint<fixed_point_input_integer_bits>::from_raw(input_in_q4));
    const std::int32_t output = rounding_divide_by_pot(output_in_q0.raw, 31 - OutputFractionalBits);
    return clamp_to_int8(output + OutputZeroPoint, {int8_min, int8_max});
}

}  // namespace fennec::kernels::portable
