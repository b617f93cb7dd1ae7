// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Part of the emitter (stage 5): the names and texts a generated header and the HTML report share:
// tensor type names, shapes, and what a layer's comment line says about it.
#pragma once

#include <string>
#include <vector>

#include "model.hpp"
#include "quantize.hpp"

namespace fennec::gen {

// The name of tensor `index`'s type in a generated header (cpp_names.hpp, tensor_type_name).
[[nodiscard]] std::string tensor_name(const Model& model, int index);

// "fennec::Shape<1, 49, 10, 1>"; a scalar (rank 0) is fennec::Shape<1>.
[[nodiscard]] std::string shape_type(const std::vector<int>& shape);

// "1x49x10x1"; a scalar is "1".
[[nodiscard]] std::string dims_text(const std::vector<int>& shape);

// "fennec::Tensor<7, fennec::Shape<1, 25, 5, 64>>" for the tensor with id 7 (plan.hpp,
// tensor_ids), with ", float" for a float32 tensor.
[[nodiscard]] std::string tensor_type(const Tensor& tensor, int id);

// What a layer's comment line says, in parts: "1x49x10x1", "1x25x5x64" and
// "10x4 s2 SAME  relu [-128,127]".
struct LayerDescription {
    std::string inputs;  // the activation inputs' shapes, joined by " + "
    std::string output;
    std::string details;
};

[[nodiscard]] LayerDescription describe_layer(const Model& model,
                                              const Operator& op,
                                              const LayerConstants& constants);

// "[3] DEPTHWISE_CONV_2D  1x25x5x64 -> 1x25x5x64  3x3 s1 SAME  relu [0,127]"
[[nodiscard]] std::string layer_comment(const Model& model,
                                        const Operator& op,
                                        const LayerConstants& constants);

}  // namespace fennec::gen
