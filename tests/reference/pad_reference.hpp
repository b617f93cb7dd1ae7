// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Independent oracle for PAD / PADV2 with run-time shapes: every output element is looked up on its
// own from its coordinates, rather than streamed as the kernel does.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

namespace fennec::reference {

struct PadCase {
    std::vector<int> input_shape;
    std::vector<std::array<int, 2>> paddings;  // (before, after) per dimension
    std::int8_t pad_value;
};

inline std::vector<int> pad_output_shape(const PadCase& pad) {
    std::vector<int> shape;
    for (std::size_t axis = 0; axis < pad.input_shape.size(); ++axis) {
        shape.push_back(pad.paddings[axis][0] + pad.input_shape[axis] + pad.paddings[axis][1]);
    }
    return shape;
}

// TFLite's PAD: out[c] = in[c - before] where that lies inside the input, else the pad value.
inline std::vector<std::int8_t> pad(const PadCase& pad, const std::vector<std::int8_t>& input) {
    const std::vector<int> output_shape = pad_output_shape(pad);
    const std::size_t rank = output_shape.size();
    std::size_t output_elements = 1;
    for (int dim : output_shape) {
        output_elements *= static_cast<std::size_t>(dim);
    }
    std::vector<std::int8_t> output(output_elements);
    for (std::size_t flat = 0; flat < output_elements; ++flat) {
        // Coordinates of `flat`, last dimension fastest.
        std::vector<long long> coordinate(rank);
        long long remainder = static_cast<long long>(flat);
        for (std::size_t axis = rank; axis-- > 0;) {
            coordinate[axis] = remainder % output_shape[axis];
            remainder /= output_shape[axis];
        }
        bool inside = true;
        long long input_flat = 0;
        for (std::size_t axis = 0; axis < rank; ++axis) {
            const long long in_index = coordinate[axis] - pad.paddings[axis][0];
            inside = inside && in_index >= 0 && in_index < pad.input_shape[axis];
            input_flat = input_flat * pad.input_shape[axis] + in_index;
        }
        output[flat] = inside ? input[static_cast<std::size_t>(input_flat)] : pad.pad_value;
    }
    return output;
}

}  // namespace fennec::reference
