// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// ADD as a graph node: binds the add kernel (TFLite broadcasting) to its tensors and constants.
#pragma once

#include <cstddef>

#include "fennec/kernels/params/add.hpp"
#include "fennec/kernels/portable/add.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/broadcast.hpp"
#include "fennec/ops/specialization.hpp"

namespace fennec::ops {

// TFLite's ADD on int8 tensors, with broadcasting.
//   Input1, Input2  fennec::Tensor, broadcast-compatible shapes.
//   Output          fennec::Tensor, the broadcast of the two input shapes.
//   Quantization    a constexpr kernels::AddQuantization with static storage duration, as
//                   kernels::add_quantization() derives it from the three scales and zero points
//                   and the fused activation.
// In place: the output may overwrite an input it does not broadcast (see
// detail::broadcast_in_place_input); the graph shares the bytes when that input is not read later.
template <class Input1, class Input2, class Output, const kernels::AddQuantization& Quantization>
struct Add : detail::BroadcastBinaryOp<Input1, Input2, Output> {
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::
        add_geometry<typename Input1::shape, typename Input2::shape, typename Output::shape>();

    template <class Memory>
    FENNEC_DETAIL_LAYER_RUN static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::add(geometry, Quantization, memory.template data<Input1>(),
                               memory.template data<Input2>(), memory.template data<Output>());
    }
};

}  // namespace fennec::ops
