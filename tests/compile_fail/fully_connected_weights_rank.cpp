// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: weights given with a leading 1, as a rank-3 tensor instead of [out, in].
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using FilterShape = Shape<1, 12, 64>;
#else
using FilterShape = Shape<12, 64>;
#endif

void run_fully_connected(const fennec::kernels::FullyConnectedQuantization& quantization,
                         const std::int8_t* input,
                         const std::int8_t* filter,
                         std::int8_t* output) {
    fennec::kernels::portable::fully_connected<Shape<1, 64>, FilterShape, Shape<1, 12>>(
        quantization, input, filter, nullptr, output);
}
