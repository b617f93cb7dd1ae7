// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/logistic.hpp"
#include "fennec/kernels/portable/mul.hpp"
#include "fennec/ops/logistic.hpp"
#include "fennec/ops/mul.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
namespace kernels = fennec::kernels;

// A swish-like gate, x * logistic(x), then logistic of that:
//   Gate = logistic(X)   X is read again by the product: Gate gets bytes of its own.
//   Gated = X * Gate     the product is X's last reader and overwrites it.
//   Output = logistic(Gated)   in place over Gated.
using X = Tensor<0, Shape<1, 4, 4, 3>>;
using Gate = Tensor<1, Shape<1, 4, 4, 3>>;
using Gated = Tensor<2, Shape<1, 4, 4, 3>>;
using Output = Tensor<3, Shape<1, 4, 4, 3>>;

constexpr kernels::LogisticQuantization gate_quantization =
    kernels::logistic_quantization(0.06f, 4);
constexpr kernels::MulQuantization mul_quantization =
    kernels::mul_quantization(0.06f,
                              4,
                              kernels::logistic_output_scale,
                              kernels::logistic_output_zero_point,
                              0.05f,
                              -3,
                              fennec::Activation::none);
constexpr kernels::LogisticQuantization output_quantization =
    kernels::logistic_quantization(0.05f, -3);

using GateOp = fennec::ops::Logistic<X, Gate, gate_quantization>;
using OutputOp = fennec::ops::Logistic<Gated, Output, output_quantization>;
using Model = fennec::Graph<TensorList<X>,
                            TensorList<Output>,
                            GateOp,
                            fennec::ops::Mul<X, Gate, Gated, mul_quantization>,
                            OutputOp>;

static_assert(GateOp::in_place_input == 0);
static_assert(Model::offset_of<Gate>() != Model::offset_of<X>(),
              "an input read by a later op keeps its bytes");
static_assert(Model::offset_of<Output>() == Model::offset_of<Gated>(),
              "logistic overwrites its input, which no later op reads");

}  // namespace

TEST_CASE("Logistic runs the logistic kernel on its arena tensors, in place where legal",
          "[ops][logistic]") {
    constexpr auto x = fennec::test::int8_pattern<X::elements>(81);
    const auto arena = fennec::test::invoke_with<Model>(x);

    std::array<std::int8_t, X::elements> gate{};
    std::array<std::int8_t, X::elements> gated{};
    std::array<std::int8_t, X::elements> expected{};
    kernels::portable::logistic<X::shape, X::shape>(gate_quantization, x.data(), gate.data());
    kernels::portable::mul<X::shape, X::shape, X::shape>(mul_quantization, x.data(), gate.data(),
                                                         gated.data());
    kernels::portable::logistic<X::shape, X::shape>(output_quantization, gated.data(),
                                                    expected.data());
    fennec::test::require_same_bytes(Model::output(arena).data(), expected);
}
