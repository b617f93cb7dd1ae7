// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every add kernel shares: the quantization constants, how they follow from the tensors'
// scales (TFLM's add_common.cc, CalculateOpDataAdd), and the typed shape checks.
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/broadcast.hpp"

namespace fennec::kernels {

// Both inputs are shifted left by 20 bits before they are rescaled to a common scale, so the
// rescaling (by a multiplier below 1) keeps 20 bits of fraction. TFLM uses 20 for int8 add.
inline constexpr int add_input_left_shift = 20;

// The sum is computed in the scale 2 * max(input1_scale, input2_scale) / 2^20: each input is
// rescaled into it by a multiplier <= 1/2, and the sum is rescaled to the output scale.
// All three shifts are <= 0 (TFLM's Prepare rejects a real multiplier >= 1).
struct AddQuantization {
    std::int32_t input1_zero_point;
    std::int32_t input1_multiplier;
    int input1_shift;
    std::int32_t input2_zero_point;
    std::int32_t input2_multiplier;
    int input2_shift;
    std::int32_t output_multiplier;
    int output_shift;
    OutputQuantization output;
};

// The constants TFLM derives in Prepare, from the tensors' float scales and zero points, in the
// same double arithmetic. Requires output_scale > 2 * max(input scales) / 2^20, so that the output
// multiplier stays below 1 (TFLM checks the same).
[[nodiscard]] constexpr AddQuantization add_quantization(float input1_scale,
                                                         std::int32_t input1_zero_point,
                                                         float input2_scale,
                                                         std::int32_t input2_zero_point,
                                                         float output_scale,
                                                         std::int32_t output_zero_point,
                                                         Activation activation) {
    const float max_input_scale = input1_scale > input2_scale ? input1_scale : input2_scale;
    const double twice_max_input_scale = 2 * static_cast<double>(max_input_scale);
    const double real_input1_multiplier = static_cast<double>(input1_scale) / twice_max_input_scale;
    const double real_input2_multiplier = static_cast<double>(input2_scale) / twice_max_input_scale;
    const double real_output_multiplier =
        twice_max_input_scale /
        (static_cast<double>(1 << add_input_left_shift) * static_cast<double>(output_scale));
    const QuantizedMultiplier input1 = quantize_multiplier_smaller_than_one(real_input1_multiplier);
    const QuantizedMultiplier input2 = quantize_multiplier_smaller_than_one(real_input2_multiplier);
    const QuantizedMultiplier output = quantize_multiplier_smaller_than_one(real_output_multiplier);
    return {input1_zero_point,
            input1.multiplier,
            input1.shift,
            input2_zero_point,
            input2.multiplier,
            input2.shift,
            output.multiplier,
            output.shift,
            {output_zero_point, activation_range(activation, output_scale, output_zero_point)}};
}

// The broadcast geometry of add, checked at compile time.
template <class Input1Shape, class Input2Shape, class OutputShape>
[[nodiscard]] constexpr BroadcastGeometry add_geometry() {
    static_assert(is_shape_v<Input1Shape> && is_shape_v<Input2Shape> && is_shape_v<OutputShape>,
                  "add: the shapes must be fennec::Shape types");
    constexpr bool compatible = broadcast_compatible<Input1Shape, Input2Shape>();
    static_assert(compatible,
                  "add: input shapes must be broadcast-compatible (aligned at the last dimension, "
                  "each pair of sizes equal or one of them 1)");
    static_assert(!compatible || is_broadcast_output<Input1Shape, Input2Shape, OutputShape>(),
                  "add: output shape must be the broadcast of the input shapes");
    return broadcast_geometry<Input1Shape, Input2Shape>();
}

}  // namespace fennec::kernels
