// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "output_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace fennec::gen {
namespace {

std::string error_text(int error) {
    return std::generic_category().message(error);
}

std::string folder_of(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) {
        return ".";
    }
    return slash == 0 ? "/" : path.substr(0, slash);
}

std::string name_of(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Removes the temporary files made so far; used when a later step fails.
class TemporaryFiles {
public:
    ~TemporaryFiles() {
        for (const std::string& path : paths_) {
            std::remove(path.c_str());
        }
    }
    void add(const std::string& path) { paths_.push_back(path); }
    void keep_all() { paths_.clear(); }

private:
    std::vector<std::string> paths_;
};

// The permissions a newly created file gets (0666 less the umask); mkstemp alone gives 0600.
mode_t default_file_mode() {
    const mode_t mask = umask(0);
    umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}

void write_all(int descriptor, const std::string& contents, const std::string& path) {
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t result =
            ::write(descriptor, contents.data() + written, contents.size() - written);
        if (result < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw OutputError(path + ": cannot write: " + error_text(errno));
        }
        written += static_cast<std::size_t>(result);
    }
}

// Writes `file` to a new temporary file beside it and returns the temporary file's path.
std::string write_temporary(const OutputFile& file, mode_t mode, TemporaryFiles& temporaries) {
    const std::string folder = folder_of(file.path);
    std::string pattern = folder + "/." + name_of(file.path) + ".tmp-XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    const int descriptor = ::mkstemp(buffer.data());
    if (descriptor < 0) {
        throw OutputError(file.path + ": cannot create a temporary file in " + folder + ": " +
                          error_text(errno));
    }
    const std::string temporary(buffer.data());
    temporaries.add(temporary);
    try {
        write_all(descriptor, file.contents, file.path);
        if (::fchmod(descriptor, mode) != 0 || ::fsync(descriptor) != 0) {
            throw OutputError(file.path + ": cannot write: " + error_text(errno));
        }
    } catch (...) {
        ::close(descriptor);
        throw;
    }
    if (::close(descriptor) != 0) {
        throw OutputError(file.path + ": cannot write: " + error_text(errno));
    }
    return temporary;
}

}  // namespace

void write_files_atomically(const std::vector<OutputFile>& files) {
    const mode_t mode = default_file_mode();
    TemporaryFiles temporaries;
    std::vector<std::string> written;
    for (const OutputFile& file : files) {
        written.push_back(write_temporary(file, mode, temporaries));
    }
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (std::rename(written[i].c_str(), files[i].path.c_str()) != 0) {
            throw OutputError(files[i].path + ": cannot replace: " + error_text(errno));
        }
    }
    temporaries.keep_all();
}

}  // namespace fennec::gen
