// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec-check: does fennec compute exactly what TensorFlow Lite computes, on these inputs?
//
//   read the model (fennec-gen's reader and checks) -> generate its header -> compile a runner
//   with the chosen compiler -> per case: run, compare outputs (and every dumped layer) byte
//   for byte -> one line per case, then "N passed, M failed".
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "arguments.hpp"
#include "cases.hpp"
#include "check_case.hpp"
#include "emit_header.hpp"
#include "error.hpp"
#include "output_files.hpp"
#include "process.hpp"
#include "quantize.hpp"
#include "runner_build.hpp"
#include "summary.hpp"
#include "targets.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

#ifndef FENNEC_CHECK_VERSION
#define FENNEC_CHECK_VERSION "unknown"
#endif

namespace {

namespace fs = std::filesystem;
using fennec::check::ToolError;
using fennec::gen::Arguments;
using fennec::gen::Option;
using fennec::gen::UsageError;

constexpr int exit_all_passed = 0;
constexpr int exit_some_failed = 1;
constexpr int exit_tool_error = 2;

constexpr std::string_view help_text =
    R"(usage: fennec-check MODEL.tflite CASES_DIR [--target T] [--layers] [--out DIR]
                    [--json FILE] [--cxx COMPILER] [--opt LEVEL] [--cxx-flag FLAG]...
                    [--time-runs N] [--keep DIR]

Checks that fennec computes exactly what TensorFlow Lite computes: generates the model's header
(as fennec-gen does), compiles a runner for it, runs every case of CASES_DIR and compares the
outputs byte for byte with the expected ones.

  MODEL.tflite        the model
  CASES_DIR           holds manifest.json and one folder per case. Of the manifest only this is
                      needed (the format of fennec's golden data; other fields are ignored):
                        {"cases": [{"name": "sample0",
                                    "inputs":  [{"file": "input_0.bin"}],
                                    "outputs": [{"file": "output_0.bin"}]}]}
                      files relative to CASES_DIR/<name>/, raw tensor bytes in TFLite's order
  --target T          where the runner runs: host (the default), or cortex-m0, -m3, -m4, -m7,
                      -m33, -m55: cross-compiled with arm-none-eabi-g++ at -O3 (unless --cxx,
                      --opt) and run under qemu-system-arm, files read through semihosting
  --layers            also compare every intermediate tensor the case has a dump of (its
                      "tensors_dir", else its tensors/ folder: t<tensor index>.bin) and name
                      the first op whose output differs
  --out DIR           write each case's outputs as DIR/<case>/output_<i>.bin
  --json FILE         write {"model", "target", "arena_bytes", "cases": [{"name", "ok"}]};
                      on a Cortex-M core also "flash_bytes", "ram_bytes" (data + bss, which
                      holds the arena, + the deepest stack), "model_code_bytes" (flash minus
                      weights minus the runner's harness) and per case "instructions" (the
                      invoke alone, counted by QEMU's plugin) and "stack_bytes"
  --cxx COMPILER      the compiler for the runner (default: $CXX, else c++; on a core
                      arm-none-eabi-g++)
  --opt LEVEL         its optimisation level, -O<LEVEL>: 0, 1, 2, 3, s, z, g or fast (default 2;
                      3 on a core)
  --cxx-flag FLAG     one more compiler flag (repeatable), e.g. --cxx-flag=-Werror
  --time-runs N       also invoke N more times per passing case and report the median time
  --keep DIR          build in DIR and leave the runner (runner.elf on a core), the generated
                      header and the compile command there
  -h, --help          print this help and exit
  --version           print the version and exit

Output: one line per case, "<case>: ok" or
  <case>: FAIL output <i> element <k>: expected <e>, got <g>
  <case>: FAIL op <j> (<OP>) tensor <t> "<name>" element <k>: expected <e>, got <g>   (--layers)
then "N passed, M failed". Exit status: 0 every case passed; 1 a case failed; 2 a usage or
tool error (the model is refused, the manifest is unusable, the compiler is missing or the
runner does not compile), with the reason on stderr.
)";

struct CommandLine {
    std::string model;
    fs::path cases_dir;
    std::string target = "host";
    bool layers = false;
    std::optional<fs::path> out;
    std::optional<fs::path> json;
    std::optional<fs::path> keep;
    fennec::check::Compiler compiler;
    bool compiler_chosen = false;  // --cxx or $CXX; else the target's default
    bool opt_chosen = false;
    int time_runs = 0;
    std::optional<fennec::check::CortexmTarget> cortexm;  // --target cortex-m*
};

bool is_opt_level(const std::string& level) {
    for (const char* known : {"0", "1", "2", "3", "s", "z", "g", "fast"}) {
        if (level == known) {
            return true;
        }
    }
    return false;
}

// What the command line asks for, or a UsageError.
CommandLine parse_command_line(const std::vector<std::string_view>& args) {
    const Arguments split = fennec::gen::split_arguments(
        args,
        {"--target", "--out", "--json", "--keep", "--cxx", "--opt", "--cxx-flag", "--time-runs"},
        {"--layers"});
    CommandLine command;
    const char* cxx = std::getenv("CXX");
    for (const Option& option : split.options) {
        const std::string& value = option.value;
        if (option.name == "--layers") {
            command.layers = true;
        } else if (option.name == "--target") {
            command.target = value;
        } else if (option.name == "--out") {
            command.out = value;
        } else if (option.name == "--json") {
            command.json = value;
        } else if (option.name == "--keep") {
            command.keep = value;
        } else if (option.name == "--cxx") {
            command.compiler.program = value;
            command.compiler_chosen = true;
        } else if (option.name == "--opt") {
            if (!is_opt_level(value)) {
                throw UsageError("--opt " + value + ": expected 0, 1, 2, 3, s, z, g or fast");
            }
            command.compiler.opt = value;
            command.opt_chosen = true;
        } else if (option.name == "--cxx-flag") {
            command.compiler.extra_flags.push_back(value);
        } else if (option.name == "--time-runs") {
            if (value.empty() || value.size() > 7 ||
                value.find_first_not_of("0123456789") != std::string::npos) {
                throw UsageError("--time-runs " + value + ": expected a count from 0 to 9999999");
            }
            command.time_runs = std::stoi(value);
        } else {
            throw UsageError("unknown option " + option.name);
        }
    }
    const std::vector<std::string>& positional = split.positional;
    if (positional.size() != 2) {
        throw UsageError("expected MODEL.tflite and CASES_DIR, got " +
                         std::to_string(positional.size()) + " arguments");
    }
    command.model = positional[0];
    command.cases_dir = positional[1];
    command.cortexm = fennec::check::cortexm_target(command.target);
    if (command.target != "host" && !command.cortexm) {
        throw UsageError("--target " + command.target + ": expected one of " +
                         fennec::check::target_names());
    }
    if (command.cortexm && command.time_runs > 0) {
        throw UsageError("--time-runs times the host; on " + command.target +
                         " --json reports each case's instructions");
    }
    // The compiler: --cxx, else $CXX on the host, else the target's own. The optimisation: --opt,
    // else -O2 on the host and the project's Cortex-M release level, -O3, on a core.
    if (!command.compiler_chosen) {
        if (command.cortexm) {
            command.compiler.program = "arm-none-eabi-g++";
        } else if (cxx != nullptr && *cxx != '\0') {
            command.compiler.program = cxx;
        }
    }
    if (!command.opt_chosen && command.cortexm) {
        command.compiler.opt = "3";
    }
    return command;
}

// A fresh folder for the build and the runner's files: --keep DIR, or a temporary one that is
// removed at the end.
class WorkFolder {
public:
    explicit WorkFolder(const std::optional<fs::path>& keep) : keep_(keep.has_value()) {
        if (keep) {
            path_ = *keep;
            fs::create_directories(path_);
            return;
        }
        std::string pattern = (fs::temp_directory_path() / "fennec-check-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) {
            throw ToolError("cannot create a temporary folder in " +
                            fs::temp_directory_path().string());
        }
        path_ = pattern;
    }
    ~WorkFolder() {
        if (!keep_) {
            std::error_code ignored;
            fs::remove_all(path_, ignored);
        }
    }
    WorkFolder(const WorkFolder&) = delete;
    WorkFolder& operator=(const WorkFolder&) = delete;

    [[nodiscard]] const fs::path& path() const { return path_; }

private:
    fs::path path_;
    bool keep_;
};

struct CaseReport {
    std::string name;
    fennec::check::CaseResult result;
};

std::string json_report(const CommandLine& command, const fennec::gen::ModelFigures& figures,
                        const std::optional<fennec::check::ImageSize>& image,
                        const std::optional<fennec::check::ImageSize>& harness,
                        const std::vector<CaseReport>& reports) {
    nlohmann::ordered_json report;
    report["model"] = command.model;
    report["target"] = command.target;
    report["arena_bytes"] = figures.arena_bytes;
    report["weight_bytes"] = figures.weight_bytes;
    report["macs"] = figures.macs;
    report["compiler"] = command.compiler.program;
    report["opt"] = "-O" + command.compiler.opt;
    if (image) {
        // RAM: initialised and zeroed data (the arena is in .bss) and the deepest stack any case
        // reached.
        long long stack = 0;
        for (const CaseReport& entry : reports) {
            stack = std::max(stack, entry.result.stack_bytes.value_or(0));
        }
        report["flash_bytes"] = image->flash_bytes;
        report["ram_bytes"] = image->data_bytes + image->bss_bytes + stack;
        report["data_bytes"] = image->data_bytes;
        report["bss_bytes"] = image->bss_bytes;
        report["stack_bytes"] = stack;
    }
    if (image && harness) {
        // What the model adds to the program: its weights, and its code and other constants
        // (kernels, per-channel multipliers and shifts, the op sequence).
        report["harness_flash_bytes"] = harness->flash_bytes;
        report["model_code_bytes"] = image->flash_bytes - harness->flash_bytes - figures.weight_bytes;
    }
    nlohmann::ordered_json cases = nlohmann::ordered_json::array();
    for (const CaseReport& entry : reports) {
        nlohmann::ordered_json item;
        item["name"] = entry.name;
        item["ok"] = entry.result.ok;
        if (!entry.result.ok) {
            item["failure"] = entry.result.failure;
        }
        if (command.layers) {
            item["tensors_compared"] = entry.result.tensors_compared;
        }
        if (entry.result.median_ns) {
            item["median_ns"] = *entry.result.median_ns;
        }
        if (entry.result.instructions) {
            item["instructions"] = *entry.result.instructions;
        }
        if (entry.result.stack_bytes) {
            item["stack_bytes"] = *entry.result.stack_bytes;
        }
        cases.push_back(item);
    }
    report["cases"] = cases;
    return report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

int run(const CommandLine& command) {
    namespace gen = fennec::gen;
    gen::Model model = gen::read_tflite(gen::read_file_bytes(command.model), command.model);
    gen::validate(model);
    const std::vector<fennec::check::CaseSpec> cases = fennec::check::read_cases(command.cases_dir);
    if (cases.empty()) {
        throw ToolError(command.cases_dir.string() + "/manifest.json lists no cases");
    }

    const std::vector<gen::LayerConstants> layers = gen::quantize(model);
    const gen::ModelFigures figures = gen::model_figures(model);
    const gen::HeaderSource source =
        gen::make_header_source(model, layers, figures, fennec::check::runner_model_namespace,
                                "model.hpp", FENNEC_CHECK_VERSION);

    const WorkFolder work(command.keep);
    fennec::check::Runner runner;
    std::optional<fennec::check::ImageSize> image;
    std::optional<fennec::check::ImageSize> harness;  // the runner without the model
    if (command.cortexm) {
        if (!fennec::check::program_exists("qemu-system-arm")) {
            throw ToolError("qemu-system-arm not found (Debian: qemu-system-arm)");
        }
        runner.program = fennec::check::build_cortexm_runner(gen::emit_header(source), work.path(),
                                                             command.compiler, *command.cortexm);
        runner.target = command.cortexm;
        runner.icount_plugin = fennec::check::build_icount_plugin(work.path());
        image = fennec::check::image_size(runner.program);
        if (command.json) {
            harness = fennec::check::image_size(fennec::check::build_cortexm_runner(
                gen::emit_header(source), work.path(), command.compiler, *command.cortexm, true));
        }
    } else {
        runner.program =
            fennec::check::build_host_runner(gen::emit_header(source), work.path(), command.compiler);
    }

    const fennec::check::CaseOptions options{command.layers, command.time_runs};
    std::vector<CaseReport> reports;
    int failed = 0;
    int tensors_compared = 0;
    for (const fennec::check::CaseSpec& spec : cases) {
        const fs::path scratch = work.path() / "cases" / spec.name;
        const fs::path outputs = command.out ? *command.out / spec.name : scratch;
        fs::create_directories(scratch);
        fs::create_directories(outputs);
        fennec::check::CaseResult result =
            fennec::check::check_case(spec, model, runner, outputs, scratch, options);
        std::cout << spec.name << (result.ok ? ": ok" : ": FAIL " + result.failure) << std::endl;
        failed += result.ok ? 0 : 1;
        tensors_compared += result.tensors_compared;
        reports.push_back({spec.name, std::move(result)});
    }

    if (command.layers) {
        std::cout << "layers: " << tensors_compared << " intermediate tensors compared\n";
    }
    if (command.time_runs > 0) {
        std::vector<long long> medians;
        for (const CaseReport& entry : reports) {
            if (entry.result.median_ns) {
                medians.push_back(*entry.result.median_ns);
            }
        }
        if (!medians.empty()) {
            std::sort(medians.begin(), medians.end());
            std::cout << "time: " << static_cast<double>(medians[medians.size() / 2]) / 1000.0
                      << " us per inference (median over " << medians.size() << " cases of the "
                      << "per-case medians of " << command.time_runs << " runs)\n";
        }
    }
    if (command.json) {
        gen::write_files_atomically(
            {{command.json->string(), json_report(command, figures, image, harness, reports)}});
    }
    const auto passed = static_cast<int>(cases.size()) - failed;
    std::cout << passed << " passed, " << failed << " failed" << std::endl;
    return failed == 0 ? exit_all_passed : exit_some_failed;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string_view> args(argv + 1, argv + argc);
    for (const std::string_view arg : args) {
        if (arg == "-h" || arg == "--help") {
            std::cout << help_text;
            return exit_all_passed;
        }
        if (arg == "--version") {
            std::cout << "fennec-check " << FENNEC_CHECK_VERSION << "\n";
            return exit_all_passed;
        }
    }
    CommandLine command;
    try {
        command = parse_command_line(args);
    } catch (const UsageError& error) {
        std::cerr << "fennec-check: " << error.what() << "\nTry 'fennec-check --help'.\n";
        return exit_tool_error;
    }
    try {
        return run(command);
    } catch (const fennec::gen::ModelError& error) {
        std::cerr << command.model << ": " << error.what() << "\n";
    } catch (const fennec::check::CasesError& error) {
        std::cerr << error.what() << "\n";
    } catch (const ToolError& error) {
        std::cerr << "fennec-check: " << error.what() << "\n";
    } catch (const fennec::gen::OutputError& error) {
        std::cerr << error.what() << "\n";
    } catch (const std::bad_alloc&) {
        std::cerr << command.model << ": out of memory\n";
    } catch (const std::exception& error) {
        std::cerr << "fennec-check: internal error while checking " << command.model << ": "
                  << error.what() << "\n";
    }
    return exit_tool_error;
}
