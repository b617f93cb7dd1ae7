// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for fully_connected (and the requantization step mean shares): plain
// loops over run-time shapes with int64 arithmetic, written from TFLite's definition of the op and
// of its rounding, not from fennec's kernels or fixed-point helpers.
#pragma once

#include <cstdint>
#include <vector>

#include "fennec/core/activation.hpp"

namespace fennec::reference {

// floor(value / 2^exponent) for either sign, exponent in [0, 62].
inline std::int64_t floor_divide_by_power_of_two(std::int64_t value, int exponent) {
    const std::int64_t divisor = std::int64_t{1} << exponent;
    std::int64_t quotient = value / divisor;  // truncates toward zero
    if (value % divisor != 0 && value < 0) {
        --quotient;
    }
    return quotient;
}

// The int32 that TFLM's int32 arithmetic leaves of an exact value: two's-complement wrap-around.
inline std::int32_t wrap_to_int32(std::int64_t value) {
    const std::int64_t low_bits = value & 0xFFFFFFFF;
    return static_cast<std::int32_t>(
        low_bits >= (std::int64_t{1} << 31) ? low_bits - (std::int64_t{1} << 32) : low_bits);
}

// TFLM's MultiplyByQuantizedMultiplier (default build: two roundings), from its definition:
//   1. a positive shift multiplies x by 2^shift first, in int32 (wrapping, as x * (1 << shift));
//   2. the doubling high multiply takes round(x * multiplier / 2^31) with ties toward +infinity,
//      i.e. floor((x * multiplier + 2^30) / 2^31); only INT32_MIN * INT32_MIN saturates;
//   3. a negative shift divides by 2^-shift, rounding ties away from zero.
inline std::int32_t multiply_by_quantized_multiplier(std::int32_t x,
                                                     std::int32_t multiplier,
                                                     int shift) {
    const int left_shift = shift > 0 ? shift : 0;
    const int right_shift = shift > 0 ? 0 : -shift;
    const std::int64_t scaled_x = wrap_to_int32(std::int64_t{x} * (std::int64_t{1} << left_shift));
    const std::int64_t int32_lowest = -(std::int64_t{1} << 31);
    const std::int64_t high =
        scaled_x == int32_lowest && multiplier == int32_lowest
            ? (std::int64_t{1} << 31) - 1
            : floor_divide_by_power_of_two(scaled_x * multiplier + (std::int64_t{1} << 30), 31);
    if (right_shift == 0) {
        return static_cast<std::int32_t>(high);
    }
    const std::int64_t magnitude = high < 0 ? -high : high;
    const std::int64_t rounded_magnitude =
        (magnitude + (std::int64_t{1} << (right_shift - 1))) >> right_shift;
    return static_cast<std::int32_t>(high < 0 ? -rounded_magnitude : rounded_magnitude);
}

// The epilogue of an int8 kernel: the accumulator as TFLM's int32 holds it, scaled, shifted by the
// output zero point, clamped to the activation range.
inline std::int8_t requantize(std::int64_t accumulator,
                              std::int32_t multiplier,
                              int shift,
                              std::int32_t output_zero_point,
                              ActivationRange activation) {
    const std::int64_t scaled = std::int64_t{multiply_by_quantized_multiplier(
                                    wrap_to_int32(accumulator), multiplier, shift)} +
                                output_zero_point;
    const std::int64_t clamped = scaled < activation.min
                                     ? activation.min
                                     : (scaled > activation.max ? activation.max : scaled);
    return static_cast<std::int8_t>(clamped);
}

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
