// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for mean: TFLM's integer QuantizedMeanOrSum written out from its
// description with run-time shapes. It walks the whole input once in memory order and adds each
// element to the output its kept coordinates select (the way TFLM's Reduce walks it, not the
// window-by-window order of fennec's kernel), then requantizes with 1/count folded into the
// multiplier.
#pragma once

#include <cstdint>
#include <vector>

#include "reference/requantize_reference.hpp"

namespace fennec::reference {

// A MEAN with run-time sizes: input dimensions (rank 1..6) and which of them are averaged.
struct MeanLayer {
    std::vector<int> input_dims;
    std::vector<bool> is_reduced;
    std::int32_t input_zero_point;
    std::int32_t multiplier;  // input_scale / output_scale, as TFLM's Prepare quantizes it
    int shift;
    std::int32_t output_zero_point;
};

inline std::vector<std::int8_t> mean(const MeanLayer& layer,
                                     const std::vector<std::int8_t>& input) {
    const int rank = static_cast<int>(layer.input_dims.size());
    std::int64_t output_count = 1;
    std::int64_t count = 1;
    for (int axis = 0; axis < rank; ++axis) {
        (layer.is_reduced[static_cast<std::size_t>(axis)] ? count : output_count) *=
            layer.input_dims[static_cast<std::size_t>(axis)];
    }

    // Sum: walk the input with a coordinate counter (last axis fastest).
    std::vector<std::int64_t> sums(static_cast<std::size_t>(output_count), 0);
    std::vector<int> coordinate(static_cast<std::size_t>(rank), 0);
    for (std::int8_t value : input) {
        std::int64_t output_index = 0;
        for (int axis = 0; axis < rank; ++axis) {
            if (!layer.is_reduced[static_cast<std::size_t>(axis)]) {
                output_index = output_index * layer.input_dims[static_cast<std::size_t>(axis)] +
                               coordinate[static_cast<std::size_t>(axis)];
            }
        }
        sums[static_cast<std::size_t>(output_index)] += value;
        for (int axis = rank - 1; axis >= 0; --axis) {
            auto& c = coordinate[static_cast<std::size_t>(axis)];
            if (++c < layer.input_dims[static_cast<std::size_t>(axis)]) {
                break;
            }
            c = 0;
        }
    }

    // Fold 1/count into the multiplier: scale it up by 2^k, k = floor(log2(count)) capped at 32
    // and at 31 + shift, divide by count (truncating), and take k off the shift.
    int k = 0;
    while ((std::int64_t{2} << k) <= count) {
        ++k;
    }
    k = k < 32 ? k : 32;
    k = k < 31 + layer.shift ? k : 31 + layer.shift;
    const auto folded_multiplier =
        static_cast<std::int32_t>(std::int64_t{layer.multiplier} * (std::int64_t{1} << k) / count);
    const int folded_shift = layer.shift - k;

    std::vector<std::int8_t> output(static_cast<std::size_t>(output_count));
    for (std::size_t o = 0; o < output.size(); ++o) {
        output[o] = requantize(sums[o] - count * layer.input_zero_point, folded_multiplier,
                               folded_shift, layer.output_zero_point, {-128, 127});
    }
    return output;
}

}  // namespace fennec::reference
