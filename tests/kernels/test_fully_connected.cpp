// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable fully_connected kernels against the independent reference: seeded random layers
// through the size-erased form, and the MLPerf Tiny layer shapes through the typed form.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/params/fully_connected.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "reference/fully_connected_reference.hpp"
#include "support/compare.hpp"
#include "support/random_quantization.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Activation;
using fennec::Shape;
using fennec::kernels::FullyConnectedGeometry;
using fennec::kernels::FullyConnectedPerChannelQuantization;
using fennec::kernels::FullyConnectedQuantization;
using fennec::test::first_difference;
using fennec::test::log_uniform;
using fennec::test::uniform;

struct RandomLayer {
    fennec::reference::FullyConnectedLayer layer;
    std::vector<std::int8_t> input;
    Activation activation;
};

// A layer as the generator would emit it: real scales turned into multipliers with TFLM's
// Prepare arithmetic. Filter scales span 1e-6..1; the output scale is chosen relative to the
// typical accumulator so that most outputs land inside int8 (with some configurations far off
// either way).
RandomLayer random_layer(std::uint32_t seed, bool per_channel) {
    std::mt19937 rng(seed);
    RandomLayer random;
    auto& layer = random.layer;
    layer.batches = uniform(rng, 0, 3) == 0 ? uniform(rng, 2, 5) : 1;
    const int depth_kind = uniform(rng, 0, 9);
    layer.accum_depth =
        depth_kind == 0 ? 1 : (depth_kind < 7 ? uniform(rng, 2, 70) : uniform(rng, 71, 700));
    layer.output_depth = uniform(rng, 0, 4) == 0 ? uniform(rng, 33, 130) : uniform(rng, 1, 32);
    layer.input_zero_point = fennec::test::random_zero_point(rng);
    layer.output_zero_point = fennec::test::random_zero_point(rng);

    const float input_scale = log_uniform(rng, 1e-3, 1.0);
    const float base_filter_scale = log_uniform(rng, 1e-6, 1.0);
    const bool wild_channel_scales = uniform(rng, 0, 3) == 0;
    const float typical_accumulator =
        74.0f * 74.0f * std::sqrt(static_cast<float>(layer.accum_depth));
    const float output_scale =
        input_scale * base_filter_scale * typical_accumulator / 64.0f * log_uniform(rng, 0.2, 50.0);

    const int channels = per_channel ? layer.output_depth : 1;
    for (int c = 0; c < channels; ++c) {
        fennec::QuantizedMultiplier multiplier{};
        if (per_channel) {
            const float filter_scale = wild_channel_scales
                                           ? log_uniform(rng, 1e-6, 1.0)
                                           : base_filter_scale * log_uniform(rng, 0.25, 4.0);
            multiplier = fennec::kernels::fully_connected_channel_multiplier(
                input_scale, filter_scale, output_scale);
        } else {
            multiplier = fennec::kernels::fully_connected_output_multiplier(
                input_scale, base_filter_scale, output_scale);
        }
        layer.multipliers.push_back(multiplier.multiplier);
        layer.shifts.push_back(multiplier.shift);
    }

    random.activation = fennec::test::random_activation(rng);
    layer.activation =
        fennec::activation_range(random.activation, output_scale, layer.output_zero_point);

    // Symmetric weights span [-127, 127]; -128 appears in some configurations anyway.
    layer.filter =
        fennec::test::random_int8_with_extreme_modes(rng, layer.output_depth * layer.accum_depth);
    if (uniform(rng, 0, 1) == 1) {
        const int bias_bound = uniform(rng, 0, 3) == 0 ? (1 << 24) : (1 << 14);
        for (int o = 0; o < layer.output_depth; ++o) {
            layer.bias.push_back(uniform(rng, -bias_bound, bias_bound));
        }
    }
    random.input =
        fennec::test::random_int8_with_extreme_modes(rng, layer.batches * layer.accum_depth);
    return random;
}

std::vector<std::int8_t> run_kernel(const RandomLayer& random, bool per_channel) {
    const auto& layer = random.layer;
    const FullyConnectedGeometry geometry{layer.batches, layer.accum_depth, layer.output_depth};
    const fennec::OutputQuantization output{layer.output_zero_point, layer.activation};
    const std::int32_t* bias = layer.bias.empty() ? nullptr : layer.bias.data();
    std::vector<std::int8_t> actual(static_cast<std::size_t>(layer.batches * layer.output_depth));
    if (per_channel) {
        std::vector<std::int32_t> shifts(layer.shifts.begin(), layer.shifts.end());
        const FullyConnectedPerChannelQuantization quantization{
            layer.input_zero_point, layer.multipliers.data(), shifts.data(), output};
        fennec::kernels::portable::fully_connected_per_channel(
            geometry, quantization, random.input.data(), layer.filter.data(), bias, actual.data());
    } else {
        const FullyConnectedQuantization quantization{layer.input_zero_point, layer.multipliers[0],
                                                      layer.shifts[0], output};
        fennec::kernels::portable::fully_connected(geometry, quantization, random.input.data(),
                                                   layer.filter.data(), bias, actual.data());
    }
    return actual;
}

void check_random_layers(bool per_channel) {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        const RandomLayer random = random_layer(seed, per_channel);
        const auto& layer = random.layer;
        const std::vector<std::int8_t> expected =
            fennec::reference::fully_connected(layer, random.input);
        const std::vector<std::int8_t> actual = run_kernel(random, per_channel);
        CAPTURE(seed, layer.batches, layer.accum_depth, layer.output_depth, layer.input_zero_point,
                layer.output_zero_point, layer.shifts[0],
                fennec::test::activation_name(random.activation), layer.activation.min,
                layer.activation.max, layer.bias.size());
        REQUIRE(first_difference(actual, expected) == "");
    }
}

// A named layer through the typed forms, per-tensor and per-channel, with fixed random data.
template <class InputShape, class FilterShape, class OutputShape>
void check_typed_layer(std::uint32_t seed) {
    constexpr FullyConnectedGeometry geometry =
        fennec::kernels::fully_connected_geometry<InputShape, FilterShape, OutputShape>();
    std::mt19937 rng(seed);
    fennec::reference::FullyConnectedLayer layer{};
    layer.batches = geometry.batches;
    layer.accum_depth = geometry.accum_depth;
    layer.output_depth = geometry.output_depth;
    layer.input_zero_point = uniform(rng, -128, 127);
    layer.output_zero_point = uniform(rng, -128, 127);
    layer.activation = fennec::activation_range(Activation::relu6, 0.05f, layer.output_zero_point);
    layer.filter = fennec::test::random_int8_with_extreme_modes(rng, FilterShape::elements);
    for (int o = 0; o < geometry.output_depth; ++o) {
        layer.bias.push_back(uniform(rng, -5000, 5000));
    }
    const std::vector<std::int8_t> input =
        fennec::test::random_int8_with_extreme_modes(rng, InputShape::elements);
    const fennec::OutputQuantization output{layer.output_zero_point, layer.activation};
    CAPTURE(seed, geometry.batches, geometry.accum_depth, geometry.output_depth);

    SECTION("per-tensor weights") {
        const auto multiplier = fennec::kernels::fully_connected_output_multiplier(
            0.05f, 0.01f, 0.02f * std::sqrt(static_cast<float>(geometry.accum_depth)));
        layer.multipliers = {multiplier.multiplier};
        layer.shifts = {multiplier.shift};
        std::vector<std::int8_t> actual(OutputShape::elements);
        fennec::kernels::portable::fully_connected<InputShape, FilterShape, OutputShape>(
            {layer.input_zero_point, multiplier.multiplier, multiplier.shift, output}, input.data(),
            layer.filter.data(), layer.bias.data(), actual.data());
        REQUIRE(first_difference(actual, fennec::reference::fully_connected(layer, input)) == "");
    }
    SECTION("per-channel weights") {
        std::vector<std::int32_t> shifts;
        for (int o = 0; o < geometry.output_depth; ++o) {
            const auto multiplier = fennec::kernels::fully_connected_channel_multiplier(
                0.05f, 0.002f * static_cast<float>(o % 7 + 1),
                0.02f * std::sqrt(static_cast<float>(geometry.accum_depth)));
            layer.multipliers.push_back(multiplier.multiplier);
            layer.shifts.push_back(multiplier.shift);
            shifts.push_back(multiplier.shift);
        }
        std::vector<std::int8_t> actual(OutputShape::elements);
        fennec::kernels::portable::fully_connected_per_channel<InputShape, FilterShape,
                                                               OutputShape>(
            {layer.input_zero_point, layer.multipliers.data(), shifts.data(), output}, input.data(),
            layer.filter.data(), layer.bias.data(), actual.data());
        REQUIRE(first_difference(actual, fennec::reference::fully_connected(layer, input)) == "");
    }
}

}  // namespace

TEST_CASE("fully_connected with per-tensor weights matches the reference on random layers",
          "[kernels][fully_connected][portable]") {
    check_random_layers(/*per_channel=*/false);
}

TEST_CASE("fully_connected_per_channel matches the reference on random layers",
          "[kernels][fully_connected][portable]") {
    check_random_layers(/*per_channel=*/true);
}

TEST_CASE("fully_connected typed form on real layer shapes",
          "[kernels][fully_connected][portable]") {
    SECTION("AD autoencoder 640 -> 128") {
        check_typed_layer<Shape<1, 640>, Shape<128, 640>, Shape<1, 128>>(1);
    }
    SECTION("IC ResNet-8 classifier 64 -> 10") {
        check_typed_layer<Shape<1, 64>, Shape<10, 64>, Shape<1, 10>>(2);
    }
    SECTION("KWS MobileNetV2 classifier 384 -> 8") {
        check_typed_layer<Shape<1, 384>, Shape<8, 384>, Shape<1, 8>>(3);
    }
    SECTION("micro_speech: rank-4 input 1x25x20x8 flattened to 4000 -> 4") {
        check_typed_layer<Shape<1, 25, 20, 8>, Shape<4, 4000>, Shape<1, 4>>(4);
    }
    SECTION("DTLN: rank-3 input and output (keep_num_dims) 128 -> 257") {
        check_typed_layer<Shape<1, 1, 128>, Shape<257, 128>, Shape<1, 1, 257>>(5);
    }
    SECTION("batches > 1: 3 rows of 17 -> 5, odd sizes") {
        check_typed_layer<Shape<3, 17>, Shape<5, 17>, Shape<3, 5>>(6);
    }
    SECTION("batches taken from a rank-3 output: 2x3 rows of 9 -> 1") {
        check_typed_layer<Shape<6, 9>, Shape<1, 9>, Shape<2, 3, 1>>(7);
    }
}

TEST_CASE("fully_connected without bias adds nothing", "[kernels][fully_connected][portable]") {
    // 2 inputs, 1 output: (3 - 1) * 2 + (5 - 1) * -1 = 0 before the zero point of 7.
    const std::int8_t input[] = {3, 5};
    const std::int8_t filter[] = {2, -1};
    std::int8_t output[1] = {};
    const auto one = fennec::quantize_multiplier(1.0);
    fennec::kernels::portable::fully_connected<Shape<1, 2>, Shape<1, 2>, Shape<1, 1>>(
        {1, one.multiplier, one.shift, {7, {-128, 127}}}, input, filter, nullptr, output);
    CHECK(int{output[0]} == 7);
}

TEST_CASE("fully_connected multipliers follow TFLM's Prepare", "[kernels][fully_connected]") {
    // Per-tensor: the scale product is rounded to float before the division in double, which
    // changes the multiplier's low bits (kws_dscnn's classifier layer).
    const auto per_tensor = fennec::kernels::fully_connected_output_multiplier(
        0.0802361593f, 0.00838575512f, 0.14469251f);
    const auto in_double = fennec::kernels::fully_connected_channel_multiplier(
        0.0802361593f, 0.00838575512f, 0.14469251f);
    CHECK(per_tensor.multiplier == 1278221461);
    CHECK(per_tensor.shift == -7);
    CHECK(in_double.multiplier == 1278221421);
    CHECK(in_double.shift == -7);
}
