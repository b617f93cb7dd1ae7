// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// CONCATENATION as a graph node: binds the concatenation kernel to its input tensors (any number
// up to TFLM's 10), its output and its compile-time axis.
#pragma once

#include <cstddef>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/concatenation.hpp"
#include "fennec/kernels/portable/concatenation.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's CONCATENATION on int8 tensors that share one scale and zero point (the bytes are
// copied, never rescaled; the generator requantizes an input that differs).
//   Inputs  fennec::TensorList<Input0, Input1, ...>: the tensors to join, in order.
//   Output  fennec::Tensor: the inputs' shape, with the sizes along Axis summed.
//   Axis    the op's axis option; a negative axis counts from the back.
// The output cannot overlap an input (input 1 is copied to where input 0's later rows go).
namespace detail {

template <class T>
inline constexpr bool is_tensor_list = false;
template <class... Tensors>
inline constexpr bool is_tensor_list<TensorList<Tensors...>> = true;

}  // namespace detail

template <class Inputs, class Output, int Axis>
struct Concatenation {
    // Only reached when Inputs is not a TensorList (the specialization below takes those).
    static_assert(detail::is_tensor_list<Inputs>,
                  "concatenation: the inputs must be a fennec::TensorList<...> of tensors");
};

template <class... Inputs, class Output, int Axis>
struct Concatenation<TensorList<Inputs...>, Output, Axis> : OpDefaults {
    using inputs = TensorList<Inputs...>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Inputs..., Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry =
        kernels::concatenation_geometry<Axis, typename Output::shape, typename Inputs::shape...>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        const std::int8_t* const input_data[] = {memory.template data<Inputs>()...};
        kernels::selected::concatenation(geometry, input_data, memory.template data<Output>());
    }
};

}  // namespace fennec::ops
