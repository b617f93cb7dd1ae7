// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/concatenation.hpp"
#include "fennec/kernels/portable/softmax.hpp"
#include "fennec/ops/concatenation.hpp"
#include "fennec/ops/softmax.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::ops::Softmax;

constexpr fennec::kernels::SoftmaxQuantization quantization =
    fennec::kernels::softmax_quantization(1.0f, 0.08f);

// Scores 3x6 -> softmax per row: the probabilities overwrite the scores.
namespace alone {
using Scores = Tensor<0, Shape<3, 6>>;
using Probabilities = Tensor<1, Shape<3, 6>>;
using Model = fennec::Graph<TensorList<Scores>,
                            TensorList<Probabilities>,
                            Softmax<Scores, Probabilities, quantization>>;
static_assert(Model::offset_of<Probabilities>() == Model::offset_of<Scores>(),
              "softmax overwrites its input, which no later op reads");
}  // namespace alone

// The same, with the scores kept next to the probabilities: they must keep their bytes.
namespace read_later {
using Scores = Tensor<0, Shape<3, 6>>;
using Probabilities = Tensor<1, Shape<3, 6>>;
using Both = Tensor<2, Shape<3, 12>>;
using Model = fennec::Graph<TensorList<Scores>,
                            TensorList<Both>,
                            Softmax<Scores, Probabilities, quantization>,
                            fennec::ops::Concatenation<TensorList<Scores, Probabilities>, Both, 1>>;
static_assert(Model::offset_of<Probabilities>() != Model::offset_of<Scores>(),
              "an input read by a later op keeps its bytes");
}  // namespace read_later

constexpr auto scores = fennec::test::int8_pattern<18>(71);

std::array<std::int8_t, 18> expected_probabilities() {
    std::array<std::int8_t, 18> probabilities{};
    fennec::kernels::portable::softmax<Shape<3, 6>, Shape<3, 6>>(quantization, scores.data(),
                                                                 probabilities.data());
    return probabilities;
}

}  // namespace

TEST_CASE("Softmax runs the softmax kernel on its arena tensors, in place where legal",
          "[ops][softmax]") {
    const auto probabilities = expected_probabilities();

    SECTION("in place") {
        using alone::Model;
        const auto arena = fennec::test::invoke_with<Model>(scores);
        fennec::test::require_same_bytes(Model::output(arena).data(), probabilities);
    }
    SECTION("input read later") {
        using read_later::Model;
        const auto arena = fennec::test::invoke_with<Model>(scores);
        std::array<std::int8_t, 36> expected{};
        fennec::kernels::portable::concatenation<1, Shape<3, 12>, Shape<3, 6>, Shape<3, 6>>(
            {scores.data(), probabilities.data()}, expected.data());
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
