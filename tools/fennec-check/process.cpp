// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "process.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <string_view>

extern char** environ;

namespace fennec::check {

ProgramResult run_program(const std::vector<std::string>& argv, const std::string& log,
                          const std::string& working_directory) {
    ProgramResult result;
    std::vector<char*> args;
    for (const std::string& arg : argv) {
        args.push_back(const_cast<char*>(arg.c_str()));
    }
    args.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);
    if (!working_directory.empty()) {
        posix_spawn_file_actions_addchdir_np(&actions, working_directory.c_str());
    }
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        return result;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            return result;
        }
    }
    result.started = true;
    if (WIFSIGNALED(status)) {
        result.signalled = true;
        result.exit_status = 128 + WTERMSIG(status);
    } else {
        result.exit_status = WEXITSTATUS(status);
    }
    // posix_spawnp reports a program it could not find through the child's exit status 127.
    if (!result.signalled && result.exit_status == 127 && !program_exists(argv[0])) {
        result.started = false;
    }
    return result;
}

bool program_exists(const std::string& program) {
    const auto executable = [](const std::string& path) {
        struct stat info {};
        return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) &&
               access(path.c_str(), X_OK) == 0;
    };
    if (program.empty()) {
        return false;
    }
    if (program.find('/') != std::string::npos) {
        return executable(program);
    }
    const char* path = std::getenv("PATH");
    std::string_view directories = path != nullptr ? path : "/usr/bin:/bin";
    while (true) {
        const std::size_t colon = directories.find(':');
        const std::string_view directory = directories.substr(0, colon);
        if (executable(std::string(directory.empty() ? "." : directory) + "/" + program)) {
            return true;
        }
        if (colon == std::string_view::npos) {
            return false;
        }
        directories.remove_prefix(colon + 1);
    }
}

}  // namespace fennec::check
