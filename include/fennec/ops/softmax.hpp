// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// SOFTMAX as a graph node: binds the softmax kernel to its tensors and its input scaling.
#pragma once

#include <cstddef>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/softmax.hpp"
#include "fennec/kernels/portable/softmax.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's SOFTMAX on int8 tensors, along the last dimension; the output quantization is TFLite's
// fixed one for int8 softmax (scale 1/256, zero point -128).
//   Input, Output  fennec::Tensor, the same shape.
//   Quantization   a constexpr kernels::SoftmaxQuantization with static storage duration, as
//                  kernels::softmax_quantization(beta, input scale) derives it.
// In place: the kernel reads a whole row (for its maximum and its sum of exps) before it writes
// the row, then writes each element right after reading it for the last time, so the output may
// overwrite the input.
template <class Input, class Output, const kernels::SoftmaxQuantization& Quantization>
struct Softmax : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static constexpr int in_place_input = 0;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry =
        kernels::softmax_geometry<typename Input::shape, typename Output::shape>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::softmax(geometry, Quantization, memory.template data<Input>(),
                                   memory.template data<Output>());
    }
};

}  // namespace fennec::ops
