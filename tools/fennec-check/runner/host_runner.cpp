// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec-check's runner for the host. fennec-check writes the generated header as model.hpp
// (namespace fennec_check_model) next to this file, compiles both with the chosen compiler and
// runs the program once per case:
//
//   runner --outputs DIR [--layers DIR] [--time-runs N] INPUT_0 [INPUT_1 ...]
//
// It reads each input file (which must hold exactly the input tensor's bytes), invokes the model
// and writes DIR/output_<i>.bin; with --layers, also DIR/layer_<op>_<k>.bin for output k of every
// op, as the op left it. With --time-runs N it invokes N more times on the same inputs and prints
// "median_ns <t>". Exit status 0, or 3 when an input does not fit (the reason on stderr).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "model.hpp"
#include "run_model.hpp"

namespace {

using Model = fennec_check_model::Model;

constexpr int exit_bad_input = 3;

// Static, as in firmware: some models need megabytes.
Model::Arena arena;

bool write_file(const std::string& path, const void* data, std::size_t bytes) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) {
        std::fprintf(stderr, "cannot write %s\n", path.c_str());
        return false;
    }
    const bool ok = std::fwrite(data, 1, bytes, file) == bytes;
    return std::fclose(file) == 0 && ok;
}

class FileIo {
public:
    FileIo(std::vector<std::string> inputs, std::string outputs, std::string layers)
        : inputs_(std::move(inputs)), outputs_(std::move(outputs)), layers_(std::move(layers)) {}

    bool read_input(std::size_t input, void* data, std::size_t bytes) {
        if (input >= inputs_.size()) {
            std::fprintf(stderr, "the case has %zu inputs, the model takes more\n", inputs_.size());
            return false;
        }
        std::FILE* file = std::fopen(inputs_[input].c_str(), "rb");
        if (file == nullptr) {
            std::fprintf(stderr, "input %zu: cannot read %s\n", input, inputs_[input].c_str());
            return false;
        }
        const std::size_t read = std::fread(data, 1, bytes, file);
        // One byte more than the tensor holds means the file is too long.
        char extra = 0;
        const bool longer = std::fread(&extra, 1, 1, file) == 1;
        std::fseek(file, 0, SEEK_END);
        const long file_bytes = std::ftell(file);
        std::fclose(file);
        if (read != bytes || longer) {
            std::fprintf(stderr, "input %zu holds %ld bytes, the model takes %zu\n", input,
                         file_bytes, bytes);
            return false;
        }
        return true;
    }
    void write_output(std::size_t output, const void* data, std::size_t bytes) {
        ok_ = write_file(outputs_ + "/output_" + std::to_string(output) + ".bin", data, bytes) && ok_;
    }
    void write_layer(std::size_t op, std::size_t output, const void* data, std::size_t bytes) {
        ok_ = write_file(layers_ + "/layer_" + std::to_string(op) + "_" + std::to_string(output) +
                             ".bin",
                         data, bytes) &&
              ok_;
    }
    void begin_invoke() {}
    void end_invoke() {}

    [[nodiscard]] bool written() const { return ok_; }

private:
    std::vector<std::string> inputs_;
    std::string outputs_;
    std::string layers_;
    bool ok_ = true;
};

// The median time of `runs` further invokes on the inputs already in the arena.
long long median_invoke_ns(int runs) {
    std::vector<long long> times;
    for (int run = 0; run < runs; ++run) {
        const auto start = std::chrono::steady_clock::now();
        Model::invoke(arena);
        const auto stop = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration_cast<std::chrono::nanoseconds>(stop - start).count());
    }
    std::nth_element(times.begin(), times.begin() + static_cast<long>(times.size() / 2), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    std::string outputs = ".";
    std::string layers;
    int time_runs = 0;
    std::vector<std::string> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--outputs" && i + 1 < argc) {
            outputs = argv[++i];
        } else if (arg == "--layers" && i + 1 < argc) {
            layers = argv[++i];
        } else if (arg == "--time-runs" && i + 1 < argc) {
            time_runs = std::atoi(argv[++i]);
        } else {
            inputs.push_back(arg);
        }
    }
    if (inputs.size() != Model::input_count) {
        std::fprintf(stderr, "the case has %zu inputs, the model takes %zu\n", inputs.size(),
                     Model::input_count);
        return exit_bad_input;
    }
    FileIo io(inputs, outputs, layers);
    if (!fennec::check::run_model<Model>(arena, io, !layers.empty())) {
        return exit_bad_input;
    }
    if (!io.written()) {
        return EXIT_FAILURE;
    }
    if (time_runs > 0) {
        std::printf("median_ns %lld\n", median_invoke_ns(time_runs));
    }
    return EXIT_SUCCESS;
}
