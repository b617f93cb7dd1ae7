// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a concatenation of nothing.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/concatenation.hpp"

using fennec::Shape;

#ifdef FENNEC_COMPILE_FAIL
fennec::kernels::ConcatenationGeometry geometry() {
    return fennec::kernels::concatenation_geometry<0, Shape<4>>();
}
#else
fennec::kernels::ConcatenationGeometry geometry() {
    return fennec::kernels::concatenation_geometry<0, Shape<4>, Shape<4>>();
}
#endif
