// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What the example programs share: reading a model input from a file, turning int8 outputs into
// real numbers, and printing a classifier's answer. Host code (std::vector, <fstream>): firmware
// fills the input view from its sensor instead and needs none of it.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <numeric>
#include <vector>

#include "fennec/kernels/portable/quantize.hpp"

namespace example_io {

// Reads `count` values of type T from a raw file in the format of ../shared/golden: no header,
// row-major, little-endian. Says why on stderr and returns false when the file cannot be read or
// holds another number of bytes.
template <class T>
[[nodiscard]] bool read_values(const char* path, T* values, std::size_t count) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        std::fprintf(stderr, "cannot read %s\n", path);
        return false;
    }
    const std::vector<char> bytes{std::istreambuf_iterator<char>(file),
                                  std::istreambuf_iterator<char>()};
    if (bytes.size() != count * sizeof(T)) {
        std::fprintf(stderr, "%s holds %zu bytes; the model takes %zu values of %zu bytes\n", path,
                     bytes.size(), count, sizeof(T));
        return false;
    }
    std::memcpy(values, bytes.data(), bytes.size());
    return true;
}

// Fills `values` (a tensor view such as Model::input(arena), or a std::vector of the right size)
// from the file named by the first command-line argument, else from `default_path`, the golden
// input the build chose. Prints the file's name first.
template <class Values>
[[nodiscard]] bool read_input(int argc, char** argv, const char* default_path, Values&& values) {
    const char* path = argc > 1 ? argv[1] : default_path;
    std::printf("input: %s\n", path);
    return read_values(path, values.data(), values.size());
}

// real = scale * (q - zero_point) for every value of an int8 view, with fennec's dequantize
// kernel (TFLM's arithmetic).
template <class View>
[[nodiscard]] std::vector<float> dequantize(const View& values,
                                            float scale,
                                            std::int32_t zero_point) {
    std::vector<float> reals(values.size());
    fennec::kernels::portable::dequantize({scale, zero_point}, static_cast<int>(values.size()),
                                          values.data(), reals.data());
    return reals;
}

// Class indices from the highest score to the lowest; equal scores keep their order, so the first
// is the class TFLite's argmax picks.
[[nodiscard]] inline std::vector<std::size_t> ranking(const std::vector<float>& scores) {
    std::vector<std::size_t> classes(scores.size());
    std::iota(classes.begin(), classes.end(), std::size_t{0});
    std::stable_sort(classes.begin(), classes.end(),
                     [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return classes;
}

// Prints a classifier's answer and its `shown` best classes with their probabilities, from its
// int8 output and that output's quantization:
//   answer: on (probability 0.996)
//     on           0.996
//     down         0.000
template <class View, std::size_t Classes>
void print_classes(const View& output,
                   float output_scale,
                   std::int32_t output_zero_point,
                   const char* const (&labels)[Classes],
                   std::size_t shown) {
    static_assert(static_cast<std::size_t>(View::elements) == Classes,
                  "print_classes: one label per model output");
    const std::vector<float> probabilities = dequantize(output, output_scale, output_zero_point);
    const std::vector<std::size_t> classes = ranking(probabilities);
    std::printf("answer: %s (probability %.3f)\n", labels[classes[0]],
                static_cast<double>(probabilities[classes[0]]));
    for (std::size_t k = 0; k < std::min(shown, classes.size()); ++k) {
        std::printf("  %-12s %.3f\n", labels[classes[k]],
                    static_cast<double>(probabilities[classes[k]]));
    }
}

// The mean of (a[i] - b[i])^2: an autoencoder's reconstruction error, its anomaly score.
[[nodiscard]] inline double mean_squared_error(const std::vector<float>& a,
                                               const std::vector<float>& b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double difference = static_cast<double>(a[i]) - static_cast<double>(b[i]);
        sum += difference * difference;
    }
    return a.empty() ? 0.0 : sum / static_cast<double>(a.size());
}

}  // namespace example_io
