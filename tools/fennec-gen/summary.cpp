// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "summary.hpp"

#include <nlohmann/json.hpp>
#include <vector>

#include "plan.hpp"

namespace fennec::gen {

std::int64_t operator_macs(const Model& model, const Operator& op) {
    const auto tensor = [&](std::size_t k) -> const Tensor& {
        return model.tensors[static_cast<std::size_t>(op.inputs[k])];
    };
    const Tensor& output = model.tensors[static_cast<std::size_t>(op.outputs[0])];
    switch (op.op) {
        case BuiltinOp::conv_2d: {
            // Each output element sums filter_height * filter_width * input_channels products.
            const Tensor& filter = tensor(1);
            return output.elements() * (filter.elements() / filter.shape[0]);
        }
        case BuiltinOp::depthwise_conv_2d: {
            // Each output channel reads one input channel: filter_height * filter_width products.
            const Tensor& filter = tensor(1);
            return output.elements() * filter.shape[1] * filter.shape[2];
        }
        case BuiltinOp::fully_connected:
            // Each output unit sums input_units products.
            return output.elements() * tensor(1).shape[1];
        default:
            return 0;
    }
}

ModelFigures model_figures(const Model& model) {
    ModelFigures figures;
    std::vector<bool> counted(model.tensors.size(), false);
    for (const Operator& op : model.operators) {
        ++figures.op_counts[op.name()];
        for (std::size_t k = 0; k < op.inputs.size(); ++k) {
            if (op.inputs[k] < 0 || !is_data_input(op.op, k)) {
                continue;
            }
            const Tensor& tensor = model.tensors[static_cast<std::size_t>(op.inputs[k])];
            if (tensor.is_constant() && !counted[static_cast<std::size_t>(tensor.index)]) {
                counted[static_cast<std::size_t>(tensor.index)] = true;
                figures.params += tensor.elements();
                figures.weight_bytes += tensor.bytes();
            }
        }
        // Below 2^62 per operator (two factors below 2^31 each); the sum saturates rather than
        // overflow on absurd models.
        const std::int64_t macs = operator_macs(model, op);
        const std::int64_t room = INT64_MAX - figures.macs;
        figures.macs = macs > room ? INT64_MAX : figures.macs + macs;
    }
    const GraphPlan plan = plan_graph(model, full_graph(model));
    figures.arena_bytes = static_cast<std::int64_t>(plan.arena_bytes);
    figures.arena_lower_bound_bytes = static_cast<std::int64_t>(plan.lower_bound_bytes);
    return figures;
}

std::string summary_json(const Model& model, const ModelFigures& figures) {
    nlohmann::ordered_json summary;
    summary["model"] = model.path;
    summary["sha256"] = model.sha256;
    summary["ops"] = figures.op_counts;
    summary["params"] = figures.params;
    summary["weight_bytes"] = figures.weight_bytes;
    summary["macs"] = figures.macs;
    summary["arena_bytes"] = figures.arena_bytes;
    summary["arena_lower_bound_bytes"] = figures.arena_lower_bound_bytes;
    // Paths from the command line need not be UTF-8: replace what is not, rather than throw.
    return summary.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace fennec::gen
