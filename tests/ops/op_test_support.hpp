// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What the op descriptor tests share: constants for small hand-written graphs (made at compile
// time, as a generated header's are), writing a graph input, and a byte-for-byte comparison of a
// tensor in the arena with the same kernel's output computed on separate buffers.
#pragma once

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "fennec/core/quantize_multiplier.hpp"

namespace fennec::test {

// A fixed, spread-out sequence of int8 values (every value of -128..127 can occur): the weights and
// inputs of the test graphs. A 32-bit linear congruential generator, so it runs in constexpr.
template <std::size_t N>
[[nodiscard]] constexpr std::array<std::int8_t, N> int8_pattern(std::uint32_t seed) {
    std::array<std::int8_t, N> values{};
    std::uint32_t state = seed;
    for (auto& value : values) {
        state = state * 1664525u + 1013904223u;
        value = static_cast<std::int8_t>(static_cast<int>(state >> 24) - 128);
    }
    return values;
}

// The same for int32 values in [-magnitude, magnitude] (biases).
template <std::size_t N>
[[nodiscard]] constexpr std::array<std::int32_t, N> int32_pattern(std::uint32_t seed,
                                                                  std::int32_t magnitude) {
    std::array<std::int32_t, N> values{};
    std::uint32_t state = seed;
    const auto range = static_cast<std::uint32_t>(2 * magnitude + 1);
    for (auto& value : values) {
        state = state * 1664525u + 1013904223u;
        value = static_cast<std::int32_t>((state >> 8) % range) - magnitude;
    }
    return values;
}

// The multiplier and shift halves of per-channel quantized multipliers, as the kernels take them.
template <std::size_t N>
[[nodiscard]] constexpr std::array<std::int32_t, N> multipliers_of(
    const std::array<QuantizedMultiplier, N>& channels) {
    std::array<std::int32_t, N> multipliers{};
    for (std::size_t c = 0; c < N; ++c) {
        multipliers[c] = channels[c].multiplier;
    }
    return multipliers;
}

template <std::size_t N>
[[nodiscard]] constexpr std::array<std::int32_t, N> shifts_of(
    const std::array<QuantizedMultiplier, N>& channels) {
    std::array<std::int32_t, N> shifts{};
    for (std::size_t c = 0; c < N; ++c) {
        shifts[c] = channels[c].shift;
    }
    return shifts;
}

// Writes graph input I of Model.
template <class Model, std::size_t I = 0, class T, std::size_t N>
void write_input(typename Model::Arena& arena, const std::array<T, N>& values) {
    const auto input = Model::template input<I>(arena);
    static_assert(decltype(input)::size() == N, "the values must fill the input tensor");
    std::copy(values.begin(), values.end(), input.begin());
}

// Fails unless `count` values at `actual` have the bytes of `expected`, naming the first element
// that differs. Bytes, not values: float outputs must match bit for bit too.
template <class T, std::size_t N>
void require_same_bytes(const T* actual, const std::array<T, N>& expected) {
    std::size_t first_difference = N;
    for (std::size_t i = 0; i < N; ++i) {
        if (std::memcmp(&actual[i], &expected[i], sizeof(T)) != 0) {
            first_difference = i;
            break;
        }
    }
    CAPTURE(first_difference);
    if (first_difference < N) {
        CAPTURE(+actual[first_difference], +expected[first_difference]);
        FAIL("the graph's tensor differs from the kernel's output on separate buffers");
    }
    SUCCEED();
}

// The tensor T of Model, as invoke() left it in the arena.
template <class Model, class T>
[[nodiscard]] const typename T::element_type* tensor_data(const typename Model::Arena& arena) {
    return Model::template data<T>(arena);
}

}  // namespace fennec::test
