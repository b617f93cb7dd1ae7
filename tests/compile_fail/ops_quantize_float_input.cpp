// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: Quantize given an int8 input (int8 -> int8 is Requantize).
#include "fennec/graph/graph.hpp"
#include "fennec/ops/quantize.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

constexpr fennec::kernels::AffineQuantization quantization = {0.1f, 3};
#ifdef FENNEC_COMPILE_FAIL
using Input = Tensor<0, Shape<1, 10>>;
#else
using Input = Tensor<0, Shape<1, 10>, float>;
#endif
using Output = Tensor<1, Shape<1, 10>>;
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>,
                            fennec::ops::Quantize<Input, Output, quantization>>;

static_assert(Model::arena_bytes > 0);
