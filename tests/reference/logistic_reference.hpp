// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Two oracles for int8 LOGISTIC (output scale 1/256, zero point -128):
//   logistic()      TFLM's arithmetic step by step (logistic_common.cc's Prepare, then
//                   reference/integer_ops/logistic.h) on the independent gemmlowp model of
//                   gemmlowp_reference.hpp; the kernel must match it exactly.
//   logistic_real() the real function in long double before the final rounding; the kernel must
//                   stay within one output step of it.
// Also the input scaling that LOGISTIC and TANH share, derived again from TFLM's Prepare.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "reference/gemmlowp_reference.hpp"

namespace fennec::reference {

struct FixedPointInputTensor {
    float scale;
    std::int32_t zero_point;
};

// Prepare (int8): input - zero_point is scaled into Q4.27 by scale * 2^27, as frexp's fraction
// rounded to 31 bits and its exponent (no carry when the fraction rounds up to 1: TFLM has none).
// Differences of at least radius = floor(15 * 2^27 / 2^shift) would saturate Q4.27.
struct FixedPointInputScaling {
    std::int32_t multiplier;
    int shift;
    std::int32_t radius;
};

inline FixedPointInputScaling fixed_point_input_scaling(const FixedPointInputTensor& input) {
    int shift = 0;
    const double fraction = std::frexp(static_cast<double>(input.scale) * 134217728.0, &shift);
    const auto multiplier = static_cast<std::int32_t>(std::round(fraction * 2147483648.0));
    const double radius = std::floor(15.0 * 134217728.0 / std::ldexp(1.0, shift));
    return {multiplier, shift, static_cast<std::int32_t>(radius)};
}

// The shared element arithmetic: saturate beyond the radius, else function(Q4.27) in Q0.31,
// rounded to `output_fractional_bits` and offset by the output zero point.
template <class Function>
std::vector<std::int8_t> fixed_point_function(const FixedPointInputTensor& tensor,
                                              const std::vector<std::int8_t>& input,
                                              int output_fractional_bits,
                                              std::int32_t output_zero_point,
                                              Function function) {
    const FixedPointInputScaling scaling = fixed_point_input_scaling(tensor);
    std::vector<std::int8_t> output(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        const std::int64_t difference = std::int64_t{input[i]} - tensor.zero_point;
        std::int64_t result = 0;
        if (difference <= -scaling.radius) {
            result = -128;
        } else if (difference >= scaling.radius) {
            result = 127;
        } else {
            const std::int32_t in_q4 = gemmlowp::multiply_by_quantized_multiplier(
                difference, scaling.multiplier, scaling.shift);
            const gemmlowp::Fixed value = function(gemmlowp::Fixed{in_q4, 4});
            result = std::int64_t{gemmlowp::divide_by_pot_rounding(value.raw,
                                                                   31 - output_fractional_bits)} +
                     output_zero_point;
        }
        output[i] = static_cast<std::int8_t>(std::clamp<std::int64_t>(result, -128, 127));
    }
    return output;
}

inline std::vector<std::int8_t> logistic(const FixedPointInputTensor& tensor,
                                         const std::vector<std::int8_t>& input) {
    return fixed_point_function(tensor, input, 8, -128,
                                [](gemmlowp::Fixed x) { return gemmlowp::logistic(x); });
}

// 256 * logistic(scale * (input - zero_point)) - 128 in long double, clamped to [-128, 127].
inline std::vector<long double> logistic_real(const FixedPointInputTensor& tensor,
                                              const std::vector<std::int8_t>& input) {
    std::vector<long double> output(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        const long double x =
            static_cast<long double>(tensor.scale) * (input[i] - tensor.zero_point);
        const long double value = 256 / (1 + std::exp(-x)) - 128;
        output[i] = std::clamp<long double>(value, -128, 127);
    }
    return output;
}

}  // namespace fennec::reference
