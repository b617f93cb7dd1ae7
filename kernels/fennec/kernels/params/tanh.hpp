// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every tanh kernel shares: the input scaling (params/fixed_point_input.hpp), the output
// quantization TFLM implies, and the typed shape check.
#pragma once

#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/params/fixed_point_input.hpp"

namespace fennec::kernels {

// The output of an int8 tanh is in steps of 1/128 with 0 at 0. TFLM's Prepare checks neither;
// the kernel assumes both.
inline constexpr float tanh_output_scale = 1.0f / 128.0f;
inline constexpr std::int32_t tanh_output_zero_point = 0;

using TanhQuantization = FixedPointInputQuantization;

[[nodiscard]] constexpr TanhQuantization tanh_quantization(float input_scale,
                                                           std::int32_t input_zero_point) {
    return fixed_point_input_quantization(input_scale, input_zero_point);
}

// The number of elements tanh processes, checked at compile time.
template <class InputShape, class OutputShape>
[[nodiscard]] constexpr int tanh_flat_size() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "tanh: the shapes must be fennec::Shape types");
    static_assert(same_shape<InputShape, OutputShape>(),
                  "tanh: output shape must equal input shape");
    return InputShape::elements;
}

}  // namespace fennec::kernels
