// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every pad kernel variant shares: the geometry of one PAD / PADV2 as plain run-time sizes,
// and the typed front end that derives it from compile-time shapes and paddings.
#pragma once

#include <array>
#include <cstddef>

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

namespace fennec::kernels {

// Kernels see every pad as 6-D (fennec's largest rank): a lower-rank tensor is extended with
// leading size-1 dimensions that get no padding, as TFLM extends every pad to 5-D.
inline constexpr int pad_max_rank = 6;

// The sizes one pad works on. Dimension d of the output is padding_before[d] + input_shape[d] +
// padding_after[d], so it need not be stored. Build it with make_pad_geometry().
struct PadGeometry {
    int input_shape[pad_max_rank];
    int padding_before[pad_max_rank];
    int padding_after[pad_max_rank];
};

// The geometry of a pad of a rank-`rank` tensor (1 <= rank <= 6). `paddings` is TFLite's
// [rank, 2] paddings tensor in row-major order: before and after for dimension 0, then for
// dimension 1, and so on. Paddings must not be negative.
[[nodiscard]] constexpr PadGeometry make_pad_geometry(int rank,
                                                      const int* input_shape,
                                                      const int* paddings) {
    PadGeometry geometry{};
    const int leading = pad_max_rank - rank;
    for (int axis = 0; axis < pad_max_rank; ++axis) {
        const bool is_added_axis = axis < leading;
        geometry.input_shape[axis] = is_added_axis ? 1 : input_shape[axis - leading];
        geometry.padding_before[axis] = is_added_axis ? 0 : paddings[2 * (axis - leading)];
        geometry.padding_after[axis] = is_added_axis ? 0 : paddings[2 * (axis - leading) + 1];
    }
    return geometry;
}

// TFLite's paddings tensor as a type: one (before, after) pair per dimension, outermost first.
// Paddings<0, 0, 1, 1, 1, 1, 0, 0> pads height and width of an NHWC tensor by one on each side.
template <int... BeforeAfter>
struct Paddings {
    static_assert(sizeof...(BeforeAfter) % 2 == 0,
                  "pad: paddings come in (before, after) pairs, one pair per dimension");

    static constexpr int rank = static_cast<int>(sizeof...(BeforeAfter)) / 2;
    static constexpr std::array<int, sizeof...(BeforeAfter)> values{BeforeAfter...};

    [[nodiscard]] static constexpr int before(int axis) {
        return values[static_cast<std::size_t>(2 * axis)];
    }
    [[nodiscard]] static constexpr int after(int axis) {
        return values[static_cast<std::size_t>(2 * axis + 1)];
    }
};

namespace detail {

template <class PaddingsType>
[[nodiscard]] constexpr bool paddings_are_non_negative() {
    for (int value : PaddingsType::values) {
        if (value < 0) {
            return false;
        }
    }
    return true;
}

template <class InputShape, class OutputShape, class PaddingsType>
[[nodiscard]] constexpr bool pad_output_shape_matches() {
    for (int axis = 0; axis < InputShape::rank; ++axis) {
        const int expected =
            PaddingsType::before(axis) + InputShape::dim(axis) + PaddingsType::after(axis);
        if (OutputShape::dim(axis) != expected) {
            return false;
        }
    }
    return true;
}

}  // namespace detail

// The typed front end: the geometry of a pad over compile-time shapes and paddings, with every
// mismatch reported as a sentence. PaddingsType is a fennec::kernels::Paddings.
template <class InputShape, class OutputShape, class PaddingsType>
[[nodiscard]] constexpr PadGeometry pad_geometry() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "pad: the input and output shapes must be fennec::Shape types");
    static_assert(PaddingsType::rank == InputShape::rank,
                  "pad: there must be one (before, after) padding pair per input dimension");
    static_assert(OutputShape::rank == InputShape::rank,
                  "pad: the output must have the input's rank");
    static_assert(detail::paddings_are_non_negative<PaddingsType>(),
                  "pad: paddings must not be negative");
    // The remaining check and the geometry index the paddings by input axis, which is only
    // meaningful when the ranks agree; skipping them keeps a rank error to one message.
    if constexpr (PaddingsType::rank == InputShape::rank && OutputShape::rank == InputShape::rank) {
        static_assert(detail::pad_output_shape_matches<InputShape, OutputShape, PaddingsType>(),
                      "pad: each output dimension must equal padding before + input dimension + "
                      "padding after");
        return make_pad_geometry(InputShape::rank, shape_dims<InputShape>.data(),
                                 PaddingsType::values.data());
    } else {
        return PadGeometry{};
    }
}

}  // namespace fennec::kernels
