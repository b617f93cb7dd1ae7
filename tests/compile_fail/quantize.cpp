// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for the quantize family: the static_assert of each typed front end
// (quantize, dequantize, requantize). -DFENNEC_COMPILE_FAIL=<case> makes that op commit its
// mistake, which must be rejected with the sentence quantize.cmake gives for it; the other ops
// stay correct. Without the define all are correct and the file must compile (the twins). The file
// is only compiled, never run, so nothing needs buffers.
#include "fennec/kernels/portable/quantize.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::test::is_case;

void conversions() {
    // quantize: an output one element longer than the float input.
    fennec::kernels::portable::quantize<
        Shape<1, 640>, std::conditional_t<is_case("quantize"), Shape<1, 641>, Shape<1, 640>>>(
        {}, nullptr, nullptr);
    // dequantize: a float output that drops one of the detector's 18 channels.
    fennec::kernels::portable::dequantize<
        Shape<1, 16, 20, 18>,
        std::conditional_t<is_case("dequantize"), Shape<1, 16, 20, 17>, Shape<1, 16, 20, 18>>>(
        {}, nullptr, nullptr);
    // requantize: an output with the same elements in another shape (requantize does not
    // transpose).
    fennec::kernels::portable::requantize<
        Shape<2, 3>, std::conditional_t<is_case("requantize"), Shape<3, 2>, Shape<2, 3>>>(
        {}, nullptr, nullptr);
}
