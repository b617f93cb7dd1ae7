// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Two oracles for int8 LOGISTIC (output scale 1/256, zero point -128):
//   logistic()      TFLM's arithmetic step by step (logistic_common.cc's Prepare, then
//                   reference/integer_ops/logistic.h) on the independent gemmlowp model of
//                   gemmlowp_reference.hpp; the kernel must match it exactly.
//   logistic_real() the real function in long double before the final rounding; the kernel must
//                   stay within one output step of it.
// Also the element loops that LOGISTIC and TANH share.
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

// The per-element path of TFLM's int8 logistic and tanh, on every input: gemmlowp_reference.hpp's
// int8_activation behind the Prepare() of logistic_common.cc and tanh.cc.
template <class Int8Function>
std::vector<std::int8_t> map_int8_activation(const FixedPointInputTensor& tensor,
                                             const std::vector<std::int8_t>& input,
                                             Int8Function function) {
    const gemmlowp::Int8ActivationParams params = gemmlowp::prepare_int8_activation(tensor.scale);
    std::vector<std::int8_t> output(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        output[i] = static_cast<std::int8_t>(function(input[i], tensor.zero_point, params));
    }
    return output;
}

inline std::vector<std::int8_t> logistic(const FixedPointInputTensor& tensor,
                                         const std::vector<std::int8_t>& input) {
    return map_int8_activation(tensor, input, gemmlowp::logistic_int8);
}

// real_output(scale * (input - zero_point)) in long double on every input, clamped to
// [-128, 127]: the exact value the kernel's output approximates.
template <class RealOutput>
std::vector<long double> map_real_activation(const FixedPointInputTensor& tensor,
                                             const std::vector<std::int8_t>& input,
                                             RealOutput real_output) {
    std::vector<long double> output(input.size());
    for (std::size_t i = 0; i < input.size(); ++i) {
        const long double x =
            static_cast<long double>(tensor.scale) * (input[i] - tensor.zero_point);
        output[i] = std::clamp<long double>(real_output(x), -128, 127);
    }
    return output;
}

// 256 * logistic(scale * (input - zero_point)) - 128.
inline std::vector<long double> logistic_real(const FixedPointInputTensor& tensor,
                                              const std::vector<std::int8_t>& input) {
    return map_real_activation(tensor, input,
                               [](long double x) { return 256 / (1 + std::exp(-x)) - 128; });
}

}  // namespace fennec::reference
