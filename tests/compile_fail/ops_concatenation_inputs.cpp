// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: Concatenation's inputs given one by one instead of as a TensorList.
#include "fennec/graph/graph.hpp"
#include "fennec/ops/concatenation.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

using A = Tensor<0, Shape<2, 3>>;
using B = Tensor<1, Shape<2, 5>>;
using Output = Tensor<2, Shape<2, 8>>;
#ifdef FENNEC_COMPILE_FAIL
using Join = fennec::ops::Concatenation<A, Output, 1>;
using Model = fennec::Graph<TensorList<A>, TensorList<Output>, Join>;
#else
using Join = fennec::ops::Concatenation<TensorList<A, B>, Output, 1>;
using Model = fennec::Graph<TensorList<A, B>, TensorList<Output>, Join>;
#endif

static_assert(Join::inputs::size > 0);
