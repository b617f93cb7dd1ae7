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
#include <utility>

#include "fennec/core/quantize_multiplier.hpp"

namespace fennec::test {

// A pseudo-random 32-bit sequence that runs in constexpr: a linear congruential step, its output
// mixed (the finalizer of a common integer hash) so that nearby seeds give unrelated sequences.
class PatternGenerator {
public:
    constexpr explicit PatternGenerator(std::uint32_t seed) : state_(seed * 0x9E3779B9u) {}
    [[nodiscard]] constexpr std::uint32_t next() {
        state_ = state_ * 1664525u + 1013904223u;
        std::uint32_t mixed = state_ ^ (state_ >> 16);
        mixed *= 0x45D9F3Bu;
        return mixed ^ (mixed >> 16);
    }

private:
    std::uint32_t state_;
};

// A fixed, spread-out sequence of int8 values (every value of -128..127 can occur): the weights and
// inputs of the test graphs.
template <std::size_t N>
[[nodiscard]] constexpr std::array<std::int8_t, N> int8_pattern(std::uint32_t seed) {
    std::array<std::int8_t, N> values{};
    PatternGenerator generator(seed);
    for (auto& value : values) {
        value = static_cast<std::int8_t>(static_cast<int>(generator.next() >> 24) - 128);
    }
    return values;
}

// The same for int32 values in [-magnitude, magnitude] (biases).
template <std::size_t N>
[[nodiscard]] constexpr std::array<std::int32_t, N> int32_pattern(std::uint32_t seed,
                                                                  std::int32_t magnitude) {
    std::array<std::int32_t, N> values{};
    PatternGenerator generator(seed);
    const auto range = static_cast<std::uint32_t>(2 * magnitude + 1);
    for (auto& value : values) {
        value = static_cast<std::int32_t>(generator.next() % range) - magnitude;
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

template <class Model, std::size_t... I, class... Values>
void write_inputs(typename Model::Arena& arena,
                  std::index_sequence<I...> /*indices*/,
                  const Values&... values) {
    (write_input<Model, I>(arena, values), ...);
}

// Writes each graph input of Model from one array, in order, runs the model once and returns its
// arena.
template <class Model, class... Values>
[[nodiscard]] typename Model::Arena invoke_with(const Values&... inputs) {
    static_assert(sizeof...(Values) == Model::input_count, "one array per graph input");
    typename Model::Arena arena{};
    write_inputs<Model>(arena, std::index_sequence_for<Values...>{}, inputs...);
    Model::invoke(arena);
    return arena;
}

// Fails unless `count` values at `actual` have the bytes of `expected`, naming the first element
// that differs. Bytes, not values: float outputs must match bit for bit too.
// The expected values must not all be equal: a graph whose tensors all saturate would pass
// without showing that the op reached the right elements.
template <class T, std::size_t N>
void require_same_bytes(const T* actual, const std::array<T, N>& expected) {
    const bool expected_varies =
        N == 1 || std::any_of(expected.begin(), expected.end(),
                              [&](const T& value) { return value != expected[0]; });
    REQUIRE(expected_varies);
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
