// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: axis 4 of a rank-4 tensor (NHWC axes run 0..3, or -4..-1 from the back).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/mean.hpp"

using fennec::Shape;
using fennec::kernels::KeepDims;
using fennec::kernels::ReductionAxes;

#ifdef FENNEC_COMPILE_FAIL
using Axes = ReductionAxes<1, 4>;
#else
using Axes = ReductionAxes<1, -2>;
#endif

void run_mean(const fennec::kernels::MeanQuantization& quantization,
              const std::int8_t* input,
              std::int8_t* output) {
    fennec::kernels::portable::mean<Shape<1, 7, 7, 1280>, Shape<1, 1, 1, 1280>, Axes,
                                    KeepDims::yes>(quantization, input, output);
}
