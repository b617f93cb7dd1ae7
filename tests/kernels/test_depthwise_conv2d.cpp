// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable depthwise_conv2d against the independent reference: a seeded random sweep of
// shapes, depth multipliers, windows and quantizations through the size-erased kernel, and layer
// shapes of the MLPerf Tiny and TFLM example models through the typed form.
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "kernels/conv_support.hpp"
#include "reference/depthwise_conv2d_reference.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Padding;
using fennec::Shape;
using fennec::Window;
using fennec::kernels::DepthwiseConv2dGeometry;
using fennec::kernels::DepthwiseConv2dQuantization;
using fennec::kernels::WeightQuantization;
using fennec::reference::ConvWindow;
using fennec::reference::DepthwiseConv2dProblem;
using namespace fennec::test::conv;

// One depthwise_conv2d test case: the problem, its tensors and its quantization.
struct Case {
    DepthwiseConv2dProblem problem;
    ConvData data;
};

Case random_case(std::mt19937& rng, const DepthwiseConv2dProblem& problem) {
    const ConvWindow& window = problem.window;
    const int input_count =
        problem.batches * problem.input_height * problem.input_width * problem.input_channels;
    const int accumulation_depth = window.filter_height * window.filter_width;
    const int output_channels = problem.output_channels();
    return {problem, random_conv_data(rng, input_count, accumulation_depth * output_channels,
                                      output_channels, accumulation_depth)};
}

// Depth multipliers 1..8: 1 in half the cases (the common depthwise layer), 8 as in micro_speech
// and person_detect, anything between otherwise.
DepthwiseConv2dProblem random_problem(std::mt19937& rng) {
    const WindowAndInput drawn = random_window_and_input(rng);
    DepthwiseConv2dProblem problem{};
    problem.batches = fennec::test::uniform(rng, 1, 2);
    problem.input_height = drawn.input_height;
    problem.input_width = drawn.input_width;
    problem.input_channels = random_channels(rng);
    problem.depth_multiplier = fennec::test::one_in(rng, 2) ? 1 : fennec::test::uniform(rng, 2, 8);
    problem.window = drawn.window;
    return problem;
}

// The kernel's geometry as the typed front end derives it, with core's padding arithmetic.
DepthwiseConv2dGeometry geometry_of(const DepthwiseConv2dProblem& problem) {
    const ConvWindow& w = problem.window;
    const fennec::WindowGeometry window =
        kernel_window_of(w, problem.input_height, problem.input_width);
    return {problem.batches,        problem.input_height,     problem.input_width,
            problem.input_channels, problem.depth_multiplier, w.filter_height,
            w.filter_width,         window.output_height,     window.output_width,
            w.stride_height,        w.stride_width,           w.dilation_height,
            w.dilation_width,       window.padding_top,       window.padding_left};
}

// Runs the reference and compares whole output buffers, naming the first differing element.
void check_against_reference(std::uint32_t seed,
                             const Case& c,
                             const std::vector<std::int8_t>& actual) {
    const DepthwiseConv2dProblem& p = c.problem;
    const ConvData& d = c.data;
    const std::string window = window_text(p.window);
    const std::string quantization = quantization_text(d);
    CAPTURE(seed, p.batches, p.input_height, p.input_width, p.input_channels, p.depth_multiplier,
            window, quantization);
    check_output(fennec::reference::depthwise_conv2d(p, d.input, d.filter, d.bias, d.quantization),
                 actual, p.output_channels());
}

// A named layer through the typed form, with random tensors and quantization from `seed`.
template <class InputShape,
          class FilterShape,
          class OutputShape,
          class LayerWindow,
          int DepthMultiplier>
void check_typed_layer(std::uint32_t seed) {
    const DepthwiseConv2dProblem problem{InputShape::dim(0), InputShape::dim(1),
                                         InputShape::dim(2), InputShape::dim(3),
                                         DepthMultiplier,    window_of<FilterShape, LayerWindow>()};
    std::mt19937 rng(seed);
    const Case c = random_case(rng, problem);
    std::vector<std::int8_t> output(static_cast<std::size_t>(OutputShape::elements));
    fennec::kernels::portable::depthwise_conv2d<InputShape, FilterShape, OutputShape, LayerWindow,
                                                DepthMultiplier>(
        kernel_quantization_of(c.data), c.data.input.data(), c.data.filter.data(), bias_of(c.data),
        output.data());
    check_against_reference(seed, c, output);
}

}  // namespace

TEST_CASE("depthwise_conv2d matches the reference on random configurations",
          "[kernels][depthwise_conv2d][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const Case c = random_case(rng, random_problem(rng));
        const DepthwiseConv2dGeometry geometry = geometry_of(c.problem);
        CAPTURE(seed);
        require_window_matches_reference(geometry, c.problem.window, c.problem.input_height,
                                         c.problem.input_width);

        std::vector<std::int8_t> output(
            static_cast<std::size_t>(geometry.batches * geometry.output_height *
                                     geometry.output_width * c.problem.output_channels()));
        fennec::kernels::portable::depthwise_conv2d(geometry, kernel_quantization_of(c.data),
                                                    c.data.input.data(), c.data.filter.data(),
                                                    bias_of(c.data), output.data());
        check_against_reference(seed, c, output);
    }
}

TEST_CASE("depthwise_conv2d runs model layer shapes through the typed form",
          "[kernels][depthwise_conv2d][portable]") {
    // Several random quantizations per shape, each replayable from its seed.
    const std::vector<std::uint32_t> seeds = fennec::test::sweep_seeds(Catch::rngSeed(), 20, 4);
    SECTION("KWS DS-CNN depthwise: 3x3, stride 1, SAME padding, 64 channels, odd width") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 25, 5, 64>, Shape<1, 3, 3, 64>, Shape<1, 25, 5, 64>,
                              Window<1, 1, Padding::same>, 1>(seed);
        }
    }
    SECTION("micro_speech: depth multiplier 8 from 1 channel, 10x8 filter, stride 2, SAME") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 49, 40, 1>, Shape<1, 10, 8, 8>, Shape<1, 25, 20, 8>,
                              Window<2, 2, Padding::same>, 8>(seed);
        }
    }
    SECTION("person_detect first layer: depth multiplier 8, 3x3, stride 2, SAME, even size") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 96, 96, 1>, Shape<1, 3, 3, 8>, Shape<1, 48, 48, 8>,
                              Window<2, 2, Padding::same>, 8>(seed);
        }
    }
    SECTION("VWW MobileNet depthwise: 3x3, stride 2, SAME padding, 16 channels") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 48, 48, 16>, Shape<1, 3, 3, 16>, Shape<1, 24, 24, 16>,
                              Window<2, 2, Padding::same>, 1>(seed);
        }
    }
    SECTION("depth multiplier 3, dilation 2 by 1, VALID padding, batch 2, channels % 4 == 1") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<2, 9, 8, 5>, Shape<1, 3, 3, 15>, Shape<2, 5, 6, 15>,
                              Window<1, 1, Padding::valid, 2, 1>, 3>(seed);
        }
    }
    SECTION("stride 3, SAME padding, 5x5 filter larger than the 2x3 input, 17 channels") {
        for (const std::uint32_t seed : seeds) {
            check_typed_layer<Shape<1, 2, 3, 17>, Shape<1, 5, 5, 17>, Shape<1, 1, 1, 17>,
                              Window<3, 3, Padding::same>, 1>(seed);
        }
    }
}

TEST_CASE("depthwise_conv2d places output channel in_c * M + m",
          "[kernels][depthwise_conv2d][portable]") {
    // One pixel, 2 input channels, multiplier 3, 1x1 filter holding 1..6, zero points 0 and a
    // multiplier of exactly 1: output channel in_c * 3 + m is input[in_c] * filter[in_c * 3 + m].
    const std::int8_t input[] = {10, -5};
    const std::int8_t filter[] = {1, 2, 3, 4, 5, 6};
    const std::int32_t multiplier[] = {1 << 30};
    const std::int32_t shift[] = {1};
    std::int8_t output[6] = {};
    const DepthwiseConv2dQuantization quantization{
        0, multiplier, shift, WeightQuantization::per_tensor, {0, {-128, 127}}};
    fennec::kernels::portable::depthwise_conv2d<Shape<1, 1, 1, 2>, Shape<1, 1, 1, 6>,
                                                Shape<1, 1, 1, 6>, Window<1, 1, Padding::valid>, 3>(
        quantization, input, filter, nullptr, output);
    CHECK(std::vector<int>(output, output + 6) == std::vector<int>{10, 20, 30, -20, -25, -30});
}
