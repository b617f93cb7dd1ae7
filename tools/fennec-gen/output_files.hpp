// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Writing fennec-gen's outputs so that a file is either complete or absent, never partial: each
// is written to a temporary file in its own folder (so the final rename stays on one file system),
// flushed to disk, and renamed over the destination only after every output has been written.
// A build that stops halfway, or a disk that fills up, leaves the previous files untouched.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace fennec::gen {

struct OutputFile {
    std::string path;
    std::string contents;
};

// A problem with an output file. The message starts with the file's path:
// "out/kws.hpp: cannot create a temporary file in out: No such file or directory".
class OutputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Writes every file. If writing any of them fails, the temporary files are removed, no destination
// is touched, and OutputError is thrown. (A rename that fails after others succeeded, which takes
// a folder changing under fennec-gen, leaves the earlier files replaced, each one complete.)
void write_files_atomically(const std::vector<OutputFile>& files);

}  // namespace fennec::gen
