// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec-check as a user runs it, on the hand-made tiny classifier (CONV_2D, RESHAPE,
// FULLY_CONNECTED, SOFTMAX). Its cases are made by the program itself once (outputs with --out,
// layer dumps from --keep), then altered one byte at a time: each alteration must be reported
// with the right line and exit status. Whether the bytes equal TFLite's is the golden tests' job
// (models.cmake); this file checks that the program compares, reports and fails as documented.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/model_builder.hpp"
#include "support/run_tool.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

namespace {

namespace fs = std::filesystem;
using fennec::gen::test::ScratchFolder;
using fennec::gen::test::ToolRun;

ToolRun run_fennec_check(const std::vector<std::string>& args) {
    return fennec::gen::test::run_tool(FENNEC_CHECK_EXECUTABLE, args);
}

std::vector<std::uint8_t> read_file(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

void write_file(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

void write_text(const fs::path& path, const std::string& text) {
    fs::create_directories(path.parent_path());
    std::ofstream(path) << text;
}

const char* const one_case_manifest =
    R"({"cases": [{"name": "sample", "inputs": [{"file": "input_0.bin"}],
                   "outputs": [{"file": "output_0.bin"}]}]})";

// A model and a cases folder whose one case, "sample", holds the outputs and every layer dump
// fennec computes for its input: a case that passes. Made once; each test spoils a copy.
class GoldenModel {
public:
    GoldenModel() {
        model_path_ = folder_.write("tiny.tflite", fennec::gen::test::build(fennec::gen::test::tiny_classifier()));
        model_ = fennec::gen::read_tflite(fennec::gen::read_file_bytes(model_path_), model_path_);
        fennec::gen::validate(model_);

        std::vector<std::uint8_t> input(1 * 4 * 4 * 2);
        for (std::size_t i = 0; i < input.size(); ++i) {
            input[i] = static_cast<std::uint8_t>(i * 37 + 11);
        }
        write_file(sample() / "input_0.bin", input);
        write_file(sample() / "output_0.bin", std::vector<std::uint8_t>(4, 0));
        fs::create_directories(sample() / "tensors");
        write_text(cases() / "manifest.json", one_case_manifest);

        // fennec's own outputs and layers become the expected ones.
        const fs::path out = folder_.path() / "first-out";
        const fs::path keep = folder_.path() / "first-build";
        const ToolRun first = run_fennec_check(
            {model_path_, cases().string(), "--layers", "--out", out.string(), "--keep", keep.string()});
        REQUIRE((first.exit_status == 0 || first.exit_status == 1));
        write_file(sample() / "output_0.bin", read_file(out / "sample" / "output_0.bin"));
        for (std::size_t p = 0; p < model_.operators.size(); ++p) {
            const auto& outputs = model_.operators[p].outputs;
            for (std::size_t k = 0; k < outputs.size(); ++k) {
                const fs::path layer =
                    keep / "cases" / "sample" / ("layer_" + std::to_string(p) + "_" + std::to_string(k) + ".bin");
                REQUIRE(fs::exists(layer));
                write_file(dump(outputs[k]), read_file(layer));
            }
        }
    }

    [[nodiscard]] const std::string& model() const { return model_path_; }
    [[nodiscard]] const fennec::gen::Model& parsed() const { return model_; }
    [[nodiscard]] fs::path cases() const { return folder_.path() / "cases"; }

private:
    [[nodiscard]] fs::path sample() const { return cases() / "sample"; }
    [[nodiscard]] fs::path dump(int tensor_index) const {
        return sample() / "tensors" / ("t" + std::to_string(tensor_index) + ".bin");
    }

    ScratchFolder folder_;
    std::string model_path_;
    fennec::gen::Model model_;
};

const GoldenModel& golden_model() {
    static const GoldenModel golden;
    return golden;
}

// A fresh copy of the golden model's cases, for one test to change.
class CheckedModel {
public:
    CheckedModel() {
        fs::copy(golden_model().cases(), cases(), fs::copy_options::recursive);
    }

    [[nodiscard]] const std::string& model() const { return golden_model().model(); }
    [[nodiscard]] const fennec::gen::Model& parsed() const { return golden_model().parsed(); }
    [[nodiscard]] fs::path cases() const { return folder_.path() / "cases"; }
    [[nodiscard]] fs::path sample() const { return cases() / "sample"; }
    [[nodiscard]] fs::path dump(int tensor_index) const {
        return sample() / "tensors" / ("t" + std::to_string(tensor_index) + ".bin");
    }
    [[nodiscard]] const fs::path& scratch() const { return folder_.path(); }

private:
    ScratchFolder folder_;
};

// Adds 1 to element `k` of an int8 file and returns the value it held.
int spoil(const fs::path& file, std::size_t k) {
    std::vector<std::uint8_t> bytes = read_file(file);
    REQUIRE(k < bytes.size());
    const int old_value = static_cast<std::int8_t>(bytes[k]);
    bytes[k] = static_cast<std::uint8_t>(bytes[k] + 1);
    write_file(file, bytes);
    return old_value;
}

int as_int8(int value) { return static_cast<std::int8_t>(static_cast<std::uint8_t>(value + 1)); }

}  // namespace

TEST_CASE("fennec-check passes a case that matches and names the first difference otherwise",
          "[check][tool]") {
    const CheckedModel checked;

    SECTION("a matching case: one line, the summary, exit 0") {
        const ToolRun run = run_fennec_check({checked.model(), checked.cases().string()});
        CHECK(run.standard_error.empty());
        CHECK(run.standard_output == "sample: ok\n1 passed, 0 failed\n");
        CHECK(run.exit_status == 0);
    }
    SECTION("--layers compares every op's output too") {
        const ToolRun run = run_fennec_check({checked.model(), checked.cases().string(), "--layers"});
        CHECK(run.standard_output ==
              "sample: ok\nlayers: 4 intermediate tensors compared\n1 passed, 0 failed\n");
        CHECK(run.exit_status == 0);
    }
    SECTION("a wrong output element: FAIL with the element, exit 1") {
        const int expected = spoil(checked.sample() / "output_0.bin", 2);
        const ToolRun run = run_fennec_check({checked.model(), checked.cases().string()});
        CHECK(run.standard_output == "sample: FAIL output 0 element 2: expected " +
                                         std::to_string(as_int8(expected)) + ", got " +
                                         std::to_string(expected) + "\n0 passed, 1 failed\n");
        CHECK(run.exit_status == 1);
    }
    SECTION("--layers names the first op whose output differs") {
        // Ops 0 (CONV_2D) and 2 (FULLY_CONNECTED): op 0 is reported, it comes first.
        const fennec::gen::Operator& fc = checked.parsed().operators[2];
        const fennec::gen::Operator& conv = checked.parsed().operators[0];
        const int fc_value = spoil(checked.dump(fc.outputs[0]), 3);
        const ToolRun fc_only = run_fennec_check({checked.model(), checked.cases().string(), "--layers"});
        CHECK(fc_only.standard_output ==
              "sample: FAIL op 2 (FULLY_CONNECTED) tensor " + std::to_string(fc.outputs[0]) +
                  " \"fc/out\" element 3: expected " + std::to_string(as_int8(fc_value)) + ", got " +
                  std::to_string(fc_value) + "\nlayers: 3 intermediate tensors compared\n" +
                  "0 passed, 1 failed\n");
        CHECK(fc_only.exit_status == 1);

        spoil(checked.dump(conv.outputs[0]), 0);
        const ToolRun both = run_fennec_check({checked.model(), checked.cases().string(), "--layers"});
        CHECK_THAT(both.standard_output,
                   Catch::StartsWith("sample: FAIL op 0 (CONV_2D) tensor " +
                                     std::to_string(conv.outputs[0]) + " \"conv/out\" element 0: "));
        // Without --layers only the final output counts, and it is right.
        const ToolRun outputs_only = run_fennec_check({checked.model(), checked.cases().string()});
        CHECK(outputs_only.exit_status == 0);
    }
    SECTION("an input of the wrong size fails the case, not the program") {
        write_file(checked.sample() / "input_0.bin", std::vector<std::uint8_t>(3, 0));
        const ToolRun run = run_fennec_check({checked.model(), checked.cases().string()});
        CHECK(run.standard_output ==
              "sample: FAIL input 0 holds 3 bytes, the model takes 32\n0 passed, 1 failed\n");
        CHECK(run.exit_status == 1);
    }
    SECTION("--out writes the outputs, --json the summary") {
        const fs::path out = checked.scratch() / "out";
        const fs::path json_path = checked.scratch() / "report.json";
        spoil(checked.sample() / "output_0.bin", 0);
        const ToolRun run = run_fennec_check({checked.model(), checked.cases().string(), "--out",
                                              out.string(), "--json", json_path.string()});
        CHECK(run.exit_status == 1);
        CHECK(fs::file_size(out / "sample" / "output_0.bin") == 4);
        const nlohmann::json report = nlohmann::json::parse(std::ifstream(json_path));
        CHECK(report["model"] == checked.model());
        CHECK(report["target"] == "host");
        CHECK(report["arena_bytes"].get<int>() > 0);
        CHECK(report["cases"].size() == 1);
        CHECK(report["cases"][0]["name"] == "sample");
        CHECK(report["cases"][0]["ok"] == false);
    }
    SECTION("--target cortex-m4 runs the case under QEMU and reports instructions and sizes") {
        if (!FENNEC_CHECK_CORTEXM) {
            WARN("arm-none-eabi-g++ or qemu-system-arm is missing: the Cortex-M run is not checked");
            return;
        }
        const fs::path json_path = checked.scratch() / "m4.json";
        const ToolRun run = run_fennec_check({checked.model(), checked.cases().string(), "--layers",
                                              "--target", "cortex-m4", "--json", json_path.string()});
        CHECK(run.standard_output ==
              "sample: ok\nlayers: 4 intermediate tensors compared\n1 passed, 0 failed\n");
        CHECK(run.exit_status == 0);
        const nlohmann::json report = nlohmann::json::parse(std::ifstream(json_path));
        CHECK(report["target"] == "cortex-m4");
        CHECK(report["flash_bytes"].get<int>() > report["weight_bytes"].get<int>());
        CHECK(report["ram_bytes"].get<int>() > report["arena_bytes"].get<int>());
        CHECK(report["cases"][0]["instructions"].get<int>() > 0);
        // The harness alone is smaller than the program, which adds the model's code and weights.
        CHECK(report["harness_flash_bytes"].get<int>() > 0);
        CHECK(report["model_code_bytes"].get<int>() > 0);
        CHECK(report["harness_flash_bytes"].get<int>() + report["model_code_bytes"].get<int>() +
                  report["weight_bytes"].get<int>() ==
              report["flash_bytes"].get<int>());

        spoil(checked.sample() / "output_0.bin", 1);
        const ToolRun spoiled =
            run_fennec_check({checked.model(), checked.cases().string(), "--target", "cortex-m4"});
        CHECK_THAT(spoiled.standard_output, Catch::StartsWith("sample: FAIL output 0 element 1: "));
        CHECK(spoiled.exit_status == 1);
    }
    SECTION("--time-runs reports a median time per inference") {
        const ToolRun run = run_fennec_check(
            {checked.model(), checked.cases().string(), "--time-runs", "5", "--opt", "0"});
        CHECK_THAT(run.standard_output, Catch::Contains("\ntime: ") &&
                                            Catch::Contains(" us per inference (median over 1 cases"));
        CHECK(run.exit_status == 0);
    }
}

TEST_CASE("fennec-check exits 2 with the reason when it cannot check", "[check][tool]") {
    const CheckedModel checked;
    const std::string model = checked.model();
    const std::string cases = checked.cases().string();

    SECTION("usage errors") {
        struct UsageCase {
            std::vector<std::string> args;
            std::string message;
        };
        const std::vector<UsageCase> usages = {
            {{}, "expected MODEL.tflite and CASES_DIR, got 0 arguments"},
            {{model}, "expected MODEL.tflite and CASES_DIR, got 1 arguments"},
            {{model, cases, "--opt", "7"}, "--opt 7: expected 0, 1, 2, 3, s, z, g or fast"},
            {{model, cases, "--layers=yes"}, "--layers takes no value"},
            {{model, cases, "--time-runs", "many"}, "--time-runs many: expected a count from 0 to 9999999"},
            {{model, cases, "--frobnicate"}, "unknown option --frobnicate"},
            {{model, cases, "--target", "z80"},
             "--target z80: expected one of host, cortex-m0, cortex-m3, cortex-m4, cortex-m7, "
             "cortex-m33, cortex-m55"},
            {{model, cases, "--target", "cortex-m4", "--time-runs", "3"},
             "--time-runs times the host; on cortex-m4 --json reports each case's instructions"},
        };
        for (const UsageCase& usage : usages) {
            CAPTURE(usage.args);
            const ToolRun run = run_fennec_check(usage.args);
            CHECK(run.exit_status == 2);
            CHECK(run.standard_error == "fennec-check: " + usage.message + "\nTry 'fennec-check --help'.\n");
        }
    }
    SECTION("a missing compiler") {
        const ToolRun run = run_fennec_check({model, cases, "--cxx", "no-such-compiler++"});
        CHECK(run.exit_status == 2);
        CHECK(run.standard_error == "fennec-check: compiler 'no-such-compiler++' not found (choose one "
                                    "with --cxx, or install g++ or clang; for Cortex-M targets "
                                    "gcc-arm-none-eabi)\n");
        CHECK(run.standard_output.empty());
    }
    SECTION("a compiler that rejects the runner") {
        const ToolRun run = run_fennec_check({model, cases, "--cxx-flag=-std=c++98"});
        CHECK(run.exit_status == 2);
        CHECK_THAT(run.standard_error, Catch::StartsWith("fennec-check: the runner did not compile"));
    }
    SECTION("a model fennec refuses") {
        const ScratchFolder folder;
        const std::string bad = folder.write("bad.tflite", std::vector<std::uint8_t>(64, 0xff));
        const ToolRun run = run_fennec_check({bad, cases});
        CHECK(run.exit_status == 2);
        CHECK_THAT(run.standard_error, Catch::StartsWith(bad + ": "));
        CHECK(run.standard_output.empty());
    }
    SECTION("an unusable manifest names the file and the field") {
        const fs::path manifest = checked.cases() / "manifest.json";
        struct ManifestCase {
            std::string text;
            std::string message;
        };
        const std::vector<ManifestCase> manifests = {
            {"{", ": not valid JSON"},
            {R"({"runs": []})", ": \"cases\" must be an array"},
            {R"({"cases": []})", ""},
            {R"({"cases": [{"name": "../up", "inputs": [], "outputs": []}]})",
             ": cases[0]: \"name\" must be a folder name (no '/', not '.' or '..')"},
            {R"({"cases": [{"name": "a", "inputs": [{"file": "/etc/passwd"}], "outputs": []}]})",
             ": cases[0].inputs[0].file: must be a path inside the case's folder"},
            {R"({"cases": [{"name": "a", "inputs": [{}], "outputs": []}]})",
             ": cases[0].inputs[0]: \"file\" must be a string"},
            {R"({"cases": [{"name": "a", "inputs": [], "outputs": []},
                           {"name": "a", "inputs": [], "outputs": []}]})",
             ": cases[1]: the name \"a\" is used twice"},
        };
        for (const ManifestCase& entry : manifests) {
            CAPTURE(entry.text);
            write_text(manifest, entry.text);
            const ToolRun run = run_fennec_check({model, cases});
            CHECK(run.exit_status == 2);
            CHECK(run.standard_output.empty());
            if (entry.message.empty()) {
                CHECK(run.standard_error == "fennec-check: " + manifest.string() + " lists no cases\n");
            } else {
                CHECK(run.standard_error == manifest.string() + entry.message + "\n");
            }
        }
    }
}
