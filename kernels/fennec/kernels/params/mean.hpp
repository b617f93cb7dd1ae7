// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every mean kernel variant shares: which elements of the input one output averages, the
// quantization constants, how TFLM turns the scales and the element count into one multiplier,
// and the typed front end that derives the geometry from compile-time shapes and axes.
//
// Which TFLM code path this is. For an int8 MEAN, TFLM (tflite-micro 90b983c, late 2025) always
// runs the integer reference_ops::QuantizedMeanOrSum (reduce.h, reached through reduce_common.cc's
// EvalIntegerMean): sum the int8 values, subtract input_zero_point * count, and requantize with the
// Prepare multiplier for input_scale / output_scale into which 1/count has been folded
// (mean_multiplier below). That holds whether or not input and output share scale and zero point,
// for any rank and axes, with or without keep_dims. Older TFLM releases took other paths
// (a float QuantizedMeanOrSum, a truncating integer Mean when the quantization was unchanged, and
// reference_integer_ops::Mean for 4-D inputs averaged over axes {1, 2} with keep_dims); the golden
// data rules each of them out (see tests/kernels/test_mean.cpp, which checks the three MEAN models
// of ../shared/golden layer by layer).
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/shape.hpp"

namespace fennec::kernels {

// fennec::Shape's rank limit, which is also TFLite's.
inline constexpr int mean_max_rank = 6;

// The largest number of input elements one output may average: the int32 sum of `count` values
// minus count * input_zero_point stays within 255 * 2^23 < 2^31.
inline constexpr int mean_max_reduced_count = 1 << 23;

// The input shape (dimensions [0, rank), row-major) and which axes are averaged away. The output
// holds the input's elements along the kept axes, in the input's order: keep_dims only changes
// the output's shape by 1s, never its memory layout, so the kernels do not need it.
struct MeanGeometry {
    int rank;
    int input_dims[mean_max_rank];
    bool is_reduced[mean_max_rank];
};

// The integer constants of an int8 mean. output_multiplier/output_shift encode
// input_scale / output_scale, exactly as TFLM's Prepare computes them (mean_scale_multiplier);
// the kernel folds 1 / (number of averaged elements) into them with mean_multiplier(). MEAN has
// no fused activation: the output clamps to [-128, 127].
struct MeanQuantization {
    std::int32_t input_zero_point;
    std::int32_t output_multiplier;
    std::int32_t output_shift;
    std::int32_t output_zero_point;
};

// The multiplier TFLM's Prepare derives for a quantized MEAN: the scale ratio in double.
[[nodiscard]] constexpr QuantizedMultiplier mean_scale_multiplier(float input_scale,
                                                                  float output_scale) {
    return quantize_multiplier(static_cast<double>(input_scale) /
                               static_cast<double>(output_scale));
}

// Folds a division by `count` (>= 1) into the multiplier of input_scale / output_scale, as TFLM's
// QuantizedMeanOrSum does before requantizing: the multiplier is scaled up by 2^shift, with shift
// = floor(log2(count)) but at most 32 and at most 31 + the original shift (so the new shift stays
// >= -31), then divided by count with truncation. The result keeps the multiplier below 2^31.
// All integer arithmetic, so the device can run it as well as the compiler.
[[nodiscard]] constexpr QuantizedMultiplier mean_multiplier(QuantizedMultiplier scale_ratio,
                                                            int count) {
    const int floor_log2_count = 31 - count_leading_zeros(static_cast<std::uint32_t>(count));
    int fold_shift = floor_log2_count < 32 ? floor_log2_count : 32;
    fold_shift = fold_shift < 31 + scale_ratio.shift ? fold_shift : 31 + scale_ratio.shift;
    const std::int64_t scaled_multiplier =
        static_cast<std::int64_t>(scale_ratio.multiplier) * (std::int64_t{1} << fold_shift);
    return {static_cast<std::int32_t>(scaled_multiplier / count), scale_ratio.shift - fold_shift};
}

// The number of input elements each output averages.
[[nodiscard]] constexpr int mean_reduced_count(const MeanGeometry& geometry) {
    int count = 1;
    for (int axis = 0; axis < geometry.rank; ++axis) {
        if (geometry.is_reduced[axis]) {
            count *= geometry.input_dims[axis];
        }
    }
    return count;
}

// The number of output elements.
[[nodiscard]] constexpr int mean_output_count(const MeanGeometry& geometry) {
    int count = 1;
    for (int axis = 0; axis < geometry.rank; ++axis) {
        if (!geometry.is_reduced[axis]) {
            count *= geometry.input_dims[axis];
        }
    }
    return count;
}

// The axes a MEAN averages over, as TFLite's axis tensor holds them: each in [-rank, rank), a
// negative axis counting from the back; an axis given twice counts once.
template <int... Axes>
struct ReductionAxes {
    static constexpr int count = static_cast<int>(sizeof...(Axes));
};

// TFLite's keep_dims option: whether the averaged axes stay in the output shape as 1s.
enum class KeepDims : std::uint8_t { no, yes };

namespace detail {

template <class T>
struct IsReductionAxes {
    static constexpr bool value = false;
};
template <int... Axes>
struct IsReductionAxes<ReductionAxes<Axes...>> {
    static constexpr bool value = true;
};

template <int Rank, int... Axes>
[[nodiscard]] constexpr bool axes_in_range(ReductionAxes<Axes...> /*axes*/) {
    return ((Axes >= -Rank && Axes < Rank) && ...);
}

// The geometry of averaging InputShape over the given axes; the axes must be in range.
template <class InputShape, int... Axes>
[[nodiscard]] constexpr MeanGeometry mean_geometry_of(ReductionAxes<Axes...> /*axes*/) {
    MeanGeometry geometry{};
    geometry.rank = InputShape::rank;
    for (int axis = 0; axis < InputShape::rank; ++axis) {
        geometry.input_dims[axis] = InputShape::dim(axis);
    }
    const int axes[] = {Axes..., 0};  // the trailing 0 keeps the array non-empty
    for (int i = 0; i < static_cast<int>(sizeof...(Axes)); ++i) {
        const int axis = axes[i] < 0 ? axes[i] + InputShape::rank : axes[i];
        geometry.is_reduced[axis] = true;
    }
    return geometry;
}

// Whether OutputShape is what TFLite makes of the input when it averages the reduced axes: those
// axes become 1 (keep_dims) or disappear. With every axis averaged away and no keep_dims TFLite's
// output is a scalar (rank 0), which fennec writes as Shape<1>.
template <class InputShape, class OutputShape>
[[nodiscard]] constexpr bool mean_output_shape_matches(const MeanGeometry& reduced,
                                                       KeepDims keep_dims) {
    if (keep_dims == KeepDims::yes) {
        if (OutputShape::rank != InputShape::rank) {
            return false;
        }
        for (int axis = 0; axis < InputShape::rank; ++axis) {
            const int expected = reduced.is_reduced[axis] ? 1 : InputShape::dim(axis);
            if (OutputShape::dim(axis) != expected) {
                return false;
            }
        }
        return true;
    }
    int output_axis = 0;
    for (int axis = 0; axis < InputShape::rank; ++axis) {
        if (reduced.is_reduced[axis]) {
            continue;
        }
        if (output_axis >= OutputShape::rank ||
            OutputShape::dim(output_axis) != InputShape::dim(axis)) {
            return false;
        }
        ++output_axis;
    }
    const bool is_scalar = output_axis == 0 && OutputShape::rank == 1 && OutputShape::dim(0) == 1;
    return output_axis == OutputShape::rank || is_scalar;
}

}  // namespace detail

// The typed front end: the geometry of a MEAN over compile-time shapes and axes, with every
// mismatch the compiler can see reported as a sentence. Axes is a fennec::kernels::ReductionAxes,
// Keep the op's keep_dims option.
template <class InputShape, class OutputShape, class Axes, KeepDims Keep>
[[nodiscard]] constexpr MeanGeometry mean_geometry() {
    static_assert(is_shape_v<InputShape> && is_shape_v<OutputShape>,
                  "mean: the input and output shapes must be fennec::Shape types");
    static_assert(detail::IsReductionAxes<Axes>::value,
                  "mean: the axes must be a fennec::kernels::ReductionAxes<...> type");
    static_assert(detail::axes_in_range<InputShape::rank>(Axes{}),
                  "mean: every axis must lie in [-rank, rank) of the input");
    // The remaining checks need the axes resolved, which only works for axes in range; skipping
    // them keeps an axis error to one message.
    if constexpr (detail::axes_in_range<InputShape::rank>(Axes{})) {
        constexpr MeanGeometry geometry = detail::mean_geometry_of<InputShape>(Axes{});
        static_assert(detail::mean_output_shape_matches<InputShape, OutputShape>(geometry, Keep),
                      "mean: the output shape must be the input shape with the averaged axes set "
                      "to 1 (keep_dims) or removed (no keep_dims)");
        static_assert(mean_reduced_count(geometry) <= mean_max_reduced_count,
                      "mean: one output may average at most 2^23 input elements, or the int32 sum "
                      "could overflow");
        return geometry;
    } else {
        return MeanGeometry{};
    }
}

}  // namespace fennec::kernels
