// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// PAD and PADV2 as a graph node: binds the pad kernel to its tensors, its compile-time paddings
// and its pad value.
#pragma once

#include <cstddef>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/pad.hpp"
#include "fennec/kernels/portable/pad.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's PAD and PADV2 on int8 tensors (input and output share scale and zero point).
//   Input, Output  fennec::Tensor of the same rank; each output dimension is padding before +
//                  input dimension + padding after.
//   PaddingsType   fennec::kernels::Paddings<before0, after0, before1, after1, ...>: the op's
//                  paddings tensor.
//   PadValue       the int8 value written into the padding: the output zero point for PAD (real
//                  0), the constant_values element for PADV2.
// The output is larger than the input, so the two never share bytes.
template <class Input, class Output, class PaddingsType, std::int8_t PadValue>
struct Pad : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry =
        kernels::pad_geometry<typename Input::shape, typename Output::shape, PaddingsType>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::pad(geometry, PadValue, memory.template data<Input>(),
                               memory.template data<Output>());
    }
};

}  // namespace fennec::ops
