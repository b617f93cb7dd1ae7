// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable average_pool2d and max_pool2d against the independent reference: seeded random
// layers through the size-erased form, real layer shapes through the typed form, and (tag
// [golden], its own CTest entry) the pooling layers of the golden models on TFLM's own tensors.
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/params/pooling.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "kernels/golden_tensors.hpp"
#include "reference/pooling_reference.hpp"
#include "support/compare.hpp"
#include "support/random_quantization.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Activation;
using fennec::Padding;
using fennec::Shape;
using fennec::Window;
using fennec::kernels::Pool2dGeometry;
using fennec::reference::PoolKind;
using fennec::reference::PoolLayer;
using fennec::test::first_difference;
using fennec::test::uniform;

// A small extent: 1 often, odd sizes, occasionally larger than any filter.
int random_extent(std::mt19937& rng) {
    const int kind = uniform(rng, 0, 5);
    return kind == 0 ? 1 : (kind < 5 ? uniform(rng, 2, 9) : uniform(rng, 10, 17));
}

struct RandomPool {
    PoolLayer layer;
    Activation activation;
    std::vector<std::int8_t> input;
};

RandomPool random_pool(std::uint32_t seed) {
    std::mt19937 rng(seed);
    RandomPool random{};
    PoolLayer& layer = random.layer;
    layer.batches = uniform(rng, 0, 4) == 0 ? 2 : 1;
    layer.input_height = random_extent(rng);
    layer.input_width = random_extent(rng);
    const int channel_kind = uniform(rng, 0, 3);
    layer.channels =
        channel_kind == 0 ? 1 : (channel_kind < 3 ? uniform(rng, 2, 19) : uniform(rng, 20, 37));
    layer.filter_height = uniform(rng, 1, 6);
    layer.filter_width = uniform(rng, 1, 6);
    layer.stride_height = uniform(rng, 1, 3);
    layer.stride_width = uniform(rng, 1, 3);
    // VALID needs the filter inside the input; otherwise only SAME describes a layer.
    const bool filter_fits =
        layer.filter_height <= layer.input_height && layer.filter_width <= layer.input_width;
    layer.same_padding = !filter_fits || uniform(rng, 0, 1) == 0;

    // Input and output share scale and zero point (TFLM requires it); the activation range comes
    // from them.
    const float scale = fennec::test::log_uniform(rng, 1e-3, 1.0);
    const std::int32_t zero_point = fennec::test::random_zero_point(rng);
    random.activation = fennec::test::random_activation(rng);
    layer.activation = fennec::activation_range(random.activation, scale, zero_point);

    const int input_count = layer.batches * layer.input_height * layer.input_width * layer.channels;
    random.input.resize(static_cast<std::size_t>(input_count));
    const int mode = uniform(rng, 0, 7);
    for (std::size_t i = 0; i < random.input.size(); ++i) {
        random.input[i] = mode == 0   ? std::int8_t{-128}
                          : mode == 1 ? std::int8_t{127}
                                      : uniform<std::int8_t>(rng, -128, 127);
    }
    return random;
}

Pool2dGeometry geometry_of(const PoolLayer& layer) {
    return Pool2dGeometry{
        layer.batches,       layer.input_height, layer.input_width,     layer.channels,
        layer.filter_height, layer.filter_width, layer.output_height(), layer.output_width(),
        layer.stride_height, layer.stride_width, layer.padding_top(),   layer.padding_left(),
    };
}

void check_random_pools(PoolKind kind) {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        const RandomPool random = random_pool(seed);
        const PoolLayer& layer = random.layer;
        const Pool2dGeometry geometry = geometry_of(layer);
        std::vector<std::int8_t> actual(static_cast<std::size_t>(
            layer.batches * geometry.output_height * geometry.output_width * layer.channels));
        if (kind == PoolKind::average) {
            fennec::kernels::portable::average_pool2d(geometry, layer.activation,
                                                      random.input.data(), actual.data());
        } else {
            fennec::kernels::portable::max_pool2d(geometry, layer.activation, random.input.data(),
                                                  actual.data());
        }
        CAPTURE(seed, layer.batches, layer.input_height, layer.input_width, layer.channels,
                layer.filter_height, layer.filter_width, layer.stride_height, layer.stride_width,
                layer.same_padding, layer.activation.min, layer.activation.max);
        REQUIRE(first_difference(actual, fennec::reference::pool2d(layer, kind, random.input)) ==
                "");
    }
}

// A named layer through the typed forms, with fixed random data.
template <class InputShape, class FilterShape, class OutputShape, class PoolWindow>
void check_typed_pool(std::uint32_t seed, fennec::ActivationRange activation) {
    constexpr Pool2dGeometry geometry =
        fennec::kernels::pool2d_geometry<InputShape, FilterShape, OutputShape, PoolWindow>();
    const PoolLayer layer{geometry.batches,
                          geometry.input_height,
                          geometry.input_width,
                          geometry.channels,
                          geometry.filter_height,
                          geometry.filter_width,
                          geometry.stride_height,
                          geometry.stride_width,
                          PoolWindow::padding == Padding::same,
                          activation};
    REQUIRE(layer.output_height() == geometry.output_height);
    REQUIRE(layer.output_width() == geometry.output_width);
    REQUIRE(layer.padding_top() == geometry.padding_top);
    REQUIRE(layer.padding_left() == geometry.padding_left);

    std::mt19937 rng(seed);
    std::vector<std::int8_t> input(InputShape::elements);
    for (auto& value : input) {
        value = uniform<std::int8_t>(rng, -128, 127);
    }
    std::vector<std::int8_t> actual(OutputShape::elements);
    fennec::kernels::portable::average_pool2d<InputShape, FilterShape, OutputShape, PoolWindow>(
        activation, input.data(), actual.data());
    CHECK(first_difference(actual, fennec::reference::pool2d(layer, PoolKind::average, input)) ==
          "");
    fennec::kernels::portable::max_pool2d<InputShape, FilterShape, OutputShape, PoolWindow>(
        activation, input.data(), actual.data());
    CHECK(first_difference(actual, fennec::reference::pool2d(layer, PoolKind::max, input)) == "");
}

// One pooling layer of a golden model: TFLM's input through the typed kernel must give TFLM's
// output. The options (filter, strides, padding; no fused activation) are the models'
// Pool2DOptions; input and output share their quantization.
template <class InputShape, class FilterShape, class OutputShape, class PoolWindow>
void check_golden_pool(const fennec::test::GoldenCase& golden_case, int op_index, PoolKind kind) {
    const fennec::test::GoldenOp op =
        golden_case.op(op_index, kind == PoolKind::average ? "AVERAGE_POOL_2D" : "MAX_POOL_2D");
    REQUIRE(op.input.data.size() == std::size_t{InputShape::elements});
    REQUIRE(op.output.data.size() == std::size_t{OutputShape::elements});
    std::vector<std::int8_t> actual(OutputShape::elements);
    const fennec::ActivationRange none{-128, 127};
    if (kind == PoolKind::average) {
        fennec::kernels::portable::average_pool2d<InputShape, FilterShape, OutputShape, PoolWindow>(
            none, op.input.data.data(), actual.data());
    } else {
        fennec::kernels::portable::max_pool2d<InputShape, FilterShape, OutputShape, PoolWindow>(
            none, op.input.data.data(), actual.data());
    }
    CAPTURE(op.where);
    CHECK(first_difference(actual, op.output.data) == "");
}

}  // namespace

TEST_CASE("average_pool2d matches the reference on random layers",
          "[kernels][pooling][average_pool2d][portable]") {
    check_random_pools(PoolKind::average);
}

TEST_CASE("max_pool2d matches the reference on random layers",
          "[kernels][pooling][max_pool2d][portable]") {
    check_random_pools(PoolKind::max);
}

TEST_CASE("pool2d typed forms on real and edge layer shapes", "[kernels][pooling][portable]") {
    const fennec::ActivationRange none{-128, 127};
    SECTION("KWS DS-CNN global average 1x25x5x64 -> 1x1x1x64, filter 25x5, VALID") {
        check_typed_pool<Shape<1, 25, 5, 64>, Shape<25, 5>, Shape<1, 1, 1, 64>,
                         Window<25, 5, Padding::valid>>(1, none);
    }
    SECTION("person_detect 1x3x3x256 -> 1x1x1x256, filter 3x3 stride 2, VALID") {
        check_typed_pool<Shape<1, 3, 3, 256>, Shape<3, 3>, Shape<1, 1, 1, 256>,
                         Window<2, 2, Padding::valid>>(2, none);
    }
    SECTION("magic_wand 1x42x1x16 -> 1x14x1x16, filter 3x1 stride 3x1, SAME") {
        check_typed_pool<Shape<1, 42, 1, 16>, Shape<3, 1>, Shape<1, 14, 1, 16>,
                         Window<3, 1, Padding::same>>(3, none);
    }
    SECTION("stride 2, SAME padding, odd sizes: 2x7x5x3 -> 2x4x3x3, filter 3x3, relu6") {
        check_typed_pool<Shape<2, 7, 5, 3>, Shape<3, 3>, Shape<2, 4, 3, 3>,
                         Window<2, 2, Padding::same>>(
            4, fennec::activation_range(Activation::relu6, 0.03f, -20));
    }
    SECTION(
        "SAME filter larger than the input: 1x2x3x5 -> 1x2x3x5, filter 5x4, edge windows shrink") {
        check_typed_pool<Shape<1, 2, 3, 5>, Shape<5, 4>, Shape<1, 2, 3, 5>,
                         Window<1, 1, Padding::same>>(
            5, fennec::activation_range(Activation::relu, 0.1f, 3));
    }
    SECTION(
        "stride larger than the filter skips inputs: 1x9x9x1 -> 1x3x3x1, filter 2x2 stride 3, "
        "VALID") {
        check_typed_pool<Shape<1, 9, 9, 1>, Shape<2, 2>, Shape<1, 3, 3, 1>,
                         Window<3, 3, Padding::valid>>(
            6, fennec::activation_range(Activation::relu_n1_to_1, 0.02f, 0));
    }
}

TEST_CASE("average_pool2d rounds half away from zero and clamps",
          "[kernels][pooling][average_pool2d]") {
    // One 1x2 window per channel: sums 3, -3, 1, -1 over 2 cells.
    const std::int8_t input[] = {1, -1, 0, 0, 2, -2, 1, -1};
    std::int8_t output[4] = {};
    fennec::kernels::portable::average_pool2d<Shape<1, 1, 2, 4>, Shape<1, 2>, Shape<1, 1, 1, 4>,
                                              Window<1, 1, Padding::valid>>({-128, 127}, input,
                                                                            output);
    CHECK(int{output[0]} == 2);   // 1.5 -> 2
    CHECK(int{output[1]} == -2);  // -1.5 -> -2
    CHECK(int{output[2]} == 1);   // 0.5 -> 1
    CHECK(int{output[3]} == -1);  // -0.5 -> -1
    fennec::kernels::portable::average_pool2d<Shape<1, 1, 2, 4>, Shape<1, 2>, Shape<1, 1, 1, 4>,
                                              Window<1, 1, Padding::valid>>({-1, 1}, input, output);
    CHECK(int{output[0]} == 1);
    CHECK(int{output[1]} == -1);
}

TEST_CASE("pooling layers of the golden models match TFLM", "[.][golden][kernels][pooling]") {
    const std::filesystem::path golden = fennec::test::golden_dir_or_skip();
    const auto dumped = [&golden](const char* model) {
        std::vector<fennec::test::GoldenCase> cases;
        for (const std::string& case_name : fennec::test::dumped_cases(golden, model)) {
            cases.emplace_back(golden, model, case_name);
        }
        return cases;
    };
    for (const auto& golden_case : dumped("kws_dscnn")) {
        check_golden_pool<Shape<1, 25, 5, 64>, Shape<25, 5>, Shape<1, 1, 1, 64>,
                          Window<25, 5, Padding::valid>>(golden_case, 9, PoolKind::average);
    }
    for (const auto& golden_case : dumped("ic_resnet8")) {
        check_golden_pool<Shape<1, 8, 8, 64>, Shape<8, 8>, Shape<1, 1, 1, 64>,
                          Window<8, 8, Padding::valid>>(golden_case, 12, PoolKind::average);
    }
    for (const auto& golden_case : dumped("person_detect")) {
        check_golden_pool<Shape<1, 3, 3, 256>, Shape<3, 3>, Shape<1, 1, 1, 256>,
                          Window<2, 2, Padding::valid>>(golden_case, 27, PoolKind::average);
    }
    for (const auto& golden_case : dumped("vww_mobilenet")) {
        check_golden_pool<Shape<1, 3, 3, 256>, Shape<3, 3>, Shape<1, 1, 1, 256>,
                          Window<3, 3, Padding::valid>>(golden_case, 27, PoolKind::average);
    }
    for (const auto& golden_case : dumped("kws_alexa_temporalconv_mltk")) {
        check_golden_pool<Shape<1, 15, 1, 32>, Shape<15, 1>, Shape<1, 1, 1, 32>,
                          Window<15, 1, Padding::valid>>(golden_case, 52, PoolKind::average);
    }
    for (const auto& golden_case : dumped("kws_audio_example1_dwmult8_mltk")) {
        check_golden_pool<Shape<1, 14, 12, 24>, Shape<2, 2>, Shape<1, 7, 6, 24>,
                          Window<2, 2, Padding::valid>>(golden_case, 2, PoolKind::max);
        check_golden_pool<Shape<1, 5, 4, 20>, Shape<2, 2>, Shape<1, 2, 2, 20>,
                          Window<2, 2, Padding::valid>>(golden_case, 4, PoolKind::max);
    }
    for (const auto& golden_case : dumped("magic_wand_imu_int8_mltk")) {
        check_golden_pool<Shape<1, 128, 3, 8>, Shape<3, 3>, Shape<1, 42, 1, 8>,
                          Window<3, 3, Padding::valid>>(golden_case, 2, PoolKind::max);
        check_golden_pool<Shape<1, 42, 1, 16>, Shape<3, 1>, Shape<1, 14, 1, 16>,
                          Window<3, 1, Padding::same>>(golden_case, 4, PoolKind::max);
    }
    for (const auto& golden_case : dumped("person_detection_mcunet_tinyengine")) {
        check_golden_pool<Shape<1, 16, 20, 16>, Shape<2, 2>, Shape<1, 8, 10, 16>,
                          Window<2, 2, Padding::valid>>(golden_case, 50, PoolKind::max);
        check_golden_pool<Shape<1, 8, 10, 32>, Shape<2, 2>, Shape<1, 4, 5, 32>,
                          Window<2, 2, Padding::valid>>(golden_case, 62, PoolKind::max);
    }
}
