// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// requantize.hpp, the shared epilogue of conv2d, depthwise_conv2d and fully_connected, against
// TFLM's steps written out (reference_integer_ops/conv.h): the double-rounding multiply of
// reference/fixed_point_spec.hpp, + output zero point (int32, wrapping), clamp to the activation
// range, narrow to int8. And against real arithmetic: within one unit of round(acc * scale) + zero point.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>

#include "reference/fixed_point_spec.hpp"
#include "core/mismatches.hpp"
#include "core/random_cases.hpp"
#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"

namespace {

namespace spec = fennec::reference::spec;
using fennec::Activation;
using fennec::ActivationRange;
using fennec::OutputQuantization;
using fennec::test::CaseRng;
using fennec::test::Mismatches;
using fennec::test::uniform_int;

std::int32_t requantize_by_definition(std::int32_t accumulator,
                                      std::int32_t multiplier,
                                      int shift,
                                      OutputQuantization output) {
    const std::int32_t scaled = spec::mbqm(accumulator, multiplier, shift);
    const std::int32_t shifted = spec::wrap_to_int32(spec::int128{scaled} + output.zero_point);
    return std::clamp(shifted, output.activation.min, output.activation.max);
}

void check_requantize(std::int32_t accumulator,
                      std::int32_t multiplier,
                      int shift,
                      OutputQuantization output,
                      Mismatches& mismatches) {
    const int got = fennec::requantize(accumulator, multiplier, shift, output);
    const int want = requantize_by_definition(accumulator, multiplier, shift, output);
    if (mismatches.report(got != want)) {
        CAPTURE(accumulator, multiplier, shift, output.zero_point, output.activation.min,
                output.activation.max);
        CHECK(got == want);
    }
}

// An output quantization as a model has one: a zero point, and the range of a random activation
// for a random output scale.
OutputQuantization random_output(CaseRng& rng) {
    const auto zero_point = static_cast<std::int32_t>(uniform_int(rng, -128, 127));
    const auto activation = static_cast<Activation>(uniform_int(rng, 0, 3));
    const float output_scale = static_cast<float>(
        std::exp(std::uniform_real_distribution<double>(std::log(1e-3), std::log(1.0))(rng)));
    return {zero_point, fennec::activation_range(activation, output_scale, zero_point)};
}

}  // namespace

static_assert(fennec::requantize(100, 1 << 30, 0, {0, {-128, 127}}) == 50);
static_assert(fennec::requantize(100, 1 << 30, 0, {-100, {-128, 127}}) == -50);
static_assert(fennec::requantize(1000, 1 << 30, 0, {0, {-128, 127}}) == 127);
static_assert(fennec::requantize(-1000, 1 << 30, 0, {0, {-128, 127}}) == -128);
static_assert(fennec::requantize(-7, 1 << 30, 0, {3, {3, 127}}) == 3);     // relu at zero point 3
static_assert(fennec::requantize(1, 1 << 30, -1, {0, {-128, 127}}) == 1);  // 0.25, rounded twice

TEST_CASE("requantize is multiply, add zero point, clamp, narrow", "[core][requantize]") {
    Mismatches mismatches;
    SECTION(
        "every int16 accumulator x every zero point (relu range), multiplier sqrt(2)/2 * 2^-7") {
        for (std::int32_t zero_point = -128; zero_point <= 127; ++zero_point) {
            for (std::int32_t accumulator = -32768; accumulator <= 32767; ++accumulator) {
                check_requantize(accumulator, 1518500250, -7, {zero_point, {zero_point, 127}},
                                 mismatches);
            }
        }
    }
    SECTION("1,000,000 seeded random accumulators, multipliers, shifts and outputs") {
        CaseRng rng(Catch::rngSeed());
        for (int i = 0; i < fennec::test::random_cases_per_primitive; ++i) {
            check_requantize(
                fennec::test::interesting_int32(rng), fennec::test::interesting_multiplier(rng),
                static_cast<int>(uniform_int(rng, -31, 30)), random_output(rng), mismatches);
        }
    }
    CHECK(mismatches.count == 0);
}

TEST_CASE("requantize is within one unit of the real-valued epilogue", "[core][requantize]") {
    // conv: acc * (input_scale * filter_scale / output_scale), rounded, + zero point, clamped. The
    // double rounding and the 31-bit multiplier move the result by at most one unit.
    CaseRng rng(Catch::rngSeed());
    Mismatches mismatches;
    for (int i = 0; i < 1'000'000; ++i) {
        const double real_multiplier =
            std::exp(std::uniform_real_distribution<double>(std::log(1e-6), std::log(1.0))(rng));
        const fennec::QuantizedMultiplier quantized = fennec::quantize_multiplier(real_multiplier);
        const auto accumulator = static_cast<std::int32_t>(uniform_int(rng, -(1 << 24), 1 << 24));
        const OutputQuantization output = random_output(rng);
        const double ideal =
            std::clamp<double>(std::round(accumulator * real_multiplier) + output.zero_point,
                               output.activation.min, output.activation.max);
        const int got =
            fennec::requantize(accumulator, quantized.multiplier, quantized.shift, output);
        if (mismatches.report(std::fabs(got - ideal) > 1.0)) {
            CAPTURE(accumulator, real_multiplier, output.zero_point, ideal);
            CHECK(std::fabs(got - ideal) <= 1.0);
        }
    }
    CHECK(mismatches.count == 0);
}
