// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Random inputs and shapes for the element-wise kernel tests (add, mul, softmax, logistic, tanh,
// quantize), with the draws and the buffer comparison every kernel sweep shares.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <random>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "support/compare.hpp"
#include "support/random_quantization.hpp"
#include "support/sweep.hpp"

namespace fennec::test {

// How a configuration's int8 inputs are drawn: uniformly, only the extremes -128 and 127, or
// uniformly with a few values pinned to the extremes.
enum class InputPinning { uniform, extremes_only, some_extremes };

inline InputPinning random_pinning(std::mt19937& rng) {
    const int draw = uniform<int>(rng, 0, 9);
    return draw == 0 ? InputPinning::extremes_only
                     : (draw <= 2 ? InputPinning::some_extremes : InputPinning::uniform);
}

inline std::vector<std::int8_t> random_int8(std::mt19937& rng,
                                            std::size_t count,
                                            InputPinning pinning) {
    std::vector<std::int8_t> values(count);
    for (auto& value : values) {
        int drawn = uniform<int>(rng, -128, 127);
        if (pinning == InputPinning::extremes_only ||
            (pinning == InputPinning::some_extremes && uniform<int>(rng, 0, 3) == 0)) {
            drawn = uniform<int>(rng, 0, 1) == 0 ? -128 : 127;
        }
        value = static_cast<std::int8_t>(drawn);
    }
    return values;
}

// Every int8 value once, in a shuffled order (so the output order is not the input order).
inline std::vector<std::int8_t> all_int8_shuffled(std::mt19937& rng) {
    std::vector<std::int8_t> values;
    for (int value = -128; value <= 127; ++value) {
        values.push_back(static_cast<std::int8_t>(value));
    }
    std::shuffle(values.begin(), values.end(), rng);
    return values;
}

// Two broadcast-compatible input shapes of ranks 1..6: a target shape of at most `max_elements`
// elements, each input its last few dimensions with some sizes replaced by 1.
struct BroadcastShapes {
    std::vector<int> input1;
    std::vector<int> input2;
};

inline BroadcastShapes random_broadcast_shapes(std::mt19937& rng, int max_elements) {
    const int rank = uniform<int>(rng, 1, 6);
    std::vector<int> target(static_cast<std::size_t>(rank), 1);
    int elements = 1;
    for (auto& size : target) {
        const int largest = max_elements / elements < 9 ? max_elements / elements : 9;
        size = uniform<int>(rng, 1, largest < 1 ? 1 : largest);
        elements *= size;
    }
    auto derive = [&](int input_rank) {
        std::vector<int> dims(target.end() - input_rank, target.end());
        for (auto& size : dims) {
            if (uniform<int>(rng, 0, 3) == 0) {
                size = 1;
            }
        }
        return dims;
    };
    const int input1_rank = uniform<int>(rng, 1, rank);
    const int input2_rank = uniform<int>(rng, 0, 1) == 0 ? rank : uniform<int>(rng, 1, rank);
    BroadcastShapes shapes{derive(input1_rank), derive(input2_rank)};
    if (uniform<int>(rng, 0, 1) == 0) {
        std::swap(shapes.input1, shapes.input2);
    }
    return shapes;
}

// A float with enough digits to be read back exactly (for CAPTURE; Catch2 prints tiny scales as 0).
inline std::string exact_text(float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", static_cast<double>(value));
    return text;
}

inline std::string dims_string(const std::vector<int>& dims) {
    std::ostringstream text;
    for (std::size_t i = 0; i < dims.size(); ++i) {
        text << (i == 0 ? "" : "x") << dims[i];
    }
    return text.str();
}

}  // namespace fennec::test
