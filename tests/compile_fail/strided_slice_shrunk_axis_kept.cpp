// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output that keeps the size-1 dimension a shrunk axis removes.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/strided_slice.hpp"

using fennec::Shape;
using fennec::kernels::SliceBegin;
using fennec::kernels::SliceEnd;
using fennec::kernels::SliceStrides;
using fennec::kernels::StridedSliceMasks;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 49, 64>;
using OutputShape = Shape<1, 1, 64>;
using Begin = SliceBegin<0, -1, 0>;
using End = SliceEnd<1, 0, 64>;
using Strides = SliceStrides<1, 1, 1>;
using Masks = StridedSliceMasks<0b101, 0b101, 0b010>;
#else
using InputShape = Shape<1, 49, 64>;
using OutputShape = Shape<1, 64>;
using Begin = SliceBegin<0, -1, 0>;
using End = SliceEnd<1, 0, 64>;
using Strides = SliceStrides<1, 1, 1>;
using Masks = StridedSliceMasks<0b101, 0b101, 0b010>;
#endif

void run_strided_slice(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::strided_slice<InputShape, OutputShape, Begin, End, Strides, Masks>(
        input, output);
}
