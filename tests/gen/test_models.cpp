// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Every model in ../shared/models through fennec-gen's reader and validator. The non-recurrent
// ones must be accepted and read exactly as TFLM's golden graph.json describes them (every
// operator's inputs and outputs, every tensor's name, type, shape, quantization and producer),
// with the golden manifest's operator counts, parameter count and sha256. The recurrent ones
// must be refused by the name of their operator. Reported as skipped (exit status 77) when the
// shared folder has no models.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "error.hpp"
#include "summary.hpp"
#include "support/model_builder.hpp"
#include "support/run_tool.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

using namespace fennec::gen;
namespace fs = std::filesystem;

namespace {

fs::path shared_folder() {
    const char* shared = std::getenv("FENNEC_SHARED_DIR");
    return shared != nullptr ? fs::path(shared) : fs::path();
}

std::vector<fs::path> model_files() {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(shared_folder() / "models")) {
        if (entry.path().extension() == ".tflite") {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

nlohmann::json read_json(const fs::path& path) {
    std::ifstream file(path);
    return nlohmann::json::parse(file);
}

// The recurrent models and the operator the refusal must name.
const std::map<std::string, std::string> recurrent_models = {
    {"dtln_noise_suppression", "UNIDIRECTIONAL_SEQUENCE_LSTM"},
    {"keyword_scrambled_8bit", "SVDF"},
    {"kws_basic_lstm_s_arm", "SHAPE"},
    {"micro_speech_lstm", "UNIDIRECTIONAL_SEQUENCE_LSTM"},
    {"mnist_lstm_int8", "UNIDIRECTIONAL_SEQUENCE_LSTM"},
};

void check_quantization(const Tensor& tensor, const nlohmann::json& golden) {
    const nlohmann::json& scale = golden["scale"];
    if (scale.is_null()) {
        CHECK_FALSE(tensor.quantization.present());
        return;
    }
    const std::vector<double> scales = scale.is_array() ? scale.get<std::vector<double>>()
                                                        : std::vector<double>{scale.get<double>()};
    const nlohmann::json& zero_point = golden["zero_point"];
    const std::vector<std::int64_t> zero_points =
        zero_point.is_array() ? zero_point.get<std::vector<std::int64_t>>()
                              : std::vector<std::int64_t>{zero_point.get<std::int64_t>()};
    REQUIRE(tensor.quantization.scales.size() == scales.size());
    for (std::size_t i = 0; i < scales.size(); ++i) {
        CHECK(tensor.quantization.scales[i] == Approx(scales[i]).epsilon(1e-6));
    }
    CHECK(tensor.quantization.zero_points == zero_points);
    if (scale.is_array() && golden.contains("quantized_dimension")) {
        CHECK(tensor.quantization.quantized_dimension == golden["quantized_dimension"].get<int>());
    }
}

void check_against_golden(const Model& model, const fs::path& golden_folder) {
    const nlohmann::json manifest = read_json(golden_folder / "manifest.json");
    const nlohmann::json graph = read_json(golden_folder / "graph.json");
    CHECK(model.sha256 == manifest["model_sha256"].get<std::string>());
    CHECK(model.inputs == graph["inputs"].get<std::vector<int>>());
    CHECK(model.outputs == graph["outputs"].get<std::vector<int>>());

    REQUIRE(model.operators.size() == graph["ops"].size());
    for (const Operator& op : model.operators) {
        const nlohmann::json& golden = graph["ops"][static_cast<std::size_t>(op.index)];
        CAPTURE(op.index);
        CHECK(op.name() == golden["op"].get<std::string>());
        CHECK(op.inputs == golden["inputs"].get<std::vector<int>>());
        CHECK(op.outputs == golden["outputs"].get<std::vector<int>>());
    }

    REQUIRE(model.tensors.size() == graph["tensors"].size());
    std::int64_t constant_elements = 0;
    std::int64_t constant_bytes = 0;
    for (const Tensor& tensor : model.tensors) {
        const nlohmann::json& golden = graph["tensors"][static_cast<std::size_t>(tensor.index)];
        CAPTURE(tensor.index, tensor.name);
        CHECK(tensor.name == golden["name"].get<std::string>());
        CHECK(dtype_name(tensor.dtype) == golden["dtype"].get<std::string>());
        CHECK(tensor.shape == golden["shape"].get<std::vector<int>>());
        CHECK(tensor.is_constant() == golden["const"].get<bool>());
        CHECK(tensor.producer == golden["producer_op"].get<int>());
        check_quantization(tensor, golden);
        if (tensor.is_constant()) {
            constant_elements += tensor.elements();
            constant_bytes += tensor.bytes();
        }
    }
    // TFLM's figures count every constant; fennec's params leave out the argument constants.
    CHECK(constant_elements == manifest["num_params"].get<std::int64_t>());
    CHECK(constant_bytes == graph["param_bytes"].get<std::int64_t>());
    const ModelFigures figures = model_figures(model);
    CHECK(figures.params <= constant_elements);
    CHECK(nlohmann::json(figures.op_counts) == manifest["op_counts"]);
}

}  // namespace

TEST_CASE("every shared model is accepted or refused as it should be", "[gen][models]") {
    for (const fs::path& path : model_files()) {
        const std::string stem = path.stem().string();
        CAPTURE(stem);
        const std::vector<std::uint8_t> bytes = read_file_bytes(path.string());
        const auto recurrent = recurrent_models.find(stem);
        if (recurrent != recurrent_models.end()) {
            CHECK_THAT(fennec::gen::test::refusal(bytes),
                       Catch::Contains("(" + recurrent->second + ", ") &&
                           Catch::Contains(recurrent->second + " is not supported by fennec"));
            continue;
        }
        Model model = read_tflite(bytes, path.string());
        REQUIRE_NOTHROW(validate(model));
        check_against_golden(model, shared_folder() / "golden" / stem);
    }
}

TEST_CASE("the fennec-gen program agrees on every shared model", "[gen][models]") {
    for (const fs::path& path : model_files()) {
        const std::string stem = path.stem().string();
        CAPTURE(stem);
        const fennec::gen::test::ScratchFolder folder;
        const std::string summary = (folder.path() / "summary.json").string();
        const fennec::gen::test::ToolRun run = fennec::gen::test::run_fennec_gen(
            {path.string(), "-o", (folder.path() / "model.hpp").string(), "--summary-json",
             summary});
        if (recurrent_models.count(stem) != 0) {
            CHECK(run.exit_status == 1);
            CHECK_THAT(run.standard_error, Catch::StartsWith(path.string() + ": operator "));
            CHECK(folder.files().empty());
            continue;
        }
        CHECK(run.exit_status == 0);
        Model model = read_tflite(read_file_bytes(path.string()), path.string());
        validate(model);
        CHECK(read_json(summary) ==
              nlohmann::json::parse(summary_json(model, model_figures(model))));
    }
}

int main(int argc, char* argv[]) {
    if (shared_folder().empty() || !fs::is_directory(shared_folder() / "models")) {
        std::cout << "skipped: FENNEC_SHARED_DIR (" << shared_folder().string()
                  << ") has no models/ folder\n";
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
