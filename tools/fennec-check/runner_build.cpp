// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "runner_build.hpp"

#include <fstream>
#include <iterator>
#include <string_view>
#include <system_error>

#include "process.hpp"
#include "runner_sources.hpp"


namespace fennec::check {

namespace fs = std::filesystem;

namespace {

void write_text(const fs::path& path, std::string_view text) {
    std::ofstream file(path, std::ios::binary);
    file.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!file.flush()) {
        throw ToolError("cannot write " + path.string());
    }
}

std::string read_text(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// The warning set fennec holds itself to: a generated header must compile cleanly under it.
const std::vector<std::string> runner_warnings = {"-Wall", "-Wextra", "-Wpedantic", "-Wconversion",
                                                  "-Wsign-conversion"};

}  // namespace

std::vector<fs::path> fennec_include_dirs() {
    std::error_code error;
    const fs::path program = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path installed = program.parent_path().parent_path() / "include";
        if (fs::exists(installed / "fennec" / "fennec.hpp") &&
            fs::exists(installed / "fennec" / "kernels")) {
            return {installed};
        }
    }
#if defined(FENNEC_CHECK_SOURCE_INCLUDE_DIR) && defined(FENNEC_CHECK_SOURCE_KERNELS_DIR)
    const std::vector<fs::path> dirs = {FENNEC_CHECK_SOURCE_INCLUDE_DIR,
                                        FENNEC_CHECK_SOURCE_KERNELS_DIR};
#else
    const std::vector<fs::path> dirs;
#endif
    for (const fs::path& dir : dirs) {
        if (!fs::exists(dir)) {
            throw ToolError("fennec's headers are not at " + dir.string() +
                            " (fennec-check was built from a source tree that has moved)");
        }
    }
    if (dirs.empty()) {
        throw ToolError("cannot find fennec's headers next to this program");
    }
    return dirs;
}

fs::path build_host_runner(const std::string& header, const fs::path& work, const Compiler& compiler) {
    if (!program_exists(compiler.program)) {
        throw ToolError("compiler '" + compiler.program +
                        "' not found (choose one with --cxx, or install g++ or clang)");
    }
    write_text(work / "model.hpp", header);
    write_text(work / "run_model.hpp", run_model_source);
    write_text(work / "host_runner.cpp", host_runner_source);

    const fs::path runner = work / "runner";
    std::vector<std::string> command = {compiler.program, "-std=c++17", "-O" + compiler.opt,
                                        "-DNDEBUG"};
    command.insert(command.end(), runner_warnings.begin(), runner_warnings.end());
    command.push_back("-I" + work.string());
    for (const fs::path& dir : fennec_include_dirs()) {
        command.push_back("-I" + dir.string());
    }
    command.insert(command.end(), compiler.extra_flags.begin(), compiler.extra_flags.end());
    command.insert(command.end(), {(work / "host_runner.cpp").string(), "-o", runner.string()});

    // The command, one argument per line, for whoever wants to rebuild the runner by hand.
    std::string listing;
    for (const std::string& arg : command) {
        listing += arg + "\n";
    }
    write_text(work / "compile_command.txt", listing);

    const fs::path log = work / "compile.log";
    const ProgramResult result = run_program(command, log.string());
    if (!result.started) {
        throw ToolError("could not run the compiler '" + compiler.program + "'");
    }
    if (result.exit_status != 0) {
        throw ToolError("the runner did not compile with " + compiler.program + " -O" +
                        compiler.opt + "; the compiler said:\n" + read_text(log));
    }
    return runner;
}

}  // namespace fennec::check
