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

std::string first_line(const fs::path& log) {
    std::ifstream file(log);
    std::string line;
    std::getline(file, line);
    return line;
}

std::optional<long long> median_from_log(const fs::path& log) {
    std::ifstream file(log);
    std::string word;
    long long value = 0;
    while (file >> word) {
        if (word == "median_ns" && file >> value) {
            return value;
        }
    }
    return std::nullopt;
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

CaseResult check_case(const CaseSpec& spec, const gen::Model& model, const fs::path& runner,
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

    std::vector<std::string> command = {runner.string(), "--outputs", outputs.string()};
    if (compare_layers) {
        command.insert(command.end(), {"--layers", scratch.string()});
    }
    if (options.time_runs > 0) {
        command.insert(command.end(), {"--time-runs", std::to_string(options.time_runs)});
    }
    for (const fs::path& input : spec.inputs) {
        command.push_back(input.string());
    }
    const fs::path log = scratch / "runner.log";
    const ProgramResult run = run_program(command, log.string());
    if (!run.started) {
        return failed("the runner could not be started");
    }
    if (run.signalled) {
        return failed("the runner crashed (signal " + std::to_string(run.exit_status - 128) + ")");
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
        result.median_ns = median_from_log(log);
    }
    return result;
}

}  // namespace fennec::check
