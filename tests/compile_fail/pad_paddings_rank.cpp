// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: paddings for height and width only, where TFLite wants a pair for every dimension.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pad.hpp"

using fennec::Shape;
using fennec::kernels::Paddings;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 8, 8, 4>;
using OutputShape = Shape<1, 10, 10, 4>;
using PadPaddings = Paddings<1, 1, 1, 1>;
#else
using InputShape = Shape<1, 8, 8, 4>;
using OutputShape = Shape<1, 10, 10, 4>;
using PadPaddings = Paddings<0, 0, 1, 1, 1, 1, 0, 0>;
#endif

void run_pad(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::pad<InputShape, OutputShape, PadPaddings>(0, input, output);
}
