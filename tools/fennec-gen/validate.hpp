// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Stage 2 of fennec-gen: everything about a model read by read_tflite() that the FlatBuffers
// verifier cannot see, checked before any later stage computes with it. validate() also resolves
// the parameters TFLite keeps in constant tensors (axes, paddings, permutations, sizes, slice
// bounds) into the operators' options, and records each tensor's producer.
//
// Tensors (every tensor the graph uses):
//   - rank at most 8; every dimension at least 1; at most 2^31 - 1 bytes;
//   - an element type with a fixed size; no variable (state) tensors;
//   - constant data of exactly product(shape) * element size bytes;
//   - int8 tensors quantized: one scale per zero point, one pair or one per index of the
//     quantized dimension; scales finite and positive; zero points in [-128, 127]. The
//     quantization of other tensors (int32 biases, float32 edges) is not used and not checked.
// Graph:
//   - at least one input and one output, none repeated, none constant, no output also an input;
//   - operators in an order where each reads only graph inputs, constants and outputs of earlier
//     operators (-1 marks an omitted optional input, allowed only where the op has one);
//   - each tensor written at most once, never a constant or a graph input; every output written.
// Operators (TFLM's Prepare() rules where fennec shares them, and fennec's own limits):
//   - input and output counts; int8 per-tensor activations everywhere except the float32 side of
//     QUANTIZE and DEQUANTIZE, which are the only float32 tensors a model may have;
//   - CONV_2D / DEPTHWISE_CONV_2D / FULLY_CONNECTED: constant symmetric int8 weights (per tensor
//     or per output channel), optional constant int32 bias [channels], channel counts that agree,
//     output shape from stride, padding and dilation, at most 2^16 products per accumulator;
//   - pooling: window and stride at least 1, output shape, same input and output quantization;
//   - ADD / MUL: shapes that broadcast to the output shape, rank at most 4;
//   - SOFTMAX / LOGISTIC / TANH: the output quantization the int8 kernels produce
//     (1/256 and -128, 1/256 and -128, 1/128 and 0);
//   - MEAN, PAD, PADV2, RESHAPE, SQUEEZE, CONCATENATION, STRIDED_SLICE, TRANSPOSE,
//     RESIZE_NEAREST_NEIGHBOR: constant int32 argument tensors with values in range, and the
//     output shape they imply;
//   - fused activations whose quantized bounds fit an int32.
//
// Every problem is a ModelError naming the tensor or the operator.
#pragma once

#include "model.hpp"

namespace fennec::gen {

void validate(Model& model);

}  // namespace fennec::gen
