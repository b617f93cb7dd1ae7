// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Independent oracle for TRANSPOSE with run-time shapes: it walks the input in order and scatters
// each element to its permuted place, where the kernel walks the output and gathers.
#pragma once

#include <cstdint>
#include <vector>

namespace fennec::reference {

inline std::vector<int> transpose_output_shape(const std::vector<int>& input_shape,
                                               const std::vector<int>& permutation) {
    std::vector<int> shape;
    for (int axis : permutation) {
        shape.push_back(input_shape[static_cast<std::size_t>(axis)]);
    }
    return shape;
}

// TFLite's TRANSPOSE: output[c_perm[0], ..., c_perm[n-1]] = input[c_0, ..., c_n-1].
inline std::vector<std::int8_t> transpose(const std::vector<int>& input_shape,
                                          const std::vector<int>& permutation,
                                          const std::vector<std::int8_t>& input) {
    const std::vector<int> output_shape = transpose_output_shape(input_shape, permutation);
    const std::size_t rank = input_shape.size();
    std::vector<long long> output_stride(rank, 1);
    for (std::size_t axis = rank - 1; axis-- > 0;) {
        output_stride[axis] = output_stride[axis + 1] * output_shape[axis + 1];
    }
    std::vector<std::int8_t> output(input.size());
    std::vector<int> coordinate(rank, 0);  // of the input element, last dimension fastest
    for (std::size_t flat = 0; flat < input.size(); ++flat) {
        long long output_flat = 0;
        for (std::size_t out_axis = 0; out_axis < rank; ++out_axis) {
            output_flat += coordinate[static_cast<std::size_t>(permutation[out_axis])] *
                           output_stride[out_axis];
        }
        output[static_cast<std::size_t>(output_flat)] = input[flat];
        for (std::size_t axis = rank; axis-- > 0;) {
            if (++coordinate[axis] < input_shape[axis]) {
                break;
            }
            coordinate[axis] = 0;
        }
    }
    return output;
}

}  // namespace fennec::reference
