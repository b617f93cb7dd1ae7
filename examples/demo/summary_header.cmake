# cmake -DSUMMARY=<model>_summary.json -DHEADER=<model>_summary.hpp -DNAMESPACE=<ns>
#       -P summary_header.cmake
# Writes the figures of fennec-gen's --summary-json that the demo prints as C++ constants.
file(READ "${SUMMARY}" summary)
string(JSON weight_bytes GET "${summary}" weight_bytes)
string(JSON macs GET "${summary}" macs)
file(WRITE "${HEADER}" "// Written by examples/demo/summary_header.cmake from ${SUMMARY}.
#pragma once

#include <cstddef>

namespace ${NAMESPACE} {
// Bytes of the model's constants (weights, biases, per-channel multipliers and shifts).
inline constexpr std::size_t weight_bytes = ${weight_bytes};
// Multiply-accumulates per inference.
inline constexpr long long macs = ${macs};
}  // namespace ${NAMESPACE}
")
