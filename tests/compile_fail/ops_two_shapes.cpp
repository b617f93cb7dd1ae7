// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: one tensor id declared twice, with two shapes of different sizes.
#include "fennec/graph/graph.hpp"
#include "fennec/ops/logistic.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

constexpr fennec::kernels::LogisticQuantization quantization =
    fennec::kernels::logistic_quantization(0.05f, 0);
using Input = Tensor<0, Shape<2, 8>>;
using Hidden = Tensor<1, Shape<2, 8>>;
#ifdef FENNEC_COMPILE_FAIL
using HiddenAgain = Tensor<1, Shape<2, 9>>;
using Output = Tensor<2, Shape<2, 9>>;
#else
using HiddenAgain = Tensor<1, Shape<2, 8>>;
using Output = Tensor<2, Shape<2, 8>>;
#endif
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>,
                            fennec::ops::Logistic<Input, Hidden, quantization>,
                            fennec::ops::Logistic<HiddenAgain, Output, quantization>>;

static_assert(Model::arena_bytes > 0);
