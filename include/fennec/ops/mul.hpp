// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// MUL as a graph node: binds the mul kernel (TFLite broadcasting) to its tensors and constants.
#pragma once

#include <cstddef>

#include "fennec/kernels/params/mul.hpp"
#include "fennec/kernels/portable/mul.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/broadcast.hpp"

namespace fennec::ops {

// TFLite's MUL on int8 tensors, with broadcasting; the template parameters are Add's, with a
// constexpr kernels::MulQuantization (kernels::mul_quantization()) as Quantization. In place as
// Add: the output may overwrite an input it does not broadcast.
template <class Input1, class Input2, class Output, const kernels::MulQuantization& Quantization>
struct Mul : detail::BroadcastBinaryOp<Input1, Input2, Output> {
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::
        mul_geometry<typename Input1::shape, typename Input2::shape, typename Output::shape>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::mul(geometry, Quantization, memory.template data<Input1>(),
                               memory.template data<Input2>(), memory.template data<Output>());
    }
};

}  // namespace fennec::ops
