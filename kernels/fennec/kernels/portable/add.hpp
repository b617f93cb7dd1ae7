// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// int8 add with TFLite broadcasting, bit-exact with TFLM's reference_integer_ops::Add and
// BroadcastAdd6DSlow.
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/add.hpp"
#include "fennec/kernels/portable/broadcast.hpp"

namespace fennec::kernels::portable {

// One output element of add. Each input, minus its zero point, is shifted left by 20 bits and
// rescaled to the common scale; the sum is rescaled to the output scale. |input - zero point|
// <= 255, so the shifted value stays below 2^28 and the sum of two rescaled values (each at most
// half of it) cannot overflow.
[[nodiscard]] constexpr std::int8_t add_element(std::int8_t input1_value,
                                                std::int8_t input2_value,
                                                const AddQuantization& quantization) {
    const std::int32_t input1_val = std::int32_t{input1_value} - quantization.input1_zero_point;
    const std::int32_t input2_val = std::int32_t{input2_value} - quantization.input2_zero_point;
    const std::int32_t shifted_input1_val = input1_val * (std::int32_t{1} << add_input_left_shift);
    const std::int32_t shifted_input2_val = input2_val * (std::int32_t{1} << add_input_left_shift);
    const std::int32_t scaled_input1_val = multiply_by_quantized_multiplier_smaller_than_one(
        shifted_input1_val, quantization.input1_multiplier, quantization.input1_shift);
    const std::int32_t scaled_input2_val = multiply_by_quantized_multiplier_smaller_than_one(
        shifted_input2_val, quantization.input2_multiplier, quantization.input2_shift);
    const std::int32_t raw_sum = scaled_input1_val + scaled_input2_val;
    return requantize(raw_sum, quantization.output_multiplier, quantization.output_shift,
                      quantization.output);
}

// output = input1 + input2 in real terms, element by element with TFLite broadcasting.
//
// Layouts: row-major, each tensor as described by `geometry` (see params/broadcast.hpp); the
// output is dense, geometry.output_shape. Reads exactly the input elements the output needs, writes
// every output element once; no scratch. The output may alias an input of the output's shape
// (each element is read before it is written and never again).
// The multiplier shifts must be <= 0, as add_quantization() produces them.
inline void add(const BroadcastGeometry& geometry,
                const AddQuantization& quantization,
                const std::int8_t* input1,
                const std::int8_t* input2,
                std::int8_t* output) {
    broadcast_binary(geometry, input1, input2, output,
                     [&](std::int8_t input1_value, std::int8_t input2_value) {
                         return add_element(input1_value, input2_value, quantization);
                     });
}

// The typed form: the shapes are checked at compile time (see add_geometry()).
template <class Input1Shape, class Input2Shape, class OutputShape>
void add(const AddQuantization& quantization,
         const std::int8_t* input1,
         const std::int8_t* input2,
         std::int8_t* output) {
    constexpr BroadcastGeometry geometry = add_geometry<Input1Shape, Input2Shape, OutputShape>();
    add(geometry, quantization, input1, input2, output);
}

}  // namespace fennec::kernels::portable
