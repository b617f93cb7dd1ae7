// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a reshape to a shape with another element count (1x1x1x64 is 64 values, not 128).
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

using fennec::Shape;
using fennec::TensorView;

#ifdef FENNEC_COMPILE_FAIL
using NewShape = Shape<1, 128>;
#else
using NewShape = Shape<1, 64>;
#endif

std::int8_t* flatten(TensorView<std::int8_t, Shape<1, 1, 1, 64>> pooled) {
    return fennec::reshape<NewShape>(pooled).data();
}
