// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: begin, end and strides for three of the input's four dimensions.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/strided_slice.hpp"

using fennec::Shape;
using fennec::kernels::SliceBegin;
using fennec::kernels::SliceEnd;
using fennec::kernels::SliceStrides;
using fennec::kernels::StridedSliceMasks;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 10, 10, 8>;
using OutputShape = Shape<1, 8, 8, 8>;
using Begin = SliceBegin<1, 1, 0>;
using End = SliceEnd<9, 9, 8>;
using Strides = SliceStrides<1, 1, 1>;
using Masks = StridedSliceMasks<>;
#else
using InputShape = Shape<1, 10, 10, 8>;
using OutputShape = Shape<1, 8, 8, 8>;
using Begin = SliceBegin<0, 1, 1, 0>;
using End = SliceEnd<1, 9, 9, 8>;
using Strides = SliceStrides<1, 1, 1, 1>;
using Masks = StridedSliceMasks<>;
#endif

void run_strided_slice(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::strided_slice<InputShape, OutputShape, Begin, End, Strides, Masks>(
        input, output);
}
