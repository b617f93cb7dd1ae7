// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Portable int8 STRIDED_SLICE, bit-exact with TFLM's reference StridedSlice.
#pragma once

#include <cstdint>

#include "fennec/kernels/params/strided_slice.hpp"

namespace fennec::kernels::portable {

// Copies the elements a strided slice selects: along each dimension the indices start, start +
// stride, ... while strided_slice_continues(), with start and stop from strided_slice_start() and
// strided_slice_stop(). A negative stride walks a dimension backwards.
//
// Contract: input holds the input_shape elements of `geometry` in row-major order; output receives
// the product over dimensions of strided_slice_count() elements, in order (a shrunk dimension
// contributes its one element and no dimension). Values are copied unchanged, so input and output
// share their quantization. No scratch; input and output must not overlap.
inline void strided_slice(const StridedSliceGeometry& geometry,
                          const std::int8_t* input,
                          std::int8_t* output) {
    // Parameters.
    const int* const strides = geometry.strides;
    int start[strided_slice_max_rank] = {};
    int stop[strided_slice_max_rank] = {};
    for (int axis = 0; axis < strided_slice_max_rank; ++axis) {
        start[axis] = strided_slice_start(geometry, axis);
        stop[axis] = strided_slice_stop(geometry, axis, start[axis]);
    }
    int input_stride[strided_slice_max_rank] = {};
    input_stride[strided_slice_max_rank - 1] = 1;
    for (int axis = strided_slice_max_rank - 2; axis >= 0; --axis) {
        input_stride[axis] = input_stride[axis + 1] * geometry.input_shape[axis + 1];
    }
    const auto continues = [&](int axis, int in_index) {
        return strided_slice_continues(in_index, stop[axis], strides[axis]);
    };

    // Loops, over the selected input indices in output order.
    for (int in_0 = start[0]; continues(0, in_0); in_0 += strides[0]) {
        const int offset_0 = in_0 * input_stride[0];
        for (int in_1 = start[1]; continues(1, in_1); in_1 += strides[1]) {
            const int offset_1 = offset_0 + in_1 * input_stride[1];
            for (int in_2 = start[2]; continues(2, in_2); in_2 += strides[2]) {
                const int offset_2 = offset_1 + in_2 * input_stride[2];
                for (int in_3 = start[3]; continues(3, in_3); in_3 += strides[3]) {
                    const int offset_3 = offset_2 + in_3 * input_stride[3];
                    for (int in_4 = start[4]; continues(4, in_4); in_4 += strides[4]) {
                        const int offset_4 = offset_3 + in_4 * input_stride[4];
                        for (int in_5 = start[5]; continues(5, in_5); in_5 += strides[5]) {
                            *output++ = input[offset_4 + in_5];
                        }
                    }
                }
            }
        }
    }
}

// The typed form: shapes, indices and masks are checked at compile time (see
// strided_slice_geometry()).
template <class InputShape,
          class OutputShape,
          class Begin,
          class End,
          class Strides,
          class Masks = StridedSliceMasks<>>
void strided_slice(const std::int8_t* input, std::int8_t* output) {
    constexpr StridedSliceGeometry geometry =
        strided_slice_geometry<InputShape, OutputShape, Begin, End, Strides, Masks>();
    strided_slice(geometry, input, output);
}

}  // namespace fennec::kernels::portable
