// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The inputs the fuzzer (tools/fennec-gen/fuzz) once crashed or hung on, minimized, kept in
// tests/gen/fuzz_regressions/. Each must now be read and validated to an ordinary end: accepted,
// or refused with a ModelError. Any other exception, a crash or a sanitizer report fails.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "error.hpp"
#include "summary.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

using namespace fennec::gen;
namespace fs = std::filesystem;

TEST_CASE("every minimized fuzzer finding is read to an ordinary end", "[gen][fuzz]") {
    std::vector<fs::path> findings;
    for (const auto& entry : fs::directory_iterator(FENNEC_GEN_FUZZ_REGRESSIONS)) {
        if (entry.is_regular_file() && entry.path().extension() == ".tflite") {
            findings.push_back(entry.path());
        }
    }
    std::sort(findings.begin(), findings.end());
    for (const fs::path& finding : findings) {
        CAPTURE(finding.filename().string());
        const std::vector<std::uint8_t> bytes = read_file_bytes(finding.string());
        try {
            Model model = read_tflite(bytes, finding.string());
            validate(model);
            static_cast<void>(model_figures(model));
            SUCCEED("accepted");
        } catch (const ModelError& error) {
            SUCCEED(error.what());
        }
    }
}
