// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Stage 5 of fennec-gen: the C++ header. It is an ordinary use of fennec's graph API, the same kind
// of code as examples/hand_written/tap_model.hpp:
//
//   banner (generator version, model file and sha256, how to regenerate), #include
//   "fennec/fennec.hpp" namespace <name> {
//     one `using` per activation tensor: fennec::Tensor<index, fennec::Shape<...>, element>
//     per layer: a comment line "[3] DEPTHWISE_CONV_2D  1x25x5x64 -> 1x25x5x64  3x3 s1 SAME  relu
//       [0,127]", then namespace layer3 { typed constexpr arrays (weights one row per output
//       channel or filter tap, bias, per-channel multiplier and shift), the constants struct,
//       `using op = fennec::ops::...;` }
//     using Model = fennec::Graph<inputs, outputs, layer0::op, ...>;  and ModelInt8 where the
//       model has float edges; input/output shape, scale and zero point
//     the memory plan as a comment table, and static_asserts that the compiler's plan equals it
//   }
//
// The same model always gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model.hpp"
#include "plan.hpp"
#include "quantize.hpp"
#include "summary.hpp"

namespace fennec::gen {

// Everything the header is made from.
struct HeaderSource {
    const Model* model = nullptr;
    const std::vector<LayerConstants>* layers = nullptr;  // quantize(model)
    const ModelFigures* figures = nullptr;
    GraphDescription graph;  // full_graph(model)
    GraphPlan plan;          // plan_graph(model, graph)
    std::optional<GraphDescription> int8_graph;
    std::optional<GraphPlan> int8_plan;
    std::string namespace_name;
    std::string header_file_name;  // the output's file name, for the banner
    std::string generator_version;
};

// Plans both graphs of `model` (Model and, where the model has float edges, ModelInt8).
// `layers` and `figures` must outlive the result.
[[nodiscard]] HeaderSource make_header_source(const Model& model,
                                              const std::vector<LayerConstants>& layers,
                                              const ModelFigures& figures,
                                              const std::string& namespace_name,
                                              const std::string& header_path,
                                              const std::string& generator_version);

[[nodiscard]] std::string emit_header(const HeaderSource& source);

}  // namespace fennec::gen
