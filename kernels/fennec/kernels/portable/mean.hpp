// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 mean: TFLite's MEAN with int8 input and output, bit-exact with the integer
// path TFLM takes for it (reference_ops::QuantizedMeanOrSum; params/mean.hpp says why that one).
// Written to be read, not tuned; it is the oracle the accelerated variants are tested against.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/mean.hpp"

namespace fennec::kernels::portable {

namespace detail {

// The input offset of the index-th combination of coordinates along the axes whose is_reduced
// flag equals `reduced`, counting those combinations in row-major order (last axis fastest).
// With reduced == false, index is an output element's index and the result is where its
// averaging window starts; with reduced == true, index runs through one window.
[[nodiscard]] constexpr int mean_input_offset(const MeanGeometry& geometry,
                                              int index,
                                              bool reduced) {
    int offset = 0;
    int stride = 1;
    for (int axis = geometry.rank - 1; axis >= 0; --axis) {
        const int dim = geometry.input_dims[axis];
        if (geometry.is_reduced[axis] == reduced) {
            offset += (index % dim) * stride;
            index /= dim;
        }
        stride *= dim;
    }
    return offset;
}

}  // namespace detail

// The mean of an int8 tensor (rank 1 to 6) over a set of axes, requantized to the output's scale
// and zero point:
//
//   output[o] = clamp(round((sum over the window of o of input[i] - count * input_zero_point)
//                           * input_scale / output_scale / count) + output_zero_point)
//
// where the window of output element o is every input element whose coordinates along the kept
// axes are o's, and count is its size. The rounding is TFLM's: 1 / count is folded into the
// input_scale / output_scale multiplier with mean_multiplier() (a truncating integer division),
// then multiply_by_quantized_multiplier rounds as every int8 kernel does. No float arithmetic.
//
// - Output elements are in the input's order along the kept axes (keep_dims changes only the
//   shape). Input and output must not overlap.
// - The int32 sum holds windows up to mean_max_reduced_count = 2^23 elements; the typed form
//   checks it.
// - Reads exactly the input's elements, writes every output element once, needs no scratch memory
//   (TFLM's version sums into an int32 scratch buffer of the output's size; summing one window at
//   a time gives the same sums).
inline void mean(const MeanGeometry& geometry,
                 const MeanQuantization& quantization,
                 const std::int8_t* input,
                 std::int8_t* output) {
    // Parameters.
    const int output_count = mean_output_count(geometry);
    const int reduced_count = mean_reduced_count(geometry);
    const std::int32_t input_zero_point = quantization.input_zero_point;
    const QuantizedMultiplier multiplier = mean_multiplier(
        {quantization.output_multiplier, static_cast<int>(quantization.output_shift)},
        reduced_count);
    const OutputQuantization output_quantization{quantization.output_zero_point,
                                                 {int8_min, int8_max}};

    for (int out_index = 0; out_index < output_count; ++out_index) {
        const int window_origin = detail::mean_input_offset(geometry, out_index, /*reduced=*/false);
        std::int32_t sum = 0;
        for (int window_index = 0; window_index < reduced_count; ++window_index) {
            sum += input[window_origin +
                         detail::mean_input_offset(geometry, window_index, /*reduced=*/true)];
        }

        // Epilogue: remove the zero points, requantize with 1 / count folded in, add the output
        // zero point, clamp to int8.
        const std::int32_t sum_minus_zero_points = sum - input_zero_point * reduced_count;
        output[out_index] = requantize(sum_minus_zero_points, multiplier.multiplier,
                                       multiplier.shift, output_quantization);
    }
}

// The typed form: the geometry comes from compile-time shapes and axes, so a mismatch fails to
// compile (see mean_geometry) and the compiler sees every size, and the folded multiplier's
// shift, as constants after inlining. Axes is a ReductionAxes<...>, Keep the op's keep_dims.
template <class InputShape, class OutputShape, class Axes, KeepDims Keep>
inline void mean(const MeanQuantization& quantization,
                 const std::int8_t* input,
                 std::int8_t* output) {
    constexpr MeanGeometry geometry = mean_geometry<InputShape, OutputShape, Axes, Keep>();
    mean(geometry, quantization, input, output);
}

}  // namespace fennec::kernels::portable
