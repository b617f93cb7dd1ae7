// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: two ops listed out of execution order, so the first reads a tensor the second has
// not written yet.
#include "fennec/graph/graph.hpp"
#include "fennec/ops/logistic.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

constexpr fennec::kernels::LogisticQuantization quantization =
    fennec::kernels::logistic_quantization(0.05f, 0);
using Input = Tensor<0, Shape<2, 8>>;
using Hidden = Tensor<1, Shape<2, 8>>;
using Output = Tensor<2, Shape<2, 8>>;
using First = fennec::ops::Logistic<Input, Hidden, quantization>;
using Second = fennec::ops::Logistic<Hidden, Output, quantization>;

#ifdef FENNEC_COMPILE_FAIL
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, Second, First>;
#else
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>, First, Second>;
#endif

static_assert(Model::arena_bytes > 0);
