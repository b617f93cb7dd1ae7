// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a reshape to a shape with fewer elements (a flatten that forgot a dimension).
#include "fennec/graph/graph.hpp"
#include "fennec/ops/reshape.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

using Input = Tensor<0, Shape<1, 4, 4, 8>>;
#ifdef FENNEC_COMPILE_FAIL
using Output = Tensor<1, Shape<1, 32>>;
#else
using Output = Tensor<1, Shape<1, 128>>;
#endif

static_assert(fennec::ops::Reshape<Input, Output>::is_view);
