// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every concatenation kernel variant shares: the geometry of one CONCATENATION as plain
// run-time sizes, and the typed front end that derives it from compile-time shapes and an axis.
#pragma once

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

namespace fennec::kernels {

// TFLM's CONCATENATION takes at most 10 inputs (kMaxInputNum in micro/kernels/concatenation.cc);
// fennec keeps the same limit so every graph it runs is one TFLM can check.
inline constexpr int concatenation_max_inputs = 10;

// The sizes one concatenation works on, with the tensors seen as [outer_size, axis, inner_size]:
// outer_size is the product of the dimensions before the axis, inner_size the product of those
// after it (TFLM's base_inner_size), and input i contributes input_axis_sizes[i] along the axis.
// Build it with make_concatenation_geometry().
struct ConcatenationGeometry {
    int inputs_count;
    int input_axis_sizes[concatenation_max_inputs];
    int outer_size;
    int inner_size;
};

// The geometry of a concatenation whose output has rank `rank` and shape `output_shape`. `axis`
// may be negative and then counts from the back, as TFLite's axis option does. input_axis_sizes
// holds each input's size along the axis; all other dimensions equal the output's.
[[nodiscard]] constexpr ConcatenationGeometry make_concatenation_geometry(
    int rank, const int* output_shape, int axis, int inputs_count, const int* input_axis_sizes) {
    const int positive_axis = axis < 0 ? axis + rank : axis;
    ConcatenationGeometry geometry{};
    geometry.inputs_count = inputs_count;
    for (int input = 0; input < inputs_count; ++input) {
        geometry.input_axis_sizes[input] = input_axis_sizes[input];
    }
    geometry.outer_size = 1;
    for (int dim = 0; dim < positive_axis; ++dim) {
        geometry.outer_size *= output_shape[dim];
    }
    geometry.inner_size = 1;
    for (int dim = positive_axis + 1; dim < rank; ++dim) {
        geometry.inner_size *= output_shape[dim];
    }
    return geometry;
}

namespace detail {

template <class OutputShape, class InputShape>
[[nodiscard]] constexpr bool matches_output_off_axis(int axis) {
    for (int dim = 0; dim < OutputShape::rank; ++dim) {
        if (dim != axis && InputShape::dim(dim) != OutputShape::dim(dim)) {
            return false;
        }
    }
    return true;
}

}  // namespace detail

// The typed front end: the geometry of a concatenation of InputShapes... along Axis into
// OutputShape, with every mismatch reported as a sentence. Axis may be negative (from the back).
template <int Axis, class OutputShape, class... InputShapes>
[[nodiscard]] constexpr ConcatenationGeometry concatenation_geometry() {
    constexpr int inputs_count = static_cast<int>(sizeof...(InputShapes));
    static_assert(is_shape_v<OutputShape> && (is_shape_v<InputShapes> && ...),
                  "concatenation: the input and output shapes must be fennec::Shape types");
    static_assert(inputs_count >= 1, "concatenation: there must be at least one input");
    static_assert(inputs_count <= concatenation_max_inputs,
                  "concatenation: at most 10 inputs (TFLM's limit, kMaxInputNum)");
    static_assert(Axis >= -OutputShape::rank && Axis < OutputShape::rank,
                  "concatenation: the axis must lie in [-rank, rank) of the output");
    static_assert(((InputShapes::rank == OutputShape::rank) && ...),
                  "concatenation: every input must have the output's rank");
    constexpr int axis = Axis < 0 ? Axis + OutputShape::rank : Axis;
    // The remaining checks index every shape by the output's axes, which is only meaningful when
    // the ranks and the axis are right; skipping them keeps such an error to one message.
    if constexpr (inputs_count >= 1 && inputs_count <= concatenation_max_inputs && axis >= 0 &&
                  axis < OutputShape::rank && ((InputShapes::rank == OutputShape::rank) && ...)) {
        static_assert((detail::matches_output_off_axis<OutputShape, InputShapes>(axis) && ...),
                      "concatenation: every input must equal the output in every dimension but "
                      "the axis");
        static_assert((InputShapes::dim(axis) + ...) == OutputShape::dim(axis),
                      "concatenation: the output's size along the axis must be the sum of the "
                      "inputs' sizes along it");
        const int input_axis_sizes[] = {InputShapes::dim(axis)...};
        return make_concatenation_geometry(OutputShape::rank, shape_dims<OutputShape>.data(), axis,
                                           inputs_count, input_axis_sizes);
    } else {
        return ConcatenationGeometry{};
    }
}

}  // namespace fennec::kernels
