// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: keep_dims with an output that drops the averaged axes (KWS MobileNetV2's MEAN has
// no keep_dims, so its output is 1x384, not 1x1x1x384).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/mean.hpp"

using fennec::Shape;
using fennec::kernels::KeepDims;
using fennec::kernels::ReductionAxes;

#ifdef FENNEC_COMPILE_FAIL
constexpr KeepDims keep_dims = KeepDims::yes;
#else
constexpr KeepDims keep_dims = KeepDims::no;
#endif

void run_mean(const fennec::kernels::MeanQuantization& quantization,
              const std::int8_t* input,
              std::int8_t* output) {
    fennec::kernels::portable::mean<Shape<1, 2, 2, 384>, Shape<1, 384>, ReductionAxes<1, 2>,
                                    keep_dims>(quantization, input, output);
}
