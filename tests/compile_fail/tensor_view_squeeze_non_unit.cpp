// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a squeeze that drops a dimension larger than 1.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

using fennec::Shape;
using fennec::TensorView;

#ifdef FENNEC_COMPILE_FAIL
using NewShape = Shape<1, 5>;
#else
using NewShape = Shape<5, 3>;
#endif

std::int8_t* drop_ones(TensorView<std::int8_t, Shape<1, 5, 1, 3>> tensor) {
    return fennec::squeeze<NewShape>(tensor).data();
}
