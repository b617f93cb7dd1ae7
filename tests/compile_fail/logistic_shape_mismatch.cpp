// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output shape that is not the input shape (same elements, another
// layout).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/logistic.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 140>;
using OutputShape = Shape<140, 1>;
#else
using InputShape = Shape<1, 140>;
using OutputShape = Shape<1, 140>;
#endif

void run_logistic(const fennec::kernels::LogisticQuantization& quantization,
                  const std::int8_t* input,
                  std::int8_t* output) {
    fennec::kernels::portable::logistic<InputShape, OutputShape>(quantization, input, output);
}
