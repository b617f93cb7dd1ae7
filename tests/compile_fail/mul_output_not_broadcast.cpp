// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output shape that is not the broadcast of the inputs (the broadcast
// dimension kept at 1).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/mul.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using Input1Shape = Shape<1, 7, 7, 96>;
using Input2Shape = Shape<1, 1, 1, 96>;
using OutputShape = Shape<1, 1, 1, 96>;
#else
using Input1Shape = Shape<1, 7, 7, 96>;
using Input2Shape = Shape<1, 1, 1, 96>;
using OutputShape = Shape<1, 7, 7, 96>;
#endif

void run_mul(const fennec::kernels::MulQuantization& quantization,
             const std::int8_t* input1,
             const std::int8_t* input2,
             std::int8_t* output) {
    fennec::kernels::portable::mul<Input1Shape, Input2Shape, OutputShape>(quantization, input1,
                                                                          input2, output);
}
