// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// DEPTHWISE_CONV_2D as a graph node: binds the depthwise_conv2d kernel to its tensors, its
// compile-time window and depth multiplier, and its constants in flash.
#pragma once

#include <cstddef>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/conv2d.hpp"
#include "fennec/ops/element_types.hpp"
#include "fennec/ops/specialization.hpp"

namespace fennec::ops {

// One DEPTHWISE_CONV_2D layer's constants: those of a conv2d (TFLM prepares both ops alike), with
// the filter laid out [1, filter height, filter width, input channels * depth multiplier] and the
// per-channel multipliers along the output channels.
using DepthwiseConv2dConstants = Conv2dConstants;

// TFLite's DEPTHWISE_CONV_2D on int8 tensors.
//   Input, Output    fennec::Tensor, NHWC; output channels = input channels * DepthMultiplier.
//   FilterShape      fennec::Shape<1, filter height, filter width, output channels>.
//   Window           fennec::Window<stride h, stride w, padding, dilation h, dilation w>.
//   DepthMultiplier  the op's depth_multiplier option.
//   Constants        a constexpr DepthwiseConv2dConstants with static storage duration.
// The output cannot overlap the input: with padding, an output pixel reads input rows above it.
template <class Input,
          class Output,
          class FilterShape,
          class Window,
          int DepthMultiplier,
          const DepthwiseConv2dConstants& Constants>
struct DepthwiseConv2d : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::depthwise_conv2d_geometry<typename Input::shape,
                                                                        FilterShape,
                                                                        typename Output::shape,
                                                                        Window,
                                                                        DepthMultiplier>();

    template <class Memory>
    FENNEC_DETAIL_LAYER_RUN static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::depthwise_conv2d(geometry, Constants.quantization,
                                            memory.template data<Input>(), Constants.filter,
                                            Constants.bias, memory.template data<Output>());
    }
};

}  // namespace fennec::ops
