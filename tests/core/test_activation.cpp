// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// activation.hpp against TFLite's CalculateActivationRangeQuantized (kernel_util.cc), written out:
// each bound is zero_point + round(bound / scale) with a float division and std::round on the
// float, intersected with [-128, 127]. Every zero point x every activation x a grid of scales.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <vector>

#include "core/mismatches.hpp"
#include "fennec/core/activation.hpp"

namespace {

using fennec::Activation;
using fennec::ActivationRange;
using fennec::test::Mismatches;

constexpr Activation all_activations[] = {Activation::none, Activation::relu, Activation::relu6,
                                          Activation::relu_n1_to_1};

// TFLite's Quantize(): float division, float std::round, then the zero point. A quotient outside
// int32 makes TFLite reject the model; fennec saturates it, which is what the clamp sees.
std::int64_t tflite_quantize(float scale, std::int32_t zero_point, float real_value) {
    const float rounded = std::round(real_value / scale);
    const float limited = std::clamp(rounded, -2147483648.0f, 2147483648.0f);
    return zero_point + static_cast<std::int64_t>(limited);
}

ActivationRange tflite_activation_range(Activation activation,
                                        float scale,
                                        std::int32_t zero_point) {
    const auto at_least_min = [](std::int64_t q) {
        return static_cast<std::int32_t>(std::max<std::int64_t>(-128, q));
    };
    const auto at_most_max = [](std::int64_t q) {
        return static_cast<std::int32_t>(std::min<std::int64_t>(127, q));
    };
    switch (activation) {
        case Activation::relu:
            return {at_least_min(tflite_quantize(scale, zero_point, 0.0f)), 127};
        case Activation::relu6:
            return {at_least_min(tflite_quantize(scale, zero_point, 0.0f)),
                    at_most_max(tflite_quantize(scale, zero_point, 6.0f))};
        case Activation::relu_n1_to_1:
            return {at_least_min(tflite_quantize(scale, zero_point, -1.0f)),
                    at_most_max(tflite_quantize(scale, zero_point, 1.0f))};
        case Activation::none:
            break;
    }
    return {-128, 127};
}

// Output scales: a log grid from 1e-8 to 1e3, the usual int8 scales, and scales at which a bound
// divided by the scale is an exact tie k + 1/2 in float arithmetic (the rounding decides there).
std::vector<float> output_scales() {
    std::vector<float> scales;
    for (int i = 0; i <= 2200; ++i) {
        scales.push_back(static_cast<float>(std::pow(10.0, -8.0 + i * (11.0 / 2200))));
    }
    for (const float scale : {1.0f / 256, 1.0f / 128, 6.0f / 255, 6.0f / 256, 2.0f / 255,
                              1.0f / 255, 0.0235294122f, 0.5f, 1.0f, 6.0f, 12.0f}) {
        scales.push_back(scale);
    }
    for (int k = 0; k < 400; ++k) {
        for (const float bound : {6.0f, 1.0f}) {
            const float scale = bound / (static_cast<float>(k) + 0.5f);
            if (bound / scale == static_cast<float>(k) + 0.5f) {
                scales.push_back(scale);
            }
        }
    }
    return scales;
}

}  // namespace

// The constexpr forms, evaluated by the compiler.
static_assert(fennec::activation_range(Activation::none, 0.1f, 5).min == -128);
static_assert(fennec::activation_range(Activation::relu, 0.1f, 5).min == 5);
static_assert(fennec::activation_range(Activation::relu, 0.1f, 5).max == 127);
static_assert(fennec::activation_range(Activation::relu6, 6.0f / 255, -128).min == -128);
static_assert(fennec::activation_range(Activation::relu6, 6.0f / 255, -128).max == 127);
static_assert(fennec::activation_range(Activation::relu6, 0.1f, -10).max == 50);
static_assert(fennec::activation_range(Activation::relu_n1_to_1, 1.0f / 128, 0).min == -128);
static_assert(fennec::activation_range(Activation::relu_n1_to_1, 1.0f / 128, 0).max == 127);
static_assert(fennec::activation_range(Activation::relu_n1_to_1, 0.4f, 0).max == 3);   // 2.5 -> 3
static_assert(fennec::activation_range(Activation::relu_n1_to_1, 0.4f, 0).min == -3);  // -2.5 -> -3
static_assert(fennec::clamp_to_int8(1000, {-128, 127}) == 127);
static_assert(fennec::clamp_to_int8(-1000, {-5, 7}) == -5);
static_assert(std::is_same_v<decltype(fennec::clamp_to_int8(0, {-128, 127})), std::int8_t>);

TEST_CASE("activation_range matches TFLite for every zero point, activation and scale",
          "[core][activation]") {
    const std::vector<float> scales = output_scales();
    Mismatches mismatches;
    for (const float output_scale : scales) {
        for (std::int32_t zero_point = -128; zero_point <= 127; ++zero_point) {
            for (const Activation activation : all_activations) {
                const ActivationRange got =
                    fennec::activation_range(activation, output_scale, zero_point);
                const ActivationRange want =
                    tflite_activation_range(activation, output_scale, zero_point);
                const bool ordered = got.min <= got.max && got.min >= -128 && got.max <= 127;
                if (mismatches.report(got.min != want.min || got.max != want.max || !ordered)) {
                    const int activation_index = static_cast<int>(activation);
                    CAPTURE(output_scale, zero_point, activation_index, got.min, got.max);
                    CHECK(got.min == want.min);
                    CHECK(got.max == want.max);
                    CHECK(ordered);
                }
            }
        }
    }
    CHECK(mismatches.cases == static_cast<long long>(scales.size()) * 256 * 4);
    CHECK(mismatches.count == 0);
}

TEST_CASE("activation_range: the rules in words, for every zero point", "[core][activation]") {
    SECTION("none clamps to the whole int8 range; relu starts at the zero point (real 0)") {
        for (std::int32_t zero_point = -128; zero_point <= 127; ++zero_point) {
            CAPTURE(zero_point);
            const ActivationRange none =
                fennec::activation_range(Activation::none, 0.05f, zero_point);
            const ActivationRange relu =
                fennec::activation_range(Activation::relu, 0.05f, zero_point);
            CHECK((none.min == -128 && none.max == 127));
            CHECK((relu.min == zero_point && relu.max == 127));
        }
    }
    SECTION("tiny scales (TFLite rejects them): the bounds saturate, still defined") {
        for (std::int32_t zero_point = -128; zero_point <= 127; ++zero_point) {
            for (const float tiny : {1e-12f, 1e-30f, 1e-45f}) {
                CAPTURE(zero_point, tiny);
                const ActivationRange relu6 =
                    fennec::activation_range(Activation::relu6, tiny, zero_point);
                const ActivationRange relu1 =
                    fennec::activation_range(Activation::relu_n1_to_1, tiny, zero_point);
                CHECK((relu6.min == zero_point && relu6.max == 127));
                CHECK((relu1.min == -128 && relu1.max == 127));
            }
        }
    }
    SECTION("huge scales: every bound rounds to the zero point") {
        for (std::int32_t zero_point = -128; zero_point <= 127; ++zero_point) {
            CAPTURE(zero_point);
            const ActivationRange range =
                fennec::activation_range(Activation::relu6, 1e30f, zero_point);
            CHECK((range.min == zero_point && range.max == zero_point));
        }
    }
}

TEST_CASE("clamp_to_int8 clamps every int16 and the int32 extremes", "[core][activation]") {
    Mismatches mismatches;
    for (const ActivationRange range :
         {ActivationRange{-128, 127}, ActivationRange{0, 127}, ActivationRange{-128, -128},
          ActivationRange{-3, 5}, ActivationRange{127, 127}, ActivationRange{-20, 107}}) {
        for (std::int32_t value = -32768; value <= 32767; ++value) {
            const int got = fennec::clamp_to_int8(value, range);
            const int want = std::clamp(value, range.min, range.max);
            if (mismatches.report(got != want)) {
                CAPTURE(value, range.min, range.max);
                CHECK(got == want);
            }
        }
        CHECK(fennec::clamp_to_int8(fennec::int32_min, range) == range.min);
        CHECK(fennec::clamp_to_int8(fennec::int32_max, range) == range.max);
    }
    CHECK(mismatches.count == 0);
}
