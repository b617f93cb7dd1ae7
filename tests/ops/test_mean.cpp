// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/mean.hpp"
#include "fennec/ops/mean.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::kernels::KeepDims;
using fennec::kernels::ReductionAxes;

// 1x4x5x6 -> mean over height and width, keep_dims (global average pooling) -> 1x1x1x6
//         -> mean over the last axis, no keep_dims -> 1x1x1.
using Input = Tensor<0, Shape<1, 4, 5, 6>>;
using Pooled = Tensor<1, Shape<1, 1, 1, 6>>;
using Output = Tensor<2, Shape<1, 1, 1>>;
using SpatialAxes = ReductionAxes<1, 2>;
using LastAxis = ReductionAxes<-1>;

constexpr fennec::QuantizedMultiplier pooled_scale =
    fennec::kernels::mean_scale_multiplier(0.04f, 0.03f);
constexpr fennec::kernels::MeanQuantization pooled_quantization = {-5, pooled_scale.multiplier,
                                                                   pooled_scale.shift, 8};
constexpr fennec::QuantizedMultiplier output_scale =
    fennec::kernels::mean_scale_multiplier(0.03f, 0.03f);
constexpr fennec::kernels::MeanQuantization output_quantization = {8, output_scale.multiplier,
                                                                   output_scale.shift, 8};

using SpatialMean =
    fennec::ops::Mean<Input, Pooled, SpatialAxes, KeepDims::yes, pooled_quantization>;
using LastMean = fennec::ops::Mean<Pooled, Output, LastAxis, KeepDims::no, output_quantization>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, SpatialMean, LastMean>;

static_assert(SpatialMean::scratch_bytes == 0, "the mean kernel sums one window at a time");
static_assert(SpatialMean::in_place_input == -1 && LastMean::in_place_input == -1);

}  // namespace

TEST_CASE("Mean runs the mean kernel on its arena tensors", "[ops][mean]") {
    constexpr auto input = fennec::test::int8_pattern<Input::elements>(101);
    const auto arena = fennec::test::invoke_with<Model>(input);

    std::array<std::int8_t, Pooled::elements> pooled{};
    std::array<std::int8_t, Output::elements> expected{};
    fennec::kernels::portable::mean<Input::shape, Pooled::shape, SpatialAxes, KeepDims::yes>(
        pooled_quantization, input.data(), pooled.data());
    fennec::kernels::portable::mean<Pooled::shape, Output::shape, LastAxis, KeepDims::no>(
        output_quantization, pooled.data(), expected.data());

    SECTION("axes 1 and 2, keep_dims") {
        fennec::test::require_same_bytes(fennec::test::tensor_data<Model, Pooled>(arena), pooled);
    }
    SECTION("axis -1, no keep_dims") {
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
