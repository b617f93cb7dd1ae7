// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec's demo on real models: the MLPerf Tiny keyword spotting and anomaly detection models,
// generated from their .tflite files at build time (fennec_add_model in CMakeLists.txt), each run
// on the reference sample MLPerf Tiny ships with it. For each model it prints the answer, then
// fennec's arena next to TFLM's (MicroInterpreter::arena_used_bytes, from the golden data) and
// the bytes of constants fennec keeps in flash next to the .tflite file TFLM keeps there.
#include <cstddef>
#include <cstdio>
#include <vector>

#include "ad_autoencoder.hpp"
#include "ad_autoencoder_summary.hpp"
#include "example_io.hpp"
#include "kws_dscnn.hpp"
#include "kws_dscnn_summary.hpp"

namespace {

// Static, as in firmware: each memory plan fixed its arena's size at compile time.
kws_dscnn::Model::Arena kws_arena;
ad_autoencoder::Model::Arena ad_arena;

// The keyword spotting model's output order.
constexpr const char* words[] = {"down",  "go",   "left", "no",  "off",     "on",
                                 "right", "stop", "up",   "yes", "silence", "unknown"};

struct Footprint {
    std::size_t fennec_arena_bytes;
    std::size_t tflm_arena_bytes;
    std::size_t fennec_weight_bytes;
    std::size_t tflite_bytes;
};

void print_footprint(const Footprint& footprint) {
    std::printf("                 fennec      TFLM\n");
    std::printf("arena (RAM)    %8zu  %8zu bytes\n", footprint.fennec_arena_bytes,
                footprint.tflm_arena_bytes);
    std::printf("model (flash)  %8zu  %8zu bytes (fennec: the constants; TFLM: the .tflite)\n\n",
                footprint.fennec_weight_bytes, footprint.tflite_bytes);
}

bool keyword_spotting() {
    using Model = kws_dscnn::Model;
    std::printf("== Keyword spotting: DS-CNN (kws_dscnn.tflite), 12 words, %lld MACs\n",
                kws_dscnn_summary::macs);
    std::printf("input:  MFCC features of the MLPerf Tiny reference sample\n");
    const auto input = Model::input(kws_arena);
    if (!example_io::read_values(FENNEC_DEMO_KWS_DSCNN_INPUT, input.data(), input.size())) {
        return false;
    }
    Model::invoke(kws_arena);
    example_io::print_classes(Model::output(kws_arena), kws_dscnn::output_scale,
                              kws_dscnn::output_zero_point, words, 0);
    print_footprint({Model::arena_bytes, FENNEC_DEMO_KWS_DSCNN_TFLM_ARENA_BYTES,
                     kws_dscnn_summary::weight_bytes, FENNEC_DEMO_KWS_DSCNN_TFLITE_BYTES});
    return true;
}

bool anomaly_detection() {
    using Model = ad_autoencoder::Model;
    std::printf("== Anomaly detection: autoencoder (ad_autoencoder.tflite), %lld MACs\n",
                ad_autoencoder_summary::macs);
    std::printf("input:  log-mel features of a normal toy car, the MLPerf Tiny reference sample\n");
    const auto input = Model::input(ad_arena);
    if (!example_io::read_values(FENNEC_DEMO_AD_AUTOENCODER_INPUT, input.data(), input.size())) {
        return false;
    }
    const std::vector<float> features = example_io::dequantize(input, ad_autoencoder::input_scale,
                                                               ad_autoencoder::input_zero_point);
    Model::invoke(ad_arena);
    const std::vector<float> reconstruction = example_io::dequantize(
        Model::output(ad_arena), ad_autoencoder::output_scale, ad_autoencoder::output_zero_point);
    std::printf(
        "anomaly score: %.2f (the mean squared error of the reconstruction; noise scores "
        "over 800)\n",
        example_io::mean_squared_error(features, reconstruction));
    print_footprint({Model::arena_bytes, FENNEC_DEMO_AD_AUTOENCODER_TFLM_ARENA_BYTES,
                     ad_autoencoder_summary::weight_bytes,
                     FENNEC_DEMO_AD_AUTOENCODER_TFLITE_BYTES});
    return true;
}

}  // namespace

int main() {
    std::printf(
        "fennec demo: two MLPerf Tiny models, turned into C++ by fennec-gen at build time\n");
    std::printf("and run with fennec's int8 kernels, bit-exact with TFLM's reference kernels.\n\n");
    return keyword_spotting() && anomaly_detection() ? 0 : 1;
}
