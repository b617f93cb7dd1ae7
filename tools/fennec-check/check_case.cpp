// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "check_case.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

#include "compare.hpp"
#include "process.hpp"

namespace fennec::check {

namespace fs = std::filesystem;

namespace {

constexpr int runner_bad_input = 3;

// The runner's first message (the instruction-count plugin's lines are not messages).
std::string first_line(const fs::path& log) {
    std::ifstream file(log);
    std::string line;
    while (std::getline(file, line)) {
        if (line.rfind("icount: ", 0) != 0) {
            return line;
        }
    }
    return "(no message)";
}

// The number after `key` on a line of the log: "median_ns 123", "stack_bytes 456".
std::optional<long long> value_from_log(const fs::path& log, const std::string& key) {
    std::ifstream file(log);
    std::string line;
    while (std::getline(file, line)) {
        if (line.rfind(key + " ", 0) == 0) {
            return std::stoll(line.substr(key.size() + 1));
        }
    }
    return std::nullopt;
}

// The instructions of every region the plugin counted ("icount: region <n> <count>"), added up:
// one region for the invoke, or one per dump when layer dumps pause the count. Nothing when the
// plugin reported fewer regions than the runner marked ("regions <n>"): a lost marker would make
// the sum wrong, so it is left out rather than reported.
std::optional<long long> instructions_from_log(const fs::path& log, std::optional<long long> regions) {
    std::ifstream file(log);
    std::string line;
    std::optional<long long> total;
    long long counted = 0;
    while (std::getline(file, line)) {
        std::istringstream fields(line);
        std::string icount;
        std::string region;
        long long number = 0;
        long long count = 0;
        if (fields >> icount >> region >> number >> count && icount == "icount:" && region == "region") {
            total = total.value_or(0) + count;
            ++counted;
        }
    }
    if (!regions || counted != *regions) {
        return std::nullopt;
    }
    return total;
}

// The command that runs one case: the host runner with its arguments, or QEMU on the Cortex-M
// runner, which reads its arguments from job.txt in the case's folder.
std::vector<std::string> runner_command(const Runner& runner, const CaseSpec& spec,
                                        const fs::path& outputs, const fs::path& scratch,
                                        bool compare_layers, int time_runs) {
    if (!runner.target) {
        std::vector<std::string> command = {runner.program.string(), "--outputs", outputs.string()};
        if (compare_layers) {
            command.insert(command.end(), {"--layers", scratch.string()});
        }
        if (time_runs > 0) {
            command.insert(command.end(), {"--time-runs", std::to_string(time_runs)});
        }
        for (const fs::path& input : spec.inputs) {
            command.push_back(input.string());
        }
        return command;
    }
    std::ofstream job(scratch / "job.txt", std::ios::binary);
    job << "outputs " << fs::absolute(outputs).string() << "\n";
    if (compare_layers) {
        job << "layers " << fs::absolute(scratch).string() << "\n";
    }
    for (const fs::path& input : spec.inputs) {
        job << "input " << fs::absolute(input).string() << "\n";
    }
    std::vector<std::string> command = {
        "timeout", "--kill-after=5", std::to_string(runner.timeout_seconds), "qemu-system-arm",
        "-M", runner.target->machine, "-nographic", "-monitor", "none", "-serial", "none",
        "-semihosting-config", "enable=on,target=native", "-kernel", runner.program.string()};
    if (runner.icount_plugin) {
        command.insert(command.end(), {"-plugin", runner.icount_plugin->string()});
    }
    return command;
}

CaseResult failed(std::string why) {
    CaseResult result;
    result.failure = std::move(why);
    return result;
}

// The first of op `op`'s outputs that differs from its dump, if any. Counts the comparisons.
std::optional<std::string> compare_layer(const gen::Model& model, std::size_t op_position,
                                         const std::map<int, fs::path>& dumps,
                                         const fs::path& scratch, int& compared) {
    const gen::Operator& op = model.operators[op_position];
    for (std::size_t k = 0; k < op.outputs.size(); ++k) {
        const auto dump = dumps.find(op.outputs[k]);
        if (dump == dumps.end()) {
            continue;
        }
        const gen::Tensor& tensor = model.tensors[static_cast<std::size_t>(op.outputs[k])];
        const std::string where = "op " + std::to_string(op.index) + " (" + op.name() + ") tensor " +
                                  std::to_string(tensor.index) + " \"" + tensor.name + "\"";
        const auto expected = read_bytes(dump->second);
        const auto actual = read_bytes(scratch / ("layer_" + std::to_string(op_position) + "_" +
                                                  std::to_string(k) + ".bin"));
        if (!expected) {
            return where + ": cannot read " + dump->second.string();
        }
        if (!actual) {
            return where + ": the runner wrote no dump";
        }
        ++compared;
        if (auto difference = first_difference(*expected, *actual, tensor.dtype)) {
            return where + " " + *difference;
        }
    }
    return std::nullopt;
}

}  // namespace

CaseResult check_case(const CaseSpec& spec, const gen::Model& model, const Runner& runner,
                      const fs::path& outputs, const fs::path& scratch, const CaseOptions& options) {
    if (spec.inputs.size() != model.inputs.size()) {
        return failed("the case has " + std::to_string(spec.inputs.size()) +
                      " inputs, the model takes " + std::to_string(model.inputs.size()));
    }
    if (spec.outputs.size() != model.outputs.size()) {
        return failed("the case has " + std::to_string(spec.outputs.size()) +
                      " outputs, the model writes " + std::to_string(model.outputs.size()));
    }
    const bool compare_layers = options.layers && spec.tensors.has_value();

    const std::vector<std::string> command =
        runner_command(runner, spec, outputs, scratch, compare_layers, options.time_runs);
    const fs::path log = scratch / "runner.log";
    const ProgramResult run =
        run_program(command, log.string(), runner.target ? scratch.string() : std::string());
    if (!run.started) {
        return failed("the runner could not be started");
    }
    if (run.signalled) {
        return failed("the runner crashed (signal " + std::to_string(run.exit_status - 128) + ")");
    }
    if (runner.target && run.exit_status == 124) {
        return failed("the runner did not finish within " + std::to_string(runner.timeout_seconds) +
                      " s under QEMU");
    }
    if (runner.target && run.exit_status == 131) {
        return failed("the runner faulted on the " + runner.target->core + ": " + first_line(log));
    }
    if (run.exit_status == runner_bad_input) {
        return failed(first_line(log));
    }
    if (run.exit_status != 0) {
        return failed("the runner failed (exit status " + std::to_string(run.exit_status) +
                      "): " + first_line(log));
    }

    CaseResult result;
    if (compare_layers) {
        const std::map<int, fs::path> dumps = tensor_dumps(*spec.tensors);
        for (std::size_t p = 0; p < model.operators.size(); ++p) {
            if (auto difference = compare_layer(model, p, dumps, scratch, result.tensors_compared)) {
                result.failure = *difference;
                return result;
            }
        }
    }
    for (std::size_t i = 0; i < spec.outputs.size(); ++i) {
        const gen::Tensor& tensor = model.tensors[static_cast<std::size_t>(model.outputs[i])];
        const auto expected = read_bytes(spec.outputs[i]);
        if (!expected) {
            result.failure = "output " + std::to_string(i) + ": cannot read " + spec.outputs[i].string();
            return result;
        }
        const auto actual = read_bytes(outputs / ("output_" + std::to_string(i) + ".bin"));
        if (!actual) {
            result.failure = "output " + std::to_string(i) + ": the runner wrote nothing";
            return result;
        }
        if (auto difference = first_difference(*expected, *actual, tensor.dtype)) {
            result.failure = "output " + std::to_string(i) + " " + *difference;
            return result;
        }
    }
    result.ok = true;
    if (options.time_runs > 0) {
        result.median_ns = value_from_log(log, "median_ns");
    }
    result.instructions = instructions_from_log(log, value_from_log(log, "regions"));
    result.stack_bytes = value_from_log(log, "stack_bytes");
    return result;
}

}  // namespace fennec::check
