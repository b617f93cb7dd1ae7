// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a dilated window, which pooling does not have.
#include <cstdint>

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pooling.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<3, 3>;
using OutputShape = Shape<1, 7, 7, 4>;
using PoolWindow = Window<1, 1, Padding::valid, 2, 2>;
#else
using FilterShape = Shape<3, 3>;
using OutputShape = Shape<1, 7, 7, 4>;
using PoolWindow = Window<1, 1, Padding::valid>;
#endif

void run_pool(fennec::ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::average_pool2d<Shape<1, 9, 9, 4>, FilterShape, OutputShape,
                                              PoolWindow>(activation, input, output);
}
