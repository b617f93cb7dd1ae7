// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail test for conv2d: the input must have rank 4 (NHWC).
// With FENNEC_COMPILE_FAIL defined the layer below makes that mistake (an NHW input without its
// batch dimension) and must be rejected with the sentence above; without it the same layer is
// correct and must compile.
#include <cstdint>

#include "fennec/kernels/portable/conv2d.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using Input = Shape<9, 9, 3>;
#else
using Input = Shape<1, 9, 9, 3>;
#endif
using Filter = Shape<8, 3, 3, 3>;
using Output = Shape<1, 9, 9, 8>;
using LayerWindow = Window<1, 1, Padding::same>;

void run_layer(const fennec::kernels::Conv2dQuantization& quantization,
               const std::int8_t* input,
               const std::int8_t* filter,
               std::int8_t* output) {
    fennec::kernels::portable::conv2d<Input, Filter, Output, LayerWindow>(quantization, input,
                                                                          filter, nullptr, output);
}
