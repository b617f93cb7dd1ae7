// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 fully_connected for Cortex-M cores with Helium (M55): same signatures and bit for bit
// the same outputs as portable::fully_connected and portable::fully_connected_per_channel, the
// oracles.
//
// How it differs from the portable loops: output rows go four at a time and share every input
// load; each 16 input bytes cost one input load and, per row, one weight load, one VMLADAVA.S8
// (16 MACs) and one VADDVA.S8 (the row's weight sum, since the input zero point is folded in after
// the dot product: dot.hpp): 13 instructions for 64 MACs. Depths that are not a multiple of 16 end
// with one tail-predicated step; a row count that is not a multiple of 4 ends with a group that
// overlaps the one before (fewer than four rows: the group repeats the last row, and its store is
// predicated). The requantization runs on the four rows' lanes at
// once (requantize.hpp). Nothing is prepared ahead of the call and no scratch is used.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_mve/dot.hpp"
#include "fennec/kernels/arm_mve/requantize.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/fully_connected.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

#if FENNEC_HAS_MVE

namespace fennec::kernels::arm_mve {

namespace detail {

// The loop both quantization forms share: the multiplier and shift of row r are at
// output_multiplier[r * ChannelStep] (ChannelStep 0: one per-tensor pair). AccumDepth is the
// depth when not 0 (the typed forms). IsNarrow: fewer than four rows, so the group repeats the
// last row and stores only the real ones; else every group is complete, the last one of a row
// count that is not a multiple of 4 overlapping its neighbour (storing some outputs twice).
template <int AccumDepth, int ChannelStep, bool IsNarrow>
inline void fully_connected_rows(const FullyConnectedGeometry& geometry,
                                 std::int32_t input_zero_point,
                                 const std::int32_t* output_multiplier,
                                 const std::int32_t* output_shift,
                                 const OutputQuantization& output,
                                 const std::int8_t* input,
                                 const std::int8_t* filter,
                                 const std::int32_t* bias,
                                 std::int8_t* output_data) {
    constexpr int row_stride = IsNarrow ? 0 : AccumDepth;
    const int batches = geometry.batches;
    const int accum_depth = AccumDepth != 0 ? AccumDepth : geometry.accum_depth;
    const int output_depth = geometry.output_depth;
    const LaneOutput output_lanes = lane_output(output);
    LaneRequantization requantization{};
    if constexpr (ChannelStep == 0) {
        requantization = splat_lane_requantization(output_multiplier[0], output_shift[0]);
    }

    for (int group_row = 0; group_row < output_depth; group_row += 4) {
        const int first_row =
            group_row + 4 <= output_depth || IsNarrow ? group_row : output_depth - 4;
        WeightRows<row_stride> weights{filter + first_row * accum_depth, {}};
        std::int32_t bias_values[4];
        std::int32_t multiplier[4];
        std::int32_t shift[4];
        for (int j = 0; j < 4; ++j) {
            const int row = first_row + j < output_depth ? first_row + j : output_depth - 1;
            weights.offset[j] = (row - first_row) * accum_depth;
            bias_values[j] = bias != nullptr ? bias[row] : 0;
            multiplier[j] = output_multiplier[row * ChannelStep];
            shift[j] = output_shift[row * ChannelStep];
        }
        if constexpr (ChannelStep != 0) {
            requantization = load_lane_requantization(multiplier, shift);
        }
        const int32x4_t bias_lanes = lanes(bias_values);
        for (int batch = 0; batch < batches; ++batch) {
            RowSums sums{};
            accumulate_rows<AccumDepth, true>(input + batch * accum_depth, weights, 0, accum_depth,
                                              sums);
            // dot + bias - input_zero_point * weight_sum, wrapping like portable's int32 sums.
            const int32x4_t accumulator = vmlaq_n_s32(vaddq_s32(lanes(sums.dot), bias_lanes),
                                                      lanes(sums.weight_sum), -input_zero_point);
            const int32x4_t values = requantize(accumulator, requantization, output_lanes);
            std::int8_t* const output_row = output_data + batch * output_depth + first_row;
            if constexpr (IsNarrow) {
                store_int8x4(output_row, values, output_depth);
            } else {
                store_int8x4(output_row, values);
            }
        }
    }
}

template <int AccumDepth, int ChannelStep>
inline void fully_connected(const FullyConnectedGeometry& geometry,
                            std::int32_t input_zero_point,
                            const std::int32_t* output_multiplier,
                            const std::int32_t* output_shift,
                            const OutputQuantization& output,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output_data) {
    if (geometry.output_depth < 4) {
        fully_connected_rows<AccumDepth, ChannelStep, true>(geometry, input_zero_point,
                                                            output_multiplier, output_shift, output,
                                                            input, filter, bias, output_data);
    } else {
        fully_connected_rows<AccumDepth, ChannelStep, false>(
            geometry, input_zero_point, output_multiplier, output_shift, output, input, filter,
            bias, output_data);
    }
}

}  // namespace detail

// Fully connected layer with per-tensor weights: the contract of portable::fully_connected, and
// its exact results. Reads exactly the tensors' elements, writes every output element once.
inline void fully_connected(const FullyConnectedGeometry& geometry,
                            const FullyConnectedQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    detail::fully_connected<0, 0>(geometry, quantization.input_zero_point,
                                  &quantization.output_multiplier, &quantization.output_shift,
                                  quantization.output, input, filter, bias, output);
}

// The same with per-channel weights (portable::fully_connected_per_channel).
inline void fully_connected_per_channel(const FullyConnectedGeometry& geometry,
                                        const FullyConnectedPerChannelQuantization& quantization,
                                        const std::int8_t* input,
                                        const std::int8_t* filter,
                                        const std::int32_t* bias,
                                        std::int8_t* output) {
    detail::fully_connected<0, 1>(geometry, quantization.input_zero_point,
                                  quantization.output_multiplier, quantization.output_shift,
                                  quantization.output, input, filter, bias, output);
}

// The typed forms: the geometry from compile-time shapes (see fully_connected_geometry), the depth
// as a constant (the 16-byte steps unroll, the tail predicate is a constant).
template <class InputShape, class FilterShape, class OutputShape>
inline void fully_connected(const FullyConnectedQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    constexpr FullyConnectedGeometry geometry =
        fully_connected_geometry<InputShape, FilterShape, OutputShape>();
    detail::fully_connected<geometry.accum_depth, 0>(
        geometry, quantization.input_zero_point, &quantization.output_multiplier,
        &quantization.output_shift, quantization.output, input, filter, bias, output);
}

template <class InputShape, class FilterShape, class OutputShape>
inline void fully_connected_per_channel(const FullyConnectedPerChannelQuantization& quantization,
                                        const std::int8_t* input,
                                        const std::int8_t* filter,
                                        const std::int32_t* bias,
                                        std::int8_t* output) {
    constexpr FullyConnectedGeometry geometry =
        fully_connected_geometry<InputShape, FilterShape, OutputShape>();
    detail::fully_connected<geometry.accum_depth, 1>(
        geometry, quantization.input_zero_point, quantization.output_multiplier,
        quantization.output_shift, quantization.output, input, filter, bias, output);
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
