// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Visual wake words with the MLPerf Tiny MobileNetV1 0.25 (vww_mobilenet.tflite): is there a
// person in a 96x96 colour image? vww_mobilenet.hpp is generated from the .tflite at build time
// (fennec_add_model in CMakeLists.txt).
//
//   fennec-example-visual-wake-words [image.bin]
//
// image.bin: 96x96 RGB pixels, row-major, as int8 q = pixel - 128 (the model's input quantization:
// scale 1/255, zero point -128). By default TFLM's person-detection test image of an empty scene,
// grey copied to R, G and B.
#include <cstdio>
#include <iterator>

#include "example_io.hpp"
#include "vww_mobilenet.hpp"

namespace {

using Model = vww_mobilenet::Model;

constexpr const char* classes[] = {"no person", "person"};

// Static, as in firmware: the memory plan fixed its size at compile time.
Model::Arena arena;

}  // namespace

int main(int argc, char** argv) {
    if (!example_io::read_input(argc, argv, FENNEC_EXAMPLE_INPUT, Model::input(arena))) {
        return 1;
    }

    Model::invoke(arena);

    example_io::print_classes(Model::output(arena), vww_mobilenet::output_scale,
                              vww_mobilenet::output_zero_point, classes, std::size(classes));
    std::printf("arena: %zu bytes\n", Model::arena_bytes);
    return 0;
}
