// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// TFLM's hello_world (hello_world.tflite): three fully connected layers that learned sin(x) for x
// in [0, 2 pi]. hello_world.hpp is generated from the .tflite at build time (fennec_add_model in
// CMakeLists.txt).
//
//   fennec-example-hello-world [x.bin]
//
// x.bin: one int8 value, x quantized as the model's input (scale 0.0245, zero point -128); by
// default the golden random_seed1 input. The program prints the model's sin(x) for it next to
// std::sin, then does the same across one period, quantizing x itself.
#include <cmath>
#include <cstdio>

#include "example_io.hpp"
#include "hello_world.hpp"

namespace {

using Model = hello_world::Model;

// Static, as in firmware: the memory plan fixed its size at compile time.
Model::Arena arena;

// Runs the model on the x in its input and prints x, the model's sin(x) and std::sin(x).
void predict_and_print() {
    const float x = example_io::dequantize(Model::input(arena), hello_world::input_scale,
                                           hello_world::input_zero_point)[0];
    Model::invoke(arena);
    const float y = example_io::dequantize(Model::output(arena), hello_world::output_scale,
                                           hello_world::output_zero_point)[0];
    std::printf("  %6.4f  %7.4f  %7.4f\n", static_cast<double>(x), static_cast<double>(y),
                std::sin(static_cast<double>(x)));
}

}  // namespace

int main(int argc, char** argv) {
    if (!example_io::read_input(argc, argv, FENNEC_EXAMPLE_INPUT, Model::input(arena))) {
        return 1;
    }
    std::printf("       x    model  std::sin\n");
    predict_and_print();

    std::printf("one period, x quantized with the model's input scale and zero point:\n");
    constexpr float two_pi = 6.2831853f;
    constexpr int steps = 8;
    for (int step = 0; step < steps; ++step) {
        const float x = two_pi * static_cast<float>(step) / steps;
        fennec::kernels::portable::quantize(
            {hello_world::input_scale, hello_world::input_zero_point}, 1, &x,
            Model::input(arena).data());
        predict_and_print();
    }
    std::printf("arena: %zu bytes\n", Model::arena_bytes);
    return 0;
}
