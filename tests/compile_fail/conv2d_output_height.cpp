// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail test for conv2d: output height must follow from stride and padding.
// With FENNEC_COMPILE_FAIL defined the layer below makes that mistake (stride 2 with SAME padding
// gives ceil(9 / 2) = 5 rows, not 4) and must be rejected with the sentence above; without it the
// same layer is correct and must compile.
#include <cstdint>

#include "fennec/kernels/portable/conv2d.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using Output = Shape<1, 4, 5, 8>;
#else
using Output = Shape<1, 5, 5, 8>;
#endif
using Input = Shape<1, 9, 9, 3>;
using Filter = Shape<8, 3, 3, 3>;
using LayerWindow = Window<2, 2, Padding::same>;

void run_layer(const fennec::kernels::Conv2dQuantization& quantization,
               const std::int8_t* input,
               const std::int8_t* filter,
               std::int8_t* output) {
    fennec::kernels::portable::conv2d<Input, Filter, Output, LayerWindow>(quantization, input,
                                                                          filter, nullptr, output);
}
