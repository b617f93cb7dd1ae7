// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for transpose: one transpose per static_assert of transpose_geometry() a user
// can hit. -DFENNEC_COMPILE_FAIL=<case> makes that case's transpose commit its mistake, which must
// be rejected with the sentence transpose.cmake gives for it; every other one stays correct.
// Without the define all are correct and the file must compile (the twins). The file is only
// compiled, never run, so the transposes need no buffers.
#include "fennec/kernels/portable/transpose.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::kernels::Permutation;
using fennec::test::is_case;

template <class Input, class Output, class TransposePermutation>
void transpose() {
    fennec::kernels::portable::transpose<Input, Output, TransposePermutation>(nullptr, nullptr);
}

void transposes() {
    // An output shape that is not the permuted input (NCHW to NHWC keeps 3 channels last).
    transpose<
        Shape<1, 3, 224, 224>,
        std::conditional_t<is_case("output_shape"), Shape<1, 3, 224, 224>, Shape<1, 224, 224, 3>>,
        Permutation<0, 2, 3, 1>>();
    // A permutation that names one axis twice and leaves another out.
    transpose<Shape<1, 3, 3, 160>, Shape<1, 160, 3, 3>,
              std::conditional_t<is_case("not_a_permutation"), Permutation<0, 3, 1, 1>,
                                 Permutation<0, 3, 1, 2>>>();
    // A permutation entry outside 0..rank-1 (counting axes from 1).
    transpose<
        Shape<4, 6>, Shape<6, 4>,
        std::conditional_t<is_case("axis_out_of_range"), Permutation<2, 1>, Permutation<1, 0>>>();
    // A permutation shorter than the input's rank.
    transpose<Shape<1, 4, 6>, Shape<1, 6, 4>,
              std::conditional_t<is_case("permutation_length"), Permutation<1, 0>,
                                 Permutation<0, 2, 1>>>();
    // An output of another rank than the input (a transpose cannot squeeze).
    transpose<Shape<1, 4, 6>,
              std::conditional_t<is_case("output_rank"), Shape<6, 4>, Shape<1, 6, 4>>,
              Permutation<0, 2, 1>>();
}
