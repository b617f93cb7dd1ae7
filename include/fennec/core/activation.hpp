// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Fused activations as an int8 clamp range, computed as TFLite's CalculateActivationRangeQuantized
// does: the bounds 0, 6, -1 and 1 are quantized with the output scale in float arithmetic, rounded
// half away from zero, and intersected with [-128, 127].
#pragma once

#include <cstdint>

#include "fennec/core/quantize_multiplier.hpp"

namespace fennec {

enum class Activation : std::uint8_t { none, relu, relu6, relu_n1_to_1 };

// The int8 range [min, max] that a fused activation clamps the output to.
struct ActivationRange {
    std::int32_t min;
    std::int32_t max;
};

inline constexpr std::int32_t int8_min = -128;
inline constexpr std::int32_t int8_max = 127;

namespace detail {

// TFLite's Quantize(): zero_point + int(round(x / scale)), with a float division and a float
// round. The sum is formed in 64 bits and saturated, so a scale too small for the bound to fit in
// int32 (TFLite rejects such a model in Prepare) still gives a defined value outside the int8
// range.
[[nodiscard]] constexpr std::int32_t quantize_activation_bound(float real_value,
                                                               float output_scale,
                                                               std::int32_t output_zero_point) {
    const std::int64_t bound =
        std::int64_t{output_zero_point} + round_half_away_from_zero(real_value / output_scale);
    return bound > int32_max ? int32_max
                             : (bound < int32_min ? int32_min : static_cast<std::int32_t>(bound));
}

[[nodiscard]] constexpr std::int32_t max_of(std::int32_t a, std::int32_t b) {
    return a > b ? a : b;
}
[[nodiscard]] constexpr std::int32_t min_of(std::int32_t a, std::int32_t b) {
    return a < b ? a : b;
}

}  // namespace detail

// The clamp range of `activation` for an int8 output with the given scale (> 0) and zero point.
[[nodiscard]] constexpr ActivationRange activation_range(Activation activation,
                                                         float output_scale,
                                                         std::int32_t output_zero_point) {
    using detail::max_of;
    using detail::min_of;
    using detail::quantize_activation_bound;
    switch (activation) {
        case Activation::relu:
            return {
                max_of(int8_min, quantize_activation_bound(0.0f, output_scale, output_zero_point)),
                int8_max};
        case Activation::relu6:
            return {
                max_of(int8_min, quantize_activation_bound(0.0f, output_scale, output_zero_point)),
                min_of(int8_max, quantize_activation_bound(6.0f, output_scale, output_zero_point))};
        case Activation::relu_n1_to_1:
            return {
                max_of(int8_min, quantize_activation_bound(-1.0f, output_scale, output_zero_point)),
                min_of(int8_max, quantize_activation_bound(1.0f, output_scale, output_zero_point))};
        case Activation::none:
            break;
    }
    return {int8_min, int8_max};
}

// Clamps an int32 value to [range.min, range.max] and narrows it to int8. The range lies within
// [-128, 127], so the narrowing is exact.
[[nodiscard]] constexpr std::int8_t clamp_to_int8(std::int32_t value, ActivationRange range) {
    const std::int32_t clamped =
        value < range.min ? range.min : (value > range.max ? range.max : value);
    return static_cast<std::int8_t>(clamped);
}

}  // namespace fennec
