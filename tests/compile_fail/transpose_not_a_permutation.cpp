// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a permutation that names one axis twice and leaves another out.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/transpose.hpp"

using fennec::Shape;
using fennec::kernels::Permutation;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 3, 3, 160>;
using OutputShape = Shape<1, 160, 3, 3>;
using TransposePermutation = Permutation<0, 3, 1, 1>;
#else
using InputShape = Shape<1, 3, 3, 160>;
using OutputShape = Shape<1, 160, 3, 3>;
using TransposePermutation = Permutation<0, 3, 1, 2>;
#endif

void run_transpose(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::transpose<InputShape, OutputShape, TransposePermutation>(input,
                                                                                        output);
}
