// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The fixed-point primitives of the TFLite int8 spec, defined by their rounding rules with exact
// wide arithmetic (__int128 numerators, plain division, no bit tricks). fennec's fixed_point.hpp
// computes the same numbers with masks, nudges and shifts; the core's tests compare the two, which
// compares those tricks with the rules they are meant to implement. The references of the kernels
// build their requantization and gemmlowp arithmetic on these rules.
//
// The rules (from gemmlowp's fixedpoint.h and TFLite's common.h, the default double rounding):
//   srdhm(a, b)  = a * b / 2^31 to the nearest integer, ties toward +infinity (the rounding of
//                  ARM's VQRDMULH; gemmlowp's +-2^30 nudge and truncating division amount to
//                  this, so a negative tie such as -0.5 goes to 0, not to -1); INT32_MIN *
//                  INT32_MIN, whose result 2^31 does not fit, saturates to INT32_MAX.
//   rdbpot(x, e) = x / 2^e to the nearest integer, ties away from zero.
//   mbqm(x, m, s) = rdbpot(srdhm(x * 2^max(s, 0), m), max(-s, 0)): two roundings. The left shift is
//                  an int32 multiplication in TFLM, so it wraps when it overflows; we wrap the
//                  same.
#pragma once

#include <cstdint>
#include <limits>

namespace fennec::reference::spec {

// __extension__ keeps -Wpedantic quiet about the (GCC and Clang) 128-bit integer types.
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;

inline constexpr std::int32_t int32_min = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int32_t int32_max = std::numeric_limits<std::int32_t>::max();

[[nodiscard]] constexpr int128 power_of_two(int exponent) {
    return int128{1} << exponent;
}

// floor(n / d) for d > 0 (C++ division truncates toward zero; this rounds toward -infinity).
[[nodiscard]] constexpr int128 floor_divide(int128 n, int128 d) {
    const int128 quotient = n / d;
    return (n % d != 0 && n < 0) ? quotient - 1 : quotient;
}

// n / d to the nearest integer, ties toward +infinity: floor(n / d + 1/2).
[[nodiscard]] constexpr int128 round_half_up(int128 n, int128 d) {
    return floor_divide(2 * n + d, 2 * d);
}

// n / d to the nearest integer, ties away from zero.
[[nodiscard]] constexpr int128 round_half_away(int128 n, int128 d) {
    return n >= 0 ? round_half_up(n, d) : -round_half_up(-n, d);
}

[[nodiscard]] constexpr bool fits_int32(int128 value) {
    return value >= int32_min && value <= int32_max;
}

// The low 32 bits of value as a two's-complement int32 (what an overflowing int32 multiply gives
// on every compiler TFLM is built with).
[[nodiscard]] constexpr std::int32_t wrap_to_int32(int128 value) {
    const auto low =
        static_cast<std::int64_t>(static_cast<std::uint32_t>(static_cast<uint128>(value)));
    return static_cast<std::int32_t>(low > int32_max ? low - (std::int64_t{1} << 32) : low);
}

[[nodiscard]] constexpr std::int32_t narrow(int128 value) {
    return static_cast<std::int32_t>(value);
}

[[nodiscard]] constexpr std::int32_t srdhm(std::int32_t a, std::int32_t b) {
    if (a == int32_min && b == int32_min) {
        return int32_max;
    }
    return narrow(round_half_up(int128{a} * b, power_of_two(31)));
}

[[nodiscard]] constexpr std::int32_t rdbpot(std::int32_t x, int exponent) {
    return narrow(round_half_away(x, power_of_two(exponent)));
}

// x * 2^exponent saturated to int32 for exponent > 0; rdbpot for exponent < 0.
[[nodiscard]] constexpr std::int32_t srmpot(std::int32_t x, int exponent) {
    if (exponent < 0) {
        return rdbpot(x, -exponent);
    }
    const int128 product = int128{x} * power_of_two(exponent);
    return product > int32_max ? int32_max : (product < int32_min ? int32_min : narrow(product));
}

[[nodiscard]] constexpr std::int32_t mbqm(std::int32_t x, std::int32_t multiplier, int shift) {
    const int left_shift = shift > 0 ? shift : 0;
    const int right_shift = shift > 0 ? 0 : -shift;
    const std::int32_t shifted = wrap_to_int32(int128{x} * power_of_two(left_shift));
    return rdbpot(srdhm(shifted, multiplier), right_shift);
}

// TFLite's MultiplyByQuantizedMultiplierGreaterThanOne: the left shift and one rounding.
[[nodiscard]] constexpr std::int32_t mbqm_greater_than_one(std::int32_t x,
                                                           std::int32_t multiplier,
                                                           int left_shift) {
    return srdhm(wrap_to_int32(int128{x} * power_of_two(left_shift)), multiplier);
}

// (a + b) / 2 to the nearest integer, ties away from zero.
[[nodiscard]] constexpr std::int32_t rounding_half_sum(std::int32_t a, std::int32_t b) {
    return narrow(round_half_away(int128{a} + b, 2));
}

}  // namespace fennec::reference::spec
