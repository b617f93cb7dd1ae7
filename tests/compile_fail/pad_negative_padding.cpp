// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a negative padding (a crop), which PAD does not do even when the sizes add up.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pad.hpp"

using fennec::Shape;
using fennec::kernels::Paddings;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<6, 4>;
using OutputShape = Shape<6, 4>;
using PadPaddings = Paddings<-1, 1, 0, 0>;
#else
using InputShape = Shape<6, 4>;
using OutputShape = Shape<8, 4>;
using PadPaddings = Paddings<1, 1, 0, 0>;
#endif

void run_pad(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::pad<InputShape, OutputShape, PadPaddings>(0, input, output);
}
