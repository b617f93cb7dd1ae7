// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output with other batches than the input.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/resize_nearest_neighbor.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<1, 4, 5, 32>;
using OutputShape = Shape<2, 8, 10, 32>;
#else
using InputShape = Shape<2, 4, 5, 32>;
using OutputShape = Shape<2, 8, 10, 32>;
#endif

void run_resize(const std::int8_t* input, std::int8_t* output) {
    fennec::kernels::portable::resize_nearest_neighbor<InputShape, OutputShape>(input, output);
}
