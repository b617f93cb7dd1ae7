// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: inputs that differ in a dimension other than the axis (8x8 next to 4x4).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/concatenation.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
void join(const std::int8_t* a, const std::int8_t* b, std::int8_t* out) {
    fennec::kernels::portable::concatenation<3, Shape<1, 8, 8, 96>, Shape<1, 8, 8, 64>,
                                             Shape<1, 4, 4, 32>>({a, b}, out);
}
#else
void join(const std::int8_t* a, const std::int8_t* b, std::int8_t* out) {
    fennec::kernels::portable::concatenation<3, Shape<1, 8, 8, 96>, Shape<1, 8, 8, 64>,
                                             Shape<1, 8, 8, 32>>({a, b}, out);
}
#endif
