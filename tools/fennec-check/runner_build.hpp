// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Building the runner: the generated header, the runner's sources (compiled into fennec-check,
// see runner/) and fennec's headers, compiled by the compiler the user chose into one program.
#pragma once

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "targets.hpp"

namespace fennec::check {

// fennec-check cannot go on (no compiler, the runner does not compile, ...): exit status 2.
class ToolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Compiler {
    std::string program = "c++";            // --cxx, else $CXX, else c++
    std::string opt = "2";                  // --opt: the N of -ON
    std::vector<std::string> extra_flags;   // --cxx-flag, in order
};

// The folders holding fennec's headers: the installed include/ next to this program's bin/, or
// else the source tree's include/ and kernels/ that fennec-check was built from.
[[nodiscard]] std::vector<std::filesystem::path> fennec_include_dirs();

// Writes the header (as model.hpp, namespace fennec_check_model) and the host runner's sources
// into `work` and compiles them into work/runner, which it returns. A missing compiler or a
// failed compile is a ToolError that carries the compiler's messages.
[[nodiscard]] std::filesystem::path build_host_runner(const std::string& header,
                                                      const std::filesystem::path& work,
                                                      const Compiler& compiler);

// tools/cortexm: start-up code, linker scripts, semihosting and the instruction-count plugin's
// source. Installed as <prefix>/share/fennec/cortexm, else the source tree's.
[[nodiscard]] std::filesystem::path fennec_cortexm_dir();

// The same for a Cortex-M core: the runner cross-compiled (compiler.program is arm-none-eabi-g++
// unless chosen) with tools/cortexm into work/runner.elf, which it returns. With harness_only,
// work/harness.elf: the same program with an invoke() that does nothing, whose size is the
// harness's alone.
[[nodiscard]] std::filesystem::path build_cortexm_runner(const std::string& header,
                                                         const std::filesystem::path& work,
                                                         const Compiler& compiler,
                                                         const CortexmTarget& target,
                                                         bool harness_only = false);

// QEMU's instruction-count plugin (tools/cortexm/icount_plugin.c), compiled for the host with
// `cc` into work/icount_plugin.so; nullopt (and no counts) when there is no C compiler.
[[nodiscard]] std::optional<std::filesystem::path> build_icount_plugin(const std::filesystem::path& work);

// The bytes a Cortex-M runner occupies, from its section headers.
struct ImageSize {
    long long flash_bytes = 0;  // code and read-only data (.text, .ARM.exidx) and .data's image
    long long data_bytes = 0;   // .data (initialised RAM)
    long long bss_bytes = 0;    // .bss (zeroed RAM: the arena lives here)
};
[[nodiscard]] std::optional<ImageSize> image_size(const std::filesystem::path& elf);

// The namespace the runner expects the generated header to use.
inline constexpr const char* runner_model_namespace = "fennec_check_model";

}  // namespace fennec::check
