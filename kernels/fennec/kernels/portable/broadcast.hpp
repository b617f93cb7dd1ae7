// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The loop that binary element-wise kernels (add, mul) share: every output element in memory
// order, computed from the two input elements TFLite broadcasting assigns to it.
#pragma once

#include <cstdint>

#include "fennec/kernels/params/broadcast.hpp"

namespace fennec::kernels::portable {

// output[o] = element(input1[i1], input2[i2]) for every output element o, in output memory order
// (the order of TFLM's BroadcastBinaryFunction6DSlow). The six-dimensional index is an odometer:
// the last dimension turns fastest, and when a dimension wraps around, the input offsets step back
// by everything that dimension added (nothing, where the stride is 0).
template <class Element>
constexpr void broadcast_binary(const BroadcastGeometry& geometry,
                                const std::int8_t* input1,
                                const std::int8_t* input2,
                                std::int8_t* output,
                                Element&& element) {
    const int output_elements = broadcast_output_elements(geometry);
    int index[broadcast_rank] = {};
    int input1_offset = 0;
    int input2_offset = 0;
    for (int output_offset = 0; output_offset < output_elements; ++output_offset) {
        output[output_offset] = element(input1[input1_offset], input2[input2_offset]);
        for (int axis = broadcast_rank - 1; axis >= 0; --axis) {
            ++index[axis];
            input1_offset += geometry.input1_strides[axis];
            input2_offset += geometry.input2_strides[axis];
            if (index[axis] < geometry.output_shape[axis]) {
                break;
            }
            const int axis_size = geometry.output_shape[axis];
            input1_offset -= geometry.input1_strides[axis] * axis_size;
            input2_offset -= geometry.input2_strides[axis] * axis_size;
            index[axis] = 0;
        }
    }
}

}  // namespace fennec::kernels::portable
