// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// An independent model of the fixed-point arithmetic TFLM's int8 kernels take from gemmlowp
// (fixedpoint.h) and from TFLite's common.h, for the references of add, mul, softmax, logistic,
// tanh and requantize. Written again from the definitions with int64 arithmetic and run-time
// formats, sharing nothing with include/fennec/core/fixed_point*.hpp, so a slip in core shows up
// as a kernel mismatch.
//
// A value "in format I" is an int32 raw r standing for r * 2^(I - 31) (I integer bits).
#pragma once

#include <cstdint>
#include <limits>

namespace fennec::reference::gemmlowp {

inline constexpr std::int64_t raw_min = std::numeric_limits<std::int32_t>::min();
inline constexpr std::int64_t raw_max = std::numeric_limits<std::int32_t>::max();

inline std::int32_t saturate_to_int32(std::int64_t value) {
    return static_cast<std::int32_t>(value < raw_min ? raw_min
                                                     : (value > raw_max ? raw_max : value));
}

// Two's-complement wrap of an int64 to int32 (what int32 arithmetic does in TFLM's builds).
inline std::int32_t wrap_to_int32(std::int64_t value) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(static_cast<std::uint64_t>(value)));
}

// floor(numerator / 2^exponent), exponent in [0, 62].
inline std::int64_t floor_divide_by_pot(std::int64_t numerator, int exponent) {
    const std::int64_t divisor = std::int64_t{1} << exponent;
    const std::int64_t quotient = numerator / divisor;
    return (numerator % divisor != 0 && numerator < 0) ? quotient - 1 : quotient;
}

// a * b / 2^31 rounded to nearest, ties toward +infinity; INT32_MIN * INT32_MIN saturates.
// (gemmlowp's SaturatingRoundingDoublingHighMul.)
inline std::int32_t doubling_high_mul(std::int32_t a, std::int32_t b) {
    if (a == raw_min && b == raw_min) {
        return static_cast<std::int32_t>(raw_max);
    }
    const std::int64_t product = std::int64_t{a} * std::int64_t{b};
    return static_cast<std::int32_t>(floor_divide_by_pot(product + (std::int64_t{1} << 30), 31));
}

// x / 2^exponent rounded to nearest, ties away from zero, exponent in [0, 31].
// (gemmlowp's RoundingDivideByPOT.)
inline std::int32_t divide_by_pot_rounding(std::int64_t x, int exponent) {
    if (exponent == 0) {
        return static_cast<std::int32_t>(x);
    }
    const std::int64_t half = std::int64_t{1} << (exponent - 1);
    const std::int64_t magnitude = x < 0 ? -x : x;
    const std::int64_t rounded = floor_divide_by_pot(magnitude + half, exponent);
    return static_cast<std::int32_t>(x < 0 ? -rounded : rounded);
}

// x * 2^exponent: saturating for exponent > 0, rounding (ties away from zero) for exponent < 0.
// (gemmlowp's SaturatingRoundingMultiplyByPOT.)
inline std::int32_t multiply_by_pot(std::int32_t x, int exponent) {
    if (exponent >= 0) {
        return saturate_to_int32(std::int64_t{x} * (std::int64_t{1} << exponent));
    }
    return divide_by_pot_rounding(x, -exponent);
}

// TFLM's MultiplyByQuantizedMultiplier in its default (double rounding) form: x * 2^max(shift, 0)
// wrapped to int32, then the rounding doubling high multiply, then a rounding division by
// 2^max(-shift, 0).
inline std::int32_t multiply_by_quantized_multiplier(std::int64_t x,
                                                     std::int32_t multiplier,
                                                     int shift) {
    const int left_shift = shift > 0 ? shift : 0;
    const int right_shift = shift > 0 ? 0 : -shift;
    const std::int32_t shifted = wrap_to_int32(x * (std::int64_t{1} << left_shift));
    return divide_by_pot_rounding(doubling_high_mul(shifted, multiplier), right_shift);
}

// A fixed-point value with its format carried along at run time.
struct Fixed {
    std::int32_t raw;
    int integer_bits;
};

inline Fixed fixed_one(int integer_bits) {
    return {integer_bits == 0 ? static_cast<std::int32_t>(raw_max)
                              : std::int32_t{1} << (31 - integer_bits),
            integer_bits};
}

// Same-format sum and difference: raw int32 arithmetic (wrapping; the algorithms below never
// overflow there).
inline Fixed add(Fixed a, Fixed b) {
    return {wrap_to_int32(std::int64_t{a.raw} + b.raw), a.integer_bits};
}
inline Fixed subtract(Fixed a, Fixed b) {
    return {wrap_to_int32(std::int64_t{a.raw} - b.raw), a.integer_bits};
}

// A product's format has the sum of the factors' integer bits.
inline Fixed multiply(Fixed a, Fixed b) {
    return {doubling_high_mul(a.raw, b.raw), a.integer_bits + b.integer_bits};
}

// The same real value in another format (gemmlowp's Rescale).
inline Fixed rescale(Fixed a, int integer_bits) {
    return {multiply_by_pot(a.raw, a.integer_bits - integer_bits), integer_bits};
}

// Multiplication by 2^exponent that only relabels the format: the raw value is unchanged
// (gemmlowp's ExactMulByPot).
inline Fixed relabel_times_pot(Fixed a, int exponent) {
    return {a.raw, a.integer_bits + exponent};
}

// exp(a) for a in [-1/4, 0), format 0: Taylor expansion around -1/8 to the fourth power.
inline Fixed exp_on_quarter_interval(Fixed a) {
    const Fixed exp_minus_one_eighth{1895147668, 0};
    const Fixed one_third{715827883, 0};
    const Fixed x = add(a, Fixed{std::int32_t{1} << 28, 0});  // a + 1/8
    const Fixed x2 = multiply(x, x);
    const Fixed x3 = multiply(x2, x);
    const Fixed x4 = multiply(x2, x2);
    const Fixed x4_over_4{multiply_by_pot(x4.raw, -2), 0};
    const Fixed sum = add(multiply(add(x4_over_4, x3), one_third), x2);
    const Fixed higher_terms{multiply_by_pot(sum.raw, -1), 0};
    return add(exp_minus_one_eighth, multiply(exp_minus_one_eighth, add(x, higher_terms)));
}

// exp(a) for a <= 0 in format I, result in format 0 (gemmlowp's exp_on_negative_values).
inline Fixed exp_on_negative_values(Fixed a) {
    const int integer_bits = a.integer_bits;
    const int fractional_bits = 31 - integer_bits;
    const std::int32_t one_quarter = std::int32_t{1} << (fractional_bits - 2);
    const std::int32_t mask = one_quarter - 1;
    const Fixed a_mod_quarter_minus_quarter{(a.raw & mask) - one_quarter, integer_bits};
    Fixed result = exp_on_quarter_interval(rescale(a_mod_quarter_minus_quarter, 0));
    const std::int32_t remainder = subtract(a_mod_quarter_minus_quarter, a).raw;

    // exp(-2^k) in Q0.31 for k = -2 .. 4, multiplied in for each set bit of the remainder.
    const std::int32_t exp_of_minus_pot[] = {1672461947, 1302514674, 790015084, 290630308,
                                             39332535,   720401,     242};
    for (int k = -2; k <= 4; ++k) {
        if (integer_bits > k) {
            const std::int64_t bit = std::int64_t{1} << (fractional_bits + k);
            if ((std::int64_t{remainder} & bit) != 0) {
                result = multiply(result, Fixed{exp_of_minus_pot[k + 2], 0});
            }
        }
    }
    if (integer_bits > 5) {
        const std::int64_t minus_32 = -(std::int64_t{1} << (36 - integer_bits));
        if (a.raw < minus_32) {
            result = {0, 0};
        }
    }
    if (a.raw == 0) {
        result = fixed_one(0);
    }
    return result;
}

// Newton-Raphson for 1 / d with d = (1 + a) / 2 in format 0, result in format 2.
inline Fixed reciprocal_of_half_denominator(Fixed a) {
    const std::int64_t sum = std::int64_t{a.raw} + raw_max;
    const Fixed half_denominator{static_cast<std::int32_t>((sum + (sum >= 0 ? 1 : -1)) / 2), 0};
    Fixed x = add(Fixed{1515870810, 2}, multiply(half_denominator, Fixed{-1010580540, 2}));
    for (int step = 0; step < 3; ++step) {
        const Fixed one_minus_dx = subtract(fixed_one(2), multiply(half_denominator, x));
        x = add(x, rescale(multiply(x, one_minus_dx), 2));
    }
    return x;
}

// 1 / (1 + a) for a in [0, 1), format 0.
inline Fixed one_over_one_plus_x(Fixed a) {
    return rescale(relabel_times_pot(reciprocal_of_half_denominator(a), -1), 0);
}

// (1 - a) / (1 + a) for a in [0, 1), format 0.
inline Fixed one_minus_x_over_one_plus_x(Fixed a) {
    return rescale(subtract(reciprocal_of_half_denominator(a), fixed_one(2)), 0);
}

inline Fixed negate(Fixed a) {
    return {wrap_to_int32(-std::int64_t{a.raw}), a.integer_bits};
}

// 1 / (1 + exp(-a)), result in format 0.
inline Fixed logistic(Fixed a) {
    if (a.raw == 0) {
        return {std::int32_t{1} << 30, 0};
    }
    const Fixed magnitude = a.raw > 0 ? a : negate(a);
    const Fixed positive_result = one_over_one_plus_x(exp_on_negative_values(negate(magnitude)));
    return a.raw > 0 ? positive_result : subtract(fixed_one(0), positive_result);
}

// tanh(a), result in format 0. exp(-2|a|) is taken with -|a| relabelled to one more integer bit.
inline Fixed tanh(Fixed a) {
    if (a.raw == 0) {
        return {0, 0};
    }
    const Fixed negative_magnitude = a.raw < 0 ? a : negate(a);
    const Fixed positive_result = one_minus_x_over_one_plus_x(
        exp_on_negative_values(relabel_times_pot(negative_magnitude, 1)));
    return a.raw < 0 ? negate(positive_result) : positive_result;
}

// TFLite's GetReciprocal: 1 / x for x > 0 in format `integer_bits`, as a format-0 scale and the
// number of bits x had above 1.0: 1 / x = scale * 2^-bits_over_unit.
struct Reciprocal {
    std::int32_t scale;
    int bits_over_unit;
};

inline Reciprocal get_reciprocal(std::int32_t x, int integer_bits) {
    int leading_zeros = 0;
    while (leading_zeros < 32 && (static_cast<std::uint32_t>(x) >> (31 - leading_zeros)) == 0) {
        ++leading_zeros;
    }
    const std::uint32_t normalized = static_cast<std::uint32_t>(x) << leading_zeros;
    const Fixed fraction_above_one{
        wrap_to_int32(std::int64_t{normalized} - (std::int64_t{1} << 31)), 0};
    return {one_over_one_plus_x(fraction_above_one).raw, integer_bits - leading_zeros};
}

}  // namespace fennec::reference::gemmlowp
