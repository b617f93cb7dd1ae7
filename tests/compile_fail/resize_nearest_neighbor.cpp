// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for resize_nearest_neighbor: one resize per static_assert of
// resize_nearest_neighbor_geometry() a user can hit. -DFENNEC_COMPILE_FAIL=<case> makes that
// case's resize commit its mistake, which must be rejected with the sentence
// resize_nearest_neighbor.cmake gives for it; every other resize stays correct. Without the define
// all are correct and the file must compile (the twins). The file is only compiled, never run, so
// the resizes need no buffers.
#include "fennec/kernels/portable/resize_nearest_neighbor.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::test::is_case;

template <class Input, class Output>
void resize() {
    fennec::kernels::portable::resize_nearest_neighbor<Input, Output>(nullptr, nullptr);
}

// Doubles height and width.
using Input = Shape<1, 4, 5, 32>;
using Output = Shape<1, 8, 10, 32>;

void resizes() {
    // An output with other channels than the input (a resize only scales height and width).
    resize<Input, std::conditional_t<is_case("channels"), Shape<1, 8, 10, 16>, Output>>();
    // An output with other batches than the input.
    resize<std::conditional_t<is_case("batches"), Shape<1, 4, 5, 32>, Shape<2, 4, 5, 32>>,
           Shape<2, 8, 10, 32>>();
    // A rank-3 HWC input without its batch dimension.
    resize<std::conditional_t<is_case("input_rank"), Shape<4, 5, 32>, Input>, Output>();
    // A rank-3 HWC output without its batch dimension.
    resize<Input, std::conditional_t<is_case("output_rank"), Shape<8, 10, 32>, Output>>();
}
