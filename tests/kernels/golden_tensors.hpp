// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Reads one operator's input and output tensors from the TFLM layer dumps in
// $FENNEC_SHARED_DIR/golden (format: ../shared/golden/README.md), so a single-op golden test can
// run a kernel on exactly what TFLM saw and compare with exactly what it produced.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace fennec::test {

// The exit code CTest reads as "skipped" (FENNEC_SKIP_RETURN_CODE in cmake/SharedData.cmake).
inline constexpr int skip_return_code = 77;

// $FENNEC_SHARED_DIR/golden. Without it the test cannot run, and passing would be a lie, so the
// process ends with the skip code; Catch2's main has no other way to report "skipped".
inline std::filesystem::path golden_dir_or_skip() {
    const char* shared = std::getenv("FENNEC_SHARED_DIR");
    const std::filesystem::path golden = std::filesystem::path(shared ? shared : "") / "golden";
    if (shared == nullptr || !std::filesystem::is_directory(golden)) {
        std::fprintf(stderr, "skipped: no golden/ folder in FENNEC_SHARED_DIR ('%s')\n",
                     shared ? shared : "");
        std::exit(skip_return_code);
    }
    return golden;
}

inline nlohmann::json read_json(const std::filesystem::path& path) {
    std::ifstream file(path);
    if (!file) {
        throw std::runtime_error("cannot open " + path.string());
    }
    return nlohmann::json::parse(file);
}

struct GoldenTensor {
    int index;
    std::vector<int> shape;
    int zero_point;
    std::vector<std::int8_t> data;
};

// One run of one operator: its first input and its output as TFLM dumped them.
struct GoldenOp {
    std::string where;  // "<model>/<case> op <index>", for CAPTURE
    GoldenTensor input;
    GoldenTensor output;
};

// The cases of `model` that have per-tensor dumps.
inline std::vector<std::string> dumped_cases(const std::filesystem::path& golden,
                                             const std::string& model) {
    std::vector<std::string> cases;
    const nlohmann::json manifest = read_json(golden / model / "manifest.json");
    for (const auto& entry : manifest.at("cases")) {
        if (entry.contains("tensors_dir")) {
            cases.push_back(entry.at("name").get<std::string>());
        }
    }
    return cases;
}

inline GoldenTensor read_golden_tensor(const std::filesystem::path& tensors_dir,
                                       const nlohmann::json& manifest,
                                       int index) {
    for (const auto& entry : manifest.at("tensors")) {
        if (entry.at("index").get<int>() != index) {
            continue;
        }
        if (entry.at("dtype").get<std::string>() != "int8") {
            throw std::runtime_error("tensor " + std::to_string(index) + " is not int8");
        }
        std::ifstream file(tensors_dir / entry.at("file").get<std::string>(), std::ios::binary);
        const std::vector<char> bytes{std::istreambuf_iterator<char>(file),
                                      std::istreambuf_iterator<char>()};
        GoldenTensor tensor{index,
                            entry.at("shape").get<std::vector<int>>(),
                            entry.at("zero_point").get<int>(),
                            {}};
        for (char byte : bytes) {
            tensor.data.push_back(static_cast<std::int8_t>(byte));
        }
        return tensor;
    }
    throw std::runtime_error("tensor " + std::to_string(index) + " was not dumped");
}

// The dumps of one case of one model, read once: graph.json and the case's tensor manifest.
class GoldenCase {
public:
    GoldenCase(const std::filesystem::path& golden, std::string model, std::string case_name)
        : model_(std::move(model)),
          case_name_(std::move(case_name)),
          tensors_dir_(golden / model_ / case_name_ / "tensors"),
          graph_(read_json(golden / model_ / "graph.json")),
          manifest_(read_json(tensors_dir_ / "manifest.json")) {}

    // Operator `op_index`, checked to be `op_name` (the builtin name, e.g. "PAD").
    GoldenOp op(int op_index, const std::string& op_name) const {
        const nlohmann::json& op = graph_.at("ops").at(static_cast<std::size_t>(op_index));
        if (op.at("op").get<std::string>() != op_name) {
            throw std::runtime_error(model_ + " op " + std::to_string(op_index) + " is not " +
                                     op_name);
        }
        return GoldenOp{
            model_ + "/" + case_name_ + " op " + std::to_string(op_index),
            read_golden_tensor(tensors_dir_, manifest_, op.at("inputs").at(0).get<int>()),
            read_golden_tensor(tensors_dir_, manifest_, op.at("outputs").at(0).get<int>())};
    }

private:
    std::string model_;
    std::string case_name_;
    std::filesystem::path tensors_dir_;
    nlohmann::json graph_;
    nlohmann::json manifest_;
};

}  // namespace fennec::test
