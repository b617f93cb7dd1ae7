// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Part of the reader (stage 1): an operator's BuiltinOptions table into its OpOptions struct.
// Internal to tflite_reader.cpp; split off because it is one table per operator.
#pragma once

#include "model.hpp"

namespace fennec::gen {

namespace tflite {
struct Operator;  // generated from tflite_subset.fbs
}

// The options of `op` (whose index, op and outputs are already set) from the verified flatbuffer
// operator `source`. Refuses an options table of another kind than the op's, a missing table where
// TFLite's defaults are not usable (conv, depthwise, pooling, softmax), and option values fennec
// does not implement (TANH or SIGN_BIT fused activations, shuffled FC weights, STRIDED_SLICE
// ellipsis/new-axis masks and offsets).
[[nodiscard]] OpOptions read_options(const tflite::Operator& source,
                                     const Model& model,
                                     const Operator& op);

}  // namespace fennec::gen
