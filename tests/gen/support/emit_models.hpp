// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Hand-made models for the emitter's tests (fennec-gen's stages 3 to 5), built with
// model_builder.hpp.
#pragma once

#include "support/model_builder.hpp"

namespace fennec::gen::test {

// Every operator fennec supports, in a model the whole generator accepts (unlike
// every_operator_model(), whose ADD has a constant operand and whose CONCATENATION joins two
// quantizations), with a float input and output at QUANTIZE/DEQUANTIZE edges:
//   int8 [1,4,4,3] -> PADV2 -> STRIDED_SLICE -> MUL -> TANH -> QUANTIZE (int8 -> int8)
//     -> CONCATENATION -> MEAN -> SQUEEZE -> LOGISTIC -> int8 [1,6]
//   float32 [1,2,2,4] -> QUANTIZE -> RESIZE_NEAREST_NEIGHBOR -> CONV_2D -> DEPTHWISE_CONV_2D
//     -> MAX_POOL_2D -> AVERAGE_POOL_2D -> TRANSPOSE -> RESHAPE -> FULLY_CONNECTED -> ADD -> PAD
//     -> SOFTMAX -> DEQUANTIZE -> float32 [1,6]
[[nodiscard]] ModelSpec emittable_every_operator_model();

}  // namespace fennec::gen::test
