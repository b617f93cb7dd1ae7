// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Running another program (the compiler, the runner) without a shell: arguments are passed as
// they are, so no path or file name is ever interpreted by one.
#pragma once

#include <string>
#include <vector>

namespace fennec::check {

struct ProgramResult {
    bool started = false;  // false: the program was not found or could not be run
    int exit_status = 0;   // the status it exited with, or 128 + the signal that ended it
    bool signalled = false;
};

// Runs argv[0] (looked up on the PATH when it has no slash) with argv, its standard output and
// standard error both going to the file `log` (created or truncated), and waits for it. With a
// `working_directory` (not empty) the program starts there.
[[nodiscard]] ProgramResult run_program(const std::vector<std::string>& argv, const std::string& log,
                                        const std::string& working_directory = "");

// Whether `program` names something run_program can start.
[[nodiscard]] bool program_exists(const std::string& program);

}  // namespace fennec::check
