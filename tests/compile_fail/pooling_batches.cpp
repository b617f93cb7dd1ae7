// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output with a different batch count.
#include <cstdint>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pooling.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<2, 2>;
using OutputShape = Shape<1, 2, 2, 3>;
using PoolWindow = Window<2, 2, Padding::valid>;
#else
using FilterShape = Shape<2, 2>;
using OutputShape = Shape<2, 2, 2, 3>;
using PoolWindow = Window<2, 2, Padding::valid>;
#endif

void run_pool(fennec::ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::average_pool2d<Shape<2, 4, 4, 3>, FilterShape, OutputShape,
                                              PoolWindow>(activation, input, output);
}
