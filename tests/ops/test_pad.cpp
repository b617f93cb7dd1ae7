// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/pad.hpp"
#include "fennec/ops/pad.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::kernels::Paddings;

// 1x3x3x2 -> PAD one row above and below, two columns on the left (real 0 = zero point -3)
//         -> 1x5x5x2 -> PADV2 one channel after, with the constant 100 -> 1x5x5x3.
using Input = Tensor<0, Shape<1, 3, 3, 2>>;
using Padded = Tensor<1, Shape<1, 5, 5, 2>>;
using Output = Tensor<2, Shape<1, 5, 5, 3>>;
using SpatialPaddings = Paddings<0, 0, 1, 1, 2, 0, 0, 0>;
using ChannelPaddings = Paddings<0, 0, 0, 0, 0, 0, 0, 1>;

using PadOp = fennec::ops::Pad<Input, Padded, SpatialPaddings, -3>;
using PadV2Op = fennec::ops::Pad<Padded, Output, ChannelPaddings, 100>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, PadOp, PadV2Op>;

static_assert(PadOp::in_place_input == -1);

}  // namespace

TEST_CASE("Pad runs the pad kernel on its arena tensors", "[ops][pad]") {
    constexpr auto input = fennec::test::int8_pattern<Input::elements>(111);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Padded::elements> padded{};
    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::pad<Input::shape, Padded::shape, SpatialPaddings>(-3, input.data(),
                                                                                 padded.data());
    fennec::kernels::portable::pad<Padded::shape, Output::shape, ChannelPaddings>(
        100, padded.data(), expected.data());

    SECTION("PAD: height and width, the zero point as pad value") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Padded>(arena), padded);
    }
    SECTION("PADV2: channels, a constant pad value") {
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
