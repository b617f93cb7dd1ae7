// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// quantize_multiplier.hpp against TFLite's arithmetic written with the C library, as TFLite writes
// it (std::frexp, std::round, std::floor, std::min): 1,000,000 seeded random multipliers spanning
// 1e-12..1e6, the mantissa carry, exact mantissa ties, zero, the tiny-multiplier flush, and the
// constexpr forms in static_asserts.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <cstring>
#include <limits>
#include <random>
#include <type_traits>

#include "core/mismatches.hpp"
#include "core/random_cases.hpp"
#include "fennec/core/quantize_multiplier.hpp"

namespace {

using fennec::QuantizedMultiplier;
using fennec::test::CaseRng;
using fennec::test::Mismatches;
using fennec::test::random_cases_per_primitive;
using fennec::test::uniform_int;

// TFLite's QuantizeMultiplier (quantization_util.cc), with the library calls it makes.
QuantizedMultiplier quantize_multiplier_with_libm(double real_multiplier) {
    if (real_multiplier == 0.0) {
        return {0, 0};
    }
    int shift = 0;
    const double fraction = std::frexp(real_multiplier, &shift);
    auto mantissa = static_cast<std::int64_t>(std::round(fraction * (std::int64_t{1} << 31)));
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

// What TFLM's logistic and tanh Prepare() compute: frexp and round, no carry, no flush. The
// mantissa is kept in 64 bits here: TFLM casts it to int32, undefined when it rounded to 2^31.
struct FrexpAndRound {
    std::int64_t mantissa;
    int shift;
};

FrexpAndRound frexp_and_round_with_libm(double real_multiplier) {
    int shift = 0;
    const double fraction = std::frexp(real_multiplier, &shift);
    return {static_cast<std::int64_t>(std::round(fraction * (std::int64_t{1} << 31))), shift};
}

bool same(QuantizedMultiplier a, QuantizedMultiplier b) {
    return a.multiplier == b.multiplier && a.shift == b.shift;
}

void check_quantize_multiplier(double real_multiplier, Mismatches& mismatches) {
    const QuantizedMultiplier got = fennec::quantize_multiplier(real_multiplier);
    const QuantizedMultiplier want = quantize_multiplier_with_libm(real_multiplier);
    if (mismatches.report(!same(got, want))) {
        CAPTURE(real_multiplier, got.multiplier, got.shift, want.multiplier, want.shift);
        CHECK(same(got, want));
    }
}

// A double log-uniform in [lo, hi].
double log_uniform(CaseRng& rng, double lo, double hi) {
    return std::exp(std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng));
}

// A float scale log-uniform in [lo, hi] (TFLite stores scales as floats).
float float_scale(CaseRng& rng, double lo, double hi) {
    return static_cast<float>(log_uniform(rng, lo, hi));
}

}  // namespace

// The constexpr forms, evaluated by the compiler (CNL style: value and type).
static_assert(fennec::quantize_multiplier(0.5).multiplier == 1 << 30);
static_assert(fennec::quantize_multiplier(0.5).shift == 0);
static_assert(fennec::quantize_multiplier(1.0).multiplier == 1 << 30);
static_assert(fennec::quantize_multiplier(1.0).shift == 1);
static_assert(fennec::quantize_multiplier(0.75).multiplier == 3 << 29);
static_assert(fennec::quantize_multiplier(-0.75).multiplier == -(3 << 29));
static_assert(fennec::quantize_multiplier(0.0).multiplier == 0);
static_assert(fennec::quantize_multiplier(0.0).shift == 0);
// 1 - 2^-33: the mantissa 2^31 - 1/4 rounds to 2^31 and is carried into the shift.
static_assert(fennec::quantize_multiplier(1.0 - 0x1p-33).multiplier == 1 << 30);
static_assert(fennec::quantize_multiplier(1.0 - 0x1p-33).shift == 1);
// 2^-32 is the smallest multiplier kept (shift -31); 2^-33 is flushed to zero.
static_assert(fennec::quantize_multiplier(0x1p-32).shift == -31);
static_assert(fennec::quantize_multiplier(0x1p-33).multiplier == 0);
static_assert(fennec::quantize_multiplier(0x1p-33).shift == 0);
static_assert(fennec::quantize_multiplier(5e-324).multiplier == 0);  // the smallest subnormal
// (1 - 2^-33) * 2^-32 would be flushed (shift -32), but its carry brings the shift back to -31.
static_assert(fennec::quantize_multiplier((1.0 - 0x1p-33) * 0x1p-32).multiplier == 1 << 30);
static_assert(fennec::quantize_multiplier((1.0 - 0x1p-33) * 0x1p-32).shift == -31);
static_assert(fennec::quantize_multiplier_without_carry(1.0 - 0x1p-33).multiplier ==
              fennec::int32_max);
static_assert(fennec::quantize_multiplier_without_carry(0.1f * double{1 << 27}).shift == 24);
static_assert(fennec::calculate_input_radius(4, 24) == 15 * 8);
static_assert(fennec::preprocess_softmax_scaling(1.0, 1.0 / 256, 5).shift == 19);
static_assert(fennec::preprocess_softmax_scaling(1.0, 1e3, 5).multiplier == fennec::int32_max);
static_assert(fennec::detail::round_half_away_from_zero(-2.5) == -3);
static_assert(fennec::detail::round_half_away_from_zero(2.5f) == 3);
static_assert(std::is_same_v<decltype(fennec::quantize_multiplier(1.0).multiplier), std::int32_t>);

TEST_CASE("quantize_multiplier matches TFLite's QuantizeMultiplier bit for bit",
          "[core][quantize_multiplier]") {
    Mismatches mismatches;
    SECTION("1,000,000 seeded random multipliers, log-uniform in [1e-12, 1e6]") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            const double magnitude = log_uniform(rng, 1e-12, 1e6);
            check_quantize_multiplier(uniform_int(rng, 0, 7) == 0 ? -magnitude : magnitude,
                                      mismatches);
        }
    }
    SECTION("1,000,000 seeded conv multipliers: input_scale * filter_scale / output_scale") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            const double input_scale = float_scale(rng, 1e-4, 1.0);
            const double filter_scale = float_scale(rng, 1e-6, 1.0);
            const double output_scale = float_scale(rng, 1e-4, 1.0);
            check_quantize_multiplier(input_scale * filter_scale / output_scale, mismatches);
        }
    }
    SECTION("the carry: mantissas that round up to 2^31, at every exponent") {
        for (int exponent = -40; exponent <= 40; ++exponent) {
            for (int bits = 32; bits <= 53;
                 ++bits) {  // (1 - 2^-bits): fraction * 2^31 >= 2^31 - 1/2
                const double real_multiplier = std::ldexp(1.0 - std::ldexp(1.0, -bits), exponent);
                check_quantize_multiplier(real_multiplier, mismatches);
                const QuantizedMultiplier got = fennec::quantize_multiplier(real_multiplier);
                if (exponent >= -32 && mismatches.report(got.multiplier != (1 << 30))) {
                    CAPTURE(exponent, bits, got.multiplier, got.shift);
                    CHECK(got.multiplier == (1 << 30));
                    CHECK(got.shift == exponent + 1);
                }
            }
        }
    }
    SECTION("exact mantissa ties (n + 1/2) * 2^-31 round away from zero") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < 100'000; ++i) {
            const std::int64_t n =
                uniform_int(rng, std::int64_t{1} << 30, (std::int64_t{1} << 31) - 1);
            const int exponent = static_cast<int>(uniform_int(rng, -31, 31));
            const double tie = std::ldexp(static_cast<double>(2 * n + 1), exponent - 32);
            for (const double real_multiplier : {tie, -tie}) {
                check_quantize_multiplier(real_multiplier, mismatches);
            }
        }
    }
    SECTION("zero, tiny multipliers flushed to zero, subnormals, the extremes of double") {
        for (const double real_multiplier :
             {0.0, -0.0, 0x1p-32, 0x1p-33, std::nextafter(0x1p-32, 0.0),
              std::nextafter(0x1p-33, 1.0), 1e-10, 1e-20, 1e-300, 5e-324,
              std::numeric_limits<double>::min(), std::numeric_limits<double>::denorm_min(),
              std::numeric_limits<double>::max(), 1.0, 2.0, 0x1p30, 0x1p31, 2147483647.0, 1e6}) {
            check_quantize_multiplier(real_multiplier, mismatches);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("quantize_multiplier's result represents the real multiplier to 2^-31 relative",
          "[core][quantize_multiplier]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    for (int i = 0; i < 100'000; ++i) {
        const double real_multiplier = log_uniform(rng, 1e-9, 1e6);
        const QuantizedMultiplier got = fennec::quantize_multiplier(real_multiplier);
        const long double represented =
            std::ldexp(static_cast<long double>(got.multiplier), got.shift - 31);
        const long double relative_error = std::fabs(represented / real_multiplier - 1);
        const bool in_range = got.multiplier >= (1 << 30);
        if (mismatches.report(relative_error > 0x1p-31L || !in_range)) {
            CAPTURE(real_multiplier, got.multiplier, got.shift, relative_error);
            CHECK(relative_error <= 0x1p-31L);
            CHECK(in_range);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("the smaller/greater-than-one forms are quantize_multiplier with a signed shift",
          "[core][quantize_multiplier]") {
    CaseRng rng(Catch::rngSeed());
    for (int i = 0; i < 10'000; ++i) {
        const double below_one = log_uniform(rng, 1e-9, 0.999);
        const double above_one = log_uniform(rng, 1.001, 1e6);
        CAPTURE(below_one, above_one);
        const QuantizedMultiplier small = fennec::quantize_multiplier_smaller_than_one(below_one);
        const QuantizedMultiplier large = fennec::quantize_multiplier_greater_than_one(above_one);
        CAPTURE(small.multiplier, small.shift, large.multiplier, large.shift);
        CHECK(same(small, quantize_multiplier_with_libm(below_one)));
        CHECK(small.shift <= 0);
        CHECK(same(large, quantize_multiplier_with_libm(above_one)));
        CHECK(large.shift >= 1);
    }
}

TEST_CASE("quantize_multiplier_without_carry matches TFLM's logistic and tanh Prepare()",
          "[core][quantize_multiplier]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    const auto check = [&mismatches](double real_multiplier) {
        const FrexpAndRound want = frexp_and_round_with_libm(real_multiplier);
        const QuantizedMultiplier got = fennec::quantize_multiplier_without_carry(real_multiplier);
        const bool carry = want.mantissa == (std::int64_t{1} << 31);
        const bool equal = got.multiplier == want.mantissa && got.shift == want.shift;
        const bool saturated = got.multiplier == fennec::int32_max && got.shift == want.shift;
        if (mismatches.report(carry ? !saturated : !equal)) {
            CAPTURE(real_multiplier, got.multiplier, got.shift, want.mantissa, want.shift);
            CHECK((carry ? saturated : equal));
        }
        return carry;
    };
    SECTION("1,000,000 seeded float input scales times 2^27: the carry never arises") {
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            const float input_scale = float_scale(rng, 1e-6, 10.0);
            const bool carry = check(static_cast<double>(input_scale) * (1 << 27));
            if (carry) {
                CAPTURE(input_scale);
                CHECK_FALSE(carry);
            }
        }
    }
    SECTION("1,000,000 seeded doubles, and mantissas that round up to 2^31") {
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            check(log_uniform(rng, 1e-12, 1e12));
        }
        for (int bits = 32; bits <= 53; ++bits) {
            CHECK(check(std::ldexp(1.0 - std::ldexp(1.0, -bits), bits - 40)));
        }
    }
    SECTION("a mantissa that rounds up to 2^31 saturates, the shift stays") {
        const QuantizedMultiplier got =
            fennec::quantize_multiplier_without_carry(std::ldexp(1.0 - 0x1p-40, 5));
        CHECK(got.multiplier == fennec::int32_max);
        CHECK(got.shift == 5);
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("calculate_input_radius matches TFLite's CalculateInputRadius",
          "[core][quantize_multiplier]") {
    for (const int total_signed_bits : {31, 15}) {
        for (int input_integer_bits = 0; input_integer_bits < total_signed_bits;
             ++input_integer_bits) {
            for (int input_left_shift = 0; input_left_shift <= 31; ++input_left_shift) {
                const double max_input_rescaled =
                    1.0 * ((1 << input_integer_bits) - 1) *
                    static_cast<double>(std::int64_t{1}
                                        << (total_signed_bits - input_integer_bits)) /
                    static_cast<double>(std::int64_t{1} << input_left_shift);
                const int want = static_cast<int>(std::floor(max_input_rescaled));
                const int got = fennec::calculate_input_radius(input_integer_bits, input_left_shift,
                                                               total_signed_bits);
                if (got != want) {
                    CAPTURE(total_signed_bits, input_integer_bits, input_left_shift);
                    CHECK(got == want);
                }
            }
        }
    }
}

TEST_CASE("preprocess_softmax_scaling matches TFLite's PreprocessSoftmaxScaling",
          "[core][quantize_multiplier]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    const auto check = [&mismatches](float beta, float input_scale, int input_integer_bits) {
        // TFLite: min(beta * input_scale * 2^(31 - bits), 2^31 - 1), then the greater-than-one
        // form.
        const double capped =
            std::min<double>(static_cast<double>(beta) * static_cast<double>(input_scale) *
                                 (1 << (31 - input_integer_bits)),
                             (std::int64_t{1} << 31) - 1.0);
        const QuantizedMultiplier want = quantize_multiplier_with_libm(capped);
        const QuantizedMultiplier got = fennec::preprocess_softmax_scaling(
            static_cast<double>(beta), static_cast<double>(input_scale), input_integer_bits);
        if (mismatches.report(!same(got, want))) {
            CAPTURE(beta, input_scale, input_integer_bits, got.multiplier, got.shift);
            CHECK(same(got, want));
        }
    };
    for (int i = 0; i < 200'000; ++i) {
        const float beta = uniform_int(rng, 0, 3) == 0 ? float_scale(rng, 0.01, 100.0) : 1.0f;
        check(beta, float_scale(rng, 1e-5, 100.0), 5);
    }
    check(1.0f, 1.0f / 256, 5);
    check(1.0f, 32.0f, 5);  // 2^31: capped at 2^31 - 1
    check(1.0f, 1e4f, 5);   // far above the cap
    check(0.5f, 0.0625f, 5);
    CHECK(mismatches.count == 0);
}

TEST_CASE("detail::frexp and round_half_away_from_zero match the C library",
          "[core][quantize_multiplier]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    SECTION("frexp over 100,000 random bit patterns of finite doubles (subnormals included)") {
        // Far exponents cost up to 1074 halvings each; quantize_multiplier's 1,000,000-case
        // sweeps above run frexp over the exponents that occur in models.
        for (int i = 0; i < 100'000; ++i) {
            const std::uint64_t bits = rng();
            double value = 0.0;
            std::memcpy(&value, &bits, sizeof value);
            if (!std::isfinite(value)) {
                continue;
            }
            int exponent = 0;
            const double fraction = std::frexp(value, &exponent);
            const fennec::detail::Frexp got = fennec::detail::frexp(value);
            if (mismatches.report(got.fraction != fraction || got.exponent != exponent)) {
                CAPTURE(value, got.fraction, got.exponent, fraction, exponent);
                CHECK(got.fraction == fraction);
                CHECK(got.exponent == exponent);
            }
        }
    }
    SECTION("round over random doubles below 2^40 and every tie n + 1/2 for |n| < 2^16") {
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            const double value = std::ldexp(std::uniform_real_distribution<double>(-1.0, 1.0)(rng),
                                            static_cast<int>(uniform_int(rng, 0, 40)));
            const auto want = static_cast<std::int64_t>(std::round(value));
            if (mismatches.report(fennec::detail::round_half_away_from_zero(value) != want)) {
                CAPTURE(value, want);
                CHECK(fennec::detail::round_half_away_from_zero(value) == want);
            }
        }
        for (int n = -65536; n <= 65536; ++n) {
            const double tie = n + 0.5;
            const float float_tie = static_cast<float>(tie);
            const bool mismatch = fennec::detail::round_half_away_from_zero(tie) !=
                                      static_cast<std::int64_t>(std::round(tie)) ||
                                  fennec::detail::round_half_away_from_zero(float_tie) !=
                                      static_cast<std::int32_t>(std::round(float_tie));
            if (mismatches.report(mismatch)) {
                CAPTURE(n);
                CHECK_FALSE(mismatch);
            }
        }
    }
    SECTION("float round over 1,000,000 random bit patterns, saturating outside int32") {
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            const auto bits = static_cast<std::uint32_t>(rng());
            float value = 0.0f;
            std::memcpy(&value, &bits, sizeof value);
            const float rounded = std::round(value);
            const std::int32_t want = std::isnan(value)          ? 0
                                      : rounded >= 2147483648.0f ? fennec::int32_max
                                      : rounded <= -2147483648.0f
                                          ? fennec::int32_min
                                          : static_cast<std::int32_t>(rounded);
            const std::int32_t got = fennec::detail::round_half_away_from_zero(value);
            if (mismatches.report(got != want)) {
                CAPTURE(value, got, want);
                CHECK(got == want);
            }
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("NaN and infinite multipliers terminate and give zero at run time",
          "[core][quantize_multiplier]") {
    for (const double bad :
         {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity(),
          std::numeric_limits<double>::quiet_NaN()}) {
        CAPTURE(bad);
        CHECK(fennec::quantize_multiplier(bad).multiplier == 0);
        CHECK(fennec::quantize_multiplier_without_carry(bad).multiplier == 0);
    }
}
