// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// AVERAGE_POOL_2D and MAX_POOL_2D as graph nodes: bind the pooling kernels to their tensors, their
// compile-time window and their fused activation's range.
#pragma once

#include <cstddef>

#include "fennec/core/activation.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/pooling.hpp"
#include "fennec/kernels/portable/pooling.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"
#include "fennec/ops/specialization.hpp"

namespace fennec::ops {

namespace detail {

enum class PoolKind { average, maximum };

// Both pooling ops: the same tensors, window and constants, one kernel each.
template <PoolKind Kind,
          class Input,
          class Output,
          class FilterShape,
          class Window,
          const ActivationRange& Activation>
struct Pool2d : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::
        pool2d_geometry<typename Input::shape, FilterShape, typename Output::shape, Window>();

    template <class Memory>
    FENNEC_DETAIL_LAYER_RUN static void run(const Memory& memory, std::byte* /*scratch*/) {
        if constexpr (Kind == PoolKind::average) {
            kernels::selected::average_pool2d(geometry, Activation, memory.template data<Input>(),
                                              memory.template data<Output>());
        } else {
            kernels::selected::max_pool2d(geometry, Activation, memory.template data<Input>(),
                                          memory.template data<Output>());
        }
    }
};

}  // namespace detail

// TFLite's AVERAGE_POOL_2D on int8 tensors (input and output share scale and zero point).
//   Input, Output  fennec::Tensor, NHWC, the same channels.
//   FilterShape    fennec::Shape<filter height, filter width>.
//   Window         fennec::Window<stride h, stride w, padding> (no dilation).
//   Activation     a constexpr ActivationRange with static storage duration: the fused
//                  activation's int8 clamp, activation_range(activation, output scale, zero point).
// The output cannot overlap the input (windows overlap, and SAME windows reach back a row).
template <class Input,
          class Output,
          class FilterShape,
          class Window,
          const ActivationRange& Activation>
using AveragePool2d =
    detail::Pool2d<detail::PoolKind::average, Input, Output, FilterShape, Window, Activation>;

// TFLite's MAX_POOL_2D on int8 tensors; the template parameters are AveragePool2d's.
template <class Input,
          class Output,
          class FilterShape,
          class Window,
          const ActivationRange& Activation>
using MaxPool2d =
    detail::Pool2d<detail::PoolKind::maximum, Input, Output, FilterShape, Window, Activation>;

}  // namespace fennec::ops
