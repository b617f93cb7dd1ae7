// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: weights whose input size is not the input's size (IC's classifier reads 64 values).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<10, 63>;
#else
using FilterShape = Shape<10, 64>;
#endif

void run_fully_connected(const fennec::kernels::FullyConnectedQuantization& quantization,
                         const std::int8_t* input,
                         const std::int8_t* filter,
                         std::int8_t* output) {
    fennec::kernels::portable::fully_connected<Shape<1, 64>, FilterShape, Shape<1, 10>>(
        quantization, input, filter, nullptr, output);
}
