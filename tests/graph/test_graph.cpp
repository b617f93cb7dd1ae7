// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <array>
#include <cstdint>
#include <cstring>
#include <type_traits>

#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/ops/conv2d.hpp"

namespace {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

// A hand-written two-layer graph: 1x6x6x1 -> conv 3x3 VALID -> 1x4x4x2 -> conv 3x3 VALID -> 1x2x2x3.
using Input = Tensor<0, Shape<1, 6, 6, 1>>;
using Hidden = Tensor<1, Shape<1, 4, 4, 2>>;
using Output = Tensor<2, Shape<1, 2, 2, 3>>;

constexpr std::array<std::int8_t, 2 * 3 * 3 * 1> filter0 = {1, 2, 1, 0, 0, 0, -1, -2, -1,
                                                           1, 0, -1, 2, 0, -2, 1, 0, -1};
constexpr std::array<std::int32_t, 2> bias0 = {10, -10};
constexpr std::array<std::int8_t, 3 * 3 * 3 * 2> filter1 = {
    1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8, 9, -9, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, -3, 2, -1, 0, 1, -2, 3, -4, 5, -6, 7, -8, 9, -1, 2, -3, 4, -5};
constexpr fennec::QuantizedMultiplier scale0 = fennec::quantize_multiplier(0.05);
constexpr fennec::QuantizedMultiplier scale1 = fennec::quantize_multiplier(0.02);
constexpr std::array<std::int32_t, 1> multiplier0 = {scale0.multiplier};
constexpr std::array<std::int32_t, 1> shift0 = {scale0.shift};
constexpr std::array<std::int32_t, 1> multiplier1 = {scale1.multiplier};
constexpr std::array<std::int32_t, 1> shift1 = {scale1.shift};

constexpr fennec::ops::Conv2dConstants conv0_constants = {
    filter0.data(), bias0.data(),
    {3, multiplier0.data(), shift0.data(), fennec::kernels::WeightQuantization::per_tensor,
     {-5, {-128, 127}}}};
constexpr fennec::ops::Conv2dConstants conv1_constants = {
    filter1.data(), nullptr,
    {-5, multiplier1.data(), shift1.data(), fennec::kernels::WeightQuantization::per_tensor,
     {7, {-128, 127}}}};

using Valid = fennec::Window<1, 1, fennec::Padding::valid>;
using Conv0 = fennec::ops::Conv2d<Input, Hidden, Shape<2, 3, 3, 1>, Valid, conv0_constants>;
using Conv1 = fennec::ops::Conv2d<Hidden, Output, Shape<3, 3, 3, 2>, Valid, conv1_constants>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, Conv0, Conv1>;

// 36 + 32 live at op 0, 32 + 12 at op 1: with 16-byte alignment the input and the output share.
static_assert(Model::arena_bytes == 48 + 32, "the arena size is a compile-time constant");
static_assert(Model::arena_lower_bound_bytes == 36 + 32);
static_assert(Model::offset_of<Input>() == Model::offset_of<Output>() ||
                  Model::offset_of<Hidden>() != Model::offset_of<Input>(),
              "tensors live at the same op never share bytes");

}  // namespace

TEST_CASE("a hand-written graph runs its ops in order in one arena", "[graph]") {
    Model::Arena arena{};
    auto input = Model::input(arena);
    static_assert(decltype(input)::elements == 36, "the input view carries the input's shape");
    for (std::size_t i = 0; i < input.size(); ++i) {
        input[i] = static_cast<std::int8_t>(static_cast<int>(i) * 7 - 100);
    }
    std::array<std::int8_t, Input::shape::elements> input_copy{};
    std::memcpy(input_copy.data(), input.data(), input_copy.size());

    Model::invoke(arena);

    // The same two kernels called on separate buffers give the same output.
    std::array<std::int8_t, Hidden::shape::elements> hidden{};
    std::array<std::int8_t, Output::shape::elements> expected{};
    fennec::kernels::portable::conv2d(Conv0::geometry, conv0_constants.quantization, input_copy.data(),
                                      filter0.data(), bias0.data(), hidden.data());
    fennec::kernels::portable::conv2d(Conv1::geometry, conv1_constants.quantization, hidden.data(),
                                      filter1.data(), nullptr, expected.data());
    const auto output = Model::output(arena);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CAPTURE(i);
        REQUIRE(output[i] == expected[i]);
    }
}

TEST_CASE("invoke with an observer sees each op's output right after the op", "[graph]") {
    static_assert(Model::op_count == 2);
    static_assert(std::is_same_v<Model::op_at<1>, Conv1>, "op_at<K> is the K-th op in the list");
    Model::Arena arena{};
    auto input = Model::input(arena);
    for (std::size_t i = 0; i < input.size(); ++i) {
        input[i] = static_cast<std::int8_t>(static_cast<int>(i) * 5 - 90);
    }
    std::array<std::int8_t, Input::shape::elements> input_copy{};
    std::memcpy(input_copy.data(), input.data(), input_copy.size());

    // The hidden tensor as it is after op 0; op 1 may reuse its bytes, so it is copied out then.
    std::array<std::int8_t, Hidden::shape::elements> hidden_seen{};
    std::array<std::size_t, 2> calls{};
    Model::invoke(arena, [&](auto op_index) {
        constexpr std::size_t k = decltype(op_index)::value;
        ++calls[k];
        if constexpr (k == 0) {
            using Written = fennec::tensor_at<0, Model::op_at<0>::outputs>;
            static_assert(std::is_same_v<Written, Hidden>);
            std::memcpy(hidden_seen.data(), Model::data<Written>(arena), hidden_seen.size());
        }
    });
    CHECK(calls == std::array<std::size_t, 2>{1, 1});

    std::array<std::int8_t, Hidden::shape::elements> hidden{};
    fennec::kernels::portable::conv2d(Conv0::geometry, conv0_constants.quantization, input_copy.data(),
                                      filter0.data(), bias0.data(), hidden.data());
    CHECK(hidden_seen == hidden);
}
