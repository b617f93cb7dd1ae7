// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a float sensor tensor fed straight to an int8 op, without a Quantize in front.
#include "fennec/graph/graph.hpp"
#include "fennec/ops/logistic.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

constexpr fennec::kernels::LogisticQuantization quantization =
    fennec::kernels::logistic_quantization(0.05f, 0);
#ifdef FENNEC_COMPILE_FAIL
using Input = Tensor<0, Shape<2, 8>, float>;
#else
using Input = Tensor<0, Shape<2, 8>>;
#endif
using Output = Tensor<1, Shape<2, 8>>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>,
                            fennec::ops::Logistic<Input, Output, quantization>>;

static_assert(Model::arena_bytes > 0);
