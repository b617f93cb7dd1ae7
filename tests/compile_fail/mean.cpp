// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for mean: one MEAN per static_assert of mean_geometry() a user can hit.
// -DFENNEC_COMPILE_FAIL=<case> makes that case's MEAN commit its mistake, which must be rejected
// with the sentence mean.cmake gives for it; every other MEAN stays correct. Without the define
// all are correct and the file must compile (the twins). The file is only compiled, never run, so
// nothing needs buffers.
#include "fennec/kernels/portable/mean.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::kernels::KeepDims;
using fennec::kernels::ReductionAxes;
using fennec::test::is_case;

template <class Input, class Output, class Axes, KeepDims Keep>
void mean() {
    fennec::kernels::portable::mean<Input, Output, Axes, Keep>({}, nullptr, nullptr);
}

void means() {
    // Axis 4 of a rank-4 tensor (NHWC axes run 0..3, or -4..-1 from the back).
    mean<Shape<1, 7, 7, 1280>, Shape<1, 1, 1, 1280>,
         std::conditional_t<is_case("axis_range"), ReductionAxes<1, 4>, ReductionAxes<1, -2>>,
         KeepDims::yes>();
    // keep_dims with an output that drops the averaged axes (KWS MobileNetV2's MEAN has no
    // keep_dims, so its output is 1x384, not 1x1x1x384).
    mean<Shape<1, 2, 2, 384>, Shape<1, 384>, ReductionAxes<1, 2>,
         is_case("output_keep_dims") ? KeepDims::yes : KeepDims::no>();
    // An output that keeps the wrong axis (averaging axis 3 of 1x160x3x3 leaves 1x160x3;
    // 1x160x1x3 would have averaged axis 2 with keep_dims).
    mean<Shape<1, 160, 3, 3>,
         std::conditional_t<is_case("output_shape"), Shape<1, 160, 1, 3>, Shape<1, 160, 3, 1>>,
         ReductionAxes<3>, KeepDims::yes>();
}
