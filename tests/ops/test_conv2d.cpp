// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/ops/conv2d.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::kernels::WeightQuantization;
using fennec::test::int32_pattern;
using fennec::test::int8_pattern;

// 1x5x5x3 -> conv 3x3, stride 2, SAME, per-channel weights, relu -> 1x3x3x4.
using Input = Tensor<0, Shape<1, 5, 5, 3>>;
using Output = Tensor<1, Shape<1, 3, 3, 4>>;
using FilterShape = Shape<4, 3, 3, 3>;
using Window = fennec::Window<2, 2, fennec::Padding::same>;

constexpr float input_scale = 0.05f;
constexpr float output_scale = 0.2f;
constexpr std::int32_t output_zero_point = -7;
constexpr auto filter = int8_pattern<FilterShape::elements>(11);
constexpr auto bias = int32_pattern<4>(12, 3000);
constexpr std::array<fennec::QuantizedMultiplier, 4> channel_scales = {
    fennec::kernels::conv2d_channel_multiplier(input_scale, 0.002f, output_scale),
    fennec::kernels::conv2d_channel_multiplier(input_scale, 0.0031f, output_scale),
    fennec::kernels::conv2d_channel_multiplier(input_scale, 0.0007f, output_scale),
    fennec::kernels::conv2d_channel_multiplier(input_scale, 0.011f, output_scale)};
constexpr auto multipliers = fennec::test::multipliers_of(channel_scales);
constexpr auto shifts = fennec::test::shifts_of(channel_scales);

constexpr fennec::ops::Conv2dConstants constants = {
    filter.data(),
    bias.data(),
    {3,
     multipliers.data(),
     shifts.data(),
     WeightQuantization::per_channel,
     {output_zero_point,
      fennec::activation_range(fennec::Activation::relu, output_scale, output_zero_point)}}};

using Conv = fennec::ops::Conv2d<Input, Output, FilterShape, Window, constants>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, Conv>;

static_assert(Conv::in_place_input == -1 && !Conv::is_view && Conv::scratch_bytes == 0);
static_assert(Model::offset_of<Input>() != Model::offset_of<Output>(),
              "a conv2d output never shares its input's bytes");

}  // namespace

TEST_CASE("Conv2d runs the conv2d kernel on its arena tensors", "[ops][conv2d]") {
    constexpr auto input = int8_pattern<Input::elements>(13);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::conv2d<Input::shape, FilterShape, Output::shape, Window>(
        constants.quantization, input.data(), filter.data(), bias.data(), expected.data());
    fennec::test::require_same_bytes(Model::output(arena).data(), expected);
}
