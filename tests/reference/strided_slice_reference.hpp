// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Independent oracle for STRIDED_SLICE with run-time shapes: it lists the input indices selected
// along each dimension, then takes every combination in row-major order. The index rules are
// TFLite's (the spec), including TFLM's quirks, written from their description.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace fennec::reference {

struct StridedSliceCase {
    std::vector<int> input_shape;
    std::vector<int> begin;
    std::vector<int> end;
    std::vector<int> strides;
    int begin_mask;
    int end_mask;
    int shrink_axis_mask;
};

// The input indices the slice visits along `axis`, in order.
//
// Python-style slicing with clamping: a negative index counts from the back and is then clamped to
// [0, size] walking forwards or [-1, size - 1] walking backwards; begin_mask / end_mask replace
// begin / end by the first element / one past the last in the walking direction. A shrunk axis
// takes the element at the clamped begin alone, and as in TFLM it stops at begin + 1 whatever the
// stride's sign (so a negative stride visits nothing), and at begin when begin was clamped to size.
inline std::vector<int> selected_indices(const StridedSliceCase& slice, std::size_t axis) {
    const int size = slice.input_shape[axis];
    const int stride = slice.strides[axis];
    const bool forward = stride > 0;
    const auto resolve = [&](int index) {
        const int from_front = index < 0 ? index + size : index;
        return forward ? std::clamp(from_front, 0, size) : std::clamp(from_front, -1, size - 1);
    };
    const bool masked_begin = (slice.begin_mask >> axis & 1) != 0;
    const bool masked_end = (slice.end_mask >> axis & 1) != 0;
    const bool shrunk = (slice.shrink_axis_mask >> axis & 1) != 0;

    const int first = masked_begin ? (forward ? 0 : size - 1) : resolve(slice.begin[axis]);
    int limit = 0;
    if (shrunk) {
        limit = first >= size ? first : first + 1;
    } else {
        limit = masked_end ? (forward ? size : -1) : resolve(slice.end[axis]);
    }
    std::vector<int> indices;
    for (int index = first; forward ? index < limit : index > limit; index += stride) {
        indices.push_back(index);
    }
    return indices;
}

// The output's shape: the number of selected indices of every axis that is not shrunk.
inline std::vector<int> strided_slice_output_shape(const StridedSliceCase& slice) {
    std::vector<int> shape;
    for (std::size_t axis = 0; axis < slice.input_shape.size(); ++axis) {
        if ((slice.shrink_axis_mask >> axis & 1) == 0) {
            shape.push_back(static_cast<int>(selected_indices(slice, axis).size()));
        }
    }
    return shape;
}

// Every element the slice writes, in order: the selected index combinations, last axis fastest.
inline std::vector<std::int8_t> strided_slice(const StridedSliceCase& slice,
                                              const std::vector<std::int8_t>& input) {
    const std::size_t rank = slice.input_shape.size();
    // Flat input offsets of all combinations so far, extended one axis at a time.
    std::vector<long long> offsets = {0};
    for (std::size_t axis = 0; axis < rank; ++axis) {
        std::vector<long long> extended;
        for (long long offset : offsets) {
            for (int index : selected_indices(slice, axis)) {
                extended.push_back(offset * slice.input_shape[axis] + index);
            }
        }
        offsets = extended;
    }
    std::vector<std::int8_t> output;
    for (long long offset : offsets) {
        output.push_back(input.at(static_cast<std::size_t>(offset)));
    }
    return output;
}

}  // namespace fennec::reference
