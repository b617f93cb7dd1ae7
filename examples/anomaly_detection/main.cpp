// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Anomaly detection with the MLPerf Tiny autoencoder (ad_autoencoder.tflite): 5 frames x 128
// log-mel bins of a machine's sound in, the model's reconstruction of them out. A normal sound
// reconstructs well; the mean squared error between input and reconstruction is the anomaly
// score. ad_autoencoder.hpp is generated from the .tflite at build time (fennec_add_model in
// CMakeLists.txt).
//
//   fennec-example-anomaly-detection [features.bin]
//
// features.bin: 640 int8 values, quantized as the model's input; by default the MLPerf Tiny
// reference sample of a normal toy car (ToyCar id 01).
#include <cstdio>
#include <vector>

#include "ad_autoencoder.hpp"
#include "example_io.hpp"

namespace {

using Model = ad_autoencoder::Model;

// Static, as in firmware: the memory plan fixed its size at compile time.
Model::Arena arena;

}  // namespace

int main(int argc, char** argv) {
    if (!example_io::read_input(argc, argv, FENNEC_EXAMPLE_INPUT, Model::input(arena))) {
        return 1;
    }
    // Read the input's real values now: the arena reuses its bytes during invoke().
    const std::vector<float> features = example_io::dequantize(
        Model::input(arena), ad_autoencoder::input_scale, ad_autoencoder::input_zero_point);

    Model::invoke(arena);

    const std::vector<float> reconstruction = example_io::dequantize(
        Model::output(arena), ad_autoencoder::output_scale, ad_autoencoder::output_zero_point);
    std::printf("anomaly score: %.2f (mean squared error of the reconstruction)\n",
                example_io::mean_squared_error(features, reconstruction));
    std::printf("arena: %zu bytes\n", Model::arena_bytes);
    return 0;
}
