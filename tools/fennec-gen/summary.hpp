// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The figures of a validated model, and the summary JSON that --summary-json writes:
//
//   {"model": <path as given>, "sha256": ..., "ops": {"CONV_2D": 5, ...},
//    "params": N, "weight_bytes": N, "macs": N, "arena_bytes": N, "arena_lower_bound_bytes": N}
//
// params: elements of the constant tensors an operator computes with (weights, biases, constant
//   operands), each tensor once; not the argument constants (shapes, axes, paddings, ...: see
//   is_data_input). TFLM's manifests count every constant, so theirs is larger by those.
// weight_bytes: the bytes of those same constants, the data a generated header carries as arrays.
// macs: multiply-accumulates of one inference through CONV_2D, DEPTHWISE_CONV_2D and
//   FULLY_CONNECTED (output elements times the products each sums).
// arena_bytes: Model::arena_bytes of the generated header (the graph as converted, float edges
//   included, as TFLM runs it), from the planner the compiler runs (plan.hpp).
// arena_lower_bound_bytes: Model::arena_lower_bound_bytes, the largest total of activation tensors
//   (graph inputs and outputs included) live at any one op, every tensor counted on its own.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "model.hpp"

namespace fennec::gen {

struct ModelFigures {
    std::map<std::string, int> op_counts;  // by TFLite op name, sorted
    std::int64_t params = 0;
    std::int64_t weight_bytes = 0;
    std::int64_t macs = 0;
    std::int64_t arena_bytes = 0;
    std::int64_t arena_lower_bound_bytes = 0;
};

[[nodiscard]] ModelFigures model_figures(const Model& model);

// Multiply-accumulates of one operator; 0 for those that do not multiply weights.
[[nodiscard]] std::int64_t operator_macs(const Model& model, const Operator& op);

// The summary as JSON text (keys in the order above, two-space indent, final newline).
[[nodiscard]] std::string summary_json(const Model& model, const ModelFigures& figures);

}  // namespace fennec::gen
