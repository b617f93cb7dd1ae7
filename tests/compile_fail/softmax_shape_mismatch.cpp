// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output shape that is not the input shape (the classifier's 12 scores
// written into 10).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/softmax.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 12>;
using OutputShape = Shape<1, 10>;
#else
using InputShape = Shape<1, 12>;
using OutputShape = Shape<1, 12>;
#endif

void run_softmax(const fennec::kernels::SoftmaxQuantization& quantization,
                 const std::int8_t* input,
                 std::int8_t* output) {
    fennec::kernels::portable::softmax<InputShape, OutputShape>(quantization, input, output);
}
