// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The epilogue every multiply-accumulate kernel shares: scale the int32 accumulator (bias already
// added) back to the output's int8 scale, add the output zero point, clamp to the fused
// activation's range and narrow. Written once here so conv2d, depthwise_conv2d and fully_connected
// cannot drift.
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/fixed_point.hpp"

namespace fennec {

// What the epilogue needs besides the accumulator; the multiplier may be per channel.
struct OutputQuantization {
    std::int32_t zero_point;
    ActivationRange activation;
};

[[nodiscard]] constexpr std::int8_t requantize(std::int32_t accumulator,
                                               std::int32_t output_multiplier,
                                               int output_shift,
                                               OutputQuantization output) {
    const std::int32_t scaled =
        multiply_by_quantized_multiplier(accumulator, output_multiplier, output_shift);
    // Wrapping add: TFLM adds in int32 too, and the sum only overflows for accumulators no real
    // layer produces; wrapping keeps that corner defined (and equal to TFLM's compiled code).
    return clamp_to_int8(add_wrapping(scaled, output.zero_point), output.activation);
}

}  // namespace fennec
