// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: Dequantize given an int8 output tensor (Tensor's element type defaults to int8).
#include "fennec/graph/graph.hpp"
#include "fennec/ops/quantize.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

constexpr fennec::kernels::AffineQuantization quantization = {0.1f, 3};
using Input = Tensor<0, Shape<1, 10>>;
#ifdef FENNEC_COMPILE_FAIL
using Output = Tensor<1, Shape<1, 10>>;
#else
using Output = Tensor<1, Shape<1, 10>, float>;
#endif
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>,
                            fennec::ops::Dequantize<Input, Output, quantization>>;

static_assert(Model::arena_bytes > 0);
