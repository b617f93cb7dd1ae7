// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fixed_point_math.hpp, two ways: bit for bit against reference/gemmlowp_reference.hpp (a second
// implementation of gemmlowp's algorithms, with the format carried at run time), and against long
// double within the error each algorithm promises. Sweeps cover each function's whole domain on
// a grid of 2^16 points (the int16 range scaled up) plus a random offset at every point; the int8
// logistic and tanh paths run every int8 input with every zero point for a set of input scales.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <random>
#include <vector>

#include "reference/gemmlowp_reference.hpp"
#include "core/mismatches.hpp"
#include "core/random_cases.hpp"
#include "fennec/core/fixed_point.hpp"
#include "fennec/core/fixed_point_math.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "support/sweep.hpp"

namespace {

namespace model = fennec::reference::gemmlowp;
using fennec::FixedPoint;
using fennec::test::CaseRng;
using fennec::test::Mismatches;
using fennec::test::uniform_int;

// Error bounds, in absolute terms on the Q0.31 result unless stated.
// exp: the 4th-order Taylor series around -1/8 on [-1/4, 0) leaves at most (1/8)^5 / 5! = 2.54e-7;
// the roundings add a few units of 2^-31.
constexpr long double exp_error_bound = 2.6e-7L;
// 1/(1+x): three Newton-Raphson steps from 48/17 - 32/17 d leave (1/17)^8 relative (0.3 units of
// 2^-31); about ten roundings in a Q2.29 format (4 units each) do the rest. Measured: 6.7 units.
constexpr long double one_over_one_plus_x_error_bound = 0x1p-27L;  // 16 units of 2^-31
// (1-x)/(1+x) = 2/(1+x) - 1 doubles the error of 1/(1+x). Measured: 13.5 units.
constexpr long double one_minus_x_over_one_plus_x_error_bound = 0x1p-26L;
// logistic = 1/(1 + e), d/de = -1/(1+e)^2 <= 1 in magnitude: the exp error passes through.
constexpr long double logistic_error_bound = exp_error_bound + one_over_one_plus_x_error_bound;
// tanh = (1 - e)/(1 + e), |d/de| = 2/(1+e)^2 <= 2: twice the exp error.
constexpr long double tanh_error_bound =
    2 * exp_error_bound + one_minus_x_over_one_plus_x_error_bound;
// get_reciprocal: relative error of 1/(1+x) on [1/2, 1].
constexpr long double reciprocal_relative_error_bound = 0x1p-26L;
// An int8 output is the correctly rounded value up to the arithmetic's error: at most 1/2 unit,
// plus the function's error times 256 (7e-5) and the input rescaling's 2^-27 relative.
constexpr long double int8_output_error_bound = 0.5L + 1e-3L;

// The formats the int8 kernels use (exp: 5 integer bits, logistic and tanh: 4, reciprocal: 12)
// get every grid point in every run; the other formats every 8th in CI and every one in the full
// sweep (FENNEC_SWEEP=full).
[[nodiscard]] std::int64_t secondary_format_step() {
    return fennec::test::full_sweep() ? 1 : 8;
}

[[nodiscard]] long double real_of(std::int32_t raw, int integer_bits) {
    return std::ldexp(static_cast<long double>(raw), integer_bits - 31);
}

// The grid: points k * 2^15 for k in [first_k, last_k] (2^17 of them span all int32 raw values:
// the int16 range scaled up), each also with a random offset below the grid step. `visit(raw)` is
// called for both. A k_step above 1 thins the grid for the less important formats.
template <class Visit>
void for_each_grid_point(
    CaseRng& rng, std::int64_t first_k, std::int64_t last_k, Visit visit, std::int64_t k_step = 1) {
    for (std::int64_t k = first_k; k <= last_k; k += k_step) {
        const std::int64_t on_grid = k * (std::int64_t{1} << 15);
        const std::int64_t jittered = on_grid + uniform_int(rng, 0, (1 << 15) - 1);
        for (const std::int64_t raw : {on_grid, jittered}) {
            if (raw >= fennec::int32_min && raw <= fennec::int32_max) {
                visit(static_cast<std::int32_t>(raw));
            }
        }
    }
}

// Sweeps exp_on_negative_values<IntegerBits> over all of [min, 0].
template <int IntegerBits>
void sweep_exp_on_negative_values(CaseRng& rng,
                                  Mismatches& bit_mismatches,
                                  Mismatches& error_mismatches,
                                  std::int64_t k_step = 1) {
    const auto check = [&](std::int32_t raw) {
        const std::int32_t got =
            fennec::exp_on_negative_values(FixedPoint<IntegerBits>::from_raw(raw)).raw;
        const std::int32_t want = model::exp_on_negative_values({raw, IntegerBits}).raw;
        const int integer_bits = IntegerBits;
        if (bit_mismatches.report(got != want)) {
            CAPTURE(raw, integer_bits);
            CHECK(got == want);
        }
        const long double input = real_of(raw, IntegerBits);
        const long double exact = input < -32.0L && IntegerBits > 5 ? 0.0L : std::exp(input);
        const long double error = std::fabs(real_of(got, 0) - exact);
        if (error_mismatches.report(error > exp_error_bound)) {
            CAPTURE(raw, integer_bits, input, error);
            CHECK(error <= exp_error_bound);
        }
    };
    for_each_grid_point(
        rng, -65536, 0,
        [&check](std::int32_t raw) {
            if (raw <= 0) {
                check(raw);
            }
        },
        k_step);
    // Every multiple of 1/4 (only the barrel shifter works there) down to the format's minimum.
    constexpr std::int64_t quarter = std::int64_t{1} << (29 - IntegerBits);
    for (std::int64_t raw = 0; raw >= fennec::int32_min; raw -= quarter) {
        for (const std::int64_t neighbour : {raw - 1, raw, raw + 1}) {
            if (neighbour >= fennec::int32_min && neighbour <= 0) {
                check(static_cast<std::int32_t>(neighbour));
            }
        }
        if (raw < -(std::int64_t{1} << 16) * quarter) {
            break;  // past 2^16 quarters (-16384): the grid covers the rest
        }
    }
    check(fennec::int32_min);
}

template <int IntegerBits>
void sweep_logistic_and_tanh(CaseRng& rng,
                             Mismatches& bit_mismatches,
                             Mismatches& error_mismatches,
                             std::int64_t k_step = 1) {
    for_each_grid_point(
        rng, -65536, 65535,
        [&](std::int32_t raw) {
            const auto input = FixedPoint<IntegerBits>::from_raw(raw);
            const std::int32_t logistic = fennec::logistic(input).raw;
            const std::int32_t tanh = fennec::tanh(input).raw;
            const std::int32_t model_logistic = model::logistic({raw, IntegerBits}).raw;
            const std::int32_t model_tanh = model::tanh({raw, IntegerBits}).raw;
            const int integer_bits = IntegerBits;
            if (bit_mismatches.report(logistic != model_logistic || tanh != model_tanh)) {
                CAPTURE(raw, integer_bits);
                CHECK(logistic == model_logistic);
                CHECK(tanh == model_tanh);
            }
            const long double x = real_of(raw, IntegerBits);
            const long double logistic_error =
                std::fabs(real_of(logistic, 0) - 1 / (1 + std::exp(-x)));
            const long double tanh_error = std::fabs(real_of(tanh, 0) - std::tanh(x));
            if (error_mismatches.report(logistic_error > logistic_error_bound ||
                                        tanh_error > tanh_error_bound)) {
                CAPTURE(raw, integer_bits, x);
                CHECK(logistic_error <= logistic_error_bound);
                CHECK(tanh_error <= tanh_error_bound);
            }
        },
        k_step);
}

// The int8 logistic and tanh as TFLM's kernels compute them, written with fennec's core: Prepare()
// (frexp of scale * 2^27 without the carry, the input radius) and the per-element path.
struct Int8Activation {
    std::int32_t input_multiplier;
    int input_left_shift;
    int input_range_radius;
};

[[nodiscard]] Int8Activation prepare_with_fennec(float input_scale) {
    const fennec::QuantizedMultiplier multiplier = fennec::quantize_multiplier_without_carry(
        static_cast<double>(input_scale) * static_cast<double>(1 << 27));
    return {multiplier.multiplier, multiplier.shift,
            fennec::calculate_input_radius(4, multiplier.shift)};
}

[[nodiscard]] std::int32_t clamp_int8(std::int32_t value) {
    return value < -128 ? -128 : (value > 127 ? 127 : value);
}

// f(x) in Q0.31 -> the int8 output (logistic: zero point -128; tanh: scale 1/128, zero point 0).
template <class Function>
[[nodiscard]] std::int32_t int8_path_with_fennec(std::int32_t input,
                                                 std::int32_t input_zero_point,
                                                 const Int8Activation& params,
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
    const std::int32_t input_q4 = fennec::multiply_by_quantized_multiplier(
        centered, params.input_multiplier, params.input_left_shift);
    const std::int32_t output_q0 = function(FixedPoint<4>::from_raw(input_q4)).raw;
    return clamp_int8(fennec::rounding_divide_by_pot(output_q0, output_shift) + output_zero_point);
}

[[nodiscard]] std::int32_t logistic_int8_with_fennec(std::int32_t input,
                                                     std::int32_t input_zero_point,
                                                     const Int8Activation& params) {
    return int8_path_with_fennec(input, input_zero_point, params, 23, -128,
                                 [](FixedPoint<4> x) { return fennec::logistic(x); });
}

[[nodiscard]] std::int32_t tanh_int8_with_fennec(std::int32_t input,
                                                 std::int32_t input_zero_point,
                                                 const Int8Activation& params) {
    return int8_path_with_fennec(input, input_zero_point, params, 24, 0,
                                 [](FixedPoint<4> x) { return fennec::tanh(x); });
}

// Every int8 input with every zero point at one input scale: fennec's path bit for bit against
// the model's, and the model's output within int8_output_error_bound of the real function.
void sweep_int8_activations(float input_scale,
                            Mismatches& bit_mismatches,
                            Mismatches& error_mismatches) {
    CAPTURE(input_scale);
    const Int8Activation params = prepare_with_fennec(input_scale);
    const model::Int8ActivationParams model_params = model::prepare_int8_activation(input_scale);
    REQUIRE(params.input_multiplier == model_params.input_multiplier);
    REQUIRE(params.input_left_shift == model_params.input_left_shift);
    REQUIRE(params.input_range_radius == model_params.input_range_radius);

    // The model's outputs per input - zero point (the only thing the outputs depend on).
    std::vector<std::int32_t> model_logistic(511);
    std::vector<std::int32_t> model_tanh(511);
    for (std::int32_t centered = -255; centered <= 255; ++centered) {
        const auto index = static_cast<std::size_t>(centered + 255);
        model_logistic[index] = model::logistic_int8(centered, 0, model_params);
        model_tanh[index] = model::tanh_int8(centered, 0, model_params);
        const long double x = static_cast<long double>(input_scale) * centered;
        const long double ideal_logistic =
            std::clamp(256 / (1 + std::exp(-x)) - 128, -128.0L, 127.0L);
        const long double ideal_tanh = std::clamp(128 * std::tanh(x), -128.0L, 127.0L);
        const long double logistic_error = std::fabs(model_logistic[index] - ideal_logistic);
        const long double tanh_error = std::fabs(model_tanh[index] - ideal_tanh);
        if (error_mismatches.report(logistic_error > int8_output_error_bound ||
                                    tanh_error > int8_output_error_bound)) {
            CAPTURE(centered, x, model_logistic[index], ideal_logistic, model_tanh[index],
                    ideal_tanh);
            CHECK(logistic_error <= int8_output_error_bound);
            CHECK(tanh_error <= int8_output_error_bound);
        }
    }
    for (std::int32_t zero_point = -128; zero_point <= 127; ++zero_point) {
        for (std::int32_t input = -128; input <= 127; ++input) {
            const auto index = static_cast<std::size_t>(input - zero_point + 255);
            const std::int32_t logistic = logistic_int8_with_fennec(input, zero_point, params);
            const std::int32_t tanh = tanh_int8_with_fennec(input, zero_point, params);
            if (bit_mismatches.report(logistic != model_logistic[index] ||
                                      tanh != model_tanh[index])) {
                CAPTURE(input, zero_point);
                CHECK(logistic == model_logistic[index]);
                CHECK(tanh == model_tanh[index]);
            }
        }
    }
}

}  // namespace

// The constexpr forms evaluate at compile time, with the special values the algorithms pin.
static_assert(fennec::exp_on_negative_values(FixedPoint<5>::zero()).raw == fennec::int32_max);
static_assert(fennec::exp_on_negative_values(FixedPoint<6>::from_raw(fennec::int32_min)).raw == 0);
static_assert(fennec::logistic(FixedPoint<4>::zero()).raw == 1 << 30);
static_assert(fennec::tanh(FixedPoint<4>::zero()).raw == 0);
static_assert(fennec::tanh(FixedPoint<4>::from_raw(fennec::int32_max)).raw == fennec::int32_max);
static_assert(fennec::one_over_one_plus_x_for_x_in_0_1(FixedPoint<0>::zero()).raw ==
              fennec::int32_max);
static_assert(fennec::get_reciprocal(1 << 19, 12).num_bits_over_unit == 0);  // x = 1.0 in Q12.19
static_assert(fennec::exact_multiply_by_pot<1>(FixedPoint<4>::from_raw(5)).raw == 5);
static_assert(decltype(fennec::exact_multiply_by_pot<1>(FixedPoint<4>{}))::integer_bits == 5);
static_assert(decltype(fennec::exact_multiply_by_pot<-1>(FixedPoint<2>{}))::integer_bits == 1);

TEST_CASE("exp on [-1/4, 0): bit-exact with gemmlowp, within 2.6e-7 of exp",
          "[core][fixed_point_math]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches bit_mismatches;
    Mismatches error_mismatches;
    const auto check = [&](std::int32_t raw) {
        const auto a = FixedPoint<0>::from_raw(raw);
        const std::int32_t got =
            fennec::exp_on_interval_between_negative_one_quarter_and_0_excl(a).raw;
        const std::int32_t want = model::exp_on_quarter_interval({raw, 0}).raw;
        if (bit_mismatches.report(got != want)) {
            CAPTURE(raw);
            CHECK(got == want);
        }
        const long double error = std::fabs(real_of(got, 0) - std::exp(real_of(raw, 0)));
        if (error_mismatches.report(error > exp_error_bound)) {
            CAPTURE(raw, error);
            CHECK(error <= exp_error_bound);
        }
    };
    // The grid 2^16 points k * 2^13 over [-2^29, 0), each with a random offset too.
    for (std::int32_t k = 0; k < 65536; ++k) {
        const std::int32_t on_grid = -k * (1 << 13);
        for (const std::int32_t raw :
             {on_grid - 1, on_grid - static_cast<std::int32_t>(uniform_int(rng, 1, 8191))}) {
            check(raw);
        }
    }
    check(-(1 << 29));
    CHECK(bit_mismatches.count == 0);
    CHECK(error_mismatches.count == 0);
}

TEST_CASE("exp_on_negative_values: bit-exact with gemmlowp, within 2.6e-7 of exp",
          "[core][fixed_point_math]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches bit_mismatches;
    Mismatches error_mismatches;
    SECTION("softmax's format: 5 integer bits, [-32, 0]") {
        sweep_exp_on_negative_values<5>(rng, bit_mismatches, error_mismatches);
    }
    SECTION("formats 0, 1, 2, 3, 4: the barrel shifter stops early") {
        const std::int64_t step = secondary_format_step();
        sweep_exp_on_negative_values<0>(rng, bit_mismatches, error_mismatches, step);
        sweep_exp_on_negative_values<1>(rng, bit_mismatches, error_mismatches, step);
        sweep_exp_on_negative_values<2>(rng, bit_mismatches, error_mismatches, step);
        sweep_exp_on_negative_values<3>(rng, bit_mismatches, error_mismatches, step);
        sweep_exp_on_negative_values<4>(rng, bit_mismatches, error_mismatches, step);
    }
    SECTION("formats 6, 8, 12, 24: inputs below -32 give 0") {
        const std::int64_t step = secondary_format_step();
        sweep_exp_on_negative_values<6>(rng, bit_mismatches, error_mismatches, step);
        sweep_exp_on_negative_values<8>(rng, bit_mismatches, error_mismatches, step);
        sweep_exp_on_negative_values<12>(rng, bit_mismatches, error_mismatches, step);
        sweep_exp_on_negative_values<24>(rng, bit_mismatches, error_mismatches, step);
    }
    CHECK(bit_mismatches.count == 0);
    CHECK(error_mismatches.count == 0);
}

TEST_CASE("one_over_one_plus_x and one_minus_x_over_one_plus_x on [0, 1)",
          "[core][fixed_point_math]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches bit_mismatches;
    Mismatches error_mismatches;
    for_each_grid_point(rng, 0, 65535, [&](std::int32_t raw) {
        const auto a = FixedPoint<0>::from_raw(raw);
        const std::int32_t reciprocal = fennec::one_over_one_plus_x_for_x_in_0_1(a).raw;
        const std::int32_t ratio = fennec::one_minus_x_over_one_plus_x_for_x_in_0_1(a).raw;
        const std::int32_t model_reciprocal = model::one_over_one_plus_x({raw, 0}).raw;
        const std::int32_t model_ratio = model::one_minus_x_over_one_plus_x({raw, 0}).raw;
        if (bit_mismatches.report(reciprocal != model_reciprocal || ratio != model_ratio)) {
            CAPTURE(raw);
            CHECK(reciprocal == model_reciprocal);
            CHECK(ratio == model_ratio);
        }
        const long double x = real_of(raw, 0);
        const long double reciprocal_error = std::fabs(real_of(reciprocal, 0) - 1 / (1 + x));
        const long double ratio_error = std::fabs(real_of(ratio, 0) - (1 - x) / (1 + x));
        if (error_mismatches.report(reciprocal_error > one_over_one_plus_x_error_bound ||
                                    ratio_error > one_minus_x_over_one_plus_x_error_bound)) {
            CAPTURE(raw, x, reciprocal_error, ratio_error);
            CHECK(reciprocal_error <= one_over_one_plus_x_error_bound);
            CHECK(ratio_error <= one_minus_x_over_one_plus_x_error_bound);
        }
    });
    CHECK(bit_mismatches.count == 0);
    CHECK(error_mismatches.count == 0);
}

TEST_CASE("get_reciprocal: bit-exact with TFLite's GetReciprocal, 2^-26 relative error",
          "[core][fixed_point_math]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches bit_mismatches;
    Mismatches error_mismatches;
    const auto check = [&](std::int32_t x, int x_integer_bits) {
        const fennec::Reciprocal got = fennec::get_reciprocal(x, x_integer_bits);
        const model::Reciprocal want = model::get_reciprocal(x, x_integer_bits);
        if (bit_mismatches.report(got.scale.raw != want.scale.raw ||
                                  got.num_bits_over_unit != want.num_bits_over_unit)) {
            CAPTURE(x, x_integer_bits);
            CHECK(got.scale.raw == want.scale.raw);
            CHECK(got.num_bits_over_unit == want.num_bits_over_unit);
        }
        // 1/x = scale * 2^-num_bits_over_unit, where x = raw * 2^(x_integer_bits - 31).
        const long double x_real = real_of(x, x_integer_bits);
        const long double product =
            std::ldexp(real_of(got.scale.raw, 0), -got.num_bits_over_unit) * x_real;
        const long double relative_error = std::fabs(product - 1);
        const bool exponent_right = got.num_bits_over_unit == std::ilogb(x_real);
        if (error_mismatches.report(relative_error > reciprocal_relative_error_bound ||
                                    !exponent_right)) {
            CAPTURE(x, x_integer_bits, relative_error, got.num_bits_over_unit);
            CHECK(relative_error <= reciprocal_relative_error_bound);
            CHECK(exponent_right);
        }
    };
    for (const int x_integer_bits : {12, 0, 5, 31}) {  // 12: softmax's sum of exps
        const std::int64_t step = x_integer_bits == 12 ? 1 : secondary_format_step();
        for (std::int64_t x = 1; x <= 65535; x += step) {
            check(static_cast<std::int32_t>(x), x_integer_bits);
        }
        for_each_grid_point(
            rng, 1, 65535, [&](std::int32_t x) { check(x, x_integer_bits); }, step);
        check(fennec::int32_max, x_integer_bits);
    }
    CHECK(bit_mismatches.count == 0);
    CHECK(error_mismatches.count == 0);
}

TEST_CASE("logistic and tanh: bit-exact with gemmlowp, within their error bounds",
          "[core][fixed_point_math]") {
    CaseRng rng(Catch::rngSeed());
    Mismatches bit_mismatches;
    Mismatches error_mismatches;
    SECTION("the int8 kernels' format: 4 integer bits") {
        sweep_logistic_and_tanh<4>(rng, bit_mismatches, error_mismatches);
    }
    SECTION("other formats: 0, 2, 5, 8") {
        const std::int64_t step = secondary_format_step();
        sweep_logistic_and_tanh<0>(rng, bit_mismatches, error_mismatches, step);
        sweep_logistic_and_tanh<2>(rng, bit_mismatches, error_mismatches, step);
        sweep_logistic_and_tanh<5>(rng, bit_mismatches, error_mismatches, step);
        sweep_logistic_and_tanh<8>(rng, bit_mismatches, error_mismatches, step);
    }
    CHECK(bit_mismatches.count == 0);
    CHECK(error_mismatches.count == 0);
}

TEST_CASE("int8 logistic and tanh paths: every input x every zero point, bit-exact",
          "[core][fixed_point_math]") {
    Mismatches bit_mismatches;
    Mismatches error_mismatches;
    SECTION("named input scales") {
        // Typical scales, powers of two (multiplier 2^30), scales that saturate early or never.
        for (const float input_scale :
             {1.0f / 256, 1.0f / 128, 0.0078125f, 0.01f, 0.0235294f, 0.03125f, 0.05f, 0.0625f, 0.1f,
              0.15f, 0.25f, 0.5f, 1.0f, 3.0f, 1e-3f, 1e-4f}) {
            sweep_int8_activations(input_scale, bit_mismatches, error_mismatches);
        }
    }
    SECTION("seeded random input scales, log-uniform in [1e-4, 4]") {
        for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed(), 400, 8)) {
            CAPTURE(seed);
            CaseRng rng(seed);
            const double exponent =
                std::uniform_real_distribution<double>(std::log(1e-4), std::log(4.0))(rng);
            sweep_int8_activations(static_cast<float>(std::exp(exponent)), bit_mismatches,
                                   error_mismatches);
        }
    }
    CHECK(bit_mismatches.count == 0);
    CHECK(error_mismatches.count == 0);
}
