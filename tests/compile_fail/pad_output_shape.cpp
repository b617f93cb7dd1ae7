// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output shape that is not input + paddings (MobileNetV2's 112x112 padded by 1 is
// 114x114).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/pad.hpp"

using fennec::Shape;
using fennec::kernels::Paddings;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 112, 112, 32>;
using OutputShape = Shape<1, 113, 113, 32>;
using PadPaddings = Paddings<0, 0, 1, 1, 1, 1, 0, 0>;
#else
using InputShape = Shape<1, 112, 112, 32>;
using OutputShape = Shape<1, 114, 114, 32>;
using PadPaddings = Paddings<0, 0, 1, 1, 1, 1, 0, 0>;
#endif

void run_pad(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::pad<InputShape, OutputShape, PadPaddings>(0, input, output);
}
