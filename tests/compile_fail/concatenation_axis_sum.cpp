// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an output whose size along the axis is not the sum of the inputs' (64 + 32 is 96).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/concatenation.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
void join(const std::int8_t* a, const std::int8_t* b, std::int8_t* out) {
    fennec::kernels::portable::concatenation<3, Shape<1, 8, 8, 64>, Shape<1, 8, 8, 64>,
                                             Shape<1, 8, 8, 32>>({a, b}, out);
}
#else
void join(const std::int8_t* a, const std::int8_t* b, std::int8_t* out) {
    fennec::kernels::portable::concatenation<3, Shape<1, 8, 8, 96>, Shape<1, 8, 8, 64>,
                                             Shape<1, 8, 8, 32>>({a, b}, out);
}
#endif
