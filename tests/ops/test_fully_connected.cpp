// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/ops/fully_connected.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::test::int32_pattern;
using fennec::test::int8_pattern;

// 2x3x4 (read as 2 rows of 12) -> fully connected, per-tensor weights -> 2x5
//                              -> fully connected, per-channel weights, relu -> 2x3.
using Input = Tensor<0, Shape<2, 3, 4>>;
using Hidden = Tensor<1, Shape<2, 5>>;
using Output = Tensor<2, Shape<2, 3>>;
using Filter0Shape = Shape<5, 12>;
using Filter1Shape = Shape<3, 5>;

constexpr auto filter0 = int8_pattern<Filter0Shape::elements>(31);
constexpr auto bias0 = int32_pattern<5>(32, 4000);
constexpr fennec::QuantizedMultiplier scale0 =
    fennec::kernels::fully_connected_output_multiplier(0.1f, 0.003f, 0.15f);
constexpr fennec::ops::FullyConnectedConstants constants0 = {
    filter0.data(), bias0.data(), {-4, scale0.multiplier, scale0.shift, {6, {-128, 127}}}};

constexpr float output_scale = 0.05f;
constexpr auto filter1 = int8_pattern<Filter1Shape::elements>(33);
constexpr std::array<fennec::QuantizedMultiplier, 3> channel_scales = {
    fennec::kernels::fully_connected_channel_multiplier(0.15f, 0.01f, output_scale),
    fennec::kernels::fully_connected_channel_multiplier(0.15f, 0.002f, output_scale),
    fennec::kernels::fully_connected_channel_multiplier(0.15f, 0.03f, output_scale)};
constexpr auto multipliers1 = fennec::test::multipliers_of(channel_scales);
constexpr auto shifts1 = fennec::test::shifts_of(channel_scales);
constexpr fennec::ops::FullyConnectedPerChannelConstants constants1 = {
    filter1.data(),
    nullptr,
    {6,
     multipliers1.data(),
     shifts1.data(),
     {-20, fennec::activation_range(fennec::Activation::relu, output_scale, -20)}}};

using PerTensor = fennec::ops::FullyConnected<Input, Hidden, Filter0Shape, constants0>;
using PerChannel = fennec::ops::FullyConnectedPerChannel<Hidden, Output, Filter1Shape, constants1>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, PerTensor, PerChannel>;

static_assert(PerTensor::in_place_input == -1 && PerChannel::in_place_input == -1);
static_assert(Model::offset_of<Input>() != Model::offset_of<Hidden>() &&
                  Model::offset_of<Hidden>() != Model::offset_of<Output>(),
              "a fully_connected output never shares its input's bytes");

}  // namespace

TEST_CASE("FullyConnected and FullyConnectedPerChannel run their kernels on arena tensors",
          "[ops][fully_connected]") {
    constexpr auto input = int8_pattern<Input::elements>(34);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Hidden::elements> hidden{};
    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::fully_connected<Input::shape, Filter0Shape, Hidden::shape>(
        constants0.quantization, input.data(), filter0.data(), bias0.data(), hidden.data());
    fennec::kernels::portable::fully_connected_per_channel<Hidden::shape, Filter1Shape,
                                                           Output::shape>(
        constants1.quantization, hidden.data(), filter1.data(), nullptr, expected.data());

    SECTION("per-tensor weights") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Hidden>(arena), hidden);
    }
    SECTION("per-channel weights") {
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
