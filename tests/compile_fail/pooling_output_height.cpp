// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: the height does not follow from VALID padding (25 - 10 + 1 = 16 rows).
#include <cstdint>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pooling.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<10, 1>;
using OutputShape = Shape<1, 15, 5, 8>;
using PoolWindow = Window<1, 1, Padding::valid>;
#else
using FilterShape = Shape<10, 1>;
using OutputShape = Shape<1, 16, 5, 8>;
using PoolWindow = Window<1, 1, Padding::valid>;
#endif

void run_pool(fennec::ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::average_pool2d<Shape<1, 25, 5, 8>, FilterShape, OutputShape,
                                              PoolWindow>(activation, input, output);
}
