// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Two oracles for int8 TANH (output scale 1/128, zero point 0):
//   tanh()      TFLM's arithmetic step by step (tanh.cc's Prepare, then
//               reference/integer_ops/tanh.h) on the independent gemmlowp model; the kernel must
//               match it exactly.
//   tanh_real() the real function in long double before the final rounding; the kernel must stay
//               within one output step of it.
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "reference/gemmlowp_reference.hpp"
#include "reference/logistic_reference.hpp"

namespace fennec::reference {

inline std::vector<std::int8_t> tanh(const FixedPointInputTensor& tensor,
                                     const std::vector<std::int8_t>& input) {
    return map_int8_activation(tensor, input, gemmlowp::tanh_int8);
}

// 128 * tanh(scale * (input - zero_point)).
inline std::vector<long double> tanh_real(const FixedPointInputTensor& tensor,
                                          const std::vector<std::int8_t>& input) {
    return map_real_activation(tensor, input, [](long double x) { return 128 * std::tanh(x); });
}

}  // namespace fennec::reference
