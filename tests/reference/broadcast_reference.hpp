// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// TFLite broadcasting from its definition, for the references of add and mul: the shapes are
// aligned at their last dimension, and an output index reads index 0 of an input dimension of
// size 1 and the same index otherwise. Run-time shapes of any rank; nothing from kernels/.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "fennec/core/activation.hpp"

namespace fennec::reference {

using Dims = std::vector<int>;

// The tensors of a binary element-wise op (add, mul) as TFLite describes them.
struct BinaryOpTensors {
    float input1_scale;
    std::int32_t input1_zero_point;
    float input2_scale;
    std::int32_t input2_zero_point;
    float output_scale;
    std::int32_t output_zero_point;
    Activation activation;
};

inline std::int64_t element_count(const Dims& dims) {
    std::int64_t count = 1;
    for (int size : dims) {
        count *= size;
    }
    return count;
}

// The broadcast output shape of two compatible shapes.
inline Dims broadcast_shape(const Dims& a, const Dims& b) {
    const std::size_t rank = a.size() > b.size() ? a.size() : b.size();
    Dims result(rank, 1);
    for (std::size_t i = 0; i < rank; ++i) {
        const int size_a = i < a.size() ? a[a.size() - 1 - i] : 1;
        const int size_b = i < b.size() ? b[b.size() - 1 - i] : 1;
        result[rank - 1 - i] = size_a == 1 ? size_b : size_a;
    }
    return result;
}

// The flat offset in `input` (shape input_dims) of the element that output index `output_index`
// (in the output shape `output_dims`) reads.
inline std::int64_t broadcast_source_offset(const Dims& input_dims,
                                            const Dims& output_dims,
                                            const std::vector<int>& output_index) {
    const std::size_t leading = output_dims.size() - input_dims.size();
    std::int64_t offset = 0;
    for (std::size_t axis = 0; axis < input_dims.size(); ++axis) {
        const int index = input_dims[axis] == 1 ? 0 : output_index[leading + axis];
        offset = offset * input_dims[axis] + index;
    }
    return offset;
}

// Calls f(output_offset, input1_offset, input2_offset) for every output element.
template <class F>
void for_each_broadcast(const Dims& input1_dims, const Dims& input2_dims, F f) {
    const Dims output_dims = broadcast_shape(input1_dims, input2_dims);
    const std::int64_t count = element_count(output_dims);
    std::vector<int> index(output_dims.size(), 0);
    for (std::int64_t output_offset = 0; output_offset < count; ++output_offset) {
        // The multi-index of output_offset, computed afresh by division.
        std::int64_t rest = output_offset;
        for (std::size_t axis = output_dims.size(); axis-- > 0;) {
            index[axis] = static_cast<int>(rest % output_dims[axis]);
            rest /= output_dims[axis];
        }
        f(output_offset, broadcast_source_offset(input1_dims, output_dims, index),
          broadcast_source_offset(input2_dims, output_dims, index));
    }
}

// A binary op over broadcast inputs: each output is output_zero_point + scaled(input1 -
// zero_point1, input2 - zero_point2), clamped to the activation range.
template <class Scaled>
std::vector<std::int8_t> broadcast_binary_op(const BinaryOpTensors& tensors,
                                             const Dims& input1_dims,
                                             const std::vector<std::int8_t>& input1,
                                             const Dims& input2_dims,
                                             const std::vector<std::int8_t>& input2,
                                             Scaled scaled) {
    const ActivationRange range =
        activation_range(tensors.activation, tensors.output_scale, tensors.output_zero_point);
    std::vector<std::int8_t> output(
        static_cast<std::size_t>(element_count(broadcast_shape(input1_dims, input2_dims))));
    for_each_broadcast(
        input1_dims, input2_dims, [&](std::int64_t out, std::int64_t in1, std::int64_t in2) {
            const std::int64_t value1 =
                std::int64_t{input1[static_cast<std::size_t>(in1)]} - tensors.input1_zero_point;
            const std::int64_t value2 =
                std::int64_t{input2[static_cast<std::size_t>(in2)]} - tensors.input2_zero_point;
            const std::int64_t result =
                std::int64_t{scaled(value1, value2)} + tensors.output_zero_point;
            output[static_cast<std::size_t>(out)] =
                static_cast<std::int8_t>(std::clamp<std::int64_t>(result, range.min, range.max));
        });
    return output;
}

}  // namespace fennec::reference
