// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// MEAN as a graph node: binds the mean kernel to its tensors, its compile-time axes and keep_dims,
// and its quantization constants.
#pragma once

#include <cstddef>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/mean.hpp"
#include "fennec/kernels/portable/mean.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's MEAN on int8 tensors.
//   Input         fennec::Tensor, rank 1 to 6.
//   Output        fennec::Tensor: the input shape with the averaged axes set to 1 (keep_dims) or
//                 removed (Shape<1> when none is left).
//   Axes          fennec::kernels::ReductionAxes<...>: the op's axis tensor (negative axes count
//                 from the back).
//   Keep          fennec::kernels::KeepDims, the op's keep_dims option.
//   Quantization  a constexpr kernels::MeanQuantization with static storage duration: the zero
//                 points and the multiplier of input scale / output scale
//                 (kernels::mean_scale_multiplier).
// The kernel needs no scratch (it sums one window at a time). The output is smaller than the
// input, so the two never share bytes.
template <class Input,
          class Output,
          class Axes,
          kernels::KeepDims Keep,
          const kernels::MeanQuantization& Quantization>
struct Mean : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry =
        kernels::mean_geometry<typename Input::shape, typename Output::shape, Axes, Keep>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::mean(geometry, Quantization, memory.template data<Input>(),
                                memory.template data<Output>());
    }
};

}  // namespace fennec::ops
