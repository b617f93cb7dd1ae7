// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail test for depthwise_conv2d: the filter is 1 x H x W x (input channels * depth
// multiplier). With FENNEC_COMPILE_FAIL defined the layer below makes that mistake (a filter laid
// out like a conv2d filter (OHWI)) and must be rejected with the sentence above; without it the
// same layer is correct and must compile.
#include <cstdint>

#include "fennec/kernels/portable/depthwise_conv2d.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using Filter = Shape<8, 3, 3, 1>;
#else
using Filter = Shape<1, 3, 3, 8>;
#endif
using Input = Shape<1, 9, 9, 4>;
using Output = Shape<1, 9, 9, 8>;
using LayerWindow = Window<1, 1, Padding::same>;
constexpr int DepthMultiplier = 2;

void run_layer(const fennec::kernels::DepthwiseConv2dQuantization& quantization,
               const std::int8_t* input,
               const std::int8_t* filter,
               std::int8_t* output) {
    fennec::kernels::portable::depthwise_conv2d<Input, Filter, Output, LayerWindow,
                                                DepthMultiplier>(quantization, input, filter,
                                                                 nullptr, output);
}
