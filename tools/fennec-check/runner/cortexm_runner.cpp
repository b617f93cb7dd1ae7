// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec-check's runner for a Cortex-M core under QEMU. fennec-check compiles it with the generated
// header (model.hpp, namespace fennec_check_model), tools/cortexm's start-up code and the linker
// script of the core's QEMU machine, then runs QEMU once per case in a folder holding job.txt:
//
//   outputs <folder>          where output_<i>.bin go
//   layers <folder>           optional: where layer_<op>_<k>.bin go (every op's outputs)
//   input <file>              one line per model input, in order
//
// Files are read and written on the host through semihosting. The one invoke runs between the
// instruction-count markers (fennec_cortexm/icount.hpp), paused while layer dumps are written;
// at the end the runner prints
// "stack_bytes <n>", the stack high-water mark, and "regions <n>", how many counted regions the
// plugin should have reported. Exit status 0, 3 when an input does not fit or
// the job cannot be read, 1 when an output cannot be written. No heap, no stdio.
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "fennec_cortexm/icount.hpp"
#include "fennec_cortexm/print.hpp"
#include "fennec_cortexm/semihost.hpp"
#include "fennec_cortexm/stack.hpp"
#include "model.hpp"
#include "run_model.hpp"

namespace {

namespace semihost = fennec::cortexm::semihost;
using fennec::cortexm::print;

// FENNEC_CHECK_HARNESS_ONLY builds the same program with invoke() doing nothing, so that the
// linker drops the kernels and the weights: its size is the harness's (start-up, semihosting, job
// parsing, file I/O), which fennec-check subtracts to tell the model's own code.
template <class Checked>
struct HarnessOnly : Checked {
    static void invoke(typename Checked::Arena& /*arena*/) {}
    template <class AfterEachOp>
    static void invoke(typename Checked::Arena& /*arena*/, AfterEachOp&& /*after_each_op*/) {}
};
#if defined(FENNEC_CHECK_HARNESS_ONLY)
using Model = HarnessOnly<fennec_check_model::Model>;
#else
using Model = fennec_check_model::Model;
#endif

constexpr int exit_bad_input = 3;
constexpr std::size_t max_inputs = 8;
constexpr std::size_t job_bytes = 4096;
constexpr std::size_t path_bytes = 512;

// Static, as in firmware: the arena is part of .bss.
Model::Arena arena;
char job[job_bytes];

// The job's lines, pointing into `job` (each NUL-terminated in place).
struct Job {
    const char* outputs = nullptr;
    const char* layers = nullptr;
    const char* inputs[max_inputs] = {};
    std::size_t input_count = 0;
};

bool read_job(Job& parsed) {
    const char name[] = "job.txt";
    const int handle = semihost::open(name, sizeof name - 1, semihost::OpenMode::read_binary);
    if (handle < 0) {
        print("cannot open job.txt\n");
        return false;
    }
    const std::size_t length = semihost::read(handle, job, job_bytes - 1);
    semihost::close(handle);
    job[length] = '\0';
    char* line = job;
    while (*line != '\0') {
        char* end = std::strchr(line, '\n');
        if (end != nullptr) {
            *end = '\0';
        }
        if (std::strncmp(line, "outputs ", 8) == 0) {
            parsed.outputs = line + 8;
        } else if (std::strncmp(line, "layers ", 7) == 0) {
            parsed.layers = line + 7;
        } else if (std::strncmp(line, "input ", 6) == 0 && parsed.input_count < max_inputs) {
            parsed.inputs[parsed.input_count++] = line + 6;
        }
        if (end == nullptr) {
            break;
        }
        line = end + 1;
    }
    return parsed.outputs != nullptr;
}

// folder + "/" + stem + number(s) + ".bin" into `path`; false if it does not fit.
bool join(char (&path)[path_bytes], const char* folder, const char* stem, std::size_t first,
          std::size_t second, bool two_numbers) {
    char numbers[32];
    char* cursor = numbers + sizeof numbers;
    *--cursor = '\0';
    const auto prepend = [&](std::size_t value) {
        do {
            *--cursor = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0);
    };
    if (two_numbers) {
        prepend(second);
        *--cursor = '_';
    }
    prepend(first);
    const std::size_t needed = std::strlen(folder) + 1 + std::strlen(stem) + std::strlen(cursor) + 5;
    if (needed > path_bytes) {
        return false;
    }
    std::strcpy(path, folder);
    std::strcat(path, "/");
    std::strcat(path, stem);
    std::strcat(path, cursor);
    std::strcat(path, ".bin");
    return true;
}

bool write_file(const char (&path)[path_bytes], const void* data, std::size_t bytes) {
    const int handle = semihost::open(path, std::strlen(path), semihost::OpenMode::write_binary);
    if (handle < 0) {
        return false;
    }
    const bool written = semihost::write(handle, data, bytes);
    semihost::close(handle);
    return written;
}

class SemihostIo {
public:
    explicit SemihostIo(const Job& job) : job_(job) {}

    bool read_input(std::size_t input, void* data, std::size_t bytes) {
        if (input >= job_.input_count) {
            print("the case has ", static_cast<std::uint32_t>(job_.input_count),
                  " inputs, the model takes more\n");
            return false;
        }
        const char* path = job_.inputs[input];
        const int handle = semihost::open(path, std::strlen(path), semihost::OpenMode::read_binary);
        if (handle < 0) {
            print("input ", static_cast<std::uint32_t>(input), ": cannot read ", path, "\n");
            return false;
        }
        const int length = semihost::file_length(handle);
        const bool fits = length >= 0 && static_cast<std::size_t>(length) == bytes &&
                          semihost::read(handle, data, bytes) == bytes;
        semihost::close(handle);
        if (!fits) {
            print("input ", static_cast<std::uint32_t>(input), " holds ",
                  static_cast<std::int32_t>(length), " bytes, the model takes ",
                  static_cast<std::uint32_t>(bytes), "\n");
        }
        return fits;
    }
    void write_output(std::size_t output, const void* data, std::size_t bytes) {
        char path[path_bytes];
        ok_ = join(path, job_.outputs, "output_", output, 0, false) && write_file(path, data, bytes) &&
              ok_;
    }
    // Runs inside the measured invoke: the count pauses while the dump is written, so the
    // regions fennec-check adds up hold the model's own instructions.
    void write_layer(std::size_t op, std::size_t output, const void* data, std::size_t bytes) {
        fennec::cortexm::icount_stop();
        char path[path_bytes];
        ok_ = join(path, job_.layers, "layer_", op, output, true) && write_file(path, data, bytes) &&
              ok_;
        ++regions_;
        fennec::cortexm::icount_start();
    }
    void begin_invoke() { fennec::cortexm::icount_start(); }
    void end_invoke() { fennec::cortexm::icount_stop(); }

    [[nodiscard]] bool written() const { return ok_; }
    // How many counted regions the plugin should have reported: fennec-check compares, because
    // QEMU 7.2 can miss a marker (a start followed by a branch across a page boundary).
    [[nodiscard]] std::uint32_t regions() const { return regions_; }

private:
    const Job& job_;
    bool ok_ = true;
    std::uint32_t regions_ = 1;
};

}  // namespace

int main() {
    Job parsed;
    if (!read_job(parsed)) {
        return exit_bad_input;
    }
    if (parsed.input_count != Model::input_count) {
        print("the case has ", static_cast<std::uint32_t>(parsed.input_count),
              " inputs, the model takes ", static_cast<std::uint32_t>(Model::input_count), "\n");
        return exit_bad_input;
    }
    SemihostIo io(parsed);
    if (!fennec::check::run_model<Model>(arena, io, parsed.layers != nullptr)) {
        return exit_bad_input;
    }
    print("stack_bytes ", static_cast<std::uint32_t>(fennec::cortexm::stack_used_bytes()), "\n");
    print("regions ", io.regions(), "\n");
    return io.written() ? 0 : 1;
}
