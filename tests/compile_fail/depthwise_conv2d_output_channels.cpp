// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail test for depthwise_conv2d: output channels must equal input channels * depth
// multiplier. With FENNEC_COMPILE_FAIL defined the layer below makes that mistake (4 output
// channels from 4 input channels with multiplier 2) and must be rejected with the sentence above;
// without it the same layer is correct and must compile.
#include <cstdint>

#include "fennec/kernels/portable/depthwise_conv2d.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using Output = Shape<1, 9, 9, 4>;
#else
using Output = Shape<1, 9, 9, 8>;
#endif
using Input = Shape<1, 9, 9, 4>;
using Filter = Shape<1, 3, 3, 8>;
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
