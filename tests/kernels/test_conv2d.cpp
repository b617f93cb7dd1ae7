// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable conv2d against the independent reference: a seeded random sweep of shapes,
// windows and quantizations through the size-erased kernel, and MLPerf Tiny layer shapes through
// the typed form.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "reference/conv2d_reference.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Activation;
using fennec::Padding;
using fennec::Shape;
using fennec::Window;
using fennec::kernels::Conv2dGeometry;
using fennec::kernels::Conv2dQuantization;
using fennec::kernels::WeightQuantization;
using fennec::reference::Conv2dProblem;
using fennec::test::uniform;

// A value between lo and hi, uniform on a logarithmic scale (scales span orders of magnitude).
float log_uniform(std::mt19937& rng, double lo, double hi) {
    const double exponent = std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng);
    return static_cast<float>(std::exp(exponent));
}

bool one_in(std::mt19937& rng, int n) {
    return uniform(rng, 1, n) == 1;
}

// An int8 zero point: anywhere in -128..127, pinned at an end now and then.
std::int32_t random_zero_point(std::mt19937& rng) {
    if (one_in(rng, 8)) {
        return one_in(rng, 2) ? -128 : 127;
    }
    return uniform(rng, -128, 127);
}

std::vector<std::int8_t> random_int8(std::mt19937& rng, int count, int lo, int hi, bool pinned) {
    std::vector<std::int8_t> values(static_cast<std::size_t>(count));
    for (auto& value : values) {
        const int drawn = pinned ? (one_in(rng, 2) ? lo : hi) : uniform(rng, lo, hi);
        value = static_cast<std::int8_t>(drawn);
    }
    return values;
}

// Everything one conv2d test case needs: the problem, its tensors and its quantization.
struct Case {
    Conv2dProblem problem;
    std::vector<std::int8_t> input;
    std::vector<std::int8_t> filter;
    std::vector<std::int32_t> bias;  // empty: no bias
    fennec::reference::ConvScales scales;
    fennec::reference::ConvQuantization quantization;
    bool is_per_channel;
    Activation activation;
    bool input_pinned;
};

// The float scales a converter could write. Half the cases keep the real output multiplier in a
// range that spreads the outputs over the int8 range; the others draw each channel's multiplier
// anywhere in [1e-6, 4], so shifts from -19 to +2 occur (above 1 the shift is a left shift, which
// TFLite allows though real layers rarely need it).
fennec::reference::ConvScales random_scales(std::mt19937& rng,
                                            int scale_count,
                                            int accumulation_depth) {
    fennec::reference::ConvScales scales{log_uniform(rng, 1e-3, 1e-1), {}, 0.0f};
    if (one_in(rng, 2)) {
        const float filter_scale = log_uniform(rng, 1e-6, 1.0);
        // An int8 x int8 product has a standard deviation near 74 * 74; aim for outputs of ~40.
        const double accumulator_spread =
            std::sqrt(static_cast<double>(accumulation_depth)) * 5476.0;
        scales.output_scale = static_cast<float>(static_cast<double>(scales.input_scale) *
                                                 filter_scale * accumulator_spread / 40.0);
        for (int channel = 0; channel < scale_count; ++channel) {
            scales.filter_scales.push_back(filter_scale * log_uniform(rng, 0.5, 2.0));
        }
    } else {
        scales.output_scale = log_uniform(rng, 1e-3, 1.0);
        for (int channel = 0; channel < scale_count; ++channel) {
            const double real_multiplier = log_uniform(rng, 1e-6, 4.0);
            scales.filter_scales.push_back(
                static_cast<float>(real_multiplier * scales.output_scale / scales.input_scale));
        }
    }
    return scales;
}

// The tensors and the quantization of a given problem.
Case random_case(std::mt19937& rng, const Conv2dProblem& problem) {
    Case c{problem,
           {},
           {},
           {},
           {},
           {},
           !one_in(rng, 4),
           static_cast<Activation>(uniform(rng, 0, 3)),
           one_in(rng, 5)};
    const int input_count =
        problem.batches * problem.input_height * problem.input_width * problem.input_channels;
    const int filter_count = problem.output_channels * problem.filter_height *
                             problem.filter_width * problem.input_channels;
    c.input = random_int8(rng, input_count, -128, 127, c.input_pinned);
    c.filter = random_int8(rng, filter_count, -127, 127, one_in(rng, 10));
    if (!one_in(rng, 2)) {
        const int bias_bound = 1 << uniform(rng, 0, 20);
        for (int channel = 0; channel < problem.output_channels; ++channel) {
            c.bias.push_back(uniform(rng, -bias_bound, bias_bound));
        }
    }
    const int accumulation_depth =
        problem.filter_height * problem.filter_width * problem.input_channels;
    c.scales =
        random_scales(rng, c.is_per_channel ? problem.output_channels : 1, accumulation_depth);
    c.quantization = fennec::reference::prepare_conv_quantization(
        c.scales, problem.output_channels, random_zero_point(rng), random_zero_point(rng),
        c.activation);
    return c;
}

// A filter size: 1 often (pointwise convolutions are common), else up to 5.
int random_filter_size(std::mt19937& rng) {
    return one_in(rng, 3) ? 1 : uniform(rng, 2, 5);
}

// A channel count: mostly 1..20, sometimes up to 40, so every remainder modulo 4 and 16 occurs.
int random_channels(std::mt19937& rng) {
    return one_in(rng, 8) ? uniform(rng, 21, 40) : uniform(rng, 1, 20);
}

Conv2dProblem random_problem(std::mt19937& rng) {
    Conv2dProblem problem{};
    problem.batches = uniform(rng, 1, 2);
    problem.input_channels = random_channels(rng);
    problem.output_channels = random_channels(rng);
    problem.filter_height = random_filter_size(rng);
    problem.filter_width = random_filter_size(rng);
    problem.stride_height = uniform(rng, 1, 3);
    problem.stride_width = uniform(rng, 1, 3);
    problem.dilation_height = uniform(rng, 1, 2);
    problem.dilation_width = uniform(rng, 1, 2);
    problem.same_padding = one_in(rng, 2);
    // VALID needs the dilated filter inside the input; SAME takes any size, down to 1.
    const int min_height =
        problem.same_padding
            ? 1
            : fennec::effective_filter_size(problem.filter_height, problem.dilation_height);
    const int min_width = problem.same_padding ? 1
                                               : fennec::effective_filter_size(
                                                     problem.filter_width, problem.dilation_width);
    problem.input_height = uniform(rng, min_height, min_height + 10);
    problem.input_width = uniform(rng, min_width, min_width + 10);
    return problem;
}

// The kernel's geometry as the typed front end derives it, with core's padding arithmetic.
Conv2dGeometry geometry_of(const Conv2dProblem& problem) {
    const Padding padding = problem.same_padding ? Padding::same : Padding::valid;
    const int output_height =
        fennec::compute_out_size(padding, problem.input_height, problem.filter_height,
                                 problem.stride_height, problem.dilation_height);
    const int output_width =
        fennec::compute_out_size(padding, problem.input_width, problem.filter_width,
                                 problem.stride_width, problem.dilation_width);
    return {problem.batches,
            problem.input_height,
            problem.input_width,
            problem.input_channels,
            problem.filter_height,
            problem.filter_width,
            output_height,
            output_width,
            problem.output_channels,
            problem.stride_height,
            problem.stride_width,
            problem.dilation_height,
            problem.dilation_width,
            fennec::compute_padding(problem.stride_height, problem.dilation_height,
                                    problem.input_height, problem.filter_height, output_height),
            fennec::compute_padding(problem.stride_width, problem.dilation_width,
                                    problem.input_width, problem.filter_width, output_width)};
}

// The kernel's view of the quantization: per-tensor cases hand it arrays of exactly one entry,
// so a read past [0] is caught by the sanitizers.
struct KernelQuantization {
    std::vector<std::int32_t> output_multiplier;
    std::vector<std::int32_t> output_shift;
    Conv2dQuantization quantization;
};

// The multipliers come from the library's conv2d_channel_multiplier, the reference's from its own
// Prepare(), so the sweep checks that helper too.
KernelQuantization kernel_quantization_of(const Case& c) {
    const auto& q = c.quantization;
    KernelQuantization k{};
    for (const float filter_scale : c.scales.filter_scales) {
        const fennec::QuantizedMultiplier multiplier = fennec::kernels::conv2d_channel_multiplier(
            c.scales.input_scale, filter_scale, c.scales.output_scale);
        k.output_multiplier.push_back(multiplier.multiplier);
        k.output_shift.push_back(multiplier.shift);
    }
    k.quantization = {
        q.input_zero_point,
        k.output_multiplier.data(),
        k.output_shift.data(),
        c.is_per_channel ? WeightQuantization::per_channel : WeightQuantization::per_tensor,
        {q.output_zero_point, q.activation}};
    return k;
}

// Runs the reference and compares whole output buffers, naming the first differing element.
void check_against_reference(std::uint32_t seed,
                             const Case& c,
                             const std::vector<std::int8_t>& actual) {
    const Conv2dProblem& p = c.problem;
    const auto expected = fennec::reference::conv2d(p, c.input, c.filter, c.bias, c.quantization);
    const auto rows = p.height_extent();
    const auto columns = p.width_extent();
    CAPTURE(seed, p.batches, p.input_height, p.input_width, p.input_channels, p.output_channels,
            p.filter_height, p.filter_width, p.stride_height, p.stride_width, p.dilation_height,
            p.dilation_width, p.same_padding, rows.output_size, columns.output_size,
            c.quantization.input_zero_point, c.quantization.output_zero_point, c.is_per_channel,
            static_cast<int>(c.activation), c.quantization.activation.min,
            c.quantization.activation.max, c.bias.empty(), c.input_pinned);
    REQUIRE(expected.largest_accumulator <= INT32_MAX);
    REQUIRE(actual.size() == expected.output.size());
    const auto mismatch =
        std::mismatch(expected.output.begin(), expected.output.end(), actual.begin());
    const auto first_difference = mismatch.first - expected.output.begin();
    if (mismatch.first != expected.output.end()) {
        const auto channel = static_cast<std::size_t>(first_difference % p.output_channels);
        INFO("first difference at element "
             << first_difference << " (output channel " << channel << "): expected "
             << int{*mismatch.first} << ", got " << int{*mismatch.second} << "; multiplier "
             << c.quantization.output_multiplier[channel] << ", shift "
             << c.quantization.output_shift[channel]);
        FAIL_CHECK("conv2d differs from the reference");
    }
    CHECK(first_difference == static_cast<long>(expected.output.size()));
}

std::vector<std::int8_t> run_size_erased(const Case& c) {
    const Conv2dGeometry geometry = geometry_of(c.problem);
    const KernelQuantization k = kernel_quantization_of(c);
    std::vector<std::int8_t> output(
        static_cast<std::size_t>(geometry.batches * geometry.output_height * geometry.output_width *
                                 geometry.output_channels));
    fennec::kernels::portable::conv2d(geometry, k.quantization, c.input.data(), c.filter.data(),
                                      c.bias.empty() ? nullptr : c.bias.data(), output.data());
    return output;
}

// A named layer through the typed form, with random tensors and quantization from `seed`.
template <class InputShape, class FilterShape, class OutputShape, class LayerWindow>
void check_typed_layer(std::uint32_t seed) {
    const Conv2dProblem problem{InputShape::dim(0),          InputShape::dim(1),
                                InputShape::dim(2),          InputShape::dim(3),
                                FilterShape::dim(0),         FilterShape::dim(1),
                                FilterShape::dim(2),         LayerWindow::stride_height,
                                LayerWindow::stride_width,   LayerWindow::dilation_height,
                                LayerWindow::dilation_width, LayerWindow::padding == Padding::same};
    std::mt19937 rng(seed);
    const Case c = random_case(rng, problem);
    const KernelQuantization k = kernel_quantization_of(c);
    std::vector<std::int8_t> output(static_cast<std::size_t>(OutputShape::elements));
    fennec::kernels::portable::conv2d<InputShape, FilterShape, OutputShape, LayerWindow>(
        k.quantization, c.input.data(), c.filter.data(), c.bias.empty() ? nullptr : c.bias.data(),
        output.data());
    check_against_reference(seed, c, output);
}

}  // namespace

TEST_CASE("conv2d matches the reference on random configurations", "[kernels][conv2d][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const Conv2dProblem problem = random_problem(rng);
        const Case c = random_case(rng, problem);
        const Conv2dGeometry geometry = geometry_of(problem);
        // Core's padding arithmetic (the kernel's) against the reference's own derivation.
        CAPTURE(seed);
        REQUIRE(geometry.output_height == problem.height_extent().output_size);
        REQUIRE(geometry.output_width == problem.width_extent().output_size);
        REQUIRE(geometry.padding_top == problem.height_extent().padding_before);
        REQUIRE(geometry.padding_left == problem.width_extent().padding_before);
        check_against_reference(seed, c, run_size_erased(c));
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
    // A 1x1 conv with one channel, weight 1, zero points 0 and multiplier 1 (0.5 * 2^1) copies
    // the input, so the output shows the clamp directly.
    const std::int8_t input[] = {-128, -7, 0, 6, 127};
    const std::int8_t filter[] = {1};
    const std::int32_t multiplier[] = {1 << 30};
    const std::int32_t shift[] = {1};
    std::int8_t output[5] = {};
    using Input = Shape<1, 1, 5, 1>;
    using Filter = Shape<1, 1, 1, 1>;
    auto run = [&](fennec::ActivationRange range, const std::int32_t* bias) {
        const Conv2dQuantization quantization{
            0, multiplier, shift, WeightQuantization::per_tensor, {0, range}};
        fennec::kernels::portable::conv2d<Input, Filter, Input, Window<1, 1, Padding::same>>(
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
}
