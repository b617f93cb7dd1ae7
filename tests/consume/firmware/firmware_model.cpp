// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The firmware-shaped program again, now with a model: tiny.hpp is generated at build time by
// fennec_add_model() from tiny_classifier.tflite (a 4x4x2 input, CONV_2D, RESHAPE,
// FULLY_CONNECTED, SOFTMAX; made by tests/gen's model builder). Static arena, no heap, no
// exceptions, no RTTI. Prints the arena size and the four int8 probabilities.
#include <cstdint>
#include <cstdio>

#include "tiny.hpp"

namespace {

tiny::Model::Arena arena;
static_assert(tiny::Model::arena_bytes <= 64, "the tiny classifier needs 48 bytes");

}  // namespace

int main() {
    auto input = tiny::Model::input(arena);
    for (int i = 0; i < tiny::InputShape::elements; ++i) {
        input.data()[i] = static_cast<std::int8_t>(i * 7 - 50);
    }
    tiny::Model::invoke(arena);
    const auto output = tiny::Model::output(arena);
    std::printf("fennec firmware model: arena %zu bytes, probabilities", tiny::Model::arena_bytes);
    for (int i = 0; i < tiny::OutputShape::elements; ++i) {
        std::printf(" %d", output.data()[i]);
    }
    std::printf("\n");
    return 0;
}
