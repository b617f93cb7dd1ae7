// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: an input of another rank than the output.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/concatenation.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
void join(const std::int8_t* a, const std::int8_t* b, std::int8_t* out) {
    fennec::kernels::portable::concatenation<1, Shape<1, 96>, Shape<1, 64>, Shape<1, 1, 32>>({a, b},
                                                                                             out);
}
#else
void join(const std::int8_t* a, const std::int8_t* b, std::int8_t* out) {
    fennec::kernels::portable::concatenation<1, Shape<1, 96>, Shape<1, 64>, Shape<1, 32>>({a, b},
                                                                                          out);
}
#endif
