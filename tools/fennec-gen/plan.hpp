// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Stage 4 of fennec-gen: the memory plan of the graph a header declares, computed on the host with
// the library's own planner (fennec::plan_memory_into and fennec::arena_lower_bound from
// include/fennec/graph/memory_plan.hpp), never a second one.
//
// The compiler plans the generated fennec::Graph from its op descriptors; this stage must hand the
// planner exactly the lifetimes the compiler does. So graph_ops() states what each descriptor in
// include/fennec/ops/ declares (activation inputs in order, in-place input, view, scratch bytes),
// and plan_graph() repeats graph.hpp's analyze_graph step by step (lifetimes from the op order,
// then the in-place decisions). The header carries static_asserts that the compiler's figures
// equal these, so any drift breaks the build of every generated model.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "model.hpp"

namespace fennec::gen {

// One op of a graph as fennec::Graph sees it (the members of an op descriptor).
struct GraphOp {
    int op_index = 0;          // the operator in Model::operators
    std::vector<int> inputs;   // activation tensors it reads, in the descriptor's order
    std::vector<int> outputs;  // tensors it writes
    std::size_t scratch_bytes = 0;
    int in_place_input = -1;  // position in `inputs` whose bytes output 0 may overwrite, or -1
    bool is_view = false;     // output 0 is input 0's bytes under another shape
};

// The activation tensors an operator's descriptor reads, in order: both operands of ADD and MUL,
// every input of CONCATENATION, input 0 of every other op (the rest are constants: weights, bias,
// and arguments such as shapes and axes).
[[nodiscard]] std::vector<int> activation_inputs(const Operator& op);

// The tensors and ops of one fennec::Graph, by the model's tensor indices.
struct GraphDescription {
    std::vector<int> inputs;
    std::vector<int> outputs;
    std::vector<GraphOp> ops;  // in execution order
};

// The graph of the whole model, float edges included: the header's `Model`.
[[nodiscard]] GraphDescription full_graph(const Model& model);

// The graph without the QUANTIZE that turns a float graph input into int8 and the DEQUANTIZE that
// turns int8 into a float graph output, so that firmware feeds and reads int8 directly: the
// header's `ModelInt8`. Empty when the model has no such edge.
[[nodiscard]] std::optional<GraphDescription> int8_graph(const Model& model);

// The id of each tensor in the generated header's fennec::Tensor<id, ...>, by model tensor index
// (-1 for a tensor that is no activation of the model's graph): the tensor's rank among the
// graph's tensors in index order. TFLite numbers constants and activations together, so activation
// indices run into the hundreds; the compile-time planner sizes its arrays by the largest id, and
// dense ids keep that evaluation within clang's default constexpr step limit. The order is the
// indices' order, so the plan (whose ties fall to the lower id) is the one the indices would give.
[[nodiscard]] std::vector<int> tensor_ids(const Model& model);

// Where one tensor lives and when. Op positions count the graph's ops (0 = its first op); a
// graph input is live from -1, a graph output until the graph's op count.
struct TensorPlacement {
    int tensor = 0;  // the model's index
    std::size_t offset = 0;
    std::size_t bytes = 0;
    int first_op = 0;
    int last_op = 0;
    int alias_of = -1;  // the tensor (model index) whose bytes this one reuses in place, or -1
};

struct GraphPlan {
    std::size_t arena_bytes = 0;               // Graph::arena_bytes
    std::size_t lower_bound_bytes = 0;         // Graph::arena_lower_bound_bytes
    std::vector<TensorPlacement> tensors;      // every tensor of the graph, by ascending id
    std::vector<std::size_t> scratch_offsets;  // per op of the graph
};

[[nodiscard]] GraphPlan plan_graph(const Model& model, const GraphDescription& graph);

}  // namespace fennec::gen
