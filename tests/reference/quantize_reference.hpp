// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for the quantize family, from TFLM's definitions (reference/quantize.h,
// dequantize.h, requantize.h and the Prepare of quantize_common.cc), computed another way:
//   quantize    float x / scale, then round half away from zero, + zero_point, clamped. The float
//               quotient is taken as a double quotient rounded to float, which equals the float
//               division (double holds more than twice float's precision); the rounding is floor
//               of |q| + 1/2 in double. Values TFLM leaves undefined (beyond int32, NaN) follow
//               fennec's documented rule: saturate, NaN as 0.
//   dequantize  scale * (q - zero_point) as the double product (exact: 24 x 9 bits) rounded to
//               float, which equals the float multiplication.
//   requantize  (q - zero_point_in) times input_scale / output_scale as TFLM's quantized
//               multiplier (requantize_reference.hpp's rounding), + zero_point_out, clamped.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "fennec/core/quantize_multiplier.hpp"
#include "reference/requantize_reference.hpp"

namespace fennec::reference {

struct AffineTensor {
    float scale;
    std::int32_t zero_point;
};

inline std::vector<std::int8_t> quantize(const AffineTensor& output,
                                         const std::vector<float>& input) {
    std::vector<std::int8_t> result(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        const auto quotient =
            static_cast<float>(static_cast<double>(input[i]) / static_cast<double>(output.scale));
        double rounded = 0.0;
        if (!std::isnan(quotient)) {
            const double magnitude = std::floor(std::fabs(static_cast<double>(quotient)) + 0.5);
            rounded =
                std::clamp(quotient < 0 ? -magnitude : magnitude, -2147483648.0, 2147483647.0);
        }
        result[i] =
            static_cast<std::int8_t>(std::clamp(rounded + output.zero_point, -128.0, 127.0));
    }
    return result;
}

inline std::vector<float> dequantize(const AffineTensor& input,
                                     const std::vector<std::int8_t>& values) {
    std::vector<float> result(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        result[i] = static_cast<float>(static_cast<double>(input.scale) *
                                       static_cast<double>(values[i] - input.zero_point));
    }
    return result;
}

inline std::vector<std::int8_t> requantize(const AffineTensor& input,
                                           const AffineTensor& output,
                                           const std::vector<std::int8_t>& values) {
    const QuantizedMultiplier multiplier =
        quantize_multiplier(static_cast<double>(input.scale) / static_cast<double>(output.scale));
    std::vector<std::int8_t> result(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::int64_t scaled = multiply_by_quantized_multiplier(
            std::int64_t{values[i]} - input.zero_point, multiplier.multiplier, multiplier.shift);
        result[i] = static_cast<std::int8_t>(
            std::clamp<std::int64_t>(scaled + output.zero_point, -128, 127));
    }
    return result;
}

}  // namespace fennec::reference
