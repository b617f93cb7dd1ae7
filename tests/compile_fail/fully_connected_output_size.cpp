// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output whose last dimension is not the weights' output size (AD's 640 -> 128).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using OutputShape = Shape<1, 127>;
#else
using OutputShape = Shape<1, 128>;
#endif

void run_fully_connected(const fennec::kernels::FullyConnectedPerChannelQuantization& quantization,
                         const std::int8_t* input,
                         const std::int8_t* filter,
                         const std::int32_t* bias,
                         std::int8_t* output) {
    fennec::kernels::portable::fully_connected_per_channel<Shape<1, 640>, Shape<128, 640>,
                                                           OutputShape>(quantization, input, filter,
                                                                        bias, output);
}
