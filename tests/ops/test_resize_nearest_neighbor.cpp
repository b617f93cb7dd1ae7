// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/resize_nearest_neighbor.hpp"
#include "fennec/ops/resize_nearest_neighbor.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::kernels::ResizeNearestNeighborOptions;

// 1x3x4x2 -> upscale, default options -> 1x7x9x2 -> downscale, align_corners and
// half_pixel_centers -> 1x2x5x2.
using Input = Tensor<0, Shape<1, 3, 4, 2>>;
using Large = Tensor<1, Shape<1, 7, 9, 2>>;
using Output = Tensor<2, Shape<1, 2, 5, 2>>;
using Corners = ResizeNearestNeighborOptions<true, true>;

using UpOp = fennec::ops::ResizeNearestNeighbor<Input, Large>;
using DownOp = fennec::ops::ResizeNearestNeighbor<Large, Output, Corners>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, UpOp, DownOp>;

static_assert(UpOp::in_place_input == -1);

}  // namespace

TEST_CASE("ResizeNearestNeighbor runs the resize kernel on its arena tensors",
          "[ops][resize_nearest_neighbor]") {
    constexpr auto input = fennec::test::int8_pattern<Input::elements>(141);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Large::elements> large{};
    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::resize_nearest_neighbor<Input::shape, Large::shape>(input.data(),
                                                                                   large.data());
    fennec::kernels::portable::resize_nearest_neighbor<Large::shape, Output::shape, Corners>(
        large.data(), expected.data());

    SECTION("upscale, default options") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Large>(arena), large);
    }
    SECTION("downscale, align_corners and half_pixel_centers") {
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
