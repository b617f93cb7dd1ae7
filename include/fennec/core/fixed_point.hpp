// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The integer primitives of the TFLite int8 quantization spec.
//
// A real number r is carried as an int32 `x` plus a quantized multiplier (m, shift) that stands for
// the real factor m * 2^(shift - 31), with m in [2^30, 2^31) (or 0). Every int8 kernel ends by
// scaling its int32 accumulator with multiply_by_quantized_multiplier(). The rounding rules here
// are those of TFLM's reference kernels (the default build, without TFLITE_SINGLE_ROUNDING): a
// rounding doubling high multiply followed by a rounding right shift, i.e. two roundings.
//
// Two rounding rules occur, and they differ on negative ties:
//   saturating_rounding_doubling_high_mul .... nearest, ties toward +infinity (-2.5 -> -2)
//   rounding_divide_by_pot, rounding_half_sum,
//   saturating_rounding_multiply_by_pot<E < 0> nearest, ties away from zero (-2.5 -> -3)
//
// Which op uses which variant (TFLM's reference kernels, tensorflow/lite/kernels/internal/):
//   multiply_by_quantized_multiplier (shift in [-31, 30]) ... conv2d, depthwise_conv2d,
//       fully_connected, mul, mean, requantize, and the input scaling of logistic and tanh
//   multiply_by_quantized_multiplier_smaller_than_one (shift <= 0, the same arithmetic) ... add and
//       sub, on inputs first shifted left by 20 bits in int32
//   multiply_by_quantized_multiplier_greater_than_one (left shift, one rounding) ... softmax input
//   saturating_rounding_doubling_high_mul, then rounding_divide_by_pot ... softmax output
//       (reciprocal of the sum times exp, then a shift by num_bits_over_unit + 23)
//   rounding_divide_by_pot alone ... logistic output (by 23 bits, then -128), tanh output (by 24)
// average_pool2d rounds its division by the window size half away from zero with plain integer
// arithmetic, and float quantize rounds with std::round; neither uses these primitives.
#pragma once

#include <cstdint>
#include <limits>

namespace fennec {

inline constexpr std::int32_t int32_min = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int32_t int32_max = std::numeric_limits<std::int32_t>::max();

// x * 2^exponent in int32 with two's-complement wrap-around, exponent in [0, 31].
// TFLM writes `x * (1 << shift)`, which is undefined behaviour in C++ when it overflows; every
// compiler TFLM is built with wraps there. We wrap on purpose so the result is defined and equal.
[[nodiscard]] constexpr std::int32_t shift_left_wrapping(std::int32_t x, int exponent) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(x) << exponent);
}

// a + b in int32 with two's-complement wrap-around (defined, unlike signed overflow).
[[nodiscard]] constexpr std::int32_t add_wrapping(std::int32_t a, std::int32_t b) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(a) + static_cast<std::uint32_t>(b));
}

// a * b / 2^31 rounded to the nearest integer, ties toward +infinity (0.5 -> 1, -0.5 -> 0),
// saturating the one overflowing case INT32_MIN * INT32_MIN to INT32_MAX. gemmlowp's
// SaturatingRoundingDoublingHighMul, the rounding of ARM's VQRDMULH: the nudge of +2^30 (or
// 1 - 2^30 for a negative product) followed by a division that truncates toward zero amounts to
// floor(a * b / 2^31 + 1/2). It is not symmetric: TFLM's results depend on that.
// We compute that floor directly, (a * b + 2^30) >> 31 with an arithmetic shift: the same value
// for every pair (for a negative product, truncating (p + 1 - 2^30) / 2^31 toward zero is
// flooring (p + 2^30) / 2^31), but with no branch on the sign, which lets compilers keep the
// per-output requantization short and vectorize it.
[[nodiscard]] constexpr std::int32_t saturating_rounding_doubling_high_mul(std::int32_t a,
                                                                           std::int32_t b) {
    if (a == int32_min && b == int32_min) {
        return int32_max;
    }
    const std::int64_t product = static_cast<std::int64_t>(a) * static_cast<std::int64_t>(b);
    return static_cast<std::int32_t>((product + (std::int64_t{1} << 30)) >> 31);
}

// round(x / 2^exponent), exponent in [0, 31], rounding half away from zero (gemmlowp's
// RoundingDivideByPOT). Never overflows: the result's magnitude is at most |x|.
[[nodiscard]] constexpr std::int32_t rounding_divide_by_pot(std::int32_t x, int exponent) {
    const std::int32_t mask = static_cast<std::int32_t>((std::int64_t{1} << exponent) - 1);
    const std::int32_t remainder = x & mask;
    const std::int32_t threshold = (mask >> 1) + (x < 0 ? 1 : 0);
    return (x >> exponent) + (remainder > threshold ? 1 : 0);
}

// x * 2^Exponent for Exponent in [-31, 31], saturating on overflow when Exponent > 0 and rounding
// half away from zero when Exponent < 0 (gemmlowp's SaturatingRoundingMultiplyByPOT).
template <int Exponent>
[[nodiscard]] constexpr std::int32_t saturating_rounding_multiply_by_pot(std::int32_t x) {
    static_assert(Exponent >= -31 && Exponent <= 31,
                  "saturating_rounding_multiply_by_pot: the exponent must lie in [-31, 31]");
    if constexpr (Exponent == 0) {
        return x;
    } else if constexpr (Exponent > 0) {
        constexpr std::int32_t threshold =
            static_cast<std::int32_t>((std::int64_t{1} << (31 - Exponent)) - 1);
        if (x > threshold) {
            return int32_max;
        }
        if (x < -threshold) {
            return int32_min;
        }
        return shift_left_wrapping(x, Exponent);
    } else {
        return rounding_divide_by_pot(x, -Exponent);
    }
}

// x * multiplier * 2^(shift - 31), the requantization step of every int8 kernel; shift lies in
// [-31, 30]. A positive shift is applied to x first (wrapping on overflow, as TFLM's
// `x * (1 << shift)` does in practice), then the high multiply rounds (ties up) and a negative
// shift rounds again (ties away from zero). The two roundings can differ from one rounding of the
// exact product by one unit: (1, 2^30, -1) is 0.25 exactly but gives 1.
[[nodiscard]] constexpr std::int32_t multiply_by_quantized_multiplier(std::int32_t x,
                                                                      std::int32_t multiplier,
                                                                      int shift) {
    const int left_shift = shift > 0 ? shift : 0;
    const int right_shift = shift > 0 ? 0 : -shift;
    return rounding_divide_by_pot(
        saturating_rounding_doubling_high_mul(shift_left_wrapping(x, left_shift), multiplier),
        right_shift);
}

// TFLite's MultiplyByQuantizedMultiplierSmallerThanOneExp (add and sub): the multiplier is below
// one, so shift lies in [-31, 0] and there is no left shift. Equal to
// multiply_by_quantized_multiplier() for those shifts.
[[nodiscard]] constexpr std::int32_t multiply_by_quantized_multiplier_smaller_than_one(
    std::int32_t x, std::int32_t multiplier, int shift) {
    return rounding_divide_by_pot(saturating_rounding_doubling_high_mul(x, multiplier), -shift);
}

// TFLite's MultiplyByQuantizedMultiplierGreaterThanOne (softmax's input scaling): left_shift in
// [0, 30] applied first (wrapping like the general form), then the high multiply: one rounding.
[[nodiscard]] constexpr std::int32_t multiply_by_quantized_multiplier_greater_than_one(
    std::int32_t x, std::int32_t multiplier, int left_shift) {
    return saturating_rounding_doubling_high_mul(shift_left_wrapping(x, left_shift), multiplier);
}

// (a + b) / 2 rounded half away from zero, computed without overflow (gemmlowp's RoundingHalfSum).
[[nodiscard]] constexpr std::int32_t rounding_half_sum(std::int32_t a, std::int32_t b) {
    const std::int64_t sum = static_cast<std::int64_t>(a) + static_cast<std::int64_t>(b);
    const std::int64_t sign = sum >= 0 ? 1 : -1;
    return static_cast<std::int32_t>((sum + sign) / 2);
}

// Number of leading zero bits of x (32 for x == 0).
[[nodiscard]] constexpr int count_leading_zeros(std::uint32_t x) {
    int count = 0;
    for (std::uint32_t bit = std::uint32_t{1} << 31; bit != 0 && (x & bit) == 0; bit >>= 1) {
        ++count;
    }
    return count;
}

}  // namespace fennec
