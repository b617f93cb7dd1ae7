// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every mul kernel shares: the quantization constants, how they follow from the tensors'
// scales (TFLM's mul_common.cc, CalculateOpDataMul), and the typed shape checks.
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/broadcast.hpp"

namespace fennec::kernels {

// The product of the two zero-point-corrected inputs is exact in int32 (|a * b| <= 255^2); one
// multiplier, input1_scale * input2_scale / output_scale, takes it to the output scale. The
// multiplier may exceed 1 (shift > 0).
struct MulQuantization {
    std::int32_t input1_zero_point;
    std::int32_t input2_zero_point;
    std::int32_t output_multiplier;
    int output_shift;
    OutputQuantization output;
};

// The constants TFLM derives in Prepare, in the same double arithmetic.
[[nodiscard]] constexpr MulQuantization mul_quantization(float input1_scale,
                                                         std::int32_t input1_zero_point,
                                                         float input2_scale,
                                                         std::int32_t input2_zero_point,
                                                         float output_scale,
                                                         std::int32_t output_zero_point,
                                                         Activation activation) {
    const double real_multiplier = static_cast<double>(input1_scale) *
                                   static_cast<double>(input2_scale) /
                                   static_cast<double>(output_scale);
    const QuantizedMultiplier output = quantize_multiplier(real_multiplier);
    return {input1_zero_point,
            input2_zero_point,
            output.multiplier,
            output.shift,
            {output_zero_point, activation_range(activation, output_scale, output_zero_point)}};
}

// The broadcast geometry of mul, checked at compile time.
template <class Input1Shape, class Input2Shape, class OutputShape>
[[nodiscard]] constexpr BroadcastGeometry mul_geometry() {
    static_assert(is_shape_v<Input1Shape> && is_shape_v<Input2Shape> && is_shape_v<OutputShape>,
                  "mul: the shapes must be fennec::Shape types");
    constexpr bool compatible = broadcast_compatible<Input1Shape, Input2Shape>();
    static_assert(compatible,
                  "mul: input shapes must be broadcast-compatible (aligned at the last dimension, "
                  "each pair of sizes equal or one of them 1)");
    static_assert(!compatible || is_broadcast_output<Input1Shape, Input2Shape, OutputShape>(),
                  "mul: output shape must be the broadcast of the input shapes");
    return broadcast_geometry<Input1Shape, Input2Shape>();
}

}  // namespace fennec::kernels
