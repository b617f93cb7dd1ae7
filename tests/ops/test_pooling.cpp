// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec/ops/pooling.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

// 1x7x6x3 -> average pool 3x2, stride 2, SAME -> 1x4x3x3 -> max pool 2x2, stride 1, VALID,
// clamped to [-50, 60] -> 1x3x2x3.
using Input = Tensor<0, Shape<1, 7, 6, 3>>;
using Hidden = Tensor<1, Shape<1, 4, 3, 3>>;
using Output = Tensor<2, Shape<1, 3, 2, 3>>;
using AverageWindow = fennec::Window<2, 2, fennec::Padding::same>;
using MaxWindow = fennec::Window<1, 1, fennec::Padding::valid>;

constexpr fennec::ActivationRange no_clamp = {-128, 127};
constexpr fennec::ActivationRange clamp = {-50, 60};

using Average = fennec::ops::AveragePool2d<Input, Hidden, Shape<3, 2>, AverageWindow, no_clamp>;
using Max = fennec::ops::MaxPool2d<Hidden, Output, Shape<2, 2>, MaxWindow, clamp>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, Average, Max>;

static_assert(Average::in_place_input == -1 && Max::in_place_input == -1);
static_assert(Model::offset_of<Input>() != Model::offset_of<Hidden>() &&
                  Model::offset_of<Hidden>() != Model::offset_of<Output>(),
              "a pooling output never shares its input's bytes");

}  // namespace

TEST_CASE("AveragePool2d and MaxPool2d run their kernels on arena tensors", "[ops][pooling]") {
    constexpr auto input = fennec::test::int8_pattern<Input::elements>(41);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Hidden::elements> hidden{};
    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::average_pool2d<Input::shape, Shape<3, 2>, Hidden::shape,
                                              AverageWindow>(no_clamp, input.data(), hidden.data());
    fennec::kernels::portable::max_pool2d<Hidden::shape, Shape<2, 2>, Output::shape, MaxWindow>(
        clamp, hidden.data(), expected.data());

    SECTION("average pooling, SAME padding, stride 2") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Hidden>(arena), hidden);
    }
    SECTION("max pooling, VALID padding, clamped") {
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
