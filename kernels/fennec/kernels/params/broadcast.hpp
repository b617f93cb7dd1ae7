// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The geometry of a binary element-wise op with TFLite broadcasting (add, mul).
//
// TFLite aligns the two input shapes at their last dimension and extends the shorter one with
// leading 1s. In each aligned pair the sizes must be equal or one of them must be 1; the output
// takes the larger size. An input dimension of size 1 facing a larger output dimension is
// broadcast: every output index along it reads the input's single element, so its stride is 0.
// Like TFLM's BroadcastAdd6DSlow, everything is extended to six dimensions.
#pragma once

#include "fennec/core/shape.hpp"

namespace fennec::kernels {

inline constexpr int broadcast_rank = 6;

// Sizes and element strides, all extended to six dimensions (leading dimensions of size 1).
// A stride of 0 marks a broadcast dimension.
struct BroadcastGeometry {
    int output_shape[broadcast_rank];
    int input1_strides[broadcast_rank];
    int input2_strides[broadcast_rank];
};

namespace detail {

// Size of dimension `axis` of the six-dimensional extension of a rank-`rank` shape.
[[nodiscard]] constexpr int extended_dim(const int* dims, int rank, int axis) {
    const int leading_ones = broadcast_rank - rank;
    return axis < leading_ones ? 1 : dims[axis - leading_ones];
}

// Row-major element strides of the extension, with 0 wherever the input is broadcast.
constexpr void broadcast_strides(const int* dims, int rank, const int* output_shape, int* strides) {
    int stride = 1;
    for (int axis = broadcast_rank - 1; axis >= 0; --axis) {
        const int size = extended_dim(dims, rank, axis);
        strides[axis] = (size == 1 && output_shape[axis] != 1) ? 0 : stride;
        stride *= size;
    }
}

template <class S>
struct ShapeDims {
    static constexpr int rank = S::rank;
    int dims[broadcast_rank] = {};
    constexpr ShapeDims() {
        for (int i = 0; i < rank; ++i) {
            dims[i] = S::dim(i);
        }
    }
};

}  // namespace detail

// Whether two shapes (dims arrays of ranks 1..6) can be broadcast against each other.
[[nodiscard]] constexpr bool broadcast_compatible(const int* input1_dims,
                                                  int input1_rank,
                                                  const int* input2_dims,
                                                  int input2_rank) {
    for (int axis = 0; axis < broadcast_rank; ++axis) {
        const int size1 = detail::extended_dim(input1_dims, input1_rank, axis);
        const int size2 = detail::extended_dim(input2_dims, input2_rank, axis);
        if (size1 != size2 && size1 != 1 && size2 != 1) {
            return false;
        }
    }
    return true;
}

// The geometry of two broadcast-compatible input shapes; the output shape is their broadcast.
[[nodiscard]] constexpr BroadcastGeometry broadcast_geometry(const int* input1_dims,
                                                             int input1_rank,
                                                             const int* input2_dims,
                                                             int input2_rank) {
    BroadcastGeometry geometry{};
    for (int axis = 0; axis < broadcast_rank; ++axis) {
        const int size1 = detail::extended_dim(input1_dims, input1_rank, axis);
        const int size2 = detail::extended_dim(input2_dims, input2_rank, axis);
        geometry.output_shape[axis] = size1 == 1 ? size2 : size1;
    }
    detail::broadcast_strides(input1_dims, input1_rank, geometry.output_shape,
                              geometry.input1_strides);
    detail::broadcast_strides(input2_dims, input2_rank, geometry.output_shape,
                              geometry.input2_strides);
    return geometry;
}

// Number of output elements of a geometry.
[[nodiscard]] constexpr int broadcast_output_elements(const BroadcastGeometry& geometry) {
    int elements = 1;
    for (int axis = 0; axis < broadcast_rank; ++axis) {
        elements *= geometry.output_shape[axis];
    }
    return elements;
}

// The typed forms, for the compile-time checks of add and mul.
template <class Input1Shape, class Input2Shape>
[[nodiscard]] constexpr bool broadcast_compatible() {
    constexpr detail::ShapeDims<Input1Shape> input1{};
    constexpr detail::ShapeDims<Input2Shape> input2{};
    return broadcast_compatible(input1.dims, input1.rank, input2.dims, input2.rank);
}

// Whether OutputShape is exactly the broadcast of the input shapes: rank max(rank1, rank2), and
// in every dimension the larger of the two aligned sizes.
template <class Input1Shape, class Input2Shape, class OutputShape>
[[nodiscard]] constexpr bool is_broadcast_output() {
    constexpr detail::ShapeDims<Input1Shape> input1{};
    constexpr detail::ShapeDims<Input2Shape> input2{};
    constexpr detail::ShapeDims<OutputShape> output{};
    const int expected_rank = input1.rank > input2.rank ? input1.rank : input2.rank;
    if (output.rank != expected_rank) {
        return false;
    }
    const BroadcastGeometry geometry =
        broadcast_geometry(input1.dims, input1.rank, input2.dims, input2.rank);
    for (int axis = 0; axis < broadcast_rank; ++axis) {
        if (geometry.output_shape[axis] != detail::extended_dim(output.dims, output.rank, axis)) {
            return false;
        }
    }
    return true;
}

template <class Input1Shape, class Input2Shape>
[[nodiscard]] constexpr BroadcastGeometry broadcast_geometry() {
    constexpr detail::ShapeDims<Input1Shape> input1{};
    constexpr detail::ShapeDims<Input2Shape> input2{};
    return broadcast_geometry(input1.dims, input1.rank, input2.dims, input2.rank);
}

}  // namespace fennec::kernels
