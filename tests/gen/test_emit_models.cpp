// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Every model in ../shared/models through the whole fennec-gen program, as a build would run it
// (-o, --summary-json, --report):
//   - a model whose operators fennec supports gives the same three files, byte for byte, every
//     time, and an arena no larger than TFLM's (golden manifest, arena_used_bytes);
//   - a model with an operator fennec does not support (the recurrent ones) is refused with exit
//     status 1, one line naming the file and the operator, and no file written.
// Prints the per-model table: ops, params, MACs, weight bytes, arena fennec / TFLM / lower bound.
// Reported as skipped (exit status 77) when the shared folder has no models. The headers
// themselves are compiled and run on the golden cases by the gen.golden.<model> tests.
#define CATCH_CONFIG_RUNNER
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "support/run_tool.hpp"

namespace fs = std::filesystem;
using fennec::gen::test::run_fennec_gen;
using fennec::gen::test::ScratchFolder;
using fennec::gen::test::ToolRun;

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

std::string read_text(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

// The golden manifest, or null when TFLM could not run the model (no golden folder).
nlohmann::json golden_manifest(const std::string& stem) {
    const fs::path path = shared_folder() / "golden" / stem / "manifest.json";
    return fs::exists(path) ? nlohmann::json::parse(read_text(path)) : nlohmann::json();
}

// Whether fennec supports every operator the golden manifest counts.
bool has_only_supported_ops(const nlohmann::json& manifest) {
    static const std::set<std::string> supported = {"ADD",
                                                    "AVERAGE_POOL_2D",
                                                    "CONCATENATION",
                                                    "CONV_2D",
                                                    "DEPTHWISE_CONV_2D",
                                                    "DEQUANTIZE",
                                                    "FULLY_CONNECTED",
                                                    "LOGISTIC",
                                                    "MAX_POOL_2D",
                                                    "MEAN",
                                                    "MUL",
                                                    "PAD",
                                                    "PADV2",
                                                    "QUANTIZE",
                                                    "RESHAPE",
                                                    "RESIZE_NEAREST_NEIGHBOR",
                                                    "SOFTMAX",
                                                    "SQUEEZE",
                                                    "STRIDED_SLICE",
                                                    "TANH",
                                                    "TRANSPOSE"};
    if (manifest.is_null()) {
        return false;
    }
    for (const auto& [op, count] : manifest["op_counts"].items()) {
        if (supported.count(op) == 0) {
            return false;
        }
    }
    return true;
}

// fennec-gen's three outputs for `model`, written into `folder` under fixed names.
ToolRun generate(const fs::path& model, const fs::path& folder) {
    return run_fennec_gen({model.string(), "-o", (folder / "model.hpp").string(), "--summary-json",
                           (folder / "summary.json").string(), "--report",
                           (folder / "report.html").string()});
}

struct TableRow {
    std::string model;
    nlohmann::json summary;
    std::int64_t tflm_arena;
};

void print_table(const std::vector<TableRow>& rows) {
    std::printf("%-36s %4s %9s %12s %9s %9s %9s %9s\n", "model", "ops", "params", "MACs", "weights",
                "fennec", "TFLM", "bound");
    for (const TableRow& row : rows) {
        int ops = 0;
        for (const auto& [op, count] : row.summary["ops"].items()) {
            ops += count.get<int>();
        }
        std::printf("%-36s %4d %9lld %12lld %9lld %9lld %9lld %9lld\n", row.model.c_str(), ops,
                    row.summary["params"].get<long long>(), row.summary["macs"].get<long long>(),
                    row.summary["weight_bytes"].get<long long>(),
                    row.summary["arena_bytes"].get<long long>(),
                    static_cast<long long>(row.tflm_arena),
                    row.summary["arena_lower_bound_bytes"].get<long long>());
    }
}

}  // namespace

TEST_CASE("every shared model is generated deterministically, or refused", "[gen][models]") {
    std::vector<TableRow> table;
    for (const fs::path& path : model_files()) {
        const std::string stem = path.stem().string();
        CAPTURE(stem);
        const nlohmann::json manifest = golden_manifest(stem);
        const ScratchFolder first;
        const ToolRun run = generate(path, first.path());
        if (!has_only_supported_ops(manifest)) {
            CHECK(run.exit_status == 1);
            CHECK_THAT(run.standard_error, Catch::StartsWith(path.string() + ": operator ") &&
                                               Catch::Contains(" is not supported by fennec"));
            CHECK(std::count(run.standard_error.begin(), run.standard_error.end(), '\n') == 1);
            CHECK(first.files().empty());
            continue;
        }
        REQUIRE(run.exit_status == 0);
        CHECK(run.standard_error.empty());

        const ScratchFolder second;
        REQUIRE(generate(path, second.path()).exit_status == 0);
        for (const char* file : {"model.hpp", "summary.json", "report.html"}) {
            CAPTURE(file);
            CHECK(read_text(first.path() / file) == read_text(second.path() / file));
        }

        const nlohmann::json summary =
            nlohmann::json::parse(read_text(first.path() / "summary.json"));
        const std::int64_t tflm_arena = manifest["arena_used_bytes"].get<std::int64_t>();
        CHECK(summary["arena_bytes"].get<std::int64_t>() <= tflm_arena);
        CHECK(summary["arena_bytes"].get<std::int64_t>() > 0);
        table.push_back({stem, summary, tflm_arena});
    }
    print_table(table);
}

int main(int argc, char* argv[]) {
    if (shared_folder().empty() || !fs::is_directory(shared_folder() / "models")) {
        std::cout << "skipped: FENNEC_SHARED_DIR (" << shared_folder().string()
                  << ") has no models/ folder\n";
        return 77;
    }
    return Catch::Session().run(argc, argv);
}
