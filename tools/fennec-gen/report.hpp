// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The --report page: one self-contained HTML file (inline CSS and SVG, no script, no external
// asset) with the model's figures, the layer table (op, shapes, parameters, MACs, output bytes),
// and the arena plan over time as an SVG: x is the op index, y the arena offset, and each tensor a
// rectangle at its offset spanning its first to its last use, titled with its name and size, with
// the arena size and the liveness lower bound marked. Deterministic, like the header.
#pragma once

#include <string>

#include "emit_header.hpp"

namespace fennec::gen {

[[nodiscard]] std::string emit_report(const HeaderSource& source);

}  // namespace fennec::gen
