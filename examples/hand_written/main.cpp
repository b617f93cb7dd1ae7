// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Runs the hand-written tap model (tap_model.hpp) on three accelerometer traces, the way firmware
// would: one static arena, the input written through the model's input view, invoke(), the
// probabilities read through its output view. Prints the memory plan, each trace as the int8
// values the model sees, the features the model found, and its verdict. README.md explains them.
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "tap_model.hpp"

// What firmware checks at build time: the model fits the RAM set aside for it.
static_assert(tap::Model::arena_bytes <= 256, "the tap model must fit in 256 bytes of RAM");

namespace {

constexpr int samples = 16;
constexpr int axes = 3;  // x, y, z
// One reading per sample and axis, in g.
struct Trace {
    float g[samples][axes];
};

// A tap on a device lying flat: 1 g of gravity on z, a one-sample knock of 3 g and a small rebound.
Trace tap_trace() {
    Trace trace{};
    for (int t = 0; t < samples; ++t) {
        const float jitter = (t % 3 == 0) ? 0.03f : -0.03f;
        trace.g[t][0] = jitter;
        trace.g[t][1] = -jitter;
        trace.g[t][2] = 1.0f;
    }
    trace.g[7][2] = 3.0f;
    trace.g[8][2] = 1.3f;
    return trace;
}

// The device shaken side to side: x swings +-1 g every four samples, and z bobs with it by 0.5 g,
// so z has peaks too; what gives it away is the lateral motion.
Trace shake_trace() {
    constexpr float x_cycle[4] = {0.0f, 1.0f, 0.0f, -1.0f};
    constexpr float z_cycle[4] = {1.0f, 1.5f, 1.0f, 0.5f};
    Trace trace{};
    for (int t = 0; t < samples; ++t) {
        trace.g[t][0] = x_cycle[t % 4];
        trace.g[t][1] = 0.0f;
        trace.g[t][2] = z_cycle[t % 4];
    }
    return trace;
}

// The device at rest.
Trace still_trace() {
    Trace trace{};
    for (int t = 0; t < samples; ++t) {
        trace.g[t][0] = 0.0f;
        trace.g[t][1] = (t % 2 == 0) ? 0.03f : 0.0f;
        trace.g[t][2] = 1.0f;
    }
    return trace;
}

// TFLite's input quantization, as firmware applies it to sensor readings: round(g / scale) + zero
// point, clamped to int8.
std::int8_t quantize_input(float g) {
    const long q = std::lround(g / tap::input_scale) + tap::input_zero_point;
    return static_cast<std::int8_t>(q < -128 ? -128 : (q > 127 ? 127 : q));
}

float real_feature(std::int8_t q) {
    return tap::feature_scale * static_cast<float>(q - tap::feature_zero_point);
}

void print_memory_plan() {
    using Model = tap::Model;
    std::printf("arena: %zu bytes (the most bytes live at one op, without in-place work: %zu)\n",
                Model::arena_bytes, Model::arena_lower_bound_bytes);
    std::printf("  trace          1x16x1x3  48 bytes at offset %zu\n",
                Model::offset_of<tap::Trace>());
    std::printf("  features       1x14x1x3  42 bytes at offset %zu\n",
                Model::offset_of<tap::Features>());
    std::printf("  pooled         1x1x1x3    3 bytes at offset %zu\n",
                Model::offset_of<tap::Pooled>());
    std::printf("  flat           1x3        a view of pooled, offset %zu\n",
                Model::offset_of<tap::Flat>());
    std::printf("  scores         1x2        2 bytes at offset %zu\n",
                Model::offset_of<tap::Scores>());
    std::printf("  probabilities  1x2        in place over scores, offset %zu\n\n",
                Model::offset_of<tap::Probabilities>());
}

// Runs the model on one trace and prints what it saw and what it decided. Returns true for "tap".
bool classify(const char* name, const Trace& trace) {
    static tap::Model::Arena arena;  // static: firmware keeps it out of the stack

    const auto input = tap::Model::input(arena);
    for (int t = 0; t < samples; ++t) {
        for (int axis = 0; axis < axes; ++axis) {
            input(0, t, 0, axis) = quantize_input(trace.g[t][axis]);
        }
    }
    std::printf("%s trace, int8 (1/32 g):\n", name);
    for (int axis = 0; axis < axes; ++axis) {
        std::printf("  %c:", "xyz"[axis]);
        for (int t = 0; t < samples; ++t) {
            std::printf(" %4d", input(0, t, 0, axis));
        }
        std::printf("\n");
    }

    tap::Model::invoke(arena);

    // The pooled features are still in the arena: nothing after the fully connected layer reuses
    // their bytes. The scores are not: softmax wrote the probabilities over them.
    const std::int8_t* pooled = tap::Model::data<tap::Pooled>(arena);
    std::printf("  features: z spike %.3f, x rising %.3f, x falling %.3f\n",
                static_cast<double>(real_feature(pooled[0])),
                static_cast<double>(real_feature(pooled[1])),
                static_cast<double>(real_feature(pooled[2])));

    const auto probabilities = tap::Model::output(arena);
    const auto probability = [&](int index) {
        return static_cast<double>(probabilities(0, index) + 128) / 256.0;
    };
    const bool is_tap = probabilities(0, 0) > probabilities(0, 1);
    std::printf("  p(tap) = %.3f (int8 %d), p(no tap) = %.3f (int8 %d)\n", probability(0),
                probabilities(0, 0), probability(1), probabilities(0, 1));
    std::printf("%s trace -> %s\n\n", name, is_tap ? "tap" : "no tap");
    return is_tap;
}

}  // namespace

int main() {
    print_memory_plan();
    const bool tap_found = classify("tap", tap_trace());
    const bool shake_found = classify("shake", shake_trace());
    const bool still_found = classify("still", still_trace());
    return (tap_found && !shake_found && !still_found) ? 0 : 1;
}
