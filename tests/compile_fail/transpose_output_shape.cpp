// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output shape that is not the permuted input (NCHW to NHWC keeps 3 channels last).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/transpose.hpp"

using fennec::Shape;
using fennec::kernels::Permutation;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 3, 224, 224>;
using OutputShape = Shape<1, 3, 224, 224>;
using TransposePermutation = Permutation<0, 2, 3, 1>;
#else
using InputShape = Shape<1, 3, 224, 224>;
using OutputShape = Shape<1, 224, 224, 3>;
using TransposePermutation = Permutation<0, 2, 3, 1>;
#endif

void run_transpose(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::transpose<InputShape, OutputShape, TransposePermutation>(input,
                                                                                        output);
}
