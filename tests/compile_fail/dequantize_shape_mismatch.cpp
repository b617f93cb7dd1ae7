// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a float output that drops one of the detector's 18 channels.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/quantize.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 16, 20, 18>;
using OutputShape = Shape<1, 16, 20, 17>;
#else
using InputShape = Shape<1, 16, 20, 18>;
using OutputShape = Shape<1, 16, 20, 18>;
#endif

void run_dequantize(const fennec::kernels::AffineQuantization& quantization,
                    const std::int8_t* input,
                    float* output) {
    fennec::kernels::portable::dequantize<InputShape, OutputShape>(quantization, input, output);
}
