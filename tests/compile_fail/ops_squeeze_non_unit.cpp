// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a squeeze that drops a dimension of size 2.
#include "fennec/graph/graph.hpp"
#include "fennec/ops/reshape.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

using Input = Tensor<0, Shape<1, 2, 1, 5>>;
#ifdef FENNEC_COMPILE_FAIL
using Output = Tensor<1, Shape<1, 10>>;
#else
using Output = Tensor<1, Shape<2, 5>>;
#endif

static_assert(fennec::ops::Squeeze<Input, Output>::is_view);
