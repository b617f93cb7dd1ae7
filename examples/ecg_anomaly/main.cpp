// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// ECG anomaly detection with Silicon Labs' ECG5000 autoencoder (ecg5000_autoencoder_mltk.tflite):
// one heartbeat of 140 samples in, the model's reconstruction of it out. A normal beat
// reconstructs well; the mean squared error between beat and reconstruction is the anomaly score.
// The model takes and gives float32; this program quantizes the beat itself and runs
// ModelInt8, the int8 model without its float edges, as firmware does.
//
//   fennec-example-ecg-anomaly [beat.bin]
//
// beat.bin: 140 float32 samples (little-endian); by default the golden random_seed1 input.
#include <cstdio>
#include <vector>

#include "ecg5000_autoencoder_mltk.hpp"
#include "example_io.hpp"

namespace {

namespace ecg = ecg5000_autoencoder_mltk;
using Model = ecg::ModelInt8;

// Static, as in firmware: the memory plan fixed its size at compile time.
Model::Arena arena;

}  // namespace

int main(int argc, char** argv) {
    std::vector<float> beat(ecg::InputShape::elements);
    if (!example_io::read_input(argc, argv, FENNEC_EXAMPLE_INPUT, beat)) {
        return 1;
    }
    // float -> int8 with the model's own input scale and zero point (TFLM's QUANTIZE).
    fennec::kernels::portable::quantize<ecg::InputShape, ecg::InputShape>(
        {ecg::input_scale, ecg::input_zero_point}, beat.data(), Model::input(arena).data());

    Model::invoke(arena);

    const std::vector<float> reconstruction =
        example_io::dequantize(Model::output(arena), ecg::output_scale, ecg::output_zero_point);
    std::printf("anomaly score: %.4f (mean squared error of the reconstruction)\n",
                example_io::mean_squared_error(beat, reconstruction));
    std::printf("arena: %zu bytes\n", Model::arena_bytes);
    return 0;
}
