// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// TANH as a graph node: binds the tanh kernel to its tensors and its input scaling.
#pragma once

#include <cstddef>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/tanh.hpp"
#include "fennec/kernels/portable/tanh.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's TANH on int8 tensors; the output quantization is TFLite's fixed one (scale 1/128,
// zero point 0).
//   Input, Output  fennec::Tensor, the same shape.
//   Quantization   a constexpr kernels::TanhQuantization with static storage duration, as
//                  kernels::tanh_quantization(input scale, input zero point) derives it.
// In place: element i is read, then output i written, in order, so the output may overwrite the
// input.
template <class Input, class Output, const kernels::TanhQuantization& Quantization>
struct Tanh : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static constexpr int in_place_input = 0;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape check runs when the graph type is formed (see Conv2d).
    static constexpr auto flat_size =
        kernels::tanh_flat_size<typename Input::shape, typename Output::shape>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::tanh(Quantization, flat_size, memory.template data<Input>(),
                                memory.template data<Output>());
    }
};

}  // namespace fennec::ops
