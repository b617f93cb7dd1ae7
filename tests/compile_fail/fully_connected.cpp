// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for fully_connected: one layer per static_assert of fully_connected_geometry()
// a user can hit. -DFENNEC_COMPILE_FAIL=<case> makes that case's layer commit its mistake, which
// must be rejected with the sentence fully_connected.cmake gives for it; every other layer stays
// correct. Without the define all layers are correct and the file must compile (the twins). The
// file is only compiled, never run, so the layers need no buffers.
#include "fennec/kernels/portable/fully_connected.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::kernels::portable::fully_connected;
using fennec::kernels::portable::fully_connected_per_channel;
using fennec::test::is_case;

void layers() {
    // Weights whose input size is not the input's size (IC's classifier reads 64 values).
    fully_connected<Shape<1, 64>,
                    std::conditional_t<is_case("input_size"), Shape<10, 63>, Shape<10, 64>>,
                    Shape<1, 10>>({}, nullptr, nullptr, nullptr, nullptr);
    // An output whose last dimension is not the weights' output size (AD's 640 -> 128).
    fully_connected_per_channel<
        Shape<1, 640>, Shape<128, 640>,
        std::conditional_t<is_case("output_size"), Shape<1, 127>, Shape<1, 128>>>(
        {}, nullptr, nullptr, nullptr, nullptr);
    // Weights given with a leading 1, as a rank-3 tensor instead of [out, in].
    fully_connected<Shape<1, 64>,
                    std::conditional_t<is_case("weights_rank"), Shape<1, 12, 64>, Shape<12, 64>>,
                    Shape<1, 12>>({}, nullptr, nullptr, nullptr, nullptr);
}
