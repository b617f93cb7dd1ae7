// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Keyword spotting with the MLPerf Tiny DS-CNN (kws_dscnn.tflite): the MFCC features of one second
// of audio in, one of 12 words out. kws_dscnn.hpp is generated from the .tflite at build time
// (fennec_add_model in CMakeLists.txt).
//
//   fennec-example-keyword-spotting [features.bin]
//
// features.bin: 49 frames x 10 MFCC coefficients, int8, quantized as the model's input; by default
// the MLPerf Tiny reference sample, a spoken "on".
#include <cstdio>

#include "example_io.hpp"
#include "kws_dscnn.hpp"

namespace {

using Model = kws_dscnn::Model;

// The model's output order (MLPerf Tiny's keyword spotting benchmark).
constexpr const char* words[] = {"down",  "go",   "left", "no",  "off",     "on",
                                 "right", "stop", "up",   "yes", "silence", "unknown"};

// Static, as in firmware: the memory plan fixed its size at compile time.
Model::Arena arena;

}  // namespace

int main(int argc, char** argv) {
    // The features are int8 already, in the model's own quantization: they go straight in.
    if (!example_io::read_input(argc, argv, FENNEC_EXAMPLE_INPUT, Model::input(arena))) {
        return 1;
    }

    Model::invoke(arena);

    // Softmax probabilities, int8 in steps of 1/256.
    example_io::print_classes(Model::output(arena), kws_dscnn::output_scale,
                              kws_dscnn::output_zero_point, words, 3);
    std::printf("arena: %zu bytes\n", Model::arena_bytes);
    return 0;
}
