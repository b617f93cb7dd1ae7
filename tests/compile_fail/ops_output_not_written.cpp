// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: the graph's output names a tensor no op writes (the last op's output was meant).
#include "fennec/graph/graph.hpp"
#include "fennec/ops/logistic.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

constexpr fennec::kernels::LogisticQuantization quantization =
    fennec::kernels::logistic_quantization(0.05f, 0);
using Input = Tensor<0, Shape<2, 8>>;
using Output = Tensor<1, Shape<2, 8>>;
#ifdef FENNEC_COMPILE_FAIL
using GraphOutput = Tensor<2, Shape<2, 8>>;
#else
using GraphOutput = Output;
#endif
using Model = fennec::Graph<TensorList<Input>, TensorList<GraphOutput>,
                            fennec::ops::Logistic<Input, Output, quantization>>;

static_assert(Model::arena_bytes > 0);
