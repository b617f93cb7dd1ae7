// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a permutation entry outside 0..rank-1 (counting axes from 1).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/transpose.hpp"

using fennec::Shape;
using fennec::kernels::Permutation;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<4, 6>;
using OutputShape = Shape<6, 4>;
using TransposePermutation = Permutation<2, 1>;
#else
using InputShape = Shape<4, 6>;
using OutputShape = Shape<6, 4>;
using TransposePermutation = Permutation<1, 0>;
#endif

void run_transpose(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::transpose<InputShape, OutputShape, TransposePermutation>(input,
                                                                                        output);
}
