// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Image classification with the MLPerf Tiny ResNet-8 (ic_resnet8.tflite): a 32x32 colour image
// in, one of the 10 CIFAR-10 classes out. ic_resnet8.hpp is generated from the .tflite at build
// time (fennec_add_model in CMakeLists.txt).
//
//   fennec-example-image-classification [image.bin]
//
// image.bin: 32x32 RGB pixels, row-major, as int8 q = pixel - 128 (the model's input quantization:
// scale 1, zero point -128). By default the golden random_seed1 image: noise, which the model
// calls a frog.
#include <cstdio>

#include "example_io.hpp"
#include "ic_resnet8.hpp"

namespace {

using Model = ic_resnet8::Model;

// CIFAR-10, in the order of the model's outputs.
constexpr const char* classes[] = {"airplane", "automobile", "bird",  "cat",  "deer",
                                   "dog",      "frog",       "horse", "ship", "truck"};

// Static, as in firmware: the memory plan fixed its size at compile time.
Model::Arena arena;

}  // namespace

int main(int argc, char** argv) {
    if (!example_io::read_input(argc, argv, FENNEC_EXAMPLE_INPUT, Model::input(arena))) {
        return 1;
    }

    Model::invoke(arena);

    example_io::print_classes(Model::output(arena), ic_resnet8::output_scale,
                              ic_resnet8::output_zero_point, classes, 3);
    std::printf("arena: %zu bytes\n", Model::arena_bytes);
    return 0;
}
