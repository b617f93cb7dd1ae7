// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for int8 MUL: TFLM's Prepare (mul_common.cc) and per-element arithmetic
// (reference/integer_ops/mul.h) written again from the definition with int64 arithmetic, over
// TFLite broadcasting with run-time shapes.
#pragma once

#include <cstdint>
#include <vector>

#include "fennec/core/quantize_multiplier.hpp"
#include "reference/broadcast_reference.hpp"
#include "reference/requantize_reference.hpp"

namespace fennec::reference {

inline std::vector<std::int8_t> mul(const BinaryOpTensors& tensors,
                                    const Dims& input1_dims,
                                    const std::vector<std::int8_t>& input1,
                                    const Dims& input2_dims,
                                    const std::vector<std::int8_t>& input2) {
    const QuantizedMultiplier output_multiplier = quantize_multiplier(
        static_cast<double>(tensors.input1_scale) * static_cast<double>(tensors.input2_scale) /
        static_cast<double>(tensors.output_scale));
    return broadcast_binary_op(tensors, input1_dims, input1, input2_dims, input2,
                               [&](std::int64_t value1, std::int64_t value2) {
                                   return multiply_by_quantized_multiplier(
                                       value1 * value2, output_multiplier.multiplier,
                                       output_multiplier.shift);
                               });
}

}  // namespace fennec::reference
