// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every softmax kernel shares: the row geometry, the input scaling TFLM derives in Prepare
// (softmax_common.cc, CalculateSoftmaxParams), and the typed shape check.
#pragma once

#include <cstdint>

#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/shape.hpp"

namespace fennec::kernels {

// Softmax runs along the last dimension: `outer_size` rows of `depth` elements each.
struct SoftmaxGeometry {
    int outer_size;
    int depth;
};

// The difference input - max(row) is scaled by beta * input_scale into a fixed-point format with
// 5 integer bits (Q5.26) before exp(). Differences below diff_min would reach -32 or less there;
// their exp() is negligible, and they are skipped (their output is -128).
inline constexpr int softmax_scaled_diff_integer_bits = 5;
// The sum of the exps is accumulated with 12 integer bits: rows of up to 4096 elements.
inline constexpr int softmax_accumulation_integer_bits = 12;

// TFLM requires this output quantization of an int8 softmax: probabilities in steps of 1/256,
// 0 at -128.
inline constexpr float softmax_output_scale = 1.0f / 256.0f;
inline constexpr std::int32_t softmax_output_zero_point = -128;

struct SoftmaxQuantization {
    std::int32_t input_multiplier;
    int input_left_shift;
    std::int32_t diff_min;
};

// The constants TFLM derives in Prepare from the model's beta and the input scale (both floats in
// the model), in the same double arithmetic. beta * input_scale must exceed 2^-26 (TFLM checks
// that the scaled multiplier is greater than one).
[[nodiscard]] constexpr SoftmaxQuantization softmax_quantization(float beta, float input_scale) {
    const QuantizedMultiplier input =
        preprocess_softmax_scaling(static_cast<double>(beta), static_cast<double>(input_scale),
                                   softmax_scaled_diff_integer_bits);
    const int input_radius = calculate_input_radius(softmax_scaled_diff_integer_bits, input.shift);
    return {input.multiplier, input.shift, -input_radius};
}

// The geometry of softmax over the last dimension, checked at compile time.
template <class InputShape, class OutputShape>
[[nodiscard]] constexpr SoftmaxGeometry softmax_geometry() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "softmax: the shapes must be fennec::Shape types");
    static_assert(same_shape<InputShape, OutputShape>(),
                  "softmax: output shape must equal input shape");
    constexpr int depth = InputShape::dim(InputShape::rank - 1);
    return {InputShape::elements / depth, depth};
}

}  // namespace fennec::kernels
