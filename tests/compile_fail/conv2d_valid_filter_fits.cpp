// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail test for conv2d: with VALID padding the dilated filter must fit inside the input.
// With FENNEC_COMPILE_FAIL defined the layer below makes that mistake (a 5-row filter over a 4-row
// input with VALID padding) and must be rejected with the sentence above; without it the same layer
// is correct and must compile.
#include <cstdint>

#include "fennec/kernels/portable/conv2d.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using Input = Shape<1, 4, 9, 3>;
#else
using Input = Shape<1, 5, 9, 3>;
#endif
using Filter = Shape<8, 5, 3, 3>;
using Output = Shape<1, 1, 7, 8>;
using LayerWindow = Window<1, 1, Padding::valid>;

void run_layer(const fennec::kernels::Conv2dQuantization& quantization,
               const std::int8_t* input,
               const std::int8_t* filter,
               std::int8_t* output) {
    fennec::kernels::portable::conv2d<Input, Filter, Output, LayerWindow>(quantization, input,
                                                                          filter, nullptr, output);
}
