// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Random operands for the core's sweeps. A uniform int32 almost never hits the cases where
// fixed-point code goes wrong (INT32_MIN, small values, exact ties, values next to a saturation
// threshold), so each draw first picks a kind of value and then a value of that kind.
#pragma once

#include <cstdint>
#include <iterator>
#include <limits>
#include <random>

namespace fennec::test {

// How many random cases each exact primitive gets (the issue asks for at least a million).
inline constexpr int random_cases_per_primitive = 1'000'000;

using CaseRng = std::mt19937_64;

[[nodiscard]] inline std::int64_t uniform_int(CaseRng& rng, std::int64_t lo, std::int64_t hi) {
    return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
}

// A value of |magnitude| < 2^bits with a random sign, bits in [0, 31].
[[nodiscard]] inline std::int32_t int32_below_power_of_two(CaseRng& rng, int bits) {
    const std::int64_t limit = (std::int64_t{1} << bits) - 1;
    return static_cast<std::int32_t>(uniform_int(rng, -limit, limit));
}

// An int32 from a mix: the extremes and their neighbours, powers of two and their neighbours,
// log-uniform magnitudes, and (half the time) a uniform draw over the whole range.
[[nodiscard]] inline std::int32_t interesting_int32(CaseRng& rng) {
    constexpr std::int32_t min = std::numeric_limits<std::int32_t>::min();
    constexpr std::int32_t max = std::numeric_limits<std::int32_t>::max();
    constexpr std::int32_t extremes[] = {min, min + 1, min + 2, -2, -1, 0, 1, 2, max - 1, max};
    switch (uniform_int(rng, 0, 7)) {
        case 0:
            return extremes[uniform_int(rng, 0,
                                        static_cast<std::int64_t>(std::size(extremes)) - 1)];
        case 1: {
            const std::int64_t power = std::int64_t{1} << uniform_int(rng, 0, 31);
            const std::int64_t value =
                (uniform_int(rng, 0, 1) != 0 ? power : -power) + uniform_int(rng, -2, 2);
            return static_cast<std::int32_t>(value < min ? min : (value > max ? max : value));
        }
        case 2:
        case 3:
            return int32_below_power_of_two(rng, static_cast<int>(uniform_int(rng, 0, 31)));
        default:
            return static_cast<std::int32_t>(uniform_int(rng, min, max));
    }
}

// A quantized multiplier: mostly what quantize_multiplier produces for a positive scale
// ([2^30, 2^31) or 0), sometimes any int32 (the primitives are defined for every value).
[[nodiscard]] inline std::int32_t interesting_multiplier(CaseRng& rng) {
    switch (uniform_int(rng, 0, 7)) {
        case 0:
            return interesting_int32(rng);
        case 1:
            return uniform_int(rng, 0, 1) != 0 ? std::int32_t{1} << 30
                                               : std::numeric_limits<std::int32_t>::max();
        default:
            return static_cast<std::int32_t>(
                uniform_int(rng, std::int64_t{1} << 30, (std::int64_t{1} << 31) - 1));
    }
}

}  // namespace fennec::test
