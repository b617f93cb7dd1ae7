// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/mul.hpp"
#include "fennec/ops/mul.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::ops::Mul;
namespace portable = fennec::kernels::portable;

constexpr fennec::kernels::MulQuantization quantization = fennec::kernels::mul_quantization(
    0.05f, -2, 0.04f, 7, 0.03f, -1, fennec::Activation::relu_n1_to_1);

// x * x, then (x * x) * x: the square cannot take x's bytes (x is read again), the cube can take
// the square's, and the one-element scale factor is broadcast over everything.
using X = Tensor<0, Shape<3, 7>>;
using Scale = Tensor<1, Shape<1>>;
using Square = Tensor<2, Shape<3, 7>>;
using Cube = Tensor<3, Shape<3, 7>>;
using Scaled = Tensor<4, Shape<3, 7>>;
using SquareOp = Mul<X, X, Square, quantization>;
using CubeOp = Mul<Square, X, Cube, quantization>;
using ScaleOp = Mul<Scale, Cube, Scaled, quantization>;
using Model = fennec::Graph<TensorList<X, Scale>, TensorList<Scaled>, SquareOp, CubeOp, ScaleOp>;

static_assert(SquareOp::in_place_input == 0 && ScaleOp::in_place_input == 1);
static_assert(Model::offset_of<Square>() != Model::offset_of<X>(),
              "an input read by a later op keeps its bytes");
static_assert(Model::offset_of<Cube>() == Model::offset_of<Square>(),
              "the product overwrites input 1, which no later op reads");
static_assert(Model::offset_of<Scaled>() == Model::offset_of<Cube>(),
              "the product overwrites the input it does not broadcast");
static_assert(Model::offset_of<Scale>() != Model::offset_of<Scaled>(),
              "a broadcast input is never overwritten");

}  // namespace

TEST_CASE("Mul runs the mul kernel on its arena tensors, in place where legal", "[ops][mul]") {
    constexpr auto x = fennec::test::int8_pattern<X::elements>(61);
    constexpr std::array<std::int8_t, 1> scale = {-77};
    const auto arena = fennec::test::invoke_with<Model>(x, scale);

    std::array<std::int8_t, X::elements> square{};
    std::array<std::int8_t, X::elements> cube{};
    std::array<std::int8_t, X::elements> expected{};
    portable::mul<X::shape, X::shape, X::shape>(quantization, x.data(), x.data(), square.data());
    portable::mul<X::shape, X::shape, X::shape>(quantization, square.data(), x.data(), cube.data());
    portable::mul<Scale::shape, X::shape, X::shape>(quantization, scale.data(), cube.data(),
                                                    expected.data());
    fennec::test::require_same_bytes(Model::output(arena).data(), expected);
}
