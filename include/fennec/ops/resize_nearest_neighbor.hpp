// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// RESIZE_NEAREST_NEIGHBOR as a graph node: binds the resize kernel to its tensors and options.
#pragma once

#include <cstddef>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/resize_nearest_neighbor.hpp"
#include "fennec/kernels/portable/resize_nearest_neighbor.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's RESIZE_NEAREST_NEIGHBOR on int8 tensors (values are copied, so input and output share
// scale and zero point).
//   Input, Output  fennec::Tensor, NHWC, the same batches and channels; Output's height and width
//                  are the op's size tensor.
//   Options        fennec::kernels::ResizeNearestNeighborOptions<align_corners,
//                  half_pixel_centers>, both false by default.
// The output cannot overlap the input (an upscaled row is read again for the next output rows).
template <class Input, class Output, class Options = kernels::ResizeNearestNeighborOptions<>>
struct ResizeNearestNeighbor : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::
        resize_nearest_neighbor_geometry<typename Input::shape, typename Output::shape, Options>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::resize_nearest_neighbor(geometry, memory.template data<Input>(),
                                                   memory.template data<Output>());
    }
};

}  // namespace fennec::ops
