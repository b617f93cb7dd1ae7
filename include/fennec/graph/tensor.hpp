// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A graph's activation tensors, declared as types. Tensor<3, Shape<1, 25, 5, 64>> is tensor
// number 3 of its graph, int8, 8000 bytes; its place in the arena is decided by the memory planner
// when the graph type is formed. Constant tensors (weights, biases) are not Tensors: they are
// constexpr arrays the op descriptors point at, and live in flash.
#pragma once

#include <cstddef>
#include <cstdint>

#include "fennec/core/shape.hpp"

namespace fennec {

template <int Id, class ShapeT, class Element = std::int8_t>
struct Tensor {
    static_assert(Id >= 0, "Tensor: the id must not be negative");
    static_assert(is_shape_v<ShapeT>, "Tensor: the shape must be a fennec::Shape type");
    static constexpr int id = Id;
    using shape = ShapeT;
    using element_type = Element;
    static constexpr std::size_t elements = static_cast<std::size_t>(ShapeT::elements);
    static constexpr std::size_t bytes = elements * sizeof(Element);
};

// An ordered list of Tensor types: an op's inputs or outputs, a graph's inputs or outputs.
template <class... Tensors>
struct TensorList {
    static constexpr std::size_t size = sizeof...(Tensors);
};

namespace detail {

template <std::size_t I, class List>
struct TensorAt;
template <std::size_t I, class First, class... Rest>
struct TensorAt<I, TensorList<First, Rest...>> : TensorAt<I - 1, TensorList<Rest...>> {};
template <class First, class... Rest>
struct TensorAt<0, TensorList<First, Rest...>> {
    using type = First;
};

}  // namespace detail

// The I-th tensor of a TensorList.
template <std::size_t I, class List>
using tensor_at = typename detail::TensorAt<I, List>::type;

}  // namespace fennec
