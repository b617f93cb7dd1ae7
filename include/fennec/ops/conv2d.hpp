// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// CONV_2D as a graph node: binds the conv2d kernel to its tensors, its compile-time window and
// its constants (weights, bias, per-channel multipliers), which live in flash.
#pragma once

#include <cstddef>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/conv2d.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"
#include "fennec/ops/specialization.hpp"

namespace fennec::ops {

// One CONV_2D layer's constants. filter is OHWI [output channels, filter height, filter width,
// input channels]; bias holds one int32 per output channel, or is nullptr; quantization holds the
// input zero point, the multiplier/shift arrays (one pair per output channel, or one pair for
// per-tensor weights) and the output zero point with the fused activation's range.
struct Conv2dConstants {
    const std::int8_t* filter;
    const std::int32_t* bias;
    kernels::Conv2dQuantization quantization;
};

// TFLite's CONV_2D on int8 tensors.
//   Input, Output  fennec::Tensor, NHWC.
//   FilterShape    fennec::Shape<output channels, filter height, filter width, input channels>.
//   Window         fennec::Window<stride h, stride w, padding, dilation h, dilation w>.
//   Constants      a constexpr Conv2dConstants with static storage duration (weights in flash).
// The output cannot overlap the input (every output pixel reads a window of input pixels).
template <class Input,
          class Output,
          class FilterShape,
          class Window,
          const Conv2dConstants& Constants>
struct Conv2d : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input, Output>());
    // Declared `auto`, so the initializer, and with it every static_assert of the kernel's typed
    // front end, is instantiated when the graph type is formed, not only when invoke() is.
    static constexpr auto geometry = kernels::
        conv2d_geometry<typename Input::shape, FilterShape, typename Output::shape, Window>();

    // Specialised for this layer's shapes, or not: see fennec/ops/specialization.hpp.
    template <class Memory>
    FENNEC_DETAIL_LAYER_RUN static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::conv2d(geometry, Constants.quantization, memory.template data<Input>(),
                                  Constants.filter, Constants.bias, memory.template data<Output>());
    }
};

}  // namespace fennec::ops
