// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output with the same elements in another shape (requantize does not transpose).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/quantize.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
using InputShape = Shape<2, 3>;
using OutputShape = Shape<3, 2>;
#else
using InputShape = Shape<2, 3>;
using OutputShape = Shape<2, 3>;
#endif

void run_requantize(const fennec::kernels::RequantizeQuantization& quantization,
                    const std::int8_t* input,
                    std::int8_t* output) {
    fennec::kernels::portable::requantize<InputShape, OutputShape>(quantization, input, output);
}
