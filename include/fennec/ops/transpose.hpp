// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// TRANSPOSE as a graph node: binds the transpose kernel to its tensors and its compile-time
// permutation.
#pragma once

#include <cstddef>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/transpose.hpp"
#include "fennec/kernels/portable/transpose.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's TRANSPOSE on int8 tensors (values are copied, so input and output share scale and zero
// point).
//   Input, Output    fennec::Tensor of the same rank; output dimension i is input dimension
//                    PermutationType's entry i.
//   PermutationType  fennec::kernels::Permutation<...>: the op's perm tensor.
// The output cannot overlap the input (elements move to other offsets).
template <class Input, class Output, class PermutationType>
struct Transpose : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::
        transpose_geometry<typename Input::shape, typename Output::shape, PermutationType>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::transpose(geometry, memory.template data<Input>(),
                                     memory.template data<Output>());
    }
};

}  // namespace fennec::ops
