// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every fully_connected kernel variant (portable, arm_dsp, arm_mve) shares: the sizes of one
// layer, its quantization constants (one multiplier for the whole tensor, or one per output
// channel), how TFLite derives those multipliers from the scales, and the typed front end that
// derives the sizes from compile-time shapes and rejects shapes that cannot belong together.
#pragma once

#include <cstdint>

#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/core/shape.hpp"

namespace fennec::kernels {

// The sizes one fully_connected works on, with TFLite's names. The input is read as
// [batches, accum_depth] whatever its rank (TFLite flattens it), the weights are
// [output_depth, accum_depth] and the output is [batches, output_depth], all row-major.
struct FullyConnectedGeometry {
    int batches;
    int accum_depth;
    int output_depth;
};

// The integer constants of a fully_connected whose weights have one scale for the whole tensor.
// output_multiplier/output_shift encode input_scale * filter_scale / output_scale as
// multiplier * 2^(shift - 31) (see fully_connected_output_multiplier); a positive shift is a left
// shift.
//
// There is no filter zero point: TFLite's int8 quantization spec makes weights symmetric
// (zero_point = 0) and TFLM's Prepare checks it, so the weights offset its per-tensor kernel would
// add is always 0.
struct FullyConnectedQuantization {
    std::int32_t input_zero_point;
    std::int32_t output_multiplier;
    std::int32_t output_shift;
    OutputQuantization output;
};

// The same for weights with one scale per output channel: output_multiplier and output_shift point
// to output_depth entries each (see fully_connected_channel_multiplier).
struct FullyConnectedPerChannelQuantization {
    std::int32_t input_zero_point;
    const std::int32_t* output_multiplier;
    const std::int32_t* output_shift;
    OutputQuantization output;
};

// The int32 accumulator sums filter_value * (input_value - input_zero_point) terms, each at most
// 128 * 255 = 32640 < 2^15 in magnitude, so 2^16 of them cannot overflow. The largest layer in
// the MLPerf Tiny and TFLM example models sums 4000 terms (micro_speech).
inline constexpr int fully_connected_max_accum_depth = 1 << 16;

// The multiplier TFLM's Prepare computes for per-tensor weights (GetQuantizedConvolutionMultipler):
// note that the product input_scale * filter_scale is taken in float, and only then widened to
// double for the division. The low bits of the multiplier depend on it.
[[nodiscard]] constexpr QuantizedMultiplier fully_connected_output_multiplier(float input_scale,
                                                                              float filter_scale,
                                                                              float output_scale) {
    const float input_product_scale = input_scale * filter_scale;
    return quantize_multiplier(static_cast<double>(input_product_scale) /
                               static_cast<double>(output_scale));
}

// The multiplier of one output channel for per-channel weights: here TFLM's Prepare widens each
// scale to double first and takes the whole product in double.
[[nodiscard]] constexpr QuantizedMultiplier fully_connected_channel_multiplier(float input_scale,
                                                                               float filter_scale,
                                                                               float output_scale) {
    return quantize_multiplier(static_cast<double>(input_scale) *
                               static_cast<double>(filter_scale) /
                               static_cast<double>(output_scale));
}

// The typed front end: the geometry of a fully_connected over compile-time shapes, with every
// mismatch the compiler can see reported as a sentence. FilterShape is [output_depth,
// accum_depth]; the input may have any rank (its elements are batches rows of accum_depth); the
// output's last dimension is output_depth and the rest multiply to batches (TFLite's output is
// [batches, output_depth], or the input's leading dimensions with keep_num_dims).
template <class InputShape, class FilterShape, class OutputShape>
[[nodiscard]] constexpr FullyConnectedGeometry fully_connected_geometry() {
    static_assert(is_shape_v<InputShape> && is_shape_v<FilterShape> && is_shape_v<OutputShape>,
                  "fully_connected: the input, weights and output shapes must be fennec::Shape "
                  "types");
    static_assert(FilterShape::rank == 2,
                  "fully_connected: the weights must have rank 2 ([output size, input size])");
    if constexpr (FilterShape::rank == 2) {
        constexpr int output_depth = FilterShape::dim(0);
        constexpr int accum_depth = FilterShape::dim(1);
        constexpr int batches = OutputShape::elements / OutputShape::dim(OutputShape::rank - 1);

        static_assert(OutputShape::dim(OutputShape::rank - 1) == output_depth,
                      "fully_connected: the output's last dimension must equal the weights' "
                      "output size (dimension 0 of [out, in])");
        static_assert(InputShape::elements == batches * accum_depth,
                      "fully_connected: the input must hold batches x the weights' input size "
                      "(dimension 1 of [out, in]) elements, where batches = output elements / "
                      "output size");
        static_assert(accum_depth <= fully_connected_max_accum_depth,
                      "fully_connected: the weights' input size must not exceed 65536, or the "
                      "int32 accumulator could overflow");

        return FullyConnectedGeometry{batches, accum_depth, output_depth};
    } else {
        return FullyConnectedGeometry{};
    }
}

}  // namespace fennec::kernels
