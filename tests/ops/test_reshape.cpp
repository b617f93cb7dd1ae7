// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/concatenation.hpp"
#include "fennec/kernels/portable/logistic.hpp"
#include "fennec/ops/concatenation.hpp"
#include "fennec/ops/logistic.hpp"
#include "fennec/ops/reshape.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::ops::Reshape;
using fennec::ops::Squeeze;

// A reshape and a squeeze, and nothing else: the output is the input's bytes.
namespace views_only {
using Input = Tensor<0, Shape<1, 2, 3, 4>>;
using Reshaped = Tensor<1, Shape<1, 6, 4>>;
using Output = Tensor<2, Shape<6, 4>>;
using ReshapeOp = Reshape<Input, Reshaped>;
using Model =
    fennec::Graph<TensorList<Input>, TensorList<Output>, ReshapeOp, Squeeze<Reshaped, Output>>;
static_assert(ReshapeOp::is_view);
static_assert(Model::offset_of<Reshaped>() == Model::offset_of<Input>() &&
                  Model::offset_of<Output>() == Model::offset_of<Input>(),
              "a view shares its input's bytes");
static_assert(Model::arena_bytes == 32, "24 bytes, once, rounded up to the 16-byte alignment");
}  // namespace views_only

// Views and in-place ops together: a view is read through the bytes it shares, so an in-place op
// must not overwrite a view's source while the view is still read.
//   Rows = reshape(Input)           2x12, Input's bytes
//   Gate = logistic(Rows)           Rows is read again: Gate gets bytes of its own
//   Joined = concat(Rows, Gate)     4x12
//   Cube = reshape(Joined)          4x3x4, Joined's bytes
//   Output = logistic(Cube)         Cube's last reader: in place over Joined
namespace with_in_place {
using Input = Tensor<0, Shape<1, 2, 3, 4>>;
using Rows = Tensor<1, Shape<2, 12>>;
using Gate = Tensor<2, Shape<2, 12>>;
using Joined = Tensor<3, Shape<4, 12>>;
using Cube = Tensor<4, Shape<4, 3, 4>>;
using Output = Tensor<5, Shape<4, 3, 4>>;
constexpr fennec::kernels::LogisticQuantization quantization =
    fennec::kernels::logistic_quantization(0.05f, 2);
using Model = fennec::Graph<TensorList<Input>,
                            TensorList<Output>,
                            Reshape<Input, Rows>,
                            fennec::ops::Logistic<Rows, Gate, quantization>,
                            fennec::ops::Concatenation<TensorList<Rows, Gate>, Joined, 0>,
                            Reshape<Joined, Cube>,
                            fennec::ops::Logistic<Cube, Output, quantization>>;
static_assert(Model::offset_of<Rows>() == Model::offset_of<Input>());
static_assert(Model::offset_of<Gate>() != Model::offset_of<Input>(),
              "a view's source read later keeps its bytes");
static_assert(Model::offset_of<Output>() == Model::offset_of<Joined>(),
              "an in-place op may overwrite a view's source when nothing reads it later");
}  // namespace with_in_place

constexpr auto input = fennec::test::int8_pattern<24>(131);

}  // namespace

TEST_CASE("Reshape and Squeeze are zero-copy views", "[ops][reshape]") {
    SECTION("views only: the output holds the input's bytes") {
        using views_only::Model;
        const auto arena = fennec::test::invoke_with<Model>(input);
        fennec::test::require_same_bytes(Model::output(arena).data(), input);
    }
    SECTION("views between in-place ops") {
        using namespace with_in_place;
        const auto arena = fennec::test::invoke_with<Model>(input);

        std::array<std::int8_t, 24> gate{};
        std::array<std::int8_t, 48> joined{};
        std::array<std::int8_t, 48> expected{};
        fennec::kernels::portable::logistic<Shape<24>, Shape<24>>(quantization, input.data(),
                                                                  gate.data());
        fennec::kernels::portable::concatenation<0, Joined::shape, Rows::shape, Gate::shape>(
            {input.data(), gate.data()}, joined.data());
        fennec::kernels::portable::logistic<Shape<48>, Shape<48>>(quantization, joined.data(),
                                                                  expected.data());
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
