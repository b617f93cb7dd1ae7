// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/strided_slice.hpp"
#include "fennec/ops/strided_slice.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::kernels::SliceBegin;
using fennec::kernels::SliceEnd;
using fennec::kernels::SliceStrides;
using fennec::kernels::StridedSliceMasks;

// 1x6x5x4 -> rows 1, 3, 5; columns 4, 2, 0 (backwards); channels 1..3 -> 1x3x3x3
//         -> the last row, shrunk away; every column; channels from the begin_mask on -> 1x3x3.
using Input = Tensor<0, Shape<1, 6, 5, 4>>;
using Sliced = Tensor<1, Shape<1, 3, 3, 3>>;
using Output = Tensor<2, Shape<1, 3, 3>>;
using Begin0 = SliceBegin<0, 1, -1, 1>;
using End0 = SliceEnd<1, 6, -6, 4>;
using Strides0 = SliceStrides<1, 2, -2, 1>;
using Begin1 = SliceBegin<0, -1, 0, 2>;
using End1 = SliceEnd<1, 0, 3, 3>;
using Strides1 = SliceStrides<1, 1, 1, 1>;
using Masks1 =
    StridedSliceMasks</*begin_mask=*/0b1000, /*end_mask=*/0, /*shrink_axis_mask=*/0b0010>;

using FirstOp = fennec::ops::StridedSlice<Input, Sliced, Begin0, End0, Strides0>;
using SecondOp = fennec::ops::StridedSlice<Sliced, Output, Begin1, End1, Strides1, Masks1>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, FirstOp, SecondOp>;

static_assert(FirstOp::in_place_input == -1);

}  // namespace

TEST_CASE("StridedSlice runs the strided_slice kernel on its arena tensors",
          "[ops][strided_slice]") {
    constexpr auto input = fennec::test::int8_pattern<Input::elements>(151);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Sliced::elements> sliced{};
    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::strided_slice<Input::shape, Sliced::shape, Begin0, End0, Strides0>(
        input.data(), sliced.data());
    fennec::kernels::portable::strided_slice<Sliced::shape, Output::shape, Begin1, End1, Strides1,
                                             Masks1>(sliced.data(), expected.data());

    SECTION("strides 2 and -2") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Sliced>(arena), sliced);
    }
    SECTION("shrink_axis_mask and begin_mask") {
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
