// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output that keeps the wrong axis (averaging axis 3 of 1x160x3x3 leaves 1x160x3;
// 1x160x1x3 would have averaged axis 2 with keep_dims).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/mean.hpp"

using fennec::Shape;
using fennec::kernels::KeepDims;
using fennec::kernels::ReductionAxes;

#ifdef FENNEC_COMPILE_FAIL
using OutputShape = Shape<1, 160, 1, 3>;
#else
using OutputShape = Shape<1, 160, 3, 1>;
#endif

void run_mean(const fennec::kernels::MeanQuantization& quantization,
              const std::int8_t* input,
              std::int8_t* output) {
    fennec::kernels::portable::mean<Shape<1, 160, 3, 3>, OutputShape, ReductionAxes<3>,
                                    KeepDims::yes>(quantization, input, output);
}
