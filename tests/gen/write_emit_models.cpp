// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Writes the hand-made models the emitter's build-time tests generate headers from
// (tests/gen/emit.cmake runs it, then fennec_add_model() on each file):
//
//   fennec_gen_write_emit_models FOLDER
//     FOLDER/tiny_classifier.tflite   CONV_2D, RESHAPE, FULLY_CONNECTED, SOFTMAX
//     FOLDER/every_operator.tflite    every supported operator, float edges included
#include <filesystem>
#include <fstream>
#include <iostream>
#include <vector>

#include "support/emit_models.hpp"
#include "support/model_builder.hpp"

namespace fs = std::filesystem;
using namespace fennec::gen::test;

namespace {

bool write(const fs::path& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream file(path, std::ios::binary);
    file.write(reinterpret_cast<const char*>(bytes.data()),
               static_cast<std::streamsize>(bytes.size()));
    return static_cast<bool>(file);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: fennec_gen_write_emit_models FOLDER\n";
        return 2;
    }
    const fs::path folder(argv[1]);
    fs::create_directories(folder);
    const bool written =
        write(folder / "tiny_classifier.tflite", build(tiny_classifier())) &&
        write(folder / "every_operator.tflite", build(emittable_every_operator_model()));
    if (!written) {
        std::cerr << "fennec_gen_write_emit_models: cannot write into " << folder.string() << "\n";
        return 1;
    }
    return 0;
}
