// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/quantize.hpp"
#include "fennec/ops/quantize.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
namespace kernels = fennec::kernels;

// A float model edge on both sides, with two requantizations of the int8 values between:
//   Q = quantize(X)          float -> int8
//   Wide = requantize(Q)     Q is read again: Wide gets bytes of its own
//   Narrow = requantize(Q)   Q's last reader overwrites it
//   Y = dequantize(Narrow)   int8 -> float
// The graph's outputs are Y (float) and Wide (int8).
using X = Tensor<0, Shape<1, 3, 4>, float>;
using Q = Tensor<1, Shape<1, 3, 4>>;
using Wide = Tensor<2, Shape<1, 3, 4>>;
using Narrow = Tensor<3, Shape<1, 3, 4>>;
using Y = Tensor<4, Shape<1, 3, 4>, float>;

constexpr kernels::AffineQuantization q_quantization = {0.025f, -3};
constexpr kernels::RequantizeQuantization wide_quantization =
    kernels::requantize_quantization(0.025f, -3, 0.07f, 10);
constexpr kernels::RequantizeQuantization narrow_quantization =
    kernels::requantize_quantization(0.025f, -3, 0.011f, -100);
constexpr kernels::AffineQuantization narrow_affine = {0.011f, -100};

using QuantizeOp = fennec::ops::Quantize<X, Q, q_quantization>;
using WideOp = fennec::ops::Requantize<Q, Wide, wide_quantization>;
using NarrowOp = fennec::ops::Requantize<Q, Narrow, narrow_quantization>;
using DequantizeOp = fennec::ops::Dequantize<Narrow, Y, narrow_affine>;
using Model =
    fennec::Graph<TensorList<X>, TensorList<Y, Wide>, QuantizeOp, WideOp, NarrowOp, DequantizeOp>;

static_assert(QuantizeOp::in_place_input == -1 && DequantizeOp::in_place_input == -1);
static_assert(WideOp::in_place_input == 0);
static_assert(Model::offset_of<Wide>() != Model::offset_of<Q>(),
              "an input read by a later op keeps its bytes");
static_assert(Model::offset_of<Narrow>() == Model::offset_of<Q>(),
              "requantize overwrites its input, which no later op reads");

// Values between steps, halves (rounded away from zero), and beyond the int8 range both ways.
constexpr std::array<float, 12> x = {0.0f,    0.0125f, -0.0125f, 0.0375f, 1.0f,   -1.0f,
                                     3.1415f, -3.3f,   -2.5f,    0.3333f, 100.0f, -1e9f};

}  // namespace

TEST_CASE("Quantize, Requantize and Dequantize run their kernels on arena tensors",
          "[ops][quantize]") {
    const auto arena = fennec::test::invoke_with<Model>(x);

    std::array<std::int8_t, 12> q{};
    std::array<std::int8_t, 12> wide{};
    std::array<std::int8_t, 12> narrow{};
    std::array<float, 12> y{};
    kernels::portable::quantize<X::shape, Q::shape>(q_quantization, x.data(), q.data());
    kernels::portable::requantize<Q::shape, Q::shape>(wide_quantization, q.data(), wide.data());
    kernels::portable::requantize<Q::shape, Q::shape>(narrow_quantization, q.data(), narrow.data());
    kernels::portable::dequantize<Q::shape, Y::shape>(narrow_affine, narrow.data(), y.data());

    SECTION("float input, float output, bit for bit") {
        fennec::test::require_same_bytes(Model::output<0>(arena).data(), y);
    }
    SECTION("int8 requantization beside it") {
        fennec::test::require_same_bytes(Model::output<1>(arena).data(), wide);
    }
}
