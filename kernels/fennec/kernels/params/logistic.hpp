// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every logistic kernel shares: the input scaling (params/fixed_point_input.hpp), the output
// quantization TFLM implies, and the typed shape check.
#pragma once

#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/params/fixed_point_input.hpp"

namespace fennec::kernels {

// The output of an int8 logistic is in steps of 1/256 with 0 at -128. TFLM's Prepare checks the
// zero point; the kernel assumes the scale.
inline constexpr float logistic_output_scale = 1.0f / 256.0f;
inline constexpr std::int32_t logistic_output_zero_point = -128;

using LogisticQuantization = FixedPointInputQuantization;

[[nodiscard]] constexpr LogisticQuantization logistic_quantization(float input_scale,
                                                                   std::int32_t input_zero_point) {
    return fixed_point_input_quantization(input_scale, input_zero_point);
}

// The number of elements logistic processes, checked at compile time.
template <class InputShape, class OutputShape>
[[nodiscard]] constexpr int logistic_flat_size() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "logistic: the shapes must be fennec::Shape types");
    static_assert(same_shape<InputShape, OutputShape>(),
                  "logistic: output shape must equal input shape");
    return InputShape::elements;
}

}  // namespace fennec::kernels
