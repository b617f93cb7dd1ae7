// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The fennec-gen program as a build runs it: a refused model gives exit status 1, exactly one
// line on stderr ("<file>: <where>: <problem>") and no output file, not even a temporary one; a
// command-line mistake gives exit status 2; an accepted model gives its summary.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "sha256.hpp"
#include "support/malformed_cases.hpp"
#include "support/model_builder.hpp"
#include "support/run_tool.hpp"

using namespace fennec::gen::test;

namespace {

// Runs fennec-gen on `bytes` asking for every output, inside a fresh folder.
struct Attempt {
    ToolRun run;
    std::string model_path;
    std::vector<std::string> files_after;
};

Attempt generate_from(const std::vector<std::uint8_t>& bytes) {
    const ScratchFolder folder;
    Attempt attempt;
    attempt.model_path = folder.write("model.tflite", bytes);
    const std::string out = (folder.path() / "model.hpp").string();
    const std::string summary = (folder.path() / "summary.json").string();
    const std::string report = (folder.path() / "report.html").string();
    attempt.run = run_fennec_gen(
        {attempt.model_path, "-o", out, "--summary-json", summary, "--report", report});
    attempt.files_after = folder.files();
    return attempt;
}

std::string read_text(const std::string& path) {
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("fennec-gen refuses each malformed file with one line and writes nothing",
          "[gen][tool]") {
    for (const MalformedCase& malformed : malformed_cases()) {
        CAPTURE(malformed.name);
        const Attempt attempt = generate_from(malformed.bytes);
        CHECK(attempt.run.exit_status == 1);
        CHECK(attempt.run.standard_error == attempt.model_path + ": " + malformed.expected + "\n");
        CHECK(attempt.files_after == std::vector<std::string>{"model.tflite"});
    }
}

TEST_CASE("fennec-gen refuses a file cut short anywhere", "[gen][tool]") {
    const std::vector<std::uint8_t> bytes = build(tiny_classifier());
    for (std::size_t size = 0; size < bytes.size(); size += 1 + bytes.size() / 40) {
        CAPTURE(size);
        const Attempt attempt = generate_from(std::vector<std::uint8_t>(
            bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(size)));
        CHECK(attempt.run.exit_status == 1);
        CHECK(attempt.run.standard_error.rfind(attempt.model_path + ": ", 0) == 0);
        CHECK(std::count(attempt.run.standard_error.begin(), attempt.run.standard_error.end(),
                         '\n') == 1);
        CHECK(attempt.files_after == std::vector<std::string>{"model.tflite"});
    }
}

TEST_CASE("fennec-gen writes the summary of an accepted model", "[gen][tool]") {
    const ScratchFolder folder;
    const std::vector<std::uint8_t> bytes = build(tiny_classifier());
    const std::string model = folder.write("tiny.tflite", bytes);
    const std::string summary = (folder.path() / "tiny.json").string();
    const ToolRun run = run_fennec_gen(
        {model, "-o", (folder.path() / "tiny.hpp").string(), "--summary-json", summary});
    CHECK(run.exit_status == 0);
    // The front half's figures (later stages add their own keys after these).
    const nlohmann::json figures = nlohmann::json::parse(read_text(summary));
    CHECK(figures["model"] == model);
    CHECK(figures["sha256"] == fennec::gen::sha256_hex(bytes.data(), bytes.size()));
    CHECK(figures["ops"] ==
          nlohmann::json{{"CONV_2D", 1}, {"FULLY_CONNECTED", 1}, {"RESHAPE", 1}, {"SOFTMAX", 1}});
    // params: 54 filter + 3 conv bias + 48 weights + 4 fc bias; the reshape's shape is an argument.
    CHECK(figures["params"] == 109);
    CHECK(figures["weight_bytes"] == 54 + 12 + 48 + 16);
    // macs: 12 conv outputs x 18 products + 4 fc outputs x 12 products.
    CHECK(figures["macs"] == 12 * 18 + 4 * 12);
    // No temporary file is left behind.
    for (const std::string& name : folder.files()) {
        CHECK(name.find(".tmp-") == std::string::npos);
    }
}

TEST_CASE("fennec-gen reports an output it cannot write", "[gen][tool]") {
    const ScratchFolder folder;
    const std::string model = folder.write("tiny.tflite", build(tiny_classifier()));
    const std::string summary = (folder.path() / "missing" / "tiny.json").string();
    const ToolRun run = run_fennec_gen(
        {model, "-o", (folder.path() / "tiny.hpp").string(), "--summary-json", summary});
    CHECK(run.exit_status == 1);
    CHECK_THAT(
        run.standard_error,
        Catch::EndsWith(summary + ": cannot create a temporary file in " +
                        (folder.path() / "missing").string() + ": No such file or directory\n"));
    CHECK(folder.files() == std::vector<std::string>{"tiny.tflite"});
}

TEST_CASE("fennec-gen's command line", "[gen][tool]") {
    SECTION("--help documents the usage and exits 0") {
        const ToolRun run = run_fennec_gen({"--help"});
        CHECK(run.exit_status == 0);
        CHECK_THAT(run.standard_output,
                   Catch::StartsWith("usage: fennec-gen MODEL.tflite -o OUT.hpp"));
        CHECK_THAT(run.standard_output,
                   Catch::Contains("--summary-json") && Catch::Contains("--report") &&
                       Catch::Contains("--name") && Catch::Contains("Exit status"));
    }
    SECTION("usage errors exit 2") {
        struct UsageCase {
            std::vector<std::string> args;
            std::string message;
        };
        const std::vector<UsageCase> cases = {
            {{}, "no model given"},
            {{"a.tflite"}, "no output header given (-o OUT.hpp)"},
            {{"a.tflite", "b.tflite", "-o", "x.hpp"}, "one model at a time, but 2 are given"},
            {{"a.tflite", "-o"}, "-o needs a value"},
            {{"a.tflite", "-o", "x.hpp", "-o", "y.hpp"}, "-o is given twice"},
            {{"a.tflite", "-o", "x.hpp", "--frobnicate"}, "unknown option --frobnicate"},
            {{"a.tflite", "-o", "x.hpp", "--name", "9lives"},
             "--name \"9lives\" is not a C++ identifier (or is a keyword or reserved name)"},
            {{"a.tflite", "-o", "x.hpp", "--name=namespace"},
             "--name \"namespace\" is not a C++ identifier (or is a keyword or reserved name)"},
        };
        for (const UsageCase& usage : cases) {
            CAPTURE(usage.args);
            const ToolRun run = run_fennec_gen(usage.args);
            CHECK(run.exit_status == 2);
            CHECK(run.standard_error ==
                  "fennec-gen: " + usage.message + "\nTry 'fennec-gen --help'.\n");
        }
    }
    SECTION("a missing model file exits 1") {
        const ToolRun run = run_fennec_gen({"no-such-model.tflite", "-o", "x.hpp"});
        CHECK(run.exit_status == 1);
        CHECK(run.standard_error ==
              "no-such-model.tflite: cannot open: No such file or directory\n");
    }
}
