// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output shape that is not the input shape (one dimension dropped).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/tanh.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 1, 128>;
using OutputShape = Shape<1, 128>;
#else
using InputShape = Shape<1, 1, 128>;
using OutputShape = Shape<1, 1, 128>;
#endif

void run_tanh(const fennec::kernels::TanhQuantization& quantization,
              const std::int8_t* input,
              std::int8_t* output) {
    fennec::kernels::portable::tanh<InputShape, OutputShape>(quantization, input, output);
}
