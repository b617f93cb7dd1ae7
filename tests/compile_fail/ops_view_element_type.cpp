// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a reshape whose output is declared float while its input is int8.
#include "fennec/graph/graph.hpp"
#include "fennec/ops/reshape.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

using Input = Tensor<0, Shape<1, 4, 4>, float>;
#ifdef FENNEC_COMPILE_FAIL
using Output = Tensor<1, Shape<16>>;
#else
using Output = Tensor<1, Shape<16>, float>;
#endif

static_assert(fennec::ops::Reshape<Input, Output>::is_view);
