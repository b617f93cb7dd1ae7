// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every strided_slice kernel variant shares: the geometry of one STRIDED_SLICE, TFLite's
// rules for turning begin/end/strides and the masks into the first and last index along each axis,
// and the typed front end that checks the output shape those rules give.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

namespace fennec::kernels {

// Kernels see every slice as 6-D (fennec's largest rank): a lower-rank input is extended with
// leading size-1 dimensions sliced whole, as TFLM extends every slice to 5-D.
inline constexpr int strided_slice_max_rank = 6;

// One STRIDED_SLICE as TFLite states it: begin, end and strides per input dimension, and bit k of
// a mask speaking for dimension k. begin_mask bit k: ignore begin[k] and start at the first element
// in the stride's direction; end_mask bit k: ignore end[k] and run to the last; shrink_axis_mask
// bit k: take the single element at begin[k] and drop the dimension from the output. TFLM supports
// neither ellipsis_mask nor new_axis_mask (it zeroes them) nor the offset option, so neither does
// this geometry. Build it with make_strided_slice_geometry().
struct StridedSliceGeometry {
    int input_shape[strided_slice_max_rank];
    int begin[strided_slice_max_rank];
    int end[strided_slice_max_rank];
    int strides[strided_slice_max_rank];
    int begin_mask;
    int end_mask;
    int shrink_axis_mask;
};

// The geometry of a slice of a rank-`rank` input (1 <= rank <= 6): TFLite's begin, end and strides
// tensors (rank entries each, strides non-zero) and its three masks. Mask bits at or above `rank`
// name no dimension and are ignored, as TFLM ignores them.
[[nodiscard]] constexpr StridedSliceGeometry make_strided_slice_geometry(int rank,
                                                                         const int* input_shape,
                                                                         const int* begin,
                                                                         const int* end,
                                                                         const int* strides,
                                                                         int begin_mask,
                                                                         int end_mask,
                                                                         int shrink_axis_mask) {
    StridedSliceGeometry geometry{};
    const int leading = strided_slice_max_rank - rank;
    for (int axis = 0; axis < strided_slice_max_rank; ++axis) {
        const bool is_added_axis = axis < leading;
        geometry.input_shape[axis] = is_added_axis ? 1 : input_shape[axis - leading];
        geometry.begin[axis] = is_added_axis ? 0 : begin[axis - leading];
        geometry.end[axis] = is_added_axis ? 1 : end[axis - leading];
        geometry.strides[axis] = is_added_axis ? 1 : strides[axis - leading];
    }
    const int rank_bits = (1 << rank) - 1;
    geometry.begin_mask = (begin_mask & rank_bits) << leading;
    geometry.end_mask = (end_mask & rank_bits) << leading;
    geometry.shrink_axis_mask = (shrink_axis_mask & rank_bits) << leading;
    return geometry;
}

namespace detail {

[[nodiscard]] constexpr bool slice_mask_has(int mask, int axis) {
    return ((mask >> axis) & 1) != 0;
}

}  // namespace detail

// The first input index the slice visits along `axis` (TFLite's StridedSliceStartForAxis): a
// negative begin counts from the back; the result is clamped to [0, size] for a positive stride
// and [-1, size - 1] for a negative one (an out-of-range start leaves nothing to visit); with the
// begin_mask bit it is the first element in the stride's direction instead.
[[nodiscard]] constexpr int strided_slice_start(const StridedSliceGeometry& geometry, int axis) {
    const int axis_size = geometry.input_shape[axis];
    const int stride = geometry.strides[axis];
    if (detail::slice_mask_has(geometry.begin_mask, axis)) {
        return stride > 0 ? 0 : axis_size - 1;
    }
    const int begin = geometry.begin[axis];
    const int start = begin < 0 ? begin + axis_size : begin;
    return stride > 0 ? std::clamp(start, 0, axis_size) : std::clamp(start, -1, axis_size - 1);
}

// The index the slice stops before along `axis` (TFLite's StridedSliceEndForAxis), given its
// start: resolved like the start, with end_mask meaning "past the last element in the stride's
// direction". A shrunk axis stops one past its start whatever the stride's sign, which for a
// negative stride visits nothing: TFLM's kernel then writes no output at all, and the typed front
// end rejects such a slice.
[[nodiscard]] constexpr int strided_slice_stop(const StridedSliceGeometry& geometry,
                                               int axis,
                                               int start) {
    const int axis_size = geometry.input_shape[axis];
    const int stride = geometry.strides[axis];
    if (detail::slice_mask_has(geometry.shrink_axis_mask, axis)) {
        return start >= axis_size ? start : start + 1;
    }
    if (detail::slice_mask_has(geometry.end_mask, axis)) {
        return stride > 0 ? axis_size : -1;
    }
    const int end = geometry.end[axis];
    const int stop = end < 0 ? end + axis_size : end;
    return stride > 0 ? std::clamp(stop, 0, axis_size) : std::clamp(stop, -1, axis_size - 1);
}

// Whether `index` is still before `stop` in the stride's direction.
[[nodiscard]] constexpr bool strided_slice_continues(int index, int stop, int stride) {
    return stride > 0 ? index < stop : index > stop;
}

// How many indices the slice visits along `axis`: ceil((stop - start) / stride), at least 0 (what
// TFLM's Prepare checks the output shape against).
[[nodiscard]] constexpr int strided_slice_count(const StridedSliceGeometry& geometry, int axis) {
    const int start = strided_slice_start(geometry, axis);
    const int stop = strided_slice_stop(geometry, axis, start);
    const int stride = geometry.strides[axis];
    const int distance = stride > 0 ? stop - start : start - stop;
    const int step = stride > 0 ? stride : -stride;
    return distance > 0 ? (distance + step - 1) / step : 0;
}

namespace detail {
struct SliceBeginKind {};
struct SliceEndKind {};
struct SliceStridesKind {};

template <class Kind, int... Values>
struct SliceIndices {
    using kind = Kind;
    static constexpr int rank = static_cast<int>(sizeof...(Values));
    static constexpr std::array<int, sizeof...(Values)> values{Values...};
};
}  // namespace detail

// TFLite's begin, end and strides tensors as types, one entry per input dimension:
// SliceBegin<0, 1, 1, 0>, SliceEnd<1, 9, 9, 8>, SliceStrides<1, 1, 1, 1>.
template <int... Values>
using SliceBegin = detail::SliceIndices<detail::SliceBeginKind, Values...>;
template <int... Values>
using SliceEnd = detail::SliceIndices<detail::SliceEndKind, Values...>;
template <int... Values>
using SliceStrides = detail::SliceIndices<detail::SliceStridesKind, Values...>;

// TFLite's StridedSliceOptions masks as a type (all 0 by default). EllipsisMask and NewAxisMask
// exist so a model's options can be passed through unchanged; the front end requires them to be 0.
template <int BeginMask = 0,
          int EndMask = 0,
          int ShrinkAxisMask = 0,
          int EllipsisMask = 0,
          int NewAxisMask = 0>
struct StridedSliceMasks {
    static constexpr int begin_mask = BeginMask;
    static constexpr int end_mask = EndMask;
    static constexpr int shrink_axis_mask = ShrinkAxisMask;
    static constexpr int ellipsis_mask = EllipsisMask;
    static constexpr int new_axis_mask = NewAxisMask;
};

namespace detail {

template <class Indices, class Kind>
inline constexpr bool is_slice_indices_of_kind = false;
template <class Kind, int... Values>
inline constexpr bool is_slice_indices_of_kind<SliceIndices<Kind, Values...>, Kind> = true;

template <class Strides>
[[nodiscard]] constexpr bool strides_are_non_zero() {
    for (int stride : Strides::values) {
        if (stride == 0) {
            return false;
        }
    }
    return true;
}

[[nodiscard]] constexpr bool shrunk_axes_step_forward(const StridedSliceGeometry& geometry) {
    for (int axis = 0; axis < strided_slice_max_rank; ++axis) {
        if (slice_mask_has(geometry.shrink_axis_mask, axis) && geometry.strides[axis] < 0) {
            return false;
        }
    }
    return true;
}

[[nodiscard]] constexpr bool shrunk_axes_start_inside(const StridedSliceGeometry& geometry) {
    for (int axis = 0; axis < strided_slice_max_rank; ++axis) {
        if (slice_mask_has(geometry.shrink_axis_mask, axis) &&
            strided_slice_start(geometry, axis) >= geometry.input_shape[axis]) {
            return false;
        }
    }
    return true;
}

// Whether OutputShape lists, in order, the counts of the input's axes that are not shrunk. The
// leading axes the geometry added (6 - InputShape::rank of them) are not the output's.
template <class InputShape, class OutputShape>
[[nodiscard]] constexpr bool is_slice_output_shape(const StridedSliceGeometry& geometry) {
    int output_axis = 0;
    for (int axis = strided_slice_max_rank - InputShape::rank; axis < strided_slice_max_rank;
         ++axis) {
        if (slice_mask_has(geometry.shrink_axis_mask, axis)) {
            continue;
        }
        if (output_axis >= OutputShape::rank ||
            OutputShape::dim(output_axis) != strided_slice_count(geometry, axis)) {
            return false;
        }
        ++output_axis;
    }
    // Shrinking every axis leaves TFLite a rank-0 scalar, which fennec writes as Shape<1>.
    if (output_axis == 0) {
        return OutputShape::rank == 1 && OutputShape::dim(0) == 1;
    }
    return output_axis == OutputShape::rank;
}

}  // namespace detail

// The typed front end: the geometry of a strided slice over compile-time shapes, indices and masks,
// with every mismatch reported as a sentence. Begin, End and Strides are SliceBegin, SliceEnd and
// SliceStrides; Masks is a StridedSliceMasks.
template <class InputShape,
          class OutputShape,
          class Begin,
          class End,
          class Strides,
          class Masks = StridedSliceMasks<>>
[[nodiscard]] constexpr StridedSliceGeometry strided_slice_geometry() {
    constexpr bool indices_have_their_kinds =
        detail::is_slice_indices_of_kind<Begin, detail::SliceBeginKind> &&
        detail::is_slice_indices_of_kind<End, detail::SliceEndKind> &&
        detail::is_slice_indices_of_kind<Strides, detail::SliceStridesKind>;
    constexpr bool indices_have_input_rank = Begin::rank == InputShape::rank &&
                                             End::rank == InputShape::rank &&
                                             Strides::rank == InputShape::rank;
    constexpr bool strides_are_non_zero = detail::strides_are_non_zero<Strides>();
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "strided_slice: the input and output shapes must be fennec::Shape types");
    static_assert(indices_have_their_kinds,
                  "strided_slice: pass SliceBegin, SliceEnd and SliceStrides, in that order");
    static_assert(Masks::ellipsis_mask == 0 && Masks::new_axis_mask == 0,
                  "strided_slice: ellipsis_mask and new_axis_mask must be 0 (TFLM does not "
                  "support them)");
    static_assert(indices_have_input_rank,
                  "strided_slice: begin, end and strides need one entry per input dimension");
    static_assert(strides_are_non_zero, "strided_slice: every stride must be non-zero");
    // The remaining checks resolve the indices, which is only meaningful for well-formed ones;
    // skipping them keeps such an error to one message.
    if constexpr (indices_have_their_kinds && indices_have_input_rank && strides_are_non_zero) {
        constexpr StridedSliceGeometry geometry = make_strided_slice_geometry(
            InputShape::rank, shape_dims<InputShape>.data(), Begin::values.data(),
            End::values.data(), Strides::values.data(), Masks::begin_mask, Masks::end_mask,
            Masks::shrink_axis_mask);
        static_assert(detail::shrunk_axes_step_forward(geometry),
                      "strided_slice: a shrunk axis must have a positive stride (TFLM's kernel "
                      "copies nothing otherwise)");
        static_assert(detail::shrunk_axes_start_inside(geometry),
                      "strided_slice: a shrunk axis must begin inside the input");
        static_assert(detail::is_slice_output_shape<InputShape, OutputShape>(geometry),
                      "strided_slice: the output shape must be the number of indices begin, end "
                      "and strides select along each input dimension, shrunk dimensions left out");
        return geometry;
    } else {
        return StridedSliceGeometry{};
    }
}

}  // namespace fennec::kernels
