// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What the quantize family shares (TFLite's QUANTIZE and DEQUANTIZE ops): float -> int8 at a
// model's float input, int8 -> float at its float output, and int8 -> int8 requantization between
// two int8 quantizations (TFLM's quantize_common.cc and dequantize_common.cc).
#pragma once

#include <cstdint>

#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/shape.hpp"

namespace fennec::kernels {

// A per-tensor affine quantization, real = scale * (q - zero_point): the int8 side of quantize
// (its output) and of dequantize (its input). These two kernels compute with the float scale on
// the device, as TFLM does.
struct AffineQuantization {
    float scale;
    std::int32_t zero_point;
};

// int8 -> int8: q_out = zero_point_out + (q_in - zero_point_in) * input_scale / output_scale.
// The multiplier may exceed 1 (shift > 0).
struct RequantizeQuantization {
    std::int32_t input_zero_point;
    std::int32_t output_multiplier;
    int output_shift;
    std::int32_t output_zero_point;
};

// The constants TFLM derives in Prepare, in the same double arithmetic.
[[nodiscard]] constexpr RequantizeQuantization requantize_quantization(
    float input_scale,
    std::int32_t input_zero_point,
    float output_scale,
    std::int32_t output_zero_point) {
    const double effective_scale =
        static_cast<double>(input_scale) / static_cast<double>(output_scale);
    const QuantizedMultiplier output = quantize_multiplier(effective_scale);
    return {input_zero_point, output.multiplier, output.shift, output_zero_point};
}

// The element counts of the three kernels, checked at compile time.
template <class InputShape, class OutputShape>
[[nodiscard]] constexpr int quantize_flat_size() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "quantize: the shapes must be fennec::Shape types");
    static_assert(same_shape<InputShape, OutputShape>(),
                  "quantize: output shape must equal input shape");
    return InputShape::elements;
}

template <class InputShape, class OutputShape>
[[nodiscard]] constexpr int dequantize_flat_size() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "dequantize: the shapes must be fennec::Shape types");
    static_assert(same_shape<InputShape, OutputShape>(),
                  "dequantize: output shape must equal input shape");
    return InputShape::elements;
}

template <class InputShape, class OutputShape>
[[nodiscard]] constexpr int requantize_flat_size() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "requantize: the shapes must be fennec::Shape types");
    static_assert(same_shape<InputShape, OutputShape>(),
                  "requantize: output shape must equal input shape");
    return InputShape::elements;
}

}  // namespace fennec::kernels
