// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for strided_slice: one slice per static_assert of strided_slice_geometry() a
// user can hit. -DFENNEC_COMPILE_FAIL=<case> makes that case's slice commit its mistake, which must
// be rejected with the sentence strided_slice.cmake gives for it; every other slice stays correct.
// Without the define all slices are correct and the file must compile (the twins). The file is
// only compiled, never run, so the slices need no buffers.
#include "fennec/kernels/portable/strided_slice.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::kernels::SliceBegin;
using fennec::kernels::SliceEnd;
using fennec::kernels::SliceStrides;
using fennec::kernels::StridedSliceMasks;
using fennec::test::is_case;

template <class Input, class Output, class Begin, class End, class Strides, class Masks>
void slice() {
    fennec::kernels::portable::strided_slice<Input, Output, Begin, End, Strides, Masks>(nullptr,
                                                                                        nullptr);
}

// The slice several cases change: every other column of a 4x6 input.
using Input4x6 = Shape<4, 6>;
using Output4x3 = Shape<4, 3>;
using Begin00 = SliceBegin<0, 0>;
using End46 = SliceEnd<4, 6>;
using Strides12 = SliceStrides<1, 2>;
using NoMasks = StridedSliceMasks<>;

// Rows 1..8 and columns 1..8 of a 1x10x10x8 input.
using Input10x10 = Shape<1, 10, 10, 8>;
using Begin0110 = SliceBegin<0, 1, 1, 0>;
using End1998 = SliceEnd<1, 9, 9, 8>;
using Strides1111 = SliceStrides<1, 1, 1, 1>;

// One row of a 3x5 input, the row axis shrunk.
using Input3x5 = Shape<3, 5>;
using ShrinkRows = StridedSliceMasks<0, 0, 0b01>;

void slices() {
    // An output shape that is not what begin, end and strides select (rows 1..8 are 8 rows).
    slice<Input10x10,
          std::conditional_t<is_case("output_shape"), Shape<1, 9, 9, 8>, Shape<1, 8, 8, 8>>,
          Begin0110, End1998, Strides1111, NoMasks>();
    // An output that keeps the size-1 dimension a shrunk axis removes.
    slice<Shape<1, 49, 64>,
          std::conditional_t<is_case("shrunk_axis_kept"), Shape<1, 1, 64>, Shape<1, 64>>,
          SliceBegin<0, -1, 0>, SliceEnd<1, 0, 64>, SliceStrides<1, 1, 1>,
          StridedSliceMasks<0b101, 0b101, 0b010>>();
    // A stride of 0, which would never advance.
    slice<Input4x6, Output4x3, Begin00, End46,
          std::conditional_t<is_case("zero_stride"), SliceStrides<0, 2>, Strides12>, NoMasks>();
    // An ellipsis_mask, which TFLM silently zeroes.
    slice<Input4x6, Output4x3, Begin00, End46, Strides12,
          std::conditional_t<is_case("ellipsis_mask"), StridedSliceMasks<0, 0, 0, 0b01>,
                             StridedSliceMasks<0b01, 0b01>>>();
    // A new_axis_mask, which TFLM silently zeroes.
    slice<Input4x6, Output4x3, Begin00, End46, Strides12,
          std::conditional_t<is_case("new_axis_mask"), StridedSliceMasks<0, 0, 0, 0, 0b10>,
                             NoMasks>>();
    // Begin, end and strides for three of the input's four dimensions.
    slice<Input10x10, Shape<1, 8, 8, 8>,
          std::conditional_t<is_case("indices_rank"), SliceBegin<1, 1, 0>, Begin0110>,
          std::conditional_t<is_case("indices_rank"), SliceEnd<9, 9, 8>, End1998>,
          std::conditional_t<is_case("indices_rank"), SliceStrides<1, 1, 1>, Strides1111>,
          NoMasks>();
    // A shrunk axis with a negative stride, for which TFLM's kernel writes nothing.
    slice<Input3x5, Shape<5>, SliceBegin<1, 0>, SliceEnd<2, 5>,
          std::conditional_t<is_case("shrink_negative_stride"), SliceStrides<-1, 1>,
                             SliceStrides<1, 1>>,
          ShrinkRows>();
    // Shrinking to an element past the end of the axis (a size-3 axis has no index 3).
    slice<Input3x5, Shape<5>,
          std::conditional_t<is_case("shrink_out_of_range"), SliceBegin<3, 0>, SliceBegin<2, 0>>,
          std::conditional_t<is_case("shrink_out_of_range"), SliceEnd<4, 5>, SliceEnd<3, 5>>,
          SliceStrides<1, 1>, ShrinkRows>();
    // End passed where begin belongs.
    slice<Input4x6, Output4x3,
          std::conditional_t<is_case("argument_order"), SliceEnd<4, 6>, Begin00>,
          std::conditional_t<is_case("argument_order"), SliceBegin<0, 0>, End46>, Strides12,
          NoMasks>();
}
