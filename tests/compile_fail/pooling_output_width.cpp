// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: the width ignores SAME padding's ceil(in / stride) (5 / 2 rounds up to 3).
#include <cstdint>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pooling.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<2, 2>;
using OutputShape = Shape<1, 3, 2, 8>;
using PoolWindow = Window<2, 2, Padding::same>;
#else
using FilterShape = Shape<2, 2>;
using OutputShape = Shape<1, 3, 3, 8>;
using PoolWindow = Window<2, 2, Padding::same>;
#endif

void run_pool(fennec::ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::average_pool2d<Shape<1, 6, 5, 8>, FilterShape, OutputShape,
                                              PoolWindow>(activation, input, output);
}
