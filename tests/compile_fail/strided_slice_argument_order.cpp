// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: end passed where begin belongs.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/strided_slice.hpp"

using fennec::Shape;
using fennec::kernels::SliceBegin;
using fennec::kernels::SliceEnd;
using fennec::kernels::SliceStrides;
using fennec::kernels::StridedSliceMasks;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<4, 6>;
using OutputShape = Shape<4, 3>;
using Begin = SliceEnd<4, 6>;
using End = SliceBegin<0, 0>;
using Strides = SliceStrides<1, 2>;
using Masks = StridedSliceMasks<>;
#else
using InputShape = Shape<4, 6>;
using OutputShape = Shape<4, 3>;
using Begin = SliceBegin<0, 0>;
using End = SliceEnd<4, 6>;
using Strides = SliceStrides<1, 2>;
using Masks = StridedSliceMasks<>;
#endif

void run_strided_slice(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::strided_slice<InputShape, OutputShape, Begin, End, Strides, Masks>(
        input, output);
}
