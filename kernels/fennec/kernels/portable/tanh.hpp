// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// int8 tanh, bit-exact with TFLM's reference_integer_ops::Tanh.
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point_math.hpp"
#include "fennec/kernels/params/tanh.hpp"
#include "fennec/kernels/portable/fixed_point_input.hpp"

namespace fennec::kernels::portable {

// tanh(x) for x = input_scale * (input - zero_point), in steps of 1/128 with 0 at 0 (gemmlowp's
// fixed-point tanh, rounded to 7 fractional bits; tanh near 1 rounds to 128, clamped to 127).
[[nodiscard]] constexpr std::int8_t tanh_element(std::int8_t input_value,
                                                 const TanhQuantization& quantization) {
    return fixed_point_function_element<7, tanh_output_zero_point>(
        input_value, quantization,
        [](FixedPoint<fixed_point_input_integer_bits> x) { return fennec::tanh(x); });
}

// output = tanh(input), element by element, for `flat_size` elements.
// The output quantization is fixed: scale 1/128, zero point 0. No scratch; the output may alias
// the input.
inline void tanh(const TanhQuantization& quantization,
                 int flat_size,
                 const std::int8_t* input,
                 std::int8_t* output) {
    for (int i = 0; i < flat_size; ++i) {
        output[i] = tanh_element(input[i], quantization);
    }
}

// The typed form: the shapes are checked at compile time (see tanh_flat_size()).
template <class InputShape, class OutputShape>
void tanh(const TanhQuantization& quantization, const std::int8_t* input, std::int8_t* output) {
    tanh(quantization, tanh_flat_size<InputShape, OutputShape>(), input, output);
}

}  // namespace fennec::kernels::portable
