// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for average_pool2d and max_pool2d: one layer per static_assert of
// pool2d_geometry() a user can hit. -DFENNEC_COMPILE_FAIL=<case> makes that case's layer commit
// its mistake, which must be rejected with the sentence pooling.cmake gives for it; every other
// layer stays correct. Without the define all layers are correct and the file must compile (the
// twins). The file is only compiled, never run, so the layers need no buffers.
#include "fennec/kernels/portable/pooling.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;
using fennec::test::is_case;

template <class Input, class Filter, class Output, class PoolWindow>
void layer() {
    fennec::kernels::portable::average_pool2d<Input, Filter, Output, PoolWindow>({}, nullptr,
                                                                                 nullptr);
}

void layers() {
    // The height does not follow from VALID padding (25 - 10 + 1 = 16 rows).
    layer<Shape<1, 25, 5, 8>, Shape<10, 1>,
          std::conditional_t<is_case("output_height"), Shape<1, 15, 5, 8>, Shape<1, 16, 5, 8>>,
          Window<1, 1, Padding::valid>>();
    // The width ignores SAME padding's ceil(in / stride) (5 / 2 rounds up to 3).
    layer<Shape<1, 6, 5, 8>, Shape<2, 2>,
          std::conditional_t<is_case("output_width"), Shape<1, 3, 2, 8>, Shape<1, 3, 3, 8>>,
          Window<2, 2, Padding::same>>();
    // An output with fewer channels than the input (pooling keeps every channel).
    layer<Shape<1, 8, 8, 64>, Shape<8, 8>,
          std::conditional_t<is_case("channels"), Shape<1, 1, 1, 32>, Shape<1, 1, 1, 64>>,
          Window<8, 8, Padding::valid>>();
    // An output with a different batch count.
    layer<Shape<2, 4, 4, 3>, Shape<2, 2>,
          std::conditional_t<is_case("batches"), Shape<1, 2, 2, 3>, Shape<2, 2, 2, 3>>,
          Window<2, 2, Padding::valid>>();
    // A VALID window larger than the input.
    layer<Shape<1, 3, 3, 16>, std::conditional_t<is_case("valid_filter"), Shape<4, 4>, Shape<3, 3>>,
          Shape<1, 1, 1, 16>, Window<1, 1, Padding::valid>>();
    // A dilated window, which pooling does not have.
    layer<Shape<1, 9, 9, 4>, Shape<3, 3>, Shape<1, 7, 7, 4>,
          std::conditional_t<is_case("dilation"), Window<1, 1, Padding::valid, 2, 2>,
                             Window<1, 1, Padding::valid>>>();
}
