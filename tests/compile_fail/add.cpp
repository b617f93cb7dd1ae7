// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for add: one add per static_assert of add_geometry() a user can hit.
// -DFENNEC_COMPILE_FAIL=<case> makes that case's add commit its mistake, which must be rejected
// with the sentence add.cmake gives for it; the other add stays correct. Without the define both
// are correct and the file must compile (the twins). The file is only compiled, never run, so the
// adds need no buffers.
#include "fennec/kernels/portable/add.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::test::is_case;

template <class Input1, class Input2, class Output>
void add() {
    fennec::kernels::portable::add<Input1, Input2, Output>({}, nullptr, nullptr, nullptr);
}

void adds() {
    // Input shapes that cannot be broadcast (8 channels against 16).
    add<Shape<1, 8, 8, 16>,
        std::conditional_t<is_case("shapes_not_broadcastable"), Shape<1, 1, 1, 8>,
                           Shape<1, 1, 1, 16>>,
        Shape<1, 8, 8, 16>>();
    // An output shape that is not the broadcast of the inputs (its leading 1 is one dimension too
    // many).
    add<Shape<8, 8, 16>, Shape<16>,
        std::conditional_t<is_case("output_not_broadcast"), Shape<1, 8, 8, 16>, Shape<8, 8, 16>>>();
}
