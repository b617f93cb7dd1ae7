// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output shape that is not the broadcast of the inputs (its leading 1 is
// one dimension too many).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/add.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using Input1Shape = Shape<8, 8, 16>;
using Input2Shape = Shape<16>;
using OutputShape = Shape<1, 8, 8, 16>;
#else
using Input1Shape = Shape<8, 8, 16>;
using Input2Shape = Shape<16>;
using OutputShape = Shape<8, 8, 16>;
#endif

void run_add(const fennec::kernels::AddQuantization& quantization,
             const std::int8_t* input1,
             const std::int8_t* input2,
             std::int8_t* output) {
    fennec::kernels::portable::add<Input1Shape, Input2Shape, OutputShape>(quantization, input1,
                                                                          input2, output);
}
