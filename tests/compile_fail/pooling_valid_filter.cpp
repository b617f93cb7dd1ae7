// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a VALID window larger than the input.
#include <cstdint>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pooling.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<4, 4>;
using OutputShape = Shape<1, 1, 1, 16>;
using PoolWindow = Window<1, 1, Padding::valid>;
#else
using FilterShape = Shape<3, 3>;
using OutputShape = Shape<1, 1, 1, 16>;
using PoolWindow = Window<1, 1, Padding::valid>;
#endif

void run_pool(fennec::ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::average_pool2d<Shape<1, 3, 3, 16>, FilterShape, OutputShape,
                                              PoolWindow>(activation, input, output);
}
