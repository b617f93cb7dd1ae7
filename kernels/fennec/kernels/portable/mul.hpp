// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// int8 mul with TFLite broadcasting, bit-exact with TFLM's reference_integer_ops::Mul and
// BroadcastMul4DSlow (extended here to six dimensions; the arithmetic per element is the same).
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/mul.hpp"
#include "fennec/kernels/portable/broadcast.hpp"

namespace fennec::kernels::portable {

// One output element of mul: the product of the zero-point-corrected inputs (exact: at most
// 255 * 255 in magnitude), scaled to the output by the shared requantization epilogue.
[[nodiscard]] constexpr std::int8_t mul_element(std::int8_t input1_value,
                                                std::int8_t input2_value,
                                                const MulQuantization& quantization) {
    const std::int32_t input1_val = std::int32_t{input1_value} - quantization.input1_zero_point;
    const std::int32_t input2_val = std::int32_t{input2_value} - quantization.input2_zero_point;
    const std::int32_t product = input1_val * input2_val;
    return requantize(product, quantization.output_multiplier, quantization.output_shift,
                      quantization.output);
}

// output = input1 * input2 in real terms, element by element with TFLite broadcasting.
//
// Layouts: row-major, each tensor as described by `geometry` (see params/broadcast.hpp); the
// output is dense, geometry.output_shape. Reads exactly the input elements the output needs, writes
// every output element once; no scratch. The output may alias an input of the output's shape.
inline void mul(const BroadcastGeometry& geometry,
                const MulQuantization& quantization,
                const std::int8_t* input1,
                const std::int8_t* input2,
                std::int8_t* output) {
    broadcast_binary(geometry, input1, input2, output,
                     [&](std::int8_t input1_value, std::int8_t input2_value) {
                         return mul_element(input1_value, input2_value, quantization);
                     });
}

// The typed form: the shapes are checked at compile time (see mul_geometry()).
template <class Input1Shape, class Input2Shape, class OutputShape>
void mul(const MulQuantization& quantization,
         const std::int8_t* input1,
         const std::int8_t* input2,
         std::int8_t* output) {
    constexpr BroadcastGeometry geometry = mul_geometry<Input1Shape, Input2Shape, OutputShape>();
    mul(geometry, quantization, input1, input2, output);
}

}  // namespace fennec::kernels::portable
