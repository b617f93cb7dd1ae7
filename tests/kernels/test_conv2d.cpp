// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable conv2d against the independent reference: a seeded random sweep of shapes,
// windows and quantizations through the size-erased kernel, and MLPerf Tiny layer shapes through
// the typed form.
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "kernels/conv_support.hpp"
#include "reference/conv2d_reference.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Padding;
using fennec::Shape;
using fennec::Window;
using fennec::kernels::Conv2dGeometry;
using fennec::kernels::Conv2dQuantization;
using fennec::kernels::WeightQuantization;
using fennec::reference::Conv2dProblem;
using fennec::reference::ConvWindow;
using namespace fennec::test::conv;

// One conv2d test case: the problem, its tensors and its quantization.
struct Case {
    Conv2dProblem problem;
    ConvData data;
};

Case random_case(std::mt19937& rng, const Conv2dProblem& problem) {
    const ConvWindow& window = problem.window;
    const int input_count =
        problem.batches * problem.input_height * problem.input_width * problem.input_channels;
    const int accumulation_depth =
        window.filter_height * window.filter_width * problem.input_channels;
    return {problem,
            random_conv_data(rng, input_count, problem.output_channels * accumulation_depth,
                             problem.output_channels, accumulation_depth)};
}

Conv2dProblem random_problem(std::mt19937& rng) {
    const WindowAndInput drawn = random_window_and_input(rng);
    Conv2dProblem problem{};
    problem.batches = fennec::test::uniform(rng, 1, 2);
    problem.input_height = drawn.input_height;
    problem.input_width = drawn.input_width;
    problem.input_channels = random_channels(rng);
    problem.output_channels = random_channels(rng);
    problem.window = drawn.window;
    return problem;
}

// The kernel's geometry as the typed front end derives it, with core's padding arithmetic.
Conv2dGeometry geometry_of(const Conv2dProblem& problem) {
    const ConvWindow& w = problem.window;
    const fennec::WindowGeometry window =
        kernel_window_of(w, problem.input_height, problem.input_width);
    return {problem.batches,        problem.input_height, problem.input_width,
            problem.input_channels, w.filter_height,      w.filter_width,
            window.output_height,   window.output_width,  problem.output_channels,
            w.stride_height,        w.stride_width,       w.dilation_height,
            w.dilation_width,       window.padding_top,   window.padding_left};
}

// Runs the reference and compares whole output buffers, naming the first differing element.
void check_against_reference(std::uint32_t seed,
                             const Case& c,
                             const std::vector<std::int8_t>& actual) {
    const Conv2dProblem& p = c.problem;
    const ConvData& d = c.data;
    const std::string window = window_text(p.window);
    const std::string quantization = quantization_text(d);
    CAPTURE(seed, p.batches, p.input_height, p.input_width, p.input_channels, p.output_channels,
            window, quantization);
    check_output(fennec::reference::conv2d(p, d.input, d.filter, d.bias, d.quantization), actual,
                 p.output_channels);
}

// A named layer through the typed form, with random tensors and quantization from `seed`.
template <class InputShape, class FilterShape, class OutputShape, class LayerWindow>
void check_typed_layer(std::uint32_t seed) {
    const Conv2dProblem problem{InputShape::dim(0),  InputShape::dim(1),
                                InputShape::dim(2),  InputShape::dim(3),
                                FilterShape::dim(0), window_of<FilterShape, LayerWindow>()};
    std::mt19937 rng(seed);
    const Case c = random_case(rng, problem);
    std::vector<std::int8_t> output(static_cast<std::size_t>(OutputShape::elements));
    fennec::kernels::portable::conv2d<InputShape, FilterShape, OutputShape, LayerWindow>(
        kernel_quantization_of(c.data), c.data.input.data(), c.data.filter.data(), bias_of(c.data),
        output.data());
    check_against_reference(seed, c, output);
}

}  // namespace

TEST_CASE("conv2d matches the reference on random configurations", "[kernels][conv2d][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const Case c = random_case(rng, random_problem(rng));
        const Conv2dGeometry geometry = geometry_of(c.problem);
        CAPTURE(seed);
        require_window_matches_reference(geometry, c.problem.window, c.problem.input_height,
                                         c.problem.input_width);

        std::vector<std::int8_t> output(
            static_cast<std::size_t>(geometry.batches * geometry.output_height *
                                     geometry.output_width * geometry.output_channels));
        fennec::kernels::portable::conv2d(geometry, kernel_quantization_of(c.data),
                                          c.data.input.data(), c.data.filter.data(),
                                          bias_of(c.data), output.data());
        check_against_reference(seed, c, output);
    }
}

TEST_CASE("conv2d_channel_multiplier is TFLite's per-channel conv multiplier",
          "[kernels][conv2d][portable]") {
    // Usable in constant expressions, for hand-written graphs: 0.5 * 0.25 / 0.125 = 1 = 2^30 *
    // 2^-30.
    constexpr fennec::QuantizedMultiplier one =
        fennec::kernels::conv2d_channel_multiplier(0.5f, 0.25f, 0.125f);
    STATIC_REQUIRE(one.multiplier == (1 << 30));
    STATIC_REQUIRE(one.shift == 1);
    // Against the reference's Prepare() over the sweep's scales.
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const fennec::reference::ConvScales scales =
            random_scales(rng, 8, fennec::test::uniform(rng, 1, 4096));
        const auto expected =
            fennec::reference::prepare_conv_quantization(scales, 0, 0, fennec::Activation::none);
        for (std::size_t channel = 0; channel < scales.filter_scales.size(); ++channel) {
            const fennec::QuantizedMultiplier actual = fennec::kernels::conv2d_channel_multiplier(
                scales.input_scale, scales.filter_scales[channel], scales.output_scale);
            CAPTURE(seed, channel, scales.input_scale, scales.filter_scales[channel],
                    scales.output_scale);
            CHECK(actual.multiplier == expected.output_multiplier[channel]);
            CHECK(actual.shift == expected.output_shift[channel]);
        }
    }
}

TEST_CASE("conv2d runs MLPerf Tiny layer shapes through the typed form",
          "[kernels][conv2d][portable]") {
    // Several random quantizations per shape, each replayable from its seed.
    const std::vector<std::uint32_t> seeds = fennec::test::sweep_seeds(Catch::rngSeed(), 20, 4);
    SECTION("KWS DS-CNN first layer: 10x4 filter, stride 2, SAME padding, odd width") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 49, 10, 1>, Shape<64, 10, 4, 1>, Shape<1, 25, 5, 64>,
                              Window<2, 2, Padding::same>>(seed);
        }
    }
    SECTION("KWS DS-CNN pointwise: 1x1 filter, 64 to 64 channels") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 25, 5, 64>, Shape<64, 1, 1, 64>, Shape<1, 25, 5, 64>,
                              Window<1, 1, Padding::valid>>(seed);
        }
    }
    SECTION("VWW MobileNet first layer: 3x3 filter, 3 input channels, stride 2, SAME padding") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 96, 96, 3>, Shape<8, 3, 3, 3>, Shape<1, 48, 48, 8>,
                              Window<2, 2, Padding::same>>(seed);
        }
    }
    SECTION("ResNet-8 style 3x3, 16 to 32 channels, stride 2, SAME padding, even size") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 32, 32, 16>, Shape<32, 3, 3, 16>, Shape<1, 16, 16, 32>,
                              Window<2, 2, Padding::same>>(seed);
        }
    }
    SECTION("dilation 2, VALID padding, batch 2, channels % 4 == 3") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<2, 11, 9, 7>, Shape<5, 3, 2, 7>, Shape<2, 7, 7, 5>,
                              Window<1, 1, Padding::valid, 2, 2>>(seed);
        }
    }
    SECTION("stride 3 by 2, SAME padding, 5x5 filter larger than the 4x3 input") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 4, 3, 17>, Shape<19, 5, 5, 17>, Shape<1, 2, 2, 19>,
                              Window<3, 2, Padding::same>>(seed);
        }
    }
}

TEST_CASE("conv2d clamps to the fused activation and the int8 range",
          "[kernels][conv2d][portable]") {
    // A 1x1 conv with one channel, weight 1, zero points 0 and multiplier 1 (2^30 * 2^(1 - 31))
    // copies the input, so the output shows the clamp directly.
    const std::int8_t input[] = {-128, -7, 0, 6, 127};
    const std::int8_t filter[] = {1};
    const std::int32_t multiplier[] = {1 << 30};
    std::int32_t shift[] = {1};
    std::int8_t output[5] = {};
    using Row = Shape<1, 1, 5, 1>;
    auto run = [&](fennec::ActivationRange range, const std::int32_t* bias) {
        const Conv2dQuantization quantization{
            0, multiplier, shift, WeightQuantization::per_tensor, {0, range}};
        fennec::kernels::portable::conv2d<Row, Shape<1, 1, 1, 1>, Row, Window<1, 1, Padding::same>>(
            quantization, input, filter, bias, output);
        return std::vector<int>(output, output + 5);
    };
    SECTION("no activation passes -128 and 127 through") {
        CHECK(run({-128, 127}, nullptr) == std::vector<int>{-128, -7, 0, 6, 127});
    }
    SECTION("relu6 with scale 1 clamps to [0, 6]") {
        CHECK(run({0, 6}, nullptr) == std::vector<int>{0, 0, 0, 6, 6});
    }
    SECTION("bias of 200 saturates at 127") {
        const std::int32_t bias[] = {200};
        CHECK(run({-128, 127}, bias) == std::vector<int>{72, 127, 127, 127, 127});
    }
    SECTION("a bias that overflows the int32 sum wraps, as TFLM's int32 addition does") {
        // The sum is input + INT32_MAX - 5: for -128, -7 and 0 it stays near 2^31 and saturates
        // high, for 6 and 127 it wraps to near -2^31 and saturates low. A multiplier of 0.5
        // (shift 0) keeps the requantization from shifting left. UBSan flags a non-wrapping add.
        shift[0] = 0;
        const std::int32_t bias[] = {INT32_MAX - 5};
        CHECK(run({-128, 127}, bias) == std::vector<int>{127, 127, 127, -128, -128});
    }
}
