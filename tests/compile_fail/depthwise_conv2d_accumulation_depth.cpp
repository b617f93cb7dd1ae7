// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail test for depthwise_conv2d: a filter of more than 65536 taps could overflow the int32
// accumulator. With FENNEC_COMPILE_FAIL defined the layer below makes that mistake (a 257x256
// filter; 256x256 is the most) and must be rejected with the sentence above; without it the same
// layer is correct and must compile.
#include <cstdint>

#include "fennec/kernels/portable/depthwise_conv2d.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;

#ifdef FENNEC_COMPILE_FAIL
using Filter = Shape<1, 257, 256, 1>;
#else
using Filter = Shape<1, 256, 256, 1>;
#endif
using Input = Shape<1, 1, 1, 1>;
using Output = Shape<1, 1, 1, 1>;
using LayerWindow = Window<1, 1, Padding::same>;
constexpr int DepthMultiplier = 1;

void run_layer(const fennec::kernels::DepthwiseConv2dQuantization& quantization,
               const std::int8_t* input,
               const std::int8_t* filter,
               std::int8_t* output) {
    fennec::kernels::portable::depthwise_conv2d<Input, Filter, Output, LayerWindow,
                                                DepthMultiplier>(quantization, input, filter,
                                                                 nullptr, output);
}
