// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Where a runner runs: the host, or a Cortex-M core emulated by QEMU. For each core, what the
// cross build needs (the compiler's CPU flags, the linker script of its QEMU machine, the stack
// it reserves) and the machine QEMU emulates. These match cmake/toolchains/cortex-m*.cmake and
// tools/cortexm (FennecCortexM.cmake, run-qemu), which build and run the project's own tests.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace fennec::check {

struct CortexmTarget {
    std::string core;                   // "cortex-m4"
    std::vector<std::string> cpu_flags;  // -mcpu=... -mthumb -mfloat-abi=...
    std::string linker_script;          // in tools/cortexm/ld
    std::string machine;                // qemu-system-arm -M
    int stack_bytes = 8192;
};

// The Cortex-M target called `name`, or nullopt (the host, or an unknown name).
[[nodiscard]] std::optional<CortexmTarget> cortexm_target(const std::string& name);

// "host, cortex-m0, cortex-m3, ...": every name --target accepts.
[[nodiscard]] std::string target_names();

}  // namespace fennec::check
