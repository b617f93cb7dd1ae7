// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: input shapes that cannot be broadcast (3 rows against 2).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/mul.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using Input1Shape = Shape<3, 5>;
using Input2Shape = Shape<2, 1>;
using OutputShape = Shape<3, 5>;
#else
using Input1Shape = Shape<3, 5>;
using Input2Shape = Shape<3, 1>;
using OutputShape = Shape<3, 5>;
#endif

void run_mul(const fennec::kernels::MulQuantization& quantization,
             const std::int8_t* input1,
             const std::int8_t* input2,
             std::int8_t* output) {
    fennec::kernels::portable::mul<Input1Shape, Input2Shape, OutputShape>(quantization, input1,
                                                                          input2, output);
}
