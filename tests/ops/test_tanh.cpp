// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/concatenation.hpp"
#include "fennec/kernels/portable/tanh.hpp"
#include "fennec/ops/concatenation.hpp"
#include "fennec/ops/tanh.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::ops::Tanh;
namespace kernels = fennec::kernels;

constexpr kernels::TanhQuantization first_quantization = kernels::tanh_quantization(0.02f, -6);
constexpr kernels::TanhQuantization second_quantization = kernels::tanh_quantization(0.1f, 9);

// Two tanh of the same input, joined:
//   First = tanh(X)    X is read again by the second: First gets bytes of its own.
//   Second = tanh(X)   X's last reader overwrites it.
using X = Tensor<0, Shape<5, 9>>;
using First = Tensor<1, Shape<5, 9>>;
using Second = Tensor<2, Shape<5, 9>>;
using Both = Tensor<3, Shape<10, 9>>;
using FirstOp = Tanh<X, First, first_quantization>;
using SecondOp = Tanh<X, Second, second_quantization>;
using Model = fennec::Graph<TensorList<X>,
                            TensorList<Both>,
                            FirstOp,
                            SecondOp,
                            fennec::ops::Concatenation<TensorList<First, Second>, Both, 0>>;

static_assert(FirstOp::in_place_input == 0);
static_assert(Model::offset_of<First>() != Model::offset_of<X>(),
              "an input read by a later op keeps its bytes");
static_assert(Model::offset_of<Second>() == Model::offset_of<X>(),
              "tanh overwrites its input, which no later op reads");

}  // namespace

TEST_CASE("Tanh runs the tanh kernel on its arena tensors, in place where legal", "[ops][tanh]") {
    constexpr auto x = fennec::test::int8_pattern<X::elements>(91);
    const auto arena = fennec::test::invoke_with<Model>(x);

    std::array<std::int8_t, X::elements> first{};
    std::array<std::int8_t, X::elements> second{};
    std::array<std::int8_t, Both::elements> expected{};
    kernels::portable::tanh<X::shape, X::shape>(first_quantization, x.data(), first.data());
    kernels::portable::tanh<X::shape, X::shape>(second_quantization, x.data(), second.data());
    kernels::portable::concatenation<0, Both::shape, X::shape, X::shape>(
        {first.data(), second.data()}, expected.data());
    fennec::test::require_same_bytes(Model::output(arena).data(), expected);
}
