// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for fully_connected: plain loops over run-time shapes with int64
// arithmetic, written from TFLite's definition of the op, not from fennec's kernels; the
// requantization is requantize_reference.hpp's.
#pragma once

#include <cstdint>
#include <vector>

#include "fennec/core/activation.hpp"
#include "reference/requantize_reference.hpp"

namespace fennec::reference {

// A fully_connected layer with run-time sizes. multipliers/shifts hold one entry (per-tensor
// weights) or output_depth entries (per-channel); an empty bias means no bias.
struct FullyConnectedLayer {
    int batches;
    int accum_depth;
    int output_depth;
    std::int32_t input_zero_point;
    std::vector<std::int32_t> multipliers;
    std::vector<int> shifts;
    std::int32_t output_zero_point;
    ActivationRange activation;
    std::vector<std::int8_t> filter;  // [output_depth][accum_depth]
    std::vector<std::int32_t> bias;   // [output_depth] or empty
};

// output[b][o] = requantize(bias[o] + sum over d of filter[o][d] * (input[b][d] -
// input_zero_point)), the sum taken exactly in int64.
inline std::vector<std::int8_t> fully_connected(const FullyConnectedLayer& layer,
                                                const std::vector<std::int8_t>& input) {
    std::vector<std::int8_t> output(static_cast<std::size_t>(layer.batches * layer.output_depth));
    for (int b = 0; b < layer.batches; ++b) {
        for (int o = 0; o < layer.output_depth; ++o) {
            std::int64_t sum = 0;
            for (int d = 0; d < layer.accum_depth; ++d) {
                const std::int64_t x = input[static_cast<std::size_t>(b * layer.accum_depth + d)];
                const std::int64_t w =
                    layer.filter[static_cast<std::size_t>(o * layer.accum_depth + d)];
                sum += w * (x - layer.input_zero_point);
            }
            if (!layer.bias.empty()) {
                sum += layer.bias[static_cast<std::size_t>(o)];
            }
            const std::size_t channel =
                layer.multipliers.size() == 1 ? 0 : static_cast<std::size_t>(o);
            output[static_cast<std::size_t>(b * layer.output_depth + o)] =
                requantize(sum, layer.multipliers[channel], layer.shifts[channel],
                           layer.output_zero_point, layer.activation);
        }
    }
    return output;
}

}  // namespace fennec::reference
