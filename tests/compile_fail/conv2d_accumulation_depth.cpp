// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail test for conv2d: a filter of more than 65536 terms could overflow the int32
// accumulator. With FENNEC_COMPILE_FAIL defined the layer below makes that mistake (a 1x1 filter
// over 65537 input channels; 65536 is the most) and must be rejected with the sentence above;
// without it the same layer is correct and must compile.
#include <cstdint>

#include "fennec/kernels/portable/conv2d.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using Input = Shape<1, 1, 1, 65537>;
using Filter = Shape<1, 1, 1, 65537>;
#else
using Input = Shape<1, 1, 1, 65536>;
using Filter = Shape<1, 1, 1, 65536>;
#endif
using Output = Shape<1, 1, 1, 1>;
using LayerWindow = Window<1, 1, Padding::same>;

void run_layer(const fennec::kernels::Conv2dQuantization& quantization,
               const std::int8_t* input,
               const std::int8_t* filter,
               std::int8_t* output) {
    fennec::kernels::portable::conv2d<Input, Filter, Output, LayerWindow>(quantization, input,
                                                                          filter, nullptr, output);
}
