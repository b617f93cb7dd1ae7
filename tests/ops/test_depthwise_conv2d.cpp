// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/ops/depthwise_conv2d.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::test::int8_pattern;

// 1x6x5x2 -> depthwise 3x3, depth multiplier 2, stride 1, dilation 2, SAME, per-tensor weights,
// relu6 -> 1x6x5x4.
using Input = Tensor<4, Shape<1, 6, 5, 2>>;
using Output = Tensor<2, Shape<1, 6, 5, 4>>;
using FilterShape = Shape<1, 3, 3, 4>;
using Window = fennec::Window<1, 1, fennec::Padding::same, 2, 2>;

constexpr float output_scale = 0.04f;
constexpr std::int32_t output_zero_point = 5;
constexpr auto filter = int8_pattern<FilterShape::elements>(21);
constexpr auto bias = fennec::test::int32_pattern<4>(22, 500);
constexpr fennec::QuantizedMultiplier scale =
    fennec::kernels::conv2d_channel_multiplier(0.03f, 0.004f, output_scale);
constexpr std::array<std::int32_t, 1> multiplier = {scale.multiplier};
constexpr std::array<std::int32_t, 1> shift = {scale.shift};

constexpr fennec::ops::DepthwiseConv2dConstants constants = {
    filter.data(),
    bias.data(),
    {-9,
     multiplier.data(),
     shift.data(),
     fennec::kernels::WeightQuantization::per_tensor,
     {output_zero_point,
      fennec::activation_range(fennec::Activation::relu6, output_scale, output_zero_point)}}};

using Depthwise = fennec::ops::DepthwiseConv2d<Input, Output, FilterShape, Window, 2, constants>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, Depthwise>;

static_assert(Depthwise::in_place_input == -1 && !Depthwise::is_view);
static_assert(Model::offset_of<Input>() != Model::offset_of<Output>(),
              "a depthwise_conv2d output never shares its input's bytes");

}  // namespace

TEST_CASE("DepthwiseConv2d runs the depthwise_conv2d kernel on its arena tensors",
          "[ops][depthwise_conv2d]") {
    constexpr auto input = int8_pattern<Input::elements>(23);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::depthwise_conv2d<Input::shape, FilterShape, Output::shape, Window,
                                                2>(constants.quantization, input.data(),
                                                   filter.data(), bias.data(), expected.data());
    fennec::test::require_same_bytes(Model::output(arena).data(), expected);
}
