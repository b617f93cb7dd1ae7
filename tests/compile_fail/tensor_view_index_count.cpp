// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: element access with fewer indices than the tensor has dimensions.
#include <cstdint>

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

using fennec::Shape;
using fennec::TensorView;

#ifdef FENNEC_COMPILE_FAIL
#define ELEMENT view(0, 1, 2)
#else
#define ELEMENT view(0, 1, 2, 3)
#endif

std::int8_t read(TensorView<std::int8_t, Shape<1, 4, 4, 8>> view) {
    return ELEMENT;
}
