// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output one element longer than the float input.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/quantize.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 640>;
using OutputShape = Shape<1, 641>;
#else
using InputShape = Shape<1, 640>;
using OutputShape = Shape<1, 640>;
#endif

void run_quantize(const fennec::kernels::AffineQuantization& quantization,
                  const float* input,
                  std::int8_t* output) {
    fennec::kernels::portable::quantize<InputShape, OutputShape>(quantization, input, output);
}
