// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Gesture recognition with Silicon Labs' int8 magic wand (magic_wand_imu_int8_mltk.tflite): 128
// accelerometer samples of x, y and z in, one of 4 gestures out (wing "W", ring "O", slope "L",
// or none). The model takes and gives float32; this program quantizes the samples itself and runs
// ModelInt8, the int8 model without its float edges, as firmware does.
// magic_wand_imu_int8_mltk.hpp is generated from the .tflite at build time (fennec_add_model in
// CMakeLists.txt).
//
//   fennec-example-magic-wand [motion.bin]
//
// motion.bin: 128 x 3 float32 samples (little-endian, x y z per time step) in the units the
// model was trained on; by default the golden random_seed1 input, noise, which is no gesture.
#include <cstdio>
#include <iterator>

#include "example_io.hpp"
#include "magic_wand_imu_int8_mltk.hpp"

namespace {

namespace wand = magic_wand_imu_int8_mltk;
using Model = wand::ModelInt8;

// The class list in the model's metadata (SL_PARAMSv1).
constexpr const char* gestures[] = {"wing", "ring", "slope", "negative"};

// Static, as in firmware: the memory plan fixed its size at compile time.
Model::Arena arena;

}  // namespace

int main(int argc, char** argv) {
    std::vector<float> motion(wand::InputShape::elements);
    if (!example_io::read_input(argc, argv, FENNEC_EXAMPLE_INPUT, motion)) {
        return 1;
    }
    // float -> int8 with the model's own input scale and zero point (TFLM's QUANTIZE).
    fennec::kernels::portable::quantize<wand::InputShape, wand::InputShape>(
        {wand::input_scale, wand::input_zero_point}, motion.data(), Model::input(arena).data());

    Model::invoke(arena);

    example_io::print_classes(Model::output(arena), wand::output_scale, wand::output_zero_point,
                              gestures, std::size(gestures));
    std::printf("arena: %zu bytes\n", Model::arena_bytes);
    return 0;
}
