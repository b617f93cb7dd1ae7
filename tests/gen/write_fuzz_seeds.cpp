// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Writes the seed corpus of the read+validate fuzzer into a folder: the hand-made valid models
// (every supported operator), the malformed cases, and the shared models small enough to mutate
// quickly (up to 64 KiB). Run by the run_fuzz_read_validate target; nothing it writes is committed.
//
//   fennec_gen_write_fuzz_seeds SEED_FOLDER [SHARED_MODELS_FOLDER]
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "support/malformed_cases.hpp"
#include "support/model_builder.hpp"

namespace fs = std::filesystem;
using namespace fennec::gen::test;

namespace {

void write(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: fennec_gen_write_fuzz_seeds SEED_FOLDER [SHARED_MODELS_FOLDER]\n";
        return 2;
    }
    const fs::path seeds(argv[1]);
    fs::create_directories(seeds);
    write(seeds / "tiny_classifier.tflite", build(tiny_classifier()));
    write(seeds / "every_operator.tflite", build(every_operator_model()));
    int count = 2;
    for (const MalformedCase& malformed : malformed_cases()) {
        write(seeds / ("malformed_" + std::to_string(count++) + ".tflite"), malformed.bytes);
    }
    if (argc == 3 && fs::is_directory(argv[2])) {
        constexpr std::uintmax_t max_seed_bytes = 64 * 1024;
        for (const auto& entry : fs::directory_iterator(argv[2])) {
            if (entry.path().extension() == ".tflite" && entry.file_size() <= max_seed_bytes) {
                fs::copy_file(entry.path(), seeds / entry.path().filename(),
                              fs::copy_options::overwrite_existing);
                ++count;
            }
        }
    }
    std::cout << "wrote " << count << " seeds to " << seeds.string() << "\n";
    return 0;
}
