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

namespace fennec::ops {

// One layer's constants. filter is OHWI; bias may be nullptr.
struct Conv2dConstants {
    const std::int8_t* filter;
    const std::int32_t* bias;
    kernels::Conv2dQuantization quantization;
};

template <class Input, class Output, class FilterShape, class Window, const Conv2dConstants& Constants>
struct Conv2d : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static constexpr kernels::Conv2dGeometry geometry =
        kernels::conv2d_geometry<typename Input::shape, FilterShape, typename Output::shape, Window>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::conv2d(geometry, Constants.quantization, memory.template data<Input>(),
                                  Constants.filter, Constants.bias, memory.template data<Output>());
    }
};

}  // namespace fennec::ops
