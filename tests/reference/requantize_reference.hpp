// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The requantization every int8 reference ends with, on the rule-based arithmetic of
// fixed_point_spec.hpp (nothing from fennec's fixed_point.hpp or requantize.hpp, which the kernels
// use).
#pragma once

#include <algorithm>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "reference/fixed_point_spec.hpp"

namespace fennec::reference {

// TFLM's MultiplyByQuantizedMultiplier (the default build's two roundings) on an exact value as
// TFLM's int32 arithmetic holds it: wrapped to int32 first, and wrapped again by the left shift of
// a positive `shift`.
inline std::int32_t multiply_by_quantized_multiplier(std::int64_t value,
                                                     std::int32_t multiplier,
                                                     int shift) {
    return spec::mbqm(spec::wrap_to_int32(value), multiplier, shift);
}

// The epilogue of an int8 kernel: the accumulator scaled by multiplier * 2^(shift - 31), shifted
// by the output zero point, clamped to the activation range.
inline std::int8_t requantize(std::int64_t accumulator,
                              std::int32_t multiplier,
                              int shift,
                              std::int32_t output_zero_point,
                              ActivationRange activation) {
    const std::int64_t scaled =
        std::int64_t{multiply_by_quantized_multiplier(accumulator, multiplier, shift)} +
        output_zero_point;
    return static_cast<std::int8_t>(
        std::clamp<std::int64_t>(scaled, activation.min, activation.max));
}

}  // namespace fennec::reference
