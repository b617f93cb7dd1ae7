// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Fixed-point exp, logistic, tanh and reciprocal: the pieces TFLite's int8 softmax, logistic and
// tanh are built from. The algorithms are gemmlowp's (fixedpoint.h), which TFLM's reference kernels
// call, so every rounding step must happen in the same order for the results to match bit for bit:
// a polynomial for exp on [-1/4, 0), a barrel shifter of exp(-2^k) constants for the rest, and
// three Newton-Raphson steps for 1 / (1 + x).
//
// A FixedPoint<I> is an int32 holding a real number with I integer bits and 31 - I fractional
// bits: real = raw * 2^(I - 31).
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point.hpp"

namespace fennec {

template <int IntegerBits>
struct FixedPoint {
    static_assert(IntegerBits >= 0 && IntegerBits <= 31,
                  "FixedPoint: the number of integer bits must lie in [0, 31]");
    static constexpr int integer_bits = IntegerBits;
    static constexpr int fractional_bits = 31 - IntegerBits;

    std::int32_t raw;

    [[nodiscard]] static constexpr FixedPoint from_raw(std::int32_t value) { return {value}; }
    [[nodiscard]] static constexpr FixedPoint zero() { return {0}; }
    // With no integer bits, 1.0 itself is not representable: "one" is the largest value below it.
    [[nodiscard]] static constexpr FixedPoint one() {
        return {IntegerBits == 0 ? int32_max : std::int32_t{1} << fractional_bits};
    }
    // 2^Exponent, which must be representable.
    template <int Exponent>
    [[nodiscard]] static constexpr FixedPoint constant_pot() {
        static_assert(fractional_bits + Exponent >= 0 && fractional_bits + Exponent < 31,
                      "FixedPoint::constant_pot: 2^Exponent is not representable in this format");
        return {std::int32_t{1} << (fractional_bits + Exponent)};
    }
};

// Sums and differences stay in one format. gemmlowp adds raw int32 values; the functions below
// never overflow there, and the wrapping form keeps even a misuse defined.
template <int I>
[[nodiscard]] constexpr FixedPoint<I> operator+(FixedPoint<I> a, FixedPoint<I> b) {
    return {add_wrapping(a.raw, b.raw)};
}
template <int I>
[[nodiscard]] constexpr FixedPoint<I> operator-(FixedPoint<I> a, FixedPoint<I> b) {
    return {static_cast<std::int32_t>(static_cast<std::uint32_t>(a.raw) -
                                      static_cast<std::uint32_t>(b.raw))};
}
template <int I>
[[nodiscard]] constexpr FixedPoint<I> operator-(FixedPoint<I> a) {
    return {static_cast<std::int32_t>(0u - static_cast<std::uint32_t>(a.raw))};
}

// A product's integer bits are the sum of its factors' (the high word of the doubled product).
template <int A, int B>
[[nodiscard]] constexpr FixedPoint<A + B> operator*(FixedPoint<A> a, FixedPoint<B> b) {
    return {saturating_rounding_doubling_high_mul(a.raw, b.raw)};
}

// The same real value in another format: saturating when gaining integer bits would overflow,
// rounding half away from zero when fractional bits are dropped (gemmlowp's Rescale).
template <int DestinationIntegerBits, int SourceIntegerBits>
[[nodiscard]] constexpr FixedPoint<DestinationIntegerBits> rescale(
    FixedPoint<SourceIntegerBits> x) {
    return {saturating_rounding_multiply_by_pot<SourceIntegerBits - DestinationIntegerBits>(x.raw)};
}

// x * 2^Exponent exactly, by moving the binary point: the raw value stays and the format gains
// Exponent integer bits (gemmlowp's ExactMulByPot). Nothing rounds, nothing overflows. Shifting
// the raw value instead would be a different function: it drops the low bit of a right shift and
// wraps a left shift of |x| >= 2^(I - 1), and TFLM's results depend on which one is used.
template <int Exponent, int I>
[[nodiscard]] constexpr FixedPoint<I + Exponent> exact_multiply_by_pot(FixedPoint<I> x) {
    return FixedPoint<I + Exponent>::from_raw(x.raw);
}

// exp(a) for a in [-1/4, 0): a fourth-order Taylor expansion around -1/8.
[[nodiscard]] constexpr FixedPoint<0> exp_on_interval_between_negative_one_quarter_and_0_excl(
    FixedPoint<0> a) {
    using F = FixedPoint<0>;
    constexpr F exp_of_minus_one_eighth = F::from_raw(1895147668);  // exp(-1/8) * 2^31
    constexpr F one_third = F::from_raw(715827883);                 // 1/3 * 2^31
    const F x = a + F::constant_pot<-3>();
    const F x2 = x * x;
    const F x3 = x2 * x;
    const F x4 = x2 * x2;
    const F x4_over_4 = F::from_raw(saturating_rounding_multiply_by_pot<-2>(x4.raw));
    const F x4_over_24_plus_x3_over_6_plus_x2_over_2 = F::from_raw(
        saturating_rounding_multiply_by_pot<-1>((((x4_over_4 + x3) * one_third) + x2).raw));
    return exp_of_minus_one_eighth +
           exp_of_minus_one_eighth * (x + x4_over_24_plus_x3_over_6_plus_x2_over_2);
}

// exp(a) for a <= 0, in a format with no integer bits. a splits into a multiple of 1/4 and a rest
// in [-1/4, 0): exp of the rest comes from the polynomial, and each set bit of the multiple
// multiplies in a constant exp(-2^k). Inputs below -32 give 0 (when the format reaches them).
template <int IntegerBits>
[[nodiscard]] constexpr FixedPoint<0> exp_on_negative_values(FixedPoint<IntegerBits> a) {
    using InputF = FixedPoint<IntegerBits>;
    using ResultF = FixedPoint<0>;
    constexpr int fractional_bits = InputF::fractional_bits;
    const InputF one_quarter = InputF::template constant_pot<-2>();
    const InputF mask = one_quarter - InputF::from_raw(1);
    const InputF a_mod_quarter_minus_one_quarter = InputF::from_raw(a.raw & mask.raw) - one_quarter;
    ResultF result = exp_on_interval_between_negative_one_quarter_and_0_excl(
        rescale<0>(a_mod_quarter_minus_one_quarter));
    const std::int32_t remainder = (a_mod_quarter_minus_one_quarter - a).raw;

    // exp(-2^k) * 2^31 for k = -2 .. 4, applied when bit (fractional_bits + k) of the remainder is
    // set and the format has that bit at all.
    struct BarrelStep {
        int exponent;
        std::int32_t multiplier;
    };
    constexpr BarrelStep steps[] = {{-2, 1672461947}, {-1, 1302514674}, {0, 790015084},
                                    {1, 290630308},   {2, 39332535},    {3, 720401},
                                    {4, 242}};
    for (const BarrelStep& step : steps) {
        if (IntegerBits > step.exponent) {
            const std::int32_t bit = std::int32_t{1} << (fractional_bits + step.exponent);
            if ((remainder & bit) != 0) {
                result = result * ResultF::from_raw(step.multiplier);
            }
        }
    }

    if constexpr (IntegerBits > 5) {
        constexpr std::int32_t minus_32 = -(std::int32_t{1} << (36 - IntegerBits));
        if (a.raw < minus_32) {
            result = ResultF::zero();
        }
    }
    if (a.raw == 0) {
        result = ResultF::one();
    }
    return result;
}

namespace detail {

// Three Newton-Raphson steps for 1 / half_denominator, starting from 48/17 - 32/17 * d, in a
// format with two integer bits (the answer lies in [1, 2]).
[[nodiscard]] constexpr FixedPoint<2> newton_raphson_reciprocal(FixedPoint<0> half_denominator) {
    using F2 = FixedPoint<2>;
    constexpr F2 forty_eight_seventeenths = F2::from_raw(1515870810);        // 48/17 * 2^29
    constexpr F2 minus_thirty_two_seventeenths = F2::from_raw(-1010580540);  // -32/17 * 2^29
    F2 x = forty_eight_seventeenths + half_denominator * minus_thirty_two_seventeenths;
    for (int step = 0; step < 3; ++step) {
        const F2 half_denominator_times_x = half_denominator * x;
        const F2 one_minus_half_denominator_times_x = F2::one() - half_denominator_times_x;
        x = x + rescale<2>(x * one_minus_half_denominator_times_x);
    }
    return x;
}

}  // namespace detail

// 1 / (1 + a) for a in [0, 1).
[[nodiscard]] constexpr FixedPoint<0> one_over_one_plus_x_for_x_in_0_1(FixedPoint<0> a) {
    using F0 = FixedPoint<0>;
    const F0 half_denominator = F0::from_raw(rounding_half_sum(a.raw, F0::one().raw));
    return rescale<0>(
        exact_multiply_by_pot<-1>(detail::newton_raphson_reciprocal(half_denominator)));
}

// (1 - a) / (1 + a) for a in [0, 1).
[[nodiscard]] constexpr FixedPoint<0> one_minus_x_over_one_plus_x_for_x_in_0_1(FixedPoint<0> a) {
    using F0 = FixedPoint<0>;
    const F0 half_denominator = F0::from_raw(rounding_half_sum(a.raw, F0::one().raw));
    return rescale<0>(detail::newton_raphson_reciprocal(half_denominator) - FixedPoint<2>::one());
}

// The logistic function 1 / (1 + exp(-a)), computed for |a| and mirrored for negative a.
template <int IntegerBits>
[[nodiscard]] constexpr FixedPoint<0> logistic(FixedPoint<IntegerBits> a) {
    using ResultF = FixedPoint<0>;
    if (a.raw == 0) {
        return ResultF::from_raw(std::int32_t{1} << 30);  // exactly one half
    }
    const bool is_positive = a.raw > 0;
    const FixedPoint<IntegerBits> magnitude = is_positive ? a : -a;
    const ResultF result_if_positive =
        one_over_one_plus_x_for_x_in_0_1(exp_on_negative_values(-magnitude));
    return is_positive ? result_if_positive : ResultF::one() - result_if_positive;
}

// tanh(a) = (1 - exp(-2|a|)) / (1 + exp(-2|a|)), with the sign of a.
template <int IntegerBits>
[[nodiscard]] constexpr FixedPoint<0> tanh(FixedPoint<IntegerBits> a) {
    using ResultF = FixedPoint<0>;
    if (a.raw == 0) {
        return ResultF::zero();
    }
    const bool is_negative = a.raw < 0;
    const FixedPoint<IntegerBits> negative_magnitude = is_negative ? a : -a;
    const ResultF magnitude_result = one_minus_x_over_one_plus_x_for_x_in_0_1(
        exp_on_negative_values(exact_multiply_by_pot<1>(negative_magnitude)));
    return is_negative ? -magnitude_result : magnitude_result;
}

// The reciprocal of a sum x > 0 held with `x_integer_bits` integer bits (TFLite's GetReciprocal,
// used by softmax, whose sum of exps is at least 1). x is normalized to [1, 2) by a shift of
// num_bits_over_unit bits; scale is 1 / (x normalized), so 1/x = scale * 2^-num_bits_over_unit.
struct Reciprocal {
    FixedPoint<0> scale;
    int num_bits_over_unit;
};

[[nodiscard]] constexpr Reciprocal get_reciprocal(std::int32_t x, int x_integer_bits) {
    const int headroom_plus_one = count_leading_zeros(static_cast<std::uint32_t>(x));
    const int num_bits_over_unit = x_integer_bits - headroom_plus_one;
    const auto shifted_sum_minus_one = static_cast<std::int32_t>(
        (static_cast<std::uint32_t>(x) << headroom_plus_one) - (std::uint32_t{1} << 31));
    return {one_over_one_plus_x_for_x_in_0_1(FixedPoint<0>::from_raw(shifted_sum_minus_one)),
            num_bits_over_unit};
}

}  // namespace fennec
