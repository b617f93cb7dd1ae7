// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every transpose kernel variant shares: the geometry of one TRANSPOSE as plain run-time
// sizes, and the typed front end that derives it from compile-time shapes and a permutation.
#pragma once

#include <array>
#include <cstddef>

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

namespace fennec::kernels {

// Kernels see every transpose as 6-D (fennec's largest rank; TFLite's reference also stops at 6):
// a lower-rank tensor is extended with leading size-1 dimensions that stay where they are.
inline constexpr int transpose_max_rank = 6;

// The sizes one transpose works on: output dimension i is input dimension permutation[i], so the
// output shape need not be stored. Build it with make_transpose_geometry().
struct TransposeGeometry {
    int input_shape[transpose_max_rank];
    int permutation[transpose_max_rank];
};

// The geometry of a transpose of a rank-`rank` tensor (1 <= rank <= 6). `permutation` is TFLite's
// perm tensor: rank distinct axes in [0, rank).
[[nodiscard]] constexpr TransposeGeometry make_transpose_geometry(int rank,
                                                                  const int* input_shape,
                                                                  const int* permutation) {
    TransposeGeometry geometry{};
    const int leading = transpose_max_rank - rank;
    for (int axis = 0; axis < transpose_max_rank; ++axis) {
        const bool is_added_axis = axis < leading;
        geometry.input_shape[axis] = is_added_axis ? 1 : input_shape[axis - leading];
        geometry.permutation[axis] = is_added_axis ? axis : leading + permutation[axis - leading];
    }
    return geometry;
}

// TFLite's perm tensor as a type: output dimension i is input dimension Axes[i].
// Permutation<0, 2, 3, 1> turns NCHW into NHWC.
template <int... Axes>
struct Permutation {
    static constexpr int rank = static_cast<int>(sizeof...(Axes));
    static constexpr std::array<int, sizeof...(Axes)> values{Axes...};

    [[nodiscard]] static constexpr int axis(int i) { return values[static_cast<std::size_t>(i)]; }
};

namespace detail {

template <class PermutationType>
[[nodiscard]] constexpr bool is_permutation_of_axes() {
    for (int axis = 0; axis < PermutationType::rank; ++axis) {
        int count = 0;
        for (int value : PermutationType::values) {
            count += value == axis ? 1 : 0;
        }
        if (count != 1) {
            return false;
        }
    }
    return true;
}

template <class InputShape, class OutputShape, class PermutationType>
[[nodiscard]] constexpr bool output_is_permuted_input() {
    for (int axis = 0; axis < OutputShape::rank; ++axis) {
        if (OutputShape::dim(axis) != InputShape::dim(PermutationType::axis(axis))) {
            return false;
        }
    }
    return true;
}

}  // namespace detail

// The typed front end: the geometry of a transpose over compile-time shapes and permutation, with
// every mismatch reported as a sentence. PermutationType is a fennec::kernels::Permutation.
template <class InputShape, class OutputShape, class PermutationType>
[[nodiscard]] constexpr TransposeGeometry transpose_geometry() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "transpose: the input and output shapes must be fennec::Shape types");
    static_assert(PermutationType::rank == InputShape::rank,
                  "transpose: the permutation must have one entry per input dimension");
    static_assert(OutputShape::rank == InputShape::rank,
                  "transpose: the output must have the input's rank");
    static_assert(detail::is_permutation_of_axes<PermutationType>(),
                  "transpose: the permutation must name every axis 0..rank-1 exactly once");
    // The remaining check and the geometry index shapes by permutation entries, which is only
    // meaningful for a valid permutation of the right length; skipping them keeps an error to one
    // message.
    if constexpr (PermutationType::rank == InputShape::rank &&
                  OutputShape::rank == InputShape::rank &&
                  detail::is_permutation_of_axes<PermutationType>()) {
        static_assert(detail::output_is_permuted_input<InputShape, OutputShape, PermutationType>(),
                      "transpose: output dimension i must equal input dimension permutation[i]");
        return make_transpose_geometry(InputShape::rank, shape_dims<InputShape>.data(),
                                       PermutationType::values.data());
    } else {
        return TransposeGeometry{};
    }
}

}  // namespace fennec::kernels
