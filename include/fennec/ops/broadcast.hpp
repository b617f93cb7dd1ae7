// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What the Add and Mul descriptors share: their tensors, and which input the output may overwrite
// in place.
#pragma once

#include "fennec/graph/graph.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops::detail {

// The input of a broadcasting binary op (add, mul) whose bytes the output may reuse, or -1.
//
// An input with as many elements as the output is not broadcast along any dimension (each of its
// sizes equals the output's, leading 1s aside), so its row-major strides are the output's: the
// kernels' loop (kernels/portable/broadcast.hpp, broadcast_binary) reads it at exactly the offset
// it is about to write, and offsets only grow, so no element is needed after its output position
// is written. A broadcast input is read again for later outputs and never qualifies. When both
// qualify, input 1 is offered; the graph decides whether sharing is legal (the input must not be
// read by a later op).
template <class Input1, class Input2, class Output>
[[nodiscard]] constexpr int broadcast_in_place_input() {
    if (Input1::elements == Output::elements) {
        return 0;
    }
    if (Input2::elements == Output::elements) {
        return 1;
    }
    return -1;
}

// The graph-facing half of Add and Mul: two int8 inputs, one int8 output, in place as above.
template <class Input1, class Input2, class Output>
struct BroadcastBinaryOp : OpDefaults {
    using inputs = TensorList<Input1, Input2>;
    using outputs = TensorList<Output>;
    static constexpr int in_place_input = broadcast_in_place_input<Input1, Input2, Output>();
    static_assert(int8_tensors<Input1, Input2, Output>());
};

}  // namespace fennec::ops::detail
