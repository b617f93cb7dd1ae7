// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// One case: run the runner on its inputs, then compare what it wrote with what TFLite wrote:
// with layers on, every op's outputs that the case has dumps of, in execution order (so the first
// difference names the op that went wrong), then the model's outputs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "cases.hpp"
#include "model.hpp"
#include "targets.hpp"

namespace fennec::check {

struct CaseOptions {
    bool layers = false;
    int time_runs = 0;  // invokes to time after the checked one (host only); 0: none
};

// The runner to run: a host program, or a Cortex-M program that QEMU runs.
struct Runner {
    std::filesystem::path program;
    std::optional<CortexmTarget> target;        // set for Cortex-M
    std::optional<std::filesystem::path> icount_plugin;  // QEMU plugin, to count instructions
    int timeout_seconds = 600;
};

struct CaseResult {
    bool ok = false;
    // Why the case failed, as printed after "<case>: FAIL ": "output 0 element 7: expected 12,
    // got 13", "op 3 (DEPTHWISE_CONV_2D) tensor 25 \"name\" element 17: ...".
    std::string failure;
    int tensors_compared = 0;          // intermediate tensors compared (with layers on)
    std::optional<long long> median_ns;  // with time_runs > 0
    std::optional<long long> instructions;  // Cortex-M with the plugin: the invoke alone
    std::optional<long long> stack_bytes;   // Cortex-M: the stack high-water mark
};

// Runs `runner` on the case; its outputs go to `outputs` (a folder that must exist), its layer
// dumps and log to `scratch`.
[[nodiscard]] CaseResult check_case(const CaseSpec& spec,
                                    const gen::Model& model,
                                    const Runner& runner,
                                    const std::filesystem::path& outputs,
                                    const std::filesystem::path& scratch,
                                    const CaseOptions& options);

}  // namespace fennec::check
