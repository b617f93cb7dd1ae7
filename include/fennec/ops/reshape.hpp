// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// RESHAPE and SQUEEZE as graph nodes: zero-copy views. The output is the input's bytes under
// another compile-time shape, so the graph places both at one offset and run() has nothing to do.
#pragma once

#include <cstddef>
#include <type_traits>

#include "fennec/core/tensor_view.hpp"
#include "fennec/graph/graph.hpp"

namespace fennec::ops {

namespace detail {

// Instantiates core's reshape() on the two shapes, so its element-count check runs with the
// descriptor; the view it returns is never used.
template <class Input, class Output>
[[nodiscard]] constexpr bool reshape_is_valid() {
    const ConstTensorView<typename Input::element_type, typename Input::shape> input(nullptr);
    return reshape<typename Output::shape>(input).data() == nullptr;
}

// The same for squeeze(): the output must be the input with only size-1 dimensions removed.
template <class Input, class Output>
[[nodiscard]] constexpr bool squeeze_is_valid() {
    const ConstTensorView<typename Input::element_type, typename Input::shape> input(nullptr);
    return squeeze<typename Output::shape>(input).data() == nullptr;
}

// What both views are to the graph: one input, one output on the same bytes, nothing to run.
template <class Input, class Output>
struct ViewOp : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static constexpr bool is_view = true;
    static_assert(std::is_same_v<typename Input::element_type, typename Output::element_type>,
                  "reshape, squeeze: the input and output must have the same element type");

    template <class Memory>
    static void run(const Memory& /*memory*/, std::byte* /*scratch*/) {}
};

}  // namespace detail

// TFLite's RESHAPE: the same elements in the same order under Output's shape.
//   Input, Output  fennec::Tensor of the same element type and element count. The op's shape
//                  tensor is Output's shape.
// A view: the output always shares the input's bytes, whatever the ops around it.
template <class Input, class Output>
struct Reshape : detail::ViewOp<Input, Output> {
    static_assert(detail::reshape_is_valid<Input, Output>());
};

// TFLite's SQUEEZE: Output's shape is the input's with size-1 dimensions removed (those of
// squeeze_dims, or all of them).
//   Input, Output  fennec::Tensor of the same element type.
// A view, as Reshape.
template <class Input, class Output>
struct Squeeze : detail::ViewOp<Input, Output> {
    static_assert(detail::squeeze_is_valid<Input, Output>());
};

}  // namespace fennec::ops
