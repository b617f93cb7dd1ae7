// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A second implementation of the fixed-point exp, logistic, tanh and reciprocal that TFLM's int8
// softmax, logistic and tanh compute (gemmlowp's fixedpoint.h and TFLite's GetReciprocal), for the
// core's tests and the references of those kernels. It is written apart from fennec's
// fixed_point_math.hpp on purpose:
//   - a value carries its format at run time ({raw, integer_bits}), so a step done in the wrong
//     format shows up as a different number instead of a different type;
//   - every primitive is the rule-based definition of fixed_point_spec.hpp;
//   - every constant is computed here from its real value (gemmlowp defines each one as the raw
//     value nearest to a real number: exp(-1/8), 1/3, exp(-2^k), 48/17, -32/17).
// The core's tests compare fixed_point_math.hpp with this model bit for bit, and both with long
// double; the kernel tests compare the kernels with the references built on it.
//
// The algorithms, as gemmlowp states them:
//   exp(a), a in [-1/4, 0): Taylor series around -1/8 to the 4th order, evaluated as
//       e^(-1/8) * (1 + x + (x^2/2 + x^3/6 + x^4/24)) with x = a + 1/8.
//   exp(a), a <= 0: a = r + q with r in [-1/4, 0) and q a multiple of -1/4; exp(r) from the series,
//       times exp(-2^k) for every bit k of |q| in quarters (k = -2..4 where the format has it);
//       0 below -32 (formats with more than 5 integer bits), exactly one at 0.
//   1/(1+a) and (1-a)/(1+a), a in [0, 1): three Newton-Raphson steps x <- x + x(1 - d x) on
//       d = (1 + a)/2 from x0 = 48/17 - 32/17 d, in a format with two integer bits.
//   logistic(a) = 1/(1 + exp(-|a|)), mirrored as 1 - that for a < 0; exactly 1/2 at 0.
//   tanh(a) = (1 - exp(-2|a|))/(1 + exp(-2|a|)) with the sign of a; -2|a| is held with one more
//       integer bit than a (the raw value stays, the binary point moves).
#pragma once

#include <cmath>
#include <cstdint>
#include <stdexcept>

#include "reference/fixed_point_spec.hpp"

namespace fennec::reference::gemmlowp {

// The real number raw * 2^(integer_bits - 31).
struct Fixed {
    std::int32_t raw;
    int integer_bits;
};

[[nodiscard]] inline long double to_real(Fixed x) {
    return std::ldexp(static_cast<long double>(x.raw), x.integer_bits - 31);
}

// The raw value nearest to `real` in the format, saturated to int32.
[[nodiscard]] inline Fixed constant(long double real, int integer_bits) {
    const long double scaled = std::round(std::ldexp(real, 31 - integer_bits));
    const long double clamped = scaled > spec::int32_max   ? spec::int32_max
                                : scaled < spec::int32_min ? spec::int32_min
                                                           : scaled;
    return {static_cast<std::int32_t>(clamped), integer_bits};
}

inline void require_same_format(Fixed a, Fixed b) {
    if (a.integer_bits != b.integer_bits) {
        throw std::logic_error("gemmlowp model: adding values of different formats");
    }
}

[[nodiscard]] inline Fixed operator+(Fixed a, Fixed b) {
    require_same_format(a, b);
    return {spec::wrap_to_int32(spec::int128{a.raw} + b.raw), a.integer_bits};
}

[[nodiscard]] inline Fixed operator-(Fixed a, Fixed b) {
    require_same_format(a, b);
    return {spec::wrap_to_int32(spec::int128{a.raw} - b.raw), a.integer_bits};
}

[[nodiscard]] inline Fixed operator-(Fixed a) {
    return {spec::wrap_to_int32(-spec::int128{a.raw}), a.integer_bits};
}

// The product's integer bits are the sum of the factors'.
[[nodiscard]] inline Fixed operator*(Fixed a, Fixed b) {
    return {spec::srdhm(a.raw, b.raw), a.integer_bits + b.integer_bits};
}

// The same real value in another format, rounding or saturating as needed.
[[nodiscard]] inline Fixed rescale(Fixed x, int integer_bits) {
    return {spec::srmpot(x.raw, x.integer_bits - integer_bits), integer_bits};
}

// x * 2^exponent within the format (rounding or saturating).
[[nodiscard]] inline Fixed scale_within_format(Fixed x, int exponent) {
    return {spec::srmpot(x.raw, exponent), x.integer_bits};
}

// x * 2^exponent by moving the binary point: exact, the raw value does not change.
[[nodiscard]] inline Fixed move_binary_point(Fixed x, int exponent) {
    return {x.raw, x.integer_bits + exponent};
}

// gemmlowp's constants, each the raw value nearest to its real number (computed once).
struct Constants {
    Fixed one_q0 = constant(1.0L, 0);  // saturates to INT32_MAX: 1.0 is not representable
    Fixed one_q2 = constant(1.0L, 2);
    Fixed one_half = constant(0.5L, 0);
    Fixed one_eighth = constant(0.125L, 0);
    Fixed one_third = constant(1.0L / 3, 0);
    Fixed exp_minus_one_eighth = constant(std::exp(-0.125L), 0);
    Fixed exp_minus_power_of_two[7] = {  // exp(-2^k) for k = -2 .. 4
        constant(std::exp(-0.25L), 0), constant(std::exp(-0.5L), 0), constant(std::exp(-1.0L), 0),
        constant(std::exp(-2.0L), 0),  constant(std::exp(-4.0L), 0), constant(std::exp(-8.0L), 0),
        constant(std::exp(-16.0L), 0)};
    Fixed forty_eight_seventeenths = constant(48.0L / 17, 2);
    Fixed minus_thirty_two_seventeenths = constant(-32.0L / 17, 2);
};

[[nodiscard]] inline const Constants& constants() {
    static const Constants values;
    return values;
}

[[nodiscard]] inline Fixed exp_on_quarter_interval(Fixed a) {
    const Constants& c = constants();
    const Fixed x = a + c.one_eighth;
    const Fixed x2 = x * x;
    const Fixed x3 = x2 * x;
    const Fixed x4 = x2 * x2;
    const Fixed series_tail =
        scale_within_format(((scale_within_format(x4, -2) + x3) * c.one_third) + x2, -1);
    return c.exp_minus_one_eighth + c.exp_minus_one_eighth * (x + series_tail);
}

[[nodiscard]] inline Fixed exp_on_negative_values(Fixed a) {
    const int fractional_bits = 31 - a.integer_bits;
    const std::int64_t quarter = std::int64_t{1} << (fractional_bits - 2);
    // r = a mod 1/4, moved into [-1/4, 0); q = a - r is a multiple of -1/4 (for a <= 0).
    const std::int64_t a_mod_quarter =
        a.raw - quarter * static_cast<std::int64_t>(spec::floor_divide(a.raw, quarter));
    const Fixed r{static_cast<std::int32_t>(a_mod_quarter - quarter), a.integer_bits};
    Fixed result = exp_on_quarter_interval(rescale(r, 0));
    // |q| in quarters, as the int32 bit pattern gemmlowp tests.
    const auto minus_q_in_quarters =
        static_cast<std::uint32_t>(spec::wrap_to_int32(std::int64_t{r.raw} - a.raw)) >>
        (fractional_bits - 2);
    for (int k = -2; k <= 4; ++k) {
        const bool format_has_bit = a.integer_bits > k;
        if (format_has_bit && ((minus_q_in_quarters >> (k + 2)) & 1u) != 0) {
            result = result * constants().exp_minus_power_of_two[k + 2];
        }
    }
    if (a.integer_bits > 5 && to_real(a) < -32.0L) {
        result = Fixed{0, 0};
    }
    if (a.raw == 0) {
        result = constants().one_q0;
    }
    return result;
}

// Newton-Raphson for 1/d, d = (1 + a)/2 in [1/2, 1), in a format with two integer bits.
[[nodiscard]] inline Fixed reciprocal_of_half_denominator(Fixed half_denominator) {
    const Constants& c = constants();
    Fixed x = c.forty_eight_seventeenths + half_denominator * c.minus_thirty_two_seventeenths;
    for (int step = 0; step < 3; ++step) {
        x = x + rescale(x * (constants().one_q2 - half_denominator * x), 2);
    }
    return x;
}

[[nodiscard]] inline Fixed half_of_one_plus(Fixed a) {
    return {spec::rounding_half_sum(a.raw, constants().one_q0.raw), 0};
}

[[nodiscard]] inline Fixed one_over_one_plus_x(Fixed a) {
    // 1/(1+a) = (1/d) / 2: half of the Newton-Raphson result, taken by moving the binary point.
    return rescale(move_binary_point(reciprocal_of_half_denominator(half_of_one_plus(a)), -1), 0);
}

[[nodiscard]] inline Fixed one_minus_x_over_one_plus_x(Fixed a) {
    // (1-a)/(1+a) = 1/d - 1.
    return rescale(reciprocal_of_half_denominator(half_of_one_plus(a)) - constants().one_q2, 0);
}

[[nodiscard]] inline Fixed logistic(Fixed a) {
    if (a.raw == 0) {
        return constants().one_half;
    }
    const bool is_positive = a.raw > 0;
    const Fixed magnitude = is_positive ? a : -a;
    const Fixed logistic_of_magnitude = one_over_one_plus_x(exp_on_negative_values(-magnitude));
    return is_positive ? logistic_of_magnitude : constants().one_q0 - logistic_of_magnitude;
}

[[nodiscard]] inline Fixed tanh(Fixed a) {
    if (a.raw == 0) {
        return Fixed{0, 0};
    }
    const bool is_negative = a.raw < 0;
    const Fixed minus_magnitude = is_negative ? a : -a;
    const Fixed tanh_of_magnitude =
        one_minus_x_over_one_plus_x(exp_on_negative_values(move_binary_point(minus_magnitude, 1)));
    return is_negative ? -tanh_of_magnitude : tanh_of_magnitude;
}

// TFLite's GetReciprocal: x > 0 with x_integer_bits integer bits is x_normalized * 2^n with
// x_normalized in [1, 2); returns 1/x_normalized (Q0) and n.
struct Reciprocal {
    Fixed scale;
    int num_bits_over_unit;
};

[[nodiscard]] inline Reciprocal get_reciprocal(std::int32_t x, int x_integer_bits) {
    int normalizing_shift = 0;  // x * 2^shift lies in [2^31, 2^32)
    while ((std::int64_t{x} << normalizing_shift) < (std::int64_t{1} << 31)) {
        ++normalizing_shift;
    }
    const std::int64_t normalized_minus_one =
        (std::int64_t{x} << normalizing_shift) - (std::int64_t{1} << 31);
    return {one_over_one_plus_x({static_cast<std::int32_t>(normalized_minus_one), 0}),
            x_integer_bits - normalizing_shift};
}

// What TFLM's logistic and tanh Prepare() derive from the int8 input scale (logistic_common.cc,
// tanh.cc): the input is rescaled into a format with 4 integer bits by frexp(scale * 2^27), and
// inputs whose magnitude reaches the radius saturate without any arithmetic.
struct Int8ActivationParams {
    std::int32_t input_multiplier;
    int input_left_shift;
    int input_range_radius;
};

[[nodiscard]] inline Int8ActivationParams prepare_int8_activation(float input_scale) {
    int exponent = 0;
    const double fraction = std::frexp(static_cast<double>(input_scale) * (1 << 27), &exponent);
    const double multiplier = std::round(fraction * 2147483648.0);
    const double radius = std::floor(15.0 * std::ldexp(1.0, 27) / std::ldexp(1.0, exponent));
    return {static_cast<std::int32_t>(multiplier), exponent, static_cast<int>(radius)};
}

// The per-element path of TFLM's int8 logistic and tanh (reference_integer_ops): saturate outside
// the radius, rescale into Q4.27, apply the function, shift the Q0.31 result down to int8.
template <class Function>
[[nodiscard]] std::int32_t int8_activation(std::int32_t input,
                                           std::int32_t input_zero_point,
                                           const Int8ActivationParams& params,
                                           int output_shift,
                                           std::int32_t output_zero_point,
                                           Function function) {
    const std::int32_t centered = input - input_zero_point;
    if (centered <= -params.input_range_radius) {
        return -128;
    }
    if (centered >= params.input_range_radius) {
        return 127;
    }
    const std::int32_t input_q4 =
        spec::mbqm(centered, params.input_multiplier, params.input_left_shift);
    const std::int32_t output =
        spec::rdbpot(function(Fixed{input_q4, 4}).raw, output_shift) + output_zero_point;
    return output < -128 ? -128 : (output > 127 ? 127 : output);
}

// Logistic: output scale 1/256, zero point -128.
[[nodiscard]] inline std::int32_t logistic_int8(std::int32_t input,
                                                std::int32_t input_zero_point,
                                                const Int8ActivationParams& params) {
    return int8_activation(input, input_zero_point, params, 23, -128,
                           [](Fixed x) { return logistic(x); });
}

// Tanh: output scale 1/128, zero point 0.
[[nodiscard]] inline std::int32_t tanh_int8(std::int32_t input,
                                            std::int32_t input_zero_point,
                                            const Int8ActivationParams& params) {
    return int8_activation(input, input_zero_point, params, 24, 0, [](Fixed x) { return tanh(x); });
}

}  // namespace fennec::reference::gemmlowp
