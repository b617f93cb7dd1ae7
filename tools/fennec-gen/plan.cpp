// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "plan.hpp"

#include <algorithm>

#include "fennec/graph/arena.hpp"
#include "fennec/graph/memory_plan.hpp"

namespace fennec::gen {
namespace {

const Tensor& tensor_at(const Model& model, int index) {
    return model.tensors[static_cast<std::size_t>(index)];
}

// What the op's descriptor in include/fennec/ops/ declares as in-place input and view.
GraphOp graph_op(const Model& model, const Operator& op) {
    GraphOp node;
    node.op_index = op.index;
    node.inputs = activation_inputs(op);
    node.outputs = op.outputs;
    switch (op.op) {
        case BuiltinOp::add:
        case BuiltinOp::mul: {
            // ops/broadcast.hpp, broadcast_in_place_input: an input as large as the output (not
            // broadcast) may be overwritten; input 1 is offered first.
            const std::int64_t output_elements = tensor_at(model, op.outputs[0]).elements();
            if (tensor_at(model, op.inputs[0]).elements() == output_elements) {
                node.in_place_input = 0;
            } else if (tensor_at(model, op.inputs[1]).elements() == output_elements) {
                node.in_place_input = 1;
            }
            break;
        }
        case BuiltinOp::softmax:
        case BuiltinOp::logistic:
        case BuiltinOp::tanh:
            // Element-wise in order (softmax row by row, after reading the row).
            node.in_place_input = 0;
            break;
        case BuiltinOp::quantize:
            // int8 -> int8 is ops::Requantize, in place; float -> int8 is ops::Quantize, not.
            if (tensor_at(model, op.inputs[0]).dtype == DType::int8) {
                node.in_place_input = 0;
            }
            break;
        case BuiltinOp::reshape:
        case BuiltinOp::squeeze:
            node.is_view = true;
            break;
        default:
            break;
    }
    // No portable kernel needs scratch memory yet; a kernel that does declares its size as a
    // constexpr function, which belongs here too.
    node.scratch_bytes = 0;
    return node;
}

bool is_read_by_an_op(const Model& model, int tensor) {
    return std::any_of(model.operators.begin(), model.operators.end(), [&](const Operator& op) {
        return std::find(op.inputs.begin(), op.inputs.end(), tensor) != op.inputs.end();
    });
}

int reader_count(const Model& model, int tensor) {
    int count = 0;
    for (const Operator& op : model.operators) {
        count += static_cast<int>(std::count(op.inputs.begin(), op.inputs.end(), tensor));
    }
    return count;
}

}  // namespace

std::vector<int> activation_inputs(const Operator& op) {
    switch (op.op) {
        case BuiltinOp::add:
        case BuiltinOp::mul:
            return {op.inputs[0], op.inputs[1]};
        case BuiltinOp::concatenation:
            return op.inputs;
        default:
            return {op.inputs[0]};
    }
}

GraphDescription full_graph(const Model& model) {
    GraphDescription graph;
    graph.inputs = model.inputs;
    graph.outputs = model.outputs;
    for (const Operator& op : model.operators) {
        graph.ops.push_back(graph_op(model, op));
    }
    return graph;
}

std::optional<GraphDescription> int8_graph(const Model& model) {
    GraphDescription graph = full_graph(model);
    bool stripped = false;
    std::vector<bool> dropped(graph.ops.size(), false);
    for (std::size_t k = 0; k < model.operators.size(); ++k) {
        const Operator& op = model.operators[k];
        if (op.op == BuiltinOp::quantize) {
            // A float graph input that only this QUANTIZE reads: its int8 output becomes the input.
            const int source = op.inputs[0];
            const auto position = std::find(graph.inputs.begin(), graph.inputs.end(), source);
            if (tensor_at(model, source).dtype == DType::float32 &&
                position != graph.inputs.end() && reader_count(model, source) == 1) {
                *position = op.outputs[0];
                dropped[k] = true;
            }
        } else if (op.op == BuiltinOp::dequantize) {
            // A float graph output no op reads, from an int8 tensor that is not already an input or
            // output of the graph: that int8 tensor becomes the output.
            const int result = op.outputs[0];
            const int source = op.inputs[0];
            const auto position = std::find(graph.outputs.begin(), graph.outputs.end(), result);
            const auto is_listed = [&](const std::vector<int>& list) {
                return std::find(list.begin(), list.end(), source) != list.end();
            };
            if (position != graph.outputs.end() && !is_read_by_an_op(model, result) &&
                !is_listed(graph.inputs) && !is_listed(graph.outputs)) {
                *position = source;
                dropped[k] = true;
            }
        }
        stripped = stripped || dropped[k];
    }
    if (!stripped) {
        return std::nullopt;
    }
    std::vector<GraphOp> kept;
    for (std::size_t k = 0; k < graph.ops.size(); ++k) {
        if (!dropped[k]) {
            kept.push_back(std::move(graph.ops[k]));
        }
    }
    graph.ops = std::move(kept);
    return graph;
}

std::vector<int> tensor_ids(const Model& model) {
    std::vector<bool> in_graph(model.tensors.size(), false);
    const auto mark = [&](const std::vector<int>& tensors) {
        for (const int index : tensors) {
            in_graph[static_cast<std::size_t>(index)] = true;
        }
    };
    const GraphDescription graph = full_graph(model);
    mark(graph.inputs);
    mark(graph.outputs);
    for (const GraphOp& op : graph.ops) {
        mark(op.inputs);
        mark(op.outputs);
    }
    std::vector<int> ids(model.tensors.size(), -1);
    int next_id = 0;
    for (std::size_t index = 0; index < in_graph.size(); ++index) {
        ids[index] = in_graph[index] ? next_id++ : -1;
    }
    return ids;
}

GraphPlan plan_graph(const Model& model, const GraphDescription& graph) {
    // Slots as graph.hpp numbers them: [0, tensor_slots) tensors by id, then one scratch buffer per
    // op. ids[index] is a tensor's id, index_of[id] its model index.
    const std::vector<int> ids = tensor_ids(model);
    std::vector<int> index_of;
    for (std::size_t index = 0; index < ids.size(); ++index) {
        if (ids[index] >= 0) {
            index_of.push_back(static_cast<int>(index));
        }
    }
    int largest_id = -1;
    const auto see = [&](const std::vector<int>& tensors) {
        for (const int index : tensors) {
            largest_id = std::max(largest_id, ids[static_cast<std::size_t>(index)]);
        }
    };
    see(graph.inputs);
    see(graph.outputs);
    for (const GraphOp& op : graph.ops) {
        see(op.inputs);
        see(op.outputs);
    }
    const auto tensor_slots = static_cast<std::size_t>(largest_id + 1);
    const std::size_t op_count = graph.ops.size();
    const std::size_t slot_count = tensor_slots + op_count;

    // analyze_graph: lifetimes from the op order.
    std::vector<TensorLifetime> lifetimes(slot_count, TensorLifetime{0, 0, -1, -1});
    std::vector<bool> declared(tensor_slots, false);
    const auto declare = [&](int index) {
        const auto slot = static_cast<std::size_t>(ids[static_cast<std::size_t>(index)]);
        declared[slot] = true;
        lifetimes[slot].bytes = static_cast<std::size_t>(tensor_at(model, index).bytes());
        return slot;
    };
    const auto slot_of = [&](int index) {
        return static_cast<std::size_t>(ids[static_cast<std::size_t>(index)]);
    };
    for (const int id : graph.inputs) {
        const std::size_t slot = declare(id);
        lifetimes[slot].first_op = -1;
        lifetimes[slot].last_op = -1;
    }
    for (std::size_t k = 0; k < op_count; ++k) {
        const GraphOp& op = graph.ops[k];
        const int position = static_cast<int>(k);
        for (const int id : op.inputs) {
            TensorLifetime& lifetime = lifetimes[declare(id)];
            lifetime.last_op = std::max(lifetime.last_op, position);
        }
        for (const int id : op.outputs) {
            TensorLifetime& lifetime = lifetimes[declare(id)];
            lifetime.first_op = position;
            lifetime.last_op = position;
        }
        lifetimes[tensor_slots + k] = TensorLifetime{op.scratch_bytes, position, position, -1};
    }
    for (const int id : graph.outputs) {
        lifetimes[declare(id)].last_op = static_cast<int>(op_count);
    }

    // analyze_graph: in-place sharing. A view always shares; an op that overwrites its input as it
    // goes shares only if nothing already on those bytes is read after it, and the sizes agree.
    for (std::size_t k = 0; k < op_count; ++k) {
        const GraphOp& op = graph.ops[k];
        const int chosen = op.is_view ? 0 : op.in_place_input;
        if (chosen < 0 || static_cast<std::size_t>(chosen) >= op.inputs.size()) {
            continue;
        }
        const std::size_t input = slot_of(op.inputs[static_cast<std::size_t>(chosen)]);
        const std::size_t output = slot_of(op.outputs[0]);
        if (lifetimes[input].bytes != lifetimes[output].bytes) {
            continue;
        }
        bool may_share = true;
        if (!op.is_view) {
            const std::size_t root = fennec::detail::alias_root(lifetimes, input);
            for (std::size_t id = 0; id < tensor_slots; ++id) {
                if (fennec::detail::alias_root(lifetimes, id) == root &&
                    lifetimes[id].last_op > static_cast<int>(k)) {
                    may_share = false;
                }
            }
        }
        if (may_share) {
            lifetimes[output].alias_of = static_cast<int>(input);
        }
    }

    // The planner itself, on vectors instead of arrays.
    std::vector<std::size_t> offsets(slot_count);
    std::vector<std::size_t> candidate(slot_count);
    std::vector<TensorLifetime> groups(slot_count);
    std::vector<std::size_t> order(slot_count);
    std::vector<std::size_t> placed(slot_count);
    GraphPlan plan;
    plan.arena_bytes = plan_memory_into(lifetimes, slot_count, arena_alignment, offsets, candidate,
                                        groups, order, placed);
    plan.lower_bound_bytes = arena_lower_bound(lifetimes, slot_count, static_cast<int>(op_count));
    for (std::size_t id = 0; id < tensor_slots; ++id) {
        if (declared[id]) {
            const TensorLifetime& lifetime = lifetimes[id];
            const int alias_of =
                lifetime.alias_of < 0 ? -1 : index_of[static_cast<std::size_t>(lifetime.alias_of)];
            plan.tensors.push_back({index_of[id], offsets[id], lifetime.bytes, lifetime.first_op,
                                    lifetime.last_op, alias_of});
        }
    }
    for (std::size_t k = 0; k < op_count; ++k) {
        plan.scratch_offsets.push_back(offsets[tensor_slots + k]);
    }
    return plan;
}

}  // namespace fennec::gen
