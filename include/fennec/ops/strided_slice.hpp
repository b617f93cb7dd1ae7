// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// STRIDED_SLICE as a graph node: binds the strided_slice kernel to its tensors and its
// compile-time begin, end, strides and masks.
#pragma once

#include <cstddef>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/strided_slice.hpp"
#include "fennec/kernels/portable/strided_slice.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's STRIDED_SLICE on int8 tensors (values are copied, so input and output share scale and
// zero point).
//   Input, Output       fennec::Tensor; Output's shape is what the indices select, shrunk
//                       dimensions left out.
//   Begin, End, Strides fennec::kernels::SliceBegin<...>, SliceEnd<...>, SliceStrides<...>: the
//                       op's three index tensors, one entry per input dimension.
//   Masks               fennec::kernels::StridedSliceMasks<begin, end, shrink_axis>: the op's
//                       options (ellipsis and new-axis masks must be 0, as in TFLM).
// The output cannot overlap the input (a negative stride reads backwards).
template <class Input,
          class Output,
          class Begin,
          class End,
          class Strides,
          class Masks = kernels::StridedSliceMasks<>>
struct StridedSlice : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::strided_slice_geometry<typename Input::shape,
                                                                     typename Output::shape,
                                                                     Begin,
                                                                     End,
                                                                     Strides,
                                                                     Masks>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::strided_slice(geometry, memory.template data<Input>(),
                                         memory.template data<Output>());
    }
};

}  // namespace fennec::ops
