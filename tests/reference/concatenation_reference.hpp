// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Independent oracle for CONCATENATION with run-time shapes: every output element finds its input
// from its own position along the axis, where the kernel copies whole slabs.
#pragma once

#include <cstdint>
#include <vector>

namespace fennec::reference {

struct ConcatenationCase {
    std::vector<int> output_shape;
    int axis;  // in [0, rank)
    std::vector<int> input_axis_sizes;
};

// TFLite's CONCATENATION: output[..., a, ...] = input_i[..., a - (sizes of inputs before i), ...]
// where input i covers position a along the axis.
inline std::vector<std::int8_t> concatenation(const ConcatenationCase& concatenation,
                                              const std::vector<std::vector<std::int8_t>>& inputs) {
    const std::vector<int>& shape = concatenation.output_shape;
    const std::size_t axis = static_cast<std::size_t>(concatenation.axis);
    long long outer_size = 1;
    for (std::size_t dim = 0; dim < axis; ++dim) {
        outer_size *= shape[dim];
    }
    long long inner_size = 1;
    for (std::size_t dim = axis + 1; dim < shape.size(); ++dim) {
        inner_size *= shape[dim];
    }
    std::vector<std::int8_t> output;
    for (long long outer = 0; outer < outer_size; ++outer) {
        for (int position = 0; position < shape[axis]; ++position) {
            std::size_t input = 0;
            int local_position = position;
            while (local_position >= concatenation.input_axis_sizes[input]) {
                local_position -= concatenation.input_axis_sizes[input];
                ++input;
            }
            const long long input_axis_size = concatenation.input_axis_sizes[input];
            for (long long inner = 0; inner < inner_size; ++inner) {
                const long long index =
                    (outer * input_axis_size + local_position) * inner_size + inner;
                output.push_back(inputs[input].at(static_cast<std::size_t>(index)));
            }
        }
    }
    return output;
}

}  // namespace fennec::reference
