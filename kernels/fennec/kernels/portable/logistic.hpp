// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// int8 logistic (sigmoid), bit-exact with TFLM's reference_integer_ops::Logistic.
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point_math.hpp"
#include "fennec/kernels/params/logistic.hpp"
#include "fennec/kernels/portable/fixed_point_input.hpp"

namespace fennec::kernels::portable {

// 1 / (1 + exp(-x)) for x = input_scale * (input - zero_point), in steps of 1/256 with 0 at -128
// (gemmlowp's fixed-point logistic, rounded to 8 fractional bits; 1.0 itself clamps to 127).
[[nodiscard]] constexpr std::int8_t logistic_element(std::int8_t input_value,
                                                     const LogisticQuantization& quantization) {
    return fixed_point_function_element<8, logistic_output_zero_point>(
        input_value, quantization,
        [](FixedPoint<fixed_point_input_integer_bits> x) { return fennec::logistic(x); });
}

// output = logistic(input), element by element, for `flat_size` elements.
// The output quantization is fixed: scale 1/256, zero point -128. No scratch; the output may
// alias the input.
inline void logistic(const LogisticQuantization& quantization,
                     int flat_size,
                     const std::int8_t* input,
                     std::int8_t* output) {
    for (int i = 0; i < flat_size; ++i) {
        output[i] = logistic_element(input[i], quantization);
    }
}

// The typed form: the shapes are checked at compile time (see logistic_flat_size()).
template <class InputShape, class OutputShape>
void logistic(const LogisticQuantization& quantization,
              const std::int8_t* input,
              std::int8_t* output) {
    logistic(quantization, logistic_flat_size<InputShape, OutputShape>(), input, output);
}

}  // namespace fennec::kernels::portable
