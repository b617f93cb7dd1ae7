// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for int8 ADD: TFLM's Prepare (add_common.cc) and per-element arithmetic
// (reference/integer_ops/add.h) written again from the definition with int64 arithmetic, over
// TFLite broadcasting with run-time shapes. From core it uses only quantize_multiplier and
// activation_range (TFLite's Prepare helpers, tested on their own).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "fennec/core/quantize_multiplier.hpp"
#include "reference/broadcast_reference.hpp"
#include "reference/requantize_reference.hpp"

namespace fennec::reference {

inline std::vector<std::int8_t> add(const BinaryOpTensors& tensors,
                                    const Dims& input1_dims,
                                    const std::vector<std::int8_t>& input1,
                                    const Dims& input2_dims,
                                    const std::vector<std::int8_t>& input2) {
    // Prepare: the sum is formed in the scale 2 * max(input scales) / 2^20.
    constexpr std::int64_t two_to_the_left_shift = std::int64_t{1} << 20;
    const double twice_max_input_scale =
        2.0 * static_cast<double>(std::max(tensors.input1_scale, tensors.input2_scale));
    const QuantizedMultiplier input1_multiplier =
        quantize_multiplier(static_cast<double>(tensors.input1_scale) / twice_max_input_scale);
    const QuantizedMultiplier input2_multiplier =
        quantize_multiplier(static_cast<double>(tensors.input2_scale) / twice_max_input_scale);
    const QuantizedMultiplier output_multiplier = quantize_multiplier(
        twice_max_input_scale / (1048576.0 * static_cast<double>(tensors.output_scale)));

    return broadcast_binary_op(tensors, input1_dims, input1, input2_dims, input2,
                               [&](std::int64_t value1, std::int64_t value2) {
                                   const std::int64_t sum =
                                       std::int64_t{multiply_by_quantized_multiplier(
                                           value1 * two_to_the_left_shift,
                                           input1_multiplier.multiplier, input1_multiplier.shift)} +
                                       multiply_by_quantized_multiplier(
                                           value2 * two_to_the_left_shift,
                                           input2_multiplier.multiplier, input2_multiplier.shift);
                                   return multiply_by_quantized_multiplier(
                                       sum, output_multiplier.multiplier, output_multiplier.shift);
                               });
}

}  // namespace fennec::reference
