// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The quantize family: float -> int8 (TFLM's reference_ops::AffineQuantize), int8 -> float
// (reference_ops::Dequantize) and int8 -> int8 (reference_ops::Requantize), bit-exact with TFLM.
// quantize and dequantize are the only fennec kernels that use floating point: they sit at a
// model's float edges.
#pragma once

#include <cmath>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/fixed_point.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/quantize.hpp"

namespace fennec::kernels::portable {

namespace detail {

// std::round (half away from zero) to an integer, then clamped to int8, for every float. TFLM
// converts the rounded float straight to int32, which is undefined beyond the int32 range and for
// NaN; here such values saturate (NaN counts as 0), as Arm's float-to-int conversion does. For all
// other inputs the result is TFLM's.
[[nodiscard]] inline std::int8_t round_and_clamp_to_int8(float value, std::int32_t zero_point) {
    constexpr float int32_bound = 2147483648.0f;  // 2^31
    std::int64_t rounded = 0;
    if (value >= int32_bound) {
        rounded = int32_max;
    } else if (value <= -int32_bound) {
        rounded = int32_min;
    } else if (value == value) {
        rounded = static_cast<std::int32_t>(std::round(value));
    }
    const std::int64_t shifted = rounded + zero_point;
    const std::int64_t clamped =
        shifted < int8_min ? int8_min : (shifted > int8_max ? int8_max : shifted);
    return static_cast<std::int8_t>(clamped);
}

}  // namespace detail

// output = round(input / scale) + zero_point, clamped to int8, for `flat_size` elements. The
// division and the rounding are in float, as in TFLM (float / float, then std::round).
inline void quantize(const AffineQuantization& output_quantization,
                     int flat_size,
                     const float* input,
                     std::int8_t* output) {
    const float scale = output_quantization.scale;
    const std::int32_t zero_point = output_quantization.zero_point;
    for (int i = 0; i < flat_size; ++i) {
        const float scaled = input[i] / scale;
        output[i] = detail::round_and_clamp_to_int8(scaled, zero_point);
    }
}

// output = scale * (input - zero_point) in float, for `flat_size` elements: one float
// multiplication of an exactly representable integer, as in TFLM.
inline void dequantize(const AffineQuantization& input_quantization,
                       int flat_size,
                       const std::int8_t* input,
                       float* output) {
    const float scale = input_quantization.scale;
    const std::int32_t zero_point = input_quantization.zero_point;
    for (int i = 0; i < flat_size; ++i) {
        const std::int32_t input_val = std::int32_t{input[i]} - zero_point;
        output[i] = scale * static_cast<float>(input_val);
    }
}

// output = zero_point_out + (input - zero_point_in) * input_scale / output_scale, clamped to int8,
// for `flat_size` elements. No activation: the clamp is the int8 range. The output may alias the
// input.
inline void requantize(const RequantizeQuantization& quantization,
                       int flat_size,
                       const std::int8_t* input,
                       std::int8_t* output) {
    const OutputQuantization output_quantization{quantization.output_zero_point,
                                                 {int8_min, int8_max}};
    for (int i = 0; i < flat_size; ++i) {
        const std::int32_t input_val = std::int32_t{input[i]} - quantization.input_zero_point;
        output[i] = fennec::requantize(input_val, quantization.output_multiplier,
                                       quantization.output_shift, output_quantization);
    }
}

// The typed forms: the shapes are checked at compile time.
template <class InputShape, class OutputShape>
void quantize(const AffineQuantization& output_quantization,
              const float* input,
              std::int8_t* output) {
    quantize(output_quantization, quantize_flat_size<InputShape, OutputShape>(), input, output);
}

template <class InputShape, class OutputShape>
void dequantize(const AffineQuantization& input_quantization,
                const std::int8_t* input,
                float* output) {
    dequantize(input_quantization, dequantize_flat_size<InputShape, OutputShape>(), input, output);
}

template <class InputShape, class OutputShape>
void requantize(const RequantizeQuantization& quantization,
                const std::int8_t* input,
                std::int8_t* output) {
    requantize(quantization, requantize_flat_size<InputShape, OutputShape>(), input, output);
}

}  // namespace fennec::kernels::portable
