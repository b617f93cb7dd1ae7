// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/concatenation.hpp"
#include "fennec/ops/concatenation.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::ops::Concatenation;
using fennec::test::int8_pattern;

// Three inputs joined along the channels (axis -1), one of them twice; then the result joined with
// itself along axis 1.
using A = Tensor<0, Shape<1, 2, 3, 1>>;
using B = Tensor<1, Shape<1, 2, 3, 4>>;
using C = Tensor<2, Shape<1, 2, 3, 2>>;
using Joined = Tensor<3, Shape<1, 2, 3, 8>>;
using Twice = Tensor<4, Shape<1, 4, 3, 8>>;

using ChannelsOp = Concatenation<TensorList<A, B, C, A>, Joined, -1>;
using RowsOp = Concatenation<TensorList<Joined, Joined>, Twice, 1>;
using Model = fennec::Graph<TensorList<A, B, C>, TensorList<Twice>, ChannelsOp, RowsOp>;

static_assert(ChannelsOp::inputs::size == 4 && ChannelsOp::in_place_input == -1);

}  // namespace

TEST_CASE("Concatenation runs the concatenation kernel on its arena tensors",
          "[ops][concatenation]") {
    constexpr auto a = int8_pattern<A::elements>(121);
    constexpr auto b = int8_pattern<B::elements>(122);
    constexpr auto c = int8_pattern<C::elements>(123);
    const auto arena = fennec::test::invoke_with<Model>(a, b, c);

    std::array<std::int8_t, Joined::elements> joined{};
    std::array<std::int8_t, Twice::elements> expected{};
    fennec::kernels::portable::concatenation<-1, Joined::shape, A::shape, B::shape, C::shape,
                                             A::shape>({a.data(), b.data(), c.data(), a.data()},
                                                       joined.data());
    fennec::kernels::portable::concatenation<1, Twice::shape, Joined::shape, Joined::shape>(
        {joined.data(), joined.data()}, expected.data());

    SECTION("four inputs along axis -1, one tensor twice") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Joined>(arena), joined);
    }
    SECTION("one tensor with itself along axis 1") {
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
