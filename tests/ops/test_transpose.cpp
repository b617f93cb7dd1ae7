// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/transpose.hpp"
#include "fennec/ops/transpose.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::kernels::Permutation;

// NCHW 1x3x4x5 -> NHWC 1x4x5x3 -> NCHW again: the second transpose undoes the first.
using Input = Tensor<0, Shape<1, 3, 4, 5>>;
using Nhwc = Tensor<1, Shape<1, 4, 5, 3>>;
using Output = Tensor<2, Shape<1, 3, 4, 5>>;
using ToNhwc = Permutation<0, 2, 3, 1>;
using ToNchw = Permutation<0, 3, 1, 2>;

using ToNhwcOp = fennec::ops::Transpose<Input, Nhwc, ToNhwc>;
using ToNchwOp = fennec::ops::Transpose<Nhwc, Output, ToNchw>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, ToNhwcOp, ToNchwOp>;

static_assert(ToNhwcOp::in_place_input == -1);

}  // namespace

TEST_CASE("Transpose runs the transpose kernel on its arena tensors", "[ops][transpose]") {
    constexpr auto input = fennec::test::int8_pattern<Input::elements>(161);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Nhwc::elements> nhwc{};
    fennec::kernels::portable::transpose<Input::shape, Nhwc::shape, ToNhwc>(input.data(),
                                                                            nhwc.data());

    SECTION("NCHW to NHWC") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Nhwc>(arena), nhwc);
    }
    SECTION("and back: the input again") {
        fennec::test::require_same_bytes(Model::output(arena).data(), input);
    }
}
