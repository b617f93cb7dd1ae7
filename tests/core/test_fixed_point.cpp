// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fixed_point.hpp against the rule-based definitions of reference/fixed_point_spec.hpp: exhaustive
// sweeps where the domain allows, the extremes, constructed exact ties, and 1,000,000 seeded random
// cases per primitive (seeded from Catch2's --rng-seed, which CTest fixes).
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

#include "reference/fixed_point_spec.hpp"
#include "core/mismatches.hpp"
#include "core/random_cases.hpp"
#include "fennec/core/fixed_point.hpp"

namespace {

namespace spec = fennec::reference::spec;
using fennec::int32_max;
using fennec::int32_min;
using fennec::test::CaseRng;
using fennec::test::interesting_int32;
using fennec::test::interesting_multiplier;
using fennec::test::Mismatches;
using fennec::test::random_cases_per_primitive;
using fennec::test::uniform_int;

// v * 2^position for an int8 value v: the int8 patterns moved into the high bits.
std::int32_t int8_at_bit(int v, int position) {
    return static_cast<std::int32_t>(static_cast<std::int64_t>(v) * (std::int64_t{1} << position));
}

void check_srdhm(std::int32_t a, std::int32_t b, Mismatches& mismatches) {
    const std::int32_t got = fennec::saturating_rounding_doubling_high_mul(a, b);
    const std::int32_t want = spec::srdhm(a, b);
    if (mismatches.report(got != want)) {
        CAPTURE(a, b);
        CHECK(got == want);
    }
}

void check_rdbpot(std::int32_t x, int exponent, Mismatches& mismatches) {
    const std::int32_t got = fennec::rounding_divide_by_pot(x, exponent);
    const std::int32_t want = spec::rdbpot(x, exponent);
    if (mismatches.report(got != want)) {
        CAPTURE(x, exponent);
        CHECK(got == want);
    }
}

void check_mbqm(std::int32_t x, std::int32_t multiplier, int shift, Mismatches& mismatches) {
    const std::int32_t got = fennec::multiply_by_quantized_multiplier(x, multiplier, shift);
    const std::int32_t want = spec::mbqm(x, multiplier, shift);
    if (mismatches.report(got != want)) {
        CAPTURE(x, multiplier, shift);
        CHECK(got == want);
    }
}

template <int Exponent>
void check_srmpot(std::int32_t x, Mismatches& mismatches) {
    const std::int32_t got = fennec::saturating_rounding_multiply_by_pot<Exponent>(x);
    const std::int32_t want = spec::srmpot(x, Exponent);
    if (mismatches.report(got != want)) {
        const int exponent = Exponent;
        CAPTURE(x, exponent);
        CHECK(got == want);
    }
}

// saturating_rounding_multiply_by_pot<Exponent> over every int16, every int8 at every bit, the
// values next to its saturation thresholds, and `random_cases` random values.
template <int Exponent>
void sweep_srmpot(CaseRng& rng, int random_cases, Mismatches& mismatches) {
    for (int x = -32768; x <= 32767; ++x) {
        check_srmpot<Exponent>(x, mismatches);
    }
    for (int v = -128; v <= 127; ++v) {
        for (int position = 0; position <= 24; ++position) {
            check_srmpot<Exponent>(int8_at_bit(v, position), mismatches);
        }
    }
    if constexpr (Exponent > 0) {
        constexpr std::int64_t threshold = (std::int64_t{1} << (31 - Exponent)) - 1;
        for (std::int64_t delta = -2; delta <= 2; ++delta) {
            for (const std::int64_t edge : {threshold + delta, -threshold + delta}) {
                if (spec::fits_int32(edge)) {
                    check_srmpot<Exponent>(static_cast<std::int32_t>(edge), mismatches);
                }
            }
        }
    }
    for (int i = 0; i < random_cases; ++i) {
        check_srmpot<Exponent>(interesting_int32(rng), mismatches);
    }
}

template <int... Offsets>
void sweep_srmpot_every_exponent(std::integer_sequence<int, Offsets...>,
                                 CaseRng& rng,
                                 int random_cases_per_exponent,
                                 Mismatches& mismatches) {
    (sweep_srmpot<Offsets - 31>(rng, random_cases_per_exponent, mismatches), ...);
}

}  // namespace

// The constexpr forms work in constant expressions, with the values of the rules.
static_assert(
    std::is_same_v<decltype(fennec::saturating_rounding_doubling_high_mul(1, 1)), std::int32_t>);
static_assert(fennec::saturating_rounding_doubling_high_mul(int32_min, int32_min) == int32_max);
static_assert(fennec::saturating_rounding_doubling_high_mul(1 << 15, 1 << 15) == 1);  // 0.5 -> 1
static_assert(fennec::saturating_rounding_doubling_high_mul(-(1 << 15), 1 << 15) ==
              0);  // -0.5 -> 0
static_assert(fennec::saturating_rounding_doubling_high_mul(-3 * (1 << 15), 1 << 15) ==
              -1);  // -1.5 -> -1
static_assert(fennec::rounding_divide_by_pot(5, 1) == 3);
static_assert(fennec::rounding_divide_by_pot(-5, 1) == -3);
static_assert(fennec::rounding_divide_by_pot(int32_min, 31) == -1);
static_assert(fennec::rounding_divide_by_pot(int32_max, 31) == 1);
static_assert(fennec::saturating_rounding_multiply_by_pot<3>(1 << 28) == int32_max);
static_assert(fennec::saturating_rounding_multiply_by_pot<3>(-(1 << 28)) == int32_min);
static_assert(fennec::saturating_rounding_multiply_by_pot<-2>(-6) == -2);  // -1.5 -> -2
// 1 * 0.5 * 2^-1 = 0.25, but TFLM rounds twice: 0.5 -> 1, then 1 / 2 = 0.5 -> 1.
static_assert(fennec::multiply_by_quantized_multiplier(1, 1 << 30, -1) == 1);
static_assert(fennec::multiply_by_quantized_multiplier(-1, 1 << 30, -1) == 0);
static_assert(fennec::multiply_by_quantized_multiplier(100, 1 << 30, 1) == 100);
static_assert(fennec::multiply_by_quantized_multiplier_greater_than_one(3, 1 << 30, 4) == 24);
static_assert(fennec::rounding_half_sum(int32_max, int32_max) == int32_max);
static_assert(fennec::rounding_half_sum(int32_min, int32_min) == int32_min);
static_assert(fennec::rounding_half_sum(-1, 0) == -1);  // -0.5 -> -1
static_assert(fennec::add_wrapping(int32_max, 1) == int32_min);
static_assert(fennec::shift_left_wrapping(3, 31) == int32_min);
static_assert(fennec::count_leading_zeros(0) == 32);
static_assert(fennec::count_leading_zeros(1) == 31);
static_assert(fennec::count_leading_zeros(0x80000000u) == 0);

TEST_CASE("saturating_rounding_doubling_high_mul rounds a*b/2^31 to nearest, ties up",
          "[core][fixed_point]") {
    Mismatches mismatches;
    SECTION("every int8 x int8 in the top byte") {
        for (int i = -128; i <= 127; ++i) {
            for (int j = -128; j <= 127; ++j) {
                check_srdhm(int8_at_bit(i, 24), int8_at_bit(j, 24), mismatches);
            }
        }
    }
    SECTION("every int8 in the top byte x every int16") {
        for (int i = -128; i <= 127; ++i) {
            for (int b = -32768; b <= 32767; ++b) {
                check_srdhm(int8_at_bit(i, 24), b, mismatches);
            }
        }
    }
    SECTION("exact ties: a*b = (2k+1) * 2^30 goes toward +infinity") {
        // (u * 2^15) * (w * 2^15) = u*w * 2^30 with u*w odd: a true half-way product.
        for (int u = -255; u <= 255; u += 2) {
            for (int w = -255; w <= 255; w += 2) {
                const std::int32_t a = u * (1 << 15);
                const std::int32_t b = w * (1 << 15);
                check_srdhm(a, b, mismatches);
                // The product is u*w / 2 exactly; ties toward +infinity give floor((u*w + 1) / 2).
                const auto want = static_cast<std::int32_t>(spec::floor_divide(u * w + 1, 2));
                if (mismatches.report(fennec::saturating_rounding_doubling_high_mul(a, b) !=
                                      want)) {
                    CAPTURE(a, b, want);
                    CHECK(fennec::saturating_rounding_doubling_high_mul(a, b) == want);
                }
            }
        }
    }
    SECTION("INT32_MIN and INT32_MAX against every int16 and the extremes") {
        for (const std::int32_t extreme : {int32_min, int32_min + 1, int32_max - 1, int32_max}) {
            for (int b = -32768; b <= 32767; ++b) {
                check_srdhm(extreme, b, mismatches);
                check_srdhm(b, extreme, mismatches);
            }
            for (const std::int32_t other : {int32_min, int32_min + 1, -1, 0, 1, int32_max}) {
                check_srdhm(extreme, other, mismatches);
            }
        }
    }
    SECTION("1,000,000 seeded random operands") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            check_srdhm(interesting_int32(rng), interesting_multiplier(rng), mismatches);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("rounding_divide_by_pot rounds x/2^exponent to nearest, ties away from zero",
          "[core][fixed_point]") {
    Mismatches mismatches;
    SECTION("every int16 x every exponent 0..31") {
        for (int exponent = 0; exponent <= 31; ++exponent) {
            for (int x = -32768; x <= 32767; ++x) {
                check_rdbpot(x, exponent, mismatches);
            }
        }
    }
    SECTION("every int8 at every bit position x every exponent 0..31") {
        for (int exponent = 0; exponent <= 31; ++exponent) {
            for (int v = -128; v <= 127; ++v) {
                for (int position = 0; position <= 24; ++position) {
                    check_rdbpot(int8_at_bit(v, position), exponent, mismatches);
                }
            }
        }
    }
    SECTION("exact ties q + 1/2 go away from zero") {
        for (int exponent = 1; exponent <= 16; ++exponent) {
            for (int q = -32768; q <= 32767; ++q) {
                const std::int64_t x = std::int64_t{q} * (std::int64_t{1} << exponent) +
                                       (std::int64_t{1} << (exponent - 1));
                if (!spec::fits_int32(x)) {
                    continue;
                }
                const std::int32_t got =
                    fennec::rounding_divide_by_pot(static_cast<std::int32_t>(x), exponent);
                const std::int32_t want = q >= 0 ? q + 1 : q;  // q + 1/2 > 0 rounds up, < 0 down
                check_rdbpot(static_cast<std::int32_t>(x), exponent, mismatches);
                if (mismatches.report(got != want)) {
                    CAPTURE(x, exponent);
                    CHECK(got == want);
                }
            }
        }
    }
    SECTION("INT32_MIN, INT32_MAX and their neighbours at every exponent") {
        for (int exponent = 0; exponent <= 31; ++exponent) {
            for (const std::int32_t x :
                 {int32_min, int32_min + 1, int32_min + 2, int32_max - 1, int32_max, -1, 0, 1}) {
                check_rdbpot(x, exponent, mismatches);
            }
        }
    }
    SECTION("1,000,000 seeded random cases") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            check_rdbpot(interesting_int32(rng), static_cast<int>(uniform_int(rng, 0, 31)),
                         mismatches);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("saturating_rounding_multiply_by_pot saturates left shifts and rounds right shifts",
          "[core][fixed_point]") {
    // Every exponent in [-31, 31]: every int16, every int8 at every bit, the saturation thresholds,
    // and 16,000 random values per exponent (1,008,000 random cases in all).
    Mismatches mismatches;
    CaseRng rng(Catch::rngSeed());
    sweep_srmpot_every_exponent(std::make_integer_sequence<int, 63>{}, rng, 16'000, mismatches);
    CHECK(mismatches.cases > 63 * 16'000);
    CHECK(mismatches.count == 0);
}

TEST_CASE("multiply_by_quantized_multiplier rounds twice, as TFLM's double-rounding build",
          "[core][fixed_point]") {
    Mismatches mismatches;
    SECTION("every shift in [-31, 30] x int8 at bits 0/8/16/24 x 16 multipliers") {
        constexpr std::int32_t multipliers[] = {
            0,          1,          1 << 30,    (1 << 30) + 1, 1518500250,
            1431655765, 1717986918, 1932735283, int32_max - 1, int32_max,
            -1,         -(1 << 30), int32_min,  int32_min + 1, 123456789,
            2000000001};
        for (int shift = -31; shift <= 30; ++shift) {
            for (const std::int32_t multiplier : multipliers) {
                for (int v = -128; v <= 127; ++v) {
                    for (const int position : {0, 8, 16, 24}) {
                        check_mbqm(int8_at_bit(v, position), multiplier, shift, mismatches);
                    }
                }
            }
        }
    }
    SECTION("exact ties in the high multiply go up, in the right shift away from zero") {
        constexpr std::int32_t one_half = 1 << 30;
        for (int x = -32767; x <= 32767; x += 2) {  // odd x: x * 0.5 is a tie, resolved upward
            check_mbqm(x, one_half, 0, mismatches);
            const std::int32_t got = fennec::multiply_by_quantized_multiplier(x, one_half, 0);
            const std::int32_t want = static_cast<std::int32_t>(spec::floor_divide(x + 1, 2));
            if (mismatches.report(got != want)) {
                CAPTURE(x);
                CHECK(got == want);
            }
        }
        for (int right_shift = 1; right_shift <= 16; ++right_shift) {
            for (int q = -128; q <= 127; ++q) {
                // x * 0.5 = q * 2^right_shift + 2^(right_shift - 1) exactly: only the shift rounds.
                const std::int32_t x = 2 * (q * (1 << right_shift) + (1 << (right_shift - 1)));
                check_mbqm(x, one_half, -right_shift, mismatches);
                const std::int32_t got =
                    fennec::multiply_by_quantized_multiplier(x, one_half, -right_shift);
                const std::int32_t want = q >= 0 ? q + 1 : q;
                if (mismatches.report(got != want)) {
                    CAPTURE(x, right_shift);
                    CHECK(got == want);
                }
            }
        }
    }
    SECTION("1,000,000 seeded random cases over every shift") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            check_mbqm(interesting_int32(rng), interesting_multiplier(rng),
                       static_cast<int>(uniform_int(rng, -31, 30)), mismatches);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("multiply_by_quantized_multiplier stays within 1 of the exact real product",
          "[core][fixed_point]") {
    // The two roundings each err by at most half a unit of their own step, so the result is within
    // one unit of round(x * m * 2^(shift - 31)) whenever the left shift does not overflow.
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    for (int i = 0; i < random_cases_per_primitive; ++i) {
        const int shift = static_cast<int>(uniform_int(rng, -31, 30));
        const std::int32_t multiplier = interesting_multiplier(rng);
        const std::int32_t x = fennec::test::int32_below_power_of_two(
            rng, static_cast<int>(uniform_int(rng, 0, 31 - (shift > 0 ? shift : 0))));
        const long double exact = std::ldexp(static_cast<long double>(x) * multiplier, shift - 31);
        const long double nearest = std::round(exact);
        const std::int32_t got = fennec::multiply_by_quantized_multiplier(x, multiplier, shift);
        if (mismatches.report(std::fabs(static_cast<long double>(got) - nearest) > 1.0L)) {
            CAPTURE(x, multiplier, shift, exact);
            CHECK(std::fabs(static_cast<long double>(got) - nearest) <= 1.0L);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("multiply_by_quantized_multiplier_greater_than_one shifts left, then rounds once",
          "[core][fixed_point]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    for (int i = 0; i < random_cases_per_primitive; ++i) {
        const std::int32_t x = interesting_int32(rng);
        const std::int32_t multiplier = interesting_multiplier(rng);
        const int left_shift = static_cast<int>(uniform_int(rng, 0, 30));
        const std::int32_t got =
            fennec::multiply_by_quantized_multiplier_greater_than_one(x, multiplier, left_shift);
        const std::int32_t want = spec::mbqm_greater_than_one(x, multiplier, left_shift);
        // With a shift >= 0 the general form has no right shift, so it must agree too.
        const std::int32_t general =
            fennec::multiply_by_quantized_multiplier(x, multiplier, left_shift);
        if (mismatches.report(got != want || general != want)) {
            CAPTURE(x, multiplier, left_shift, general);
            CHECK(got == want);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("multiply_by_quantized_multiplier_smaller_than_one is the general form for shift <= 0",
          "[core][fixed_point]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    for (int i = 0; i < random_cases_per_primitive; ++i) {
        const std::int32_t x = interesting_int32(rng);
        const std::int32_t multiplier = interesting_multiplier(rng);
        const int shift = static_cast<int>(uniform_int(rng, -31, 0));
        const std::int32_t got =
            fennec::multiply_by_quantized_multiplier_smaller_than_one(x, multiplier, shift);
        const std::int32_t want = spec::mbqm(x, multiplier, shift);
        if (mismatches.report(got != want)) {
            CAPTURE(x, multiplier, shift);
            CHECK(got == want);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("rounding_half_sum rounds (a+b)/2 to nearest, ties away from zero",
          "[core][fixed_point]") {
    Mismatches mismatches;
    const auto check_half_sum = [&mismatches](std::int32_t a, std::int32_t b) {
        const std::int32_t got = fennec::rounding_half_sum(a, b);
        const std::int32_t want = spec::rounding_half_sum(a, b);
        if (mismatches.report(got != want)) {
            CAPTURE(a, b);
            CHECK(got == want);
        }
    };
    SECTION("every int8 x int8 at bits 0 and 24") {
        for (int i = -128; i <= 127; ++i) {
            for (int j = -128; j <= 127; ++j) {
                check_half_sum(i, j);
                check_half_sum(int8_at_bit(i, 24), int8_at_bit(j, 24));
                check_half_sum(int8_at_bit(i, 24), j);
            }
        }
    }
    SECTION("the extremes") {
        for (const std::int32_t a :
             {int32_min, int32_min + 1, -1, 0, 1, int32_max - 1, int32_max}) {
            for (const std::int32_t b :
                 {int32_min, int32_min + 1, -1, 0, 1, int32_max - 1, int32_max}) {
                check_half_sum(a, b);
            }
        }
    }
    SECTION("1,000,000 seeded random cases") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < random_cases_per_primitive; ++i) {
            check_half_sum(interesting_int32(rng), interesting_int32(rng));
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("add_wrapping and shift_left_wrapping wrap modulo 2^32", "[core][fixed_point]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    for (int i = 0; i < random_cases_per_primitive; ++i) {
        const std::int32_t a = interesting_int32(rng);
        const std::int32_t b = interesting_int32(rng);
        const int exponent = static_cast<int>(uniform_int(rng, 0, 31));
        const std::int32_t sum = fennec::add_wrapping(a, b);
        const std::int32_t shifted = fennec::shift_left_wrapping(a, exponent);
        const bool mismatch =
            sum != spec::wrap_to_int32(spec::int128{a} + b) ||
            shifted != spec::wrap_to_int32(spec::int128{a} * spec::power_of_two(exponent));
        if (mismatches.report(mismatch)) {
            CAPTURE(a, b, exponent, sum, shifted);
            CHECK_FALSE(mismatch);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("count_leading_zeros counts the zero bits above the highest set bit",
          "[core][fixed_point]") {
    for (int bit = 0; bit < 32; ++bit) {
        const std::uint32_t power = std::uint32_t{1} << bit;
        CAPTURE(bit);
        CHECK(fennec::count_leading_zeros(power) == 31 - bit);
        CHECK(fennec::count_leading_zeros(power | (power - 1)) == 31 - bit);
    }
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    for (int i = 0; i < random_cases_per_primitive; ++i) {
        const auto x = static_cast<std::uint32_t>(rng()) >> uniform_int(rng, 0, 31);
        const int want = x == 0 ? 32 : __builtin_clz(x);
        if (mismatches.report(fennec::count_leading_zeros(x) != want)) {
            CAPTURE(x, want);
            CHECK(fennec::count_leading_zeros(x) == want);
        }
    }
    CHECK(mismatches.count == 0);
}
