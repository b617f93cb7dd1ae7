// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Turning real scales into the integer constants the kernels use, exactly as TFLite does it.
//
// This runs at build time: fennec-gen calls it on the host, and a hand-written graph calls it in a
// constexpr context. The device never sees a float scale. Every function reproduces TFLite's
// double-precision arithmetic step by step (frexp, round half away from zero, the 2^31 carry), so
// the integers match those TFLM computes in its Prepare() functions bit for bit.
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point.hpp"

namespace fennec {

// A real multiplier m * 2^(shift - 31) with m in [2^30, 2^31) or m == 0.
struct QuantizedMultiplier {
    std::int32_t multiplier;
    int shift;
};

namespace detail {

// std::frexp, usable in constant expressions: value = fraction * 2^exponent with |fraction| in
// [0.5, 1). Halving and doubling are exact in binary floating point (subnormals included), so this
// loop gives the library's fraction and exponent. Zero, NaN and infinities come back unchanged
// with exponent 0, as std::frexp returns them.
struct Frexp {
    double fraction;
    int exponent;
};

[[nodiscard]] constexpr bool is_finite(double value) {
    return value - value == 0.0;
}

[[nodiscard]] constexpr Frexp frexp(double value) {
    if (value == 0.0 || !is_finite(value)) {
        return {value, 0};
    }
    const bool negative = value < 0.0;
    double fraction = negative ? -value : value;
    int exponent = 0;
    while (fraction >= 1.0) {
        fraction /= 2.0;
        ++exponent;
    }
    while (fraction < 0.5) {
        fraction *= 2.0;
        --exponent;
    }
    return {negative ? -fraction : fraction, exponent};
}

// std::round for |value| < 2^62: half-way cases round away from zero (TfLiteRound).
[[nodiscard]] constexpr std::int64_t round_half_away_from_zero(double value) {
    const bool negative = value < 0.0;
    const double magnitude = negative ? -value : value;
    auto whole = static_cast<std::int64_t>(magnitude);  // truncation
    if (magnitude - static_cast<double>(whole) >= 0.5) {
        ++whole;
    }
    return negative ? -whole : whole;
}

// std::round for floats (the overload TFLite's activation ranges call), saturated to the int32
// range: TFLite rejects a model whose bound does not fit; here such a bound, and NaN (as 0), stay
// defined so that activation_range() has a value for every scale.
[[nodiscard]] constexpr std::int32_t round_half_away_from_zero(float value) {
    constexpr float two_to_the_31 = 2147483648.0f;
    if (!(value == value)) {
        return 0;
    }
    const bool negative = value < 0.0f;
    const float magnitude = negative ? -value : value;
    if (magnitude >= two_to_the_31) {
        return negative ? int32_min : int32_max;
    }
    auto whole = static_cast<std::int32_t>(magnitude);  // truncation
    if (magnitude - static_cast<float>(whole) >= 0.5f) {
        ++whole;  // the largest float below 2^31 is 2^31 - 128: no overflow
    }
    return negative ? -whole : whole;
}

// Reached only for a NaN or infinite multiplier, which no model has (TFLite's result is undefined
// there). Not constexpr on purpose: in a constant expression the call is a compile error; at run
// time (the generator validates scales before it gets here) the multiplier becomes zero.
inline QuantizedMultiplier non_finite_multiplier() {
    return {0, 0};
}

}  // namespace detail

// TFLite's QuantizeMultiplier: real_multiplier = multiplier * 2^(shift - 31).
// A mantissa that rounds up to 2^31 is carried into the exponent; a multiplier too small to
// represent (shift < -31) becomes zero, as in TFLite.
[[nodiscard]] constexpr QuantizedMultiplier quantize_multiplier(double real_multiplier) {
    if (real_multiplier == 0.0) {
        return {0, 0};
    }
    if (!detail::is_finite(real_multiplier)) {
        return detail::non_finite_multiplier();
    }
    const detail::Frexp parts = detail::frexp(real_multiplier);
    std::int64_t mantissa = detail::round_half_away_from_zero(parts.fraction * 2147483648.0);
    int shift = parts.exponent;
    if (mantissa == (std::int64_t{1} << 31)) {
        mantissa /= 2;
        ++shift;
    }
    if (shift < -31) {
        shift = 0;
        mantissa = 0;
    }
    return {static_cast<std::int32_t>(mantissa), shift};
}

// TFLite's QuantizeMultiplierSmallerThanOneExp, for 0 < real_multiplier < 1 (add and sub):
// the same arithmetic, and the shift is then <= 0.
[[nodiscard]] constexpr QuantizedMultiplier quantize_multiplier_smaller_than_one(
    double real_multiplier) {
    return quantize_multiplier(real_multiplier);
}

// TFLite's QuantizeMultiplierGreaterThanOne, for real_multiplier > 1 (softmax input scaling):
// the same arithmetic, and the shift is then >= 0 (a left shift).
[[nodiscard]] constexpr QuantizedMultiplier quantize_multiplier_greater_than_one(
    double real_multiplier) {
    return quantize_multiplier(real_multiplier);
}

// The multiplier TFLM's logistic and tanh compute for their int8 input in Prepare(): frexp and
// round, but without quantize_multiplier's carry of a mantissa that rounds up to 2^31 (TFLM omits
// it). No input scale reaches that case: a float scale times 2^27 has at most 24 significant bits,
// so fraction * 2^31 is an integer below 2^31 and does not round. For a double that does round up,
// the mantissa saturates to INT32_MAX (TFLM's float-to-int cast would be undefined there).
[[nodiscard]] constexpr QuantizedMultiplier quantize_multiplier_without_carry(
    double real_multiplier) {
    if (!detail::is_finite(real_multiplier)) {
        return detail::non_finite_multiplier();
    }
    const detail::Frexp parts = detail::frexp(real_multiplier);
    const std::int64_t mantissa = detail::round_half_away_from_zero(parts.fraction * 2147483648.0);
    return {mantissa > int32_max ? int32_max : static_cast<std::int32_t>(mantissa), parts.exponent};
}

// TFLite's CalculateInputRadius: the largest |input| (in input units, after the zero point) that
// a fixed-point function with `input_integer_bits` integer bits can take before it saturates.
// floor() of a non-negative value is its truncation.
[[nodiscard]] constexpr int calculate_input_radius(int input_integer_bits,
                                                   int input_left_shift,
                                                   int total_signed_bits = 31) {
    const double max_input_rescaled =
        1.0 * static_cast<double>((1 << input_integer_bits) - 1) *
        static_cast<double>(std::int64_t{1} << (total_signed_bits - input_integer_bits)) /
        static_cast<double>(std::int64_t{1} << input_left_shift);
    return static_cast<int>(max_input_rescaled);
}

// Softmax's input scaling (TFLite's PreprocessSoftmaxScaling): beta * input_scale, expressed in
// a fixed-point format with `input_integer_bits` integer bits, capped at INT32_MAX, as a
// multiplier greater than one.
[[nodiscard]] constexpr QuantizedMultiplier preprocess_softmax_scaling(double beta,
                                                                       double input_scale,
                                                                       int input_integer_bits) {
    const double scaled =
        beta * input_scale * static_cast<double>(std::int64_t{1} << (31 - input_integer_bits));
    const double capped = scaled < 2147483647.0 ? scaled : 2147483647.0;
    return quantize_multiplier_greater_than_one(capped);
}

}  // namespace fennec
