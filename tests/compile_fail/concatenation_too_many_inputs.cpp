// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: eleven inputs, one more than TFLM's CONCATENATION takes.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/concatenation.hpp"

using fennec::Shape;

using One = Shape<1>;

#ifdef FENNEC_COMPILE_FAIL
fennec::kernels::ConcatenationGeometry geometry() {
    return fennec::kernels::concatenation_geometry<0, Shape<11>, One, One, One, One, One, One, One,
                                                   One, One, One, One>();
}
#else
fennec::kernels::ConcatenationGeometry geometry() {
    return fennec::kernels::concatenation_geometry<0, Shape<10>, One, One, One, One, One, One, One,
                                                   One, One, One>();
}
#endif
