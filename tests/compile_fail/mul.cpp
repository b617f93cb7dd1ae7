// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for mul: one mul per static_assert of mul_geometry() a user can hit.
// -DFENNEC_COMPILE_FAIL=<case> makes that case's mul commit its mistake, which must be rejected
// with the sentence mul.cmake gives for it; the other mul stays correct. Without the define both
// are correct and the file must compile (the twins). The file is only compiled, never run, so the
// muls need no buffers.
#include "fennec/kernels/portable/mul.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::test::is_case;

template <class Input1, class Input2, class Output>
void mul() {
    fennec::kernels::portable::mul<Input1, Input2, Output>({}, nullptr, nullptr, nullptr);
}

void muls() {
    // Input shapes that cannot be broadcast (3 rows against 2).
    mul<Shape<3, 5>,
        std::conditional_t<is_case("shapes_not_broadcastable"), Shape<2, 1>, Shape<3, 1>>,
        Shape<3, 5>>();
    // An output shape that is not the broadcast of the inputs (the broadcast dimension kept
    // at 1).
    mul<Shape<1, 7, 7, 96>, Shape<1, 1, 1, 96>,
        std::conditional_t<is_case("output_not_broadcast"), Shape<1, 1, 1, 96>,
                           Shape<1, 7, 7, 96>>>();
}
