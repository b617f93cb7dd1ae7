// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Two oracles for int8 TANH (output scale 1/128, zero point 0):
//   tanh()      TFLM's arithmetic step by step (tanh.cc's Prepare, then
//               reference/integer_ops/tanh.h) on the independent gemmlowp model; the kernel must
//               match it exactly.
//   tanh_real() the real function in long double before the final rounding; the kernel must stay
//               within one output step of it.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "reference/gemmlowp_reference.hpp"
#include "reference/logistic_reference.hpp"

namespace fennec::reference {

inline std::vector<std::int8_t> tanh(const FixedPointInputTensor& tensor,
                                     const std::vector<std::int8_t>& input) {
    return fixed_point_function(tensor, input, 7, 0,
                                [](gemmlowp::Fixed x) { return gemmlowp::tanh(x); });
}

// 128 * tanh(scale * (input - zero_point)) in long double, clamped to [-128, 127].
inline std::vector<long double> tanh_real(const FixedPointInputTensor& tensor,
                                          const std::vector<std::int8_t>& input) {
    std::vector<long double> output(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        const long double x =
            static_cast<long double>(tensor.scale) * (input[i] - tensor.zero_point);
        output[i] = std::clamp<long double>(128 * std::tanh(x), -128, 127);
    }
    return output;
}

}  // namespace fennec::reference
