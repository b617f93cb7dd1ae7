// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/portable/add.hpp"
#include "fennec/ops/add.hpp"
#include "ops/op_test_support.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::ops::Add;
using fennec::test::int8_pattern;
namespace portable = fennec::kernels::portable;

constexpr fennec::kernels::AddQuantization quantization =
    fennec::kernels::add_quantization(0.02f, 3, 0.05f, -10, 0.06f, 1, fennec::Activation::none);

// Input 2 broadcast along all but the last dimension: the output may take input 1's bytes.
namespace broadcast_second {
using A = Tensor<0, Shape<1, 2, 3, 4>>;
using B = Tensor<1, Shape<4>>;
using C = Tensor<2, Shape<1, 2, 3, 4>>;
using Op = Add<A, B, C, quantization>;
using Model = fennec::Graph<TensorList<A, B>, TensorList<C>, Op>;
static_assert(Op::in_place_input == 0);
static_assert(Model::offset_of<C>() == Model::offset_of<A>(),
              "the sum overwrites input 1, which no later op reads");
}  // namespace broadcast_second

// Input 1 broadcast: the output may take input 2's bytes.
namespace broadcast_first {
using A = Tensor<0, Shape<3, 1>>;
using B = Tensor<1, Shape<2, 3, 4>>;
using C = Tensor<2, Shape<2, 3, 4>>;
using Op = Add<A, B, C, quantization>;
using Model = fennec::Graph<TensorList<A, B>, TensorList<C>, Op>;
static_assert(Op::in_place_input == 1);
static_assert(Model::offset_of<C>() == Model::offset_of<B>(),
              "the sum overwrites input 2, which no later op reads");
}  // namespace broadcast_first

// C = A + B, then D = A + C: A is still needed after the first add, so C cannot take its bytes;
// the second add is A's last reader and may.
namespace read_later {
using A = Tensor<0, Shape<2, 5>>;
using B = Tensor<1, Shape<2, 5>>;
using C = Tensor<2, Shape<2, 5>>;
using D = Tensor<3, Shape<2, 5>>;
using Model = fennec::
    Graph<TensorList<A, B>, TensorList<D>, Add<A, B, C, quantization>, Add<A, C, D, quantization>>;
static_assert(Model::offset_of<C>() != Model::offset_of<A>(),
              "an input read by a later op keeps its bytes");
static_assert(Model::offset_of<D>() == Model::offset_of<A>(),
              "the last reader of A may overwrite it");
}  // namespace read_later

// Neither input has the output's shape: nothing to share.
static_assert(
    Add<Tensor<0, Shape<3, 1>>, Tensor<1, Shape<1, 4>>, Tensor<2, Shape<3, 4>>, quantization>::
        in_place_input == -1);

// Runs a one-add graph on two input patterns and compares with the kernel on separate buffers.
template <class Model, class A, class B, class C>
void check_single_add(std::uint32_t seed) {
    const auto a = int8_pattern<A::elements>(seed);
    const auto b = int8_pattern<B::elements>(seed + 1);
    const auto arena = fennec::test::invoke_with<Model>(a, b);

    std::array<std::int8_t, C::elements> expected{};
    portable::add<typename A::shape, typename B::shape, typename C::shape>(
        quantization, a.data(), b.data(), expected.data());
    fennec::test::require_same_bytes(Model::output(arena).data(), expected);
}

}  // namespace

TEST_CASE("Add runs the add kernel on its arena tensors, in place where legal", "[ops][add]") {
    SECTION("input 2 broadcast, output over input 1") {
        using namespace broadcast_second;
        check_single_add<Model, A, B, C>(51);
    }
    SECTION("input 1 broadcast, output over input 2") {
        using namespace broadcast_first;
        check_single_add<Model, A, B, C>(53);
    }
    SECTION("an input read later is not overwritten") {
        using namespace read_later;
        constexpr auto a = int8_pattern<A::elements>(55);
        constexpr auto b = int8_pattern<B::elements>(56);
        const auto arena = fennec::test::invoke_with<Model>(a, b);

        std::array<std::int8_t, C::elements> c{};
        std::array<std::int8_t, D::elements> expected{};
        portable::add<A::shape, B::shape, C::shape>(quantization, a.data(), b.data(), c.data());
        portable::add<A::shape, C::shape, D::shape>(quantization, a.data(), c.data(),
                                                    expected.data());
        fennec::test::require_same_bytes(Model::output(arena).data(), expected);
    }
}
