// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output with fewer channels than the input (pooling keeps every channel).
#include <cstdint>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pooling.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<8, 8>;
using OutputShape = Shape<1, 1, 1, 32>;
using PoolWindow = Window<8, 8, Padding::valid>;
#else
using FilterShape = Shape<8, 8>;
using OutputShape = Shape<1, 1, 1, 64>;
using PoolWindow = Window<8, 8, Padding::valid>;
#endif

void run_pool(fennec::ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::average_pool2d<Shape<1, 8, 8, 64>, FilterShape, OutputShape,
                                              PoolWindow>(activation, input, output);
}
