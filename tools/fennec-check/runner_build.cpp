// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "runner_build.hpp"

#include <fstream>
#include <iterator>
#include <sstream>
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

namespace {

// Runs the compile command, keeping it (compile_command.txt) and its messages (compile.log).
void compile(const std::vector<std::string>& command, const fs::path& work, const Compiler& compiler) {
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
}

void require_compiler(const Compiler& compiler) {
    if (!program_exists(compiler.program)) {
        throw ToolError("compiler '" + compiler.program +
                        "' not found (choose one with --cxx, or install g++ or clang; for Cortex-M "
                        "targets gcc-arm-none-eabi)");
    }
}

// The flags every runner compiles with: C++17, the optimisation level, the warnings, fennec.
std::vector<std::string> common_flags(const fs::path& work, const Compiler& compiler) {
    std::vector<std::string> flags = {"-std=c++17", "-O" + compiler.opt, "-DNDEBUG"};
    flags.insert(flags.end(), runner_warnings.begin(), runner_warnings.end());
    flags.push_back("-I" + work.string());
    for (const fs::path& dir : fennec_include_dirs()) {
        flags.push_back("-I" + dir.string());
    }
    return flags;
}

}  // namespace

fs::path build_host_runner(const std::string& header, const fs::path& work, const Compiler& compiler) {
    require_compiler(compiler);
    write_text(work / "model.hpp", header);
    write_text(work / "run_model.hpp", run_model_source);
    write_text(work / "host_runner.cpp", host_runner_source);

    const fs::path runner = work / "runner";
    std::vector<std::string> command = {compiler.program};
    const std::vector<std::string> flags = common_flags(work, compiler);
    command.insert(command.end(), flags.begin(), flags.end());
    command.insert(command.end(), compiler.extra_flags.begin(), compiler.extra_flags.end());
    command.insert(command.end(), {(work / "host_runner.cpp").string(), "-o", runner.string()});
    compile(command, work, compiler);
    return runner;
}

fs::path fennec_cortexm_dir() {
    std::error_code error;
    const fs::path program = fs::read_symlink("/proc/self/exe", error);
    if (!error) {
        const fs::path installed = program.parent_path().parent_path() / "share" / "fennec" / "cortexm";
        if (fs::exists(installed / "startup.cpp")) {
            return installed;
        }
    }
#if defined(FENNEC_CHECK_SOURCE_CORTEXM_DIR)
    if (fs::exists(fs::path(FENNEC_CHECK_SOURCE_CORTEXM_DIR) / "startup.cpp")) {
        return FENNEC_CHECK_SOURCE_CORTEXM_DIR;
    }
#endif
    throw ToolError("cannot find fennec's Cortex-M support (tools/cortexm) next to this program");
}

fs::path build_cortexm_runner(const std::string& header, const fs::path& work,
                              const Compiler& compiler, const CortexmTarget& target,
                              bool harness_only) {
    require_compiler(compiler);
    const fs::path cortexm = fennec_cortexm_dir();
    write_text(work / "model.hpp", header);
    write_text(work / "run_model.hpp", run_model_source);
    write_text(work / "cortexm_runner.cpp", cortexm_runner_source);

    const fs::path runner = work / (harness_only ? "harness.elf" : "runner.elf");
    std::vector<std::string> command = {compiler.program};
    command.insert(command.end(), target.cpu_flags.begin(), target.cpu_flags.end());
    if (harness_only) {
        command.push_back("-DFENNEC_CHECK_HARNESS_ONLY");
    }
    const std::vector<std::string> flags = common_flags(work, compiler);
    command.insert(command.end(), flags.begin(), flags.end());
    // As cmake/toolchains/arm-none-eabi.cmake: no C++ runtime fennec does not use, one section per
    // function so the linker drops the unused ones, newlib-nano, tools/cortexm's start-up code.
    command.insert(command.end(),
                   {"-ffunction-sections", "-fdata-sections", "-fno-exceptions", "-fno-rtti",
                    "-fno-threadsafe-statics", "-fno-use-cxa-atexit",
                    "-I" + (cortexm / "include").string()});
    command.insert(command.end(), compiler.extra_flags.begin(), compiler.extra_flags.end());
    command.insert(command.end(),
                   {(work / "cortexm_runner.cpp").string(), (cortexm / "startup.cpp").string(),
                    "-nostartfiles", "--specs=nano.specs", "--specs=nosys.specs",
                    "-Wl,--gc-sections", "-L" + (cortexm / "ld").string(), "-T" + target.linker_script,
                    "-Wl,--defsym=__stack_size=" + std::to_string(target.stack_bytes),
                    "-Wl,-Map=" + fs::path(runner).replace_extension(".map").string(), "-o",
                    runner.string()});
    compile(command, work, compiler);
    return runner;
}

std::optional<fs::path> build_icount_plugin(const fs::path& work) {
    if (!program_exists("cc")) {
        return std::nullopt;
    }
    const fs::path plugin = work / "icount_plugin.so";
    const std::vector<std::string> command = {
        "cc", "-O2", "-shared", "-fPIC", (fennec_cortexm_dir() / "icount_plugin.c").string(), "-o",
        plugin.string()};
    const ProgramResult result = run_program(command, (work / "icount_plugin.log").string());
    if (!result.started || result.exit_status != 0) {
        return std::nullopt;
    }
    return plugin;
}

std::optional<ImageSize> image_size(const fs::path& elf) {
    // `size -A` lists every section with its size: "name size address".
    const fs::path listing = elf.string() + ".sizes";
    const ProgramResult result = run_program({"arm-none-eabi-size", "-A", elf.string()}, listing.string());
    if (!result.started || result.exit_status != 0) {
        return std::nullopt;
    }
    ImageSize size;
    std::ifstream file(listing);
    std::string section;
    long long bytes = 0;
    long long address = 0;
    std::string line;
    while (std::getline(file, line)) {
        std::istringstream fields(line);
        if (!(fields >> section >> bytes >> address)) {
            continue;
        }
        if (section == ".text" || section == ".ARM.exidx" || section == ".rodata") {
            size.flash_bytes += bytes;
        } else if (section == ".data") {
            size.flash_bytes += bytes;
            size.data_bytes += bytes;
        } else if (section == ".bss") {
            size.bss_bytes += bytes;
        }
    }
    return size;
}

}  // namespace fennec::check
