// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "report.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "code_writer.hpp"
#include "layer_text.hpp"

namespace fennec::gen {
namespace {

// The plan picture's geometry, in SVG user units.
constexpr double chart_left = 90;
constexpr double chart_top = 20;
constexpr double chart_width = 1000;
constexpr double chart_height = 480;
constexpr double axis_room = 40;
constexpr double min_bar_height = 2;

std::string escaped(std::string_view text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                // Control bytes would make the file invalid; names from the model are untrusted.
                out += static_cast<unsigned char>(c) < 0x20 ? '?' : c;
        }
    }
    return out;
}

// A coordinate with two decimals (fennec-gen never sets a locale, so the point is '.').
std::string coordinate(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::int64_t data_parameters(const Model& model, const Operator& op) {
    std::int64_t count = 0;
    for (std::size_t k = 0; k < op.inputs.size(); ++k) {
        if (op.inputs[k] >= 0 && is_data_input(op.op, k)) {
            const Tensor& tensor = model.tensors[static_cast<std::size_t>(op.inputs[k])];
            count += tensor.is_constant() ? tensor.elements() : 0;
        }
    }
    return count;
}

// A fill colour per tensor that neighbours in the plan tell apart: hues walk the golden angle.
std::string fill_colour(std::size_t row) {
    const int hue = static_cast<int>((row * 137) % 360);
    return "hsl(" + std::to_string(hue) + ",55%,70%)";
}

class ReportWriter {
public:
    explicit ReportWriter(const HeaderSource& source) : source_(source), model_(*source.model) {}

    std::string write() {
        const std::string title = "fennec-gen report: " + source_.namespace_name;
        html_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
                 escaped(title) + "</title>\n" + style() + "</head>\n<body>\n";
        html_ += "<h1>" + escaped(title) + "</h1>\n";
        figures();
        layer_table();
        plan_picture();
        html_ += "</body>\n</html>\n";
        return html_;
    }

private:
    static std::string style() {
        return "<style>\n"
               "body{font-family:sans-serif;margin:24px;color:#222}\n"
               "table{border-collapse:collapse;font-size:13px}\n"
               "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}\n"
               "td.n{text-align:right;font-variant-numeric:tabular-nums}\n"
               "th{background:#eee}\n"
               "svg text{font-size:11px;font-family:sans-serif}\n"
               "</style>\n";
    }

    void row(const std::vector<std::string>& cells, const std::vector<bool>& numeric) {
        html_ += "<tr>";
        for (std::size_t i = 0; i < cells.size(); ++i) {
            html_ += numeric[i] ? "<td class=\"n\">" : "<td>";
            html_ += cells[i] + "</td>";
        }
        html_ += "</tr>\n";
    }

    void figures() {
        const ModelFigures& figures = *source_.figures;
        std::string ops;
        for (const auto& [name, count] : figures.op_counts) {
            ops += (ops.empty() ? "" : ", ") + name + " &times;" + std::to_string(count);
        }
        html_ += "<table>\n";
        const std::vector<bool> text_cells = {false, false};
        row({"model", escaped(model_.path)}, text_cells);
        row({"sha256", model_.sha256}, text_cells);
        row({"generator", "fennec-gen " + escaped(source_.generator_version)}, text_cells);
        row({"operators", std::to_string(model_.operators.size()) + " (" + ops + ")"}, text_cells);
        row({"parameters", grouped(figures.params)}, text_cells);
        row({"weight bytes", grouped(figures.weight_bytes)}, text_cells);
        row({"MACs", grouped(figures.macs)}, text_cells);
        row({"arena bytes (Model)", grouped(static_cast<std::int64_t>(source_.plan.arena_bytes))},
            text_cells);
        row({"arena lower bound (most bytes live at one op)",
             grouped(static_cast<std::int64_t>(source_.plan.lower_bound_bytes))},
            text_cells);
        if (source_.int8_plan) {
            row({"arena bytes (ModelInt8, without the float edges)",
                 grouped(static_cast<std::int64_t>(source_.int8_plan->arena_bytes))},
                text_cells);
        }
        html_ += "</table>\n";
    }

    void layer_table() {
        html_ +=
            "<h2>Layers</h2>\n<table>\n<tr><th>#</th><th>op</th><th>input</th><th>output</th>"
            "<th>parameters</th><th>details</th><th>MACs</th><th>output bytes</th></tr>\n";
        const std::vector<bool> numeric = {true, false, false, false, true, false, true, true};
        for (std::size_t k = 0; k < model_.operators.size(); ++k) {
            const Operator& op = model_.operators[k];
            const LayerDescription description = describe_layer(model_, op, (*source_.layers)[k]);
            const Tensor& output = model_.tensors[static_cast<std::size_t>(op.outputs[0])];
            row({std::to_string(op.index), op.name(), escaped(description.inputs),
                 escaped(description.output), grouped(data_parameters(model_, op)),
                 escaped(description.details), grouped(operator_macs(model_, op)),
                 grouped(output.bytes())},
                numeric);
        }
        html_ += "</table>\n";
    }

    void plan_picture() {
        const GraphPlan& plan = source_.plan;
        const GraphDescription& graph = source_.graph;
        const double steps = static_cast<double>(graph.ops.size() + 2);  // input, ops, output
        const double arena = static_cast<double>(std::max<std::size_t>(plan.arena_bytes, 1));
        const auto x_of = [&](int position) {
            return chart_left + chart_width * (position + 1) / steps;
        };
        const auto y_of = [&](double offset) {
            return chart_top + chart_height * (1.0 - offset / arena);
        };
        html_ +=
            "<h2>Arena plan</h2>\n<p>Each rectangle is a tensor: its height is its size at "
            "its offset in the arena, its width spans the ops from the one that writes it to "
            "the last that reads it (graph inputs start before op 0, outputs end after the "
            "last op). Tensors in place share a rectangle's bytes. Arena " +
            grouped(static_cast<std::int64_t>(plan.arena_bytes)) + " bytes; liveness lower bound " +
            grouped(static_cast<std::int64_t>(plan.lower_bound_bytes)) + " bytes.</p>\n";
        html_ += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" +
                 coordinate(chart_left + chart_width + 20) + "\" height=\"" +
                 coordinate(chart_top + chart_height + axis_room) + "\">\n";
        html_ += "<rect x=\"" + coordinate(chart_left) + "\" y=\"" + coordinate(chart_top) +
                 "\" width=\"" + coordinate(chart_width) + "\" height=\"" +
                 coordinate(chart_height) + "\" fill=\"#fafafa\" stroke=\"#999\"/>\n";
        std::size_t index = 0;
        for (const TensorPlacement& tensor : plan.tensors) {
            if (tensor.bytes == 0) {
                continue;
            }
            const double left = x_of(tensor.first_op);
            const double right = x_of(tensor.last_op + 1);
            // At least min_bar_height units tall, so that a tensor of a few bytes stays visible.
            const double bottom = y_of(static_cast<double>(tensor.offset));
            const double top = std::min(y_of(static_cast<double>(tensor.offset + tensor.bytes)),
                                        bottom - min_bar_height);
            const std::string name = tensor_name(model_, tensor.tensor);
            std::string title = name + ": " + grouped(static_cast<std::int64_t>(tensor.bytes)) +
                                " bytes at offset " +
                                grouped(static_cast<std::int64_t>(tensor.offset));
            if (tensor.alias_of >= 0) {
                title += ", in place of " + tensor_name(model_, tensor.alias_of);
            }
            html_ += "<g><title>" + escaped(title) + "</title><rect x=\"" + coordinate(left) +
                     "\" y=\"" + coordinate(top) + "\" width=\"" + coordinate(right - left) +
                     "\" height=\"" + coordinate(bottom - top) + "\" fill=\"" +
                     fill_colour(index++) +
                     "\" fill-opacity=\"0.8\" stroke=\"#333\" "
                     "stroke-width=\"0.5\"/>";
            // A label where the rectangle has room for it.
            const double label_width = 6.0 * static_cast<double>(name.size());
            if (right - left > label_width + 4 && bottom - top > 13) {
                html_ += "<text x=\"" + coordinate(left + 3) + "\" y=\"" + coordinate(top + 11) +
                         "\">" + escaped(name) + "</text>";
            }
            html_ += "</g>\n";
        }
        // The lower bound as a dashed line (a total, drawn at that height for comparison).
        const double bound = y_of(static_cast<double>(plan.lower_bound_bytes));
        html_ += "<line x1=\"" + coordinate(chart_left) + "\" x2=\"" +
                 coordinate(chart_left + chart_width) + "\" y1=\"" + coordinate(bound) +
                 "\" y2=\"" + coordinate(bound) +
                 "\" stroke=\"#c00\" stroke-dasharray=\"6,4\"><title>liveness lower bound " +
                 grouped(static_cast<std::int64_t>(plan.lower_bound_bytes)) +
                 " bytes</title></line>\n";
        axes(x_of, y_of, arena);
        html_ += "</svg>\n";
    }

    template <class XOf, class YOf>
    void axes(const XOf& x_of, const YOf& y_of, double arena) {
        const int op_count = static_cast<int>(source_.graph.ops.size());
        const int step = std::max(1, op_count / 20);
        const std::string baseline = coordinate(chart_top + chart_height + 14);
        for (int position = 0; position < op_count; position += step) {
            const double middle = (x_of(position) + x_of(position + 1)) / 2;
            html_ +=
                "<text x=\"" + coordinate(middle) + "\" y=\"" + baseline +
                "\" text-anchor=\"middle\">" +
                std::to_string(source_.graph.ops[static_cast<std::size_t>(position)].op_index) +
                "</text>\n";
        }
        html_ += "<text x=\"" + coordinate(chart_left + chart_width / 2) + "\" y=\"" +
                 coordinate(chart_top + chart_height + 32) +
                 "\" text-anchor=\"middle\">op index</text>\n";
        for (int tick = 0; tick <= 4; ++tick) {
            const double offset = arena * tick / 4;
            html_ += "<text x=\"" + coordinate(chart_left - 6) + "\" y=\"" +
                     coordinate(y_of(offset) + 4) + "\" text-anchor=\"end\">" +
                     grouped(static_cast<std::int64_t>(offset)) + "</text>\n";
        }
    }

    const HeaderSource& source_;
    const Model& model_;
    std::string html_;
};

}  // namespace

std::string emit_report(const HeaderSource& source) {
    return ReportWriter(source).write();
}

}  // namespace fennec::gen
