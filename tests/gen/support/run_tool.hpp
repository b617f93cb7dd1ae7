// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Running fennec's programs (fennec-gen, fennec-check) from a test, as a user or a build would:
// exit status, stdout and stderr, inside a scratch folder the test owns.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace fennec::gen::test {

struct ToolRun {
    int exit_status = -1;  // -1 when the program did not exit normally (a crash)
    std::string standard_error;
    std::string standard_output;
};

// Runs the program at `executable` with `args` (no shell involved).
[[nodiscard]] ToolRun run_tool(const std::string& executable, const std::vector<std::string>& args);

// Runs <build>/bin/fennec-gen with `args`.
[[nodiscard]] ToolRun run_fennec_gen(const std::vector<std::string>& args);

// A fresh folder under the system's temporary folder, removed with everything in it at the end.
class ScratchFolder {
public:
    ScratchFolder();
    ~ScratchFolder();
    ScratchFolder(const ScratchFolder&) = delete;
    ScratchFolder& operator=(const ScratchFolder&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    // Writes `bytes` to `name` inside the folder and returns the file's path.
    std::string write(const std::string& name, const std::vector<std::uint8_t>& bytes) const;
    // The names of the files in the folder, sorted.
    [[nodiscard]] std::vector<std::string> files() const;

private:
    std::filesystem::path path_;
};

}  // namespace fennec::gen::test
