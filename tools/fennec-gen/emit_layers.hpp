// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Part of the emitter (stage 5): one layer of a generated header (its comment line, its constants,
// its op descriptor). Internal to emit_header.cpp.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "code_writer.hpp"
#include "model.hpp"
#include "quantize.hpp"

namespace fennec::gen {

// Writes each layer: its comment line, then namespace layer<index> { constants; using op = ...; }.
// Constant data that an earlier layer already holds (a converter may share a buffer) is referred
// to, not written again.
class LayerEmitter {
public:
    LayerEmitter(CodeWriter& writer, const Model& model) : writer_(writer), model_(model) {}

    void layer(const Operator& op, const LayerConstants& constants);

private:
    void weighted(const Operator& op, const WeightedLayer& layer);
    // The C++ expression for a constant tensor's array, written now unless already written.
    std::string weights_array(const Tensor& filter, const char* name, std::size_t row_length);
    std::string bias_array(const Tensor& bias);

    CodeWriter& writer_;
    const Model& model_;
    std::string namespace_;                       // of the layer being written
    std::map<const void*, std::string> written_;  // constant data -> qualified array name
};

}  // namespace fennec::gen
