// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The cases fennec-check runs, read from CASES_DIR/manifest.json in the format of the golden data
// (../shared/golden/README.md). Only this much of it is needed, so users can write their own:
//
//   {"cases": [{"name": "sample0",
//               "inputs":  [{"file": "input_0.bin"}],
//               "outputs": [{"file": "output_0.bin"}],
//               "tensors_dir": "tensors"}]}          optional: the per-tensor dumps for --layers
//
// File names are relative to the case's folder, CASES_DIR/<name>/.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace fennec::check {

struct CaseSpec {
    std::string name;
    std::filesystem::path folder;
    std::vector<std::filesystem::path> inputs;
    std::vector<std::filesystem::path> outputs;  // the expected bytes
    // Where the dumps of every tensor are (t<index>.bin, or as tensors/manifest.json lists them):
    // the manifest's tensors_dir, else a folder named "tensors" if the case has one.
    std::optional<std::filesystem::path> tensors;
};

// A manifest fennec-check cannot use; the message names the file and the field.
class CasesError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The cases of `cases_dir`, in the manifest's order. Case names must be plain folder names (no
// "/", not "." or ".."), and unique; file names must stay inside the case's folder.
[[nodiscard]] std::vector<CaseSpec> read_cases(const std::filesystem::path& cases_dir);

// The tensor dumps in folder `tensors`, by the model's tensor index: as its manifest.json lists
// them, or else every t<index>.bin.
[[nodiscard]] std::map<int, std::filesystem::path> tensor_dumps(const std::filesystem::path& tensors);

}  // namespace fennec::check
