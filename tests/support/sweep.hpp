// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// How many random configurations a sweep runs. CTest sets FENNEC_SWEEP=ci for the everyday run
// and FENNEC_SWEEP=full for the `full` label; a test binary started by hand runs the CI count.
// FENNEC_SEED=<n> replays exactly one configuration: the seed a failing case printed.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <vector>

namespace fennec::test {

inline bool full_sweep() {
    const char* mode = std::getenv("FENNEC_SWEEP");
    return mode != nullptr && std::strcmp(mode, "full") == 0;
}

// The configuration count for this run: `full` under the full label, `ci` otherwise.
inline int sweep_count(int full = 2000, int ci = 200) { return full_sweep() ? full : ci; }

// The seeds of this run's configurations, derived from one base seed (Catch2's --rng-seed, which
// CTest fixes) so every run is repeatable; or the single seed given in FENNEC_SEED.
inline std::vector<std::uint32_t> sweep_seeds(std::uint32_t base_seed, int full = 2000, int ci = 200) {
    if (const char* only = std::getenv("FENNEC_SEED")) {
        return {static_cast<std::uint32_t>(std::strtoul(only, nullptr, 10))};
    }
    std::mt19937 seeder(base_seed);
    std::vector<std::uint32_t> seeds(static_cast<std::size_t>(sweep_count(full, ci)));
    for (auto& seed : seeds) {
        seed = static_cast<std::uint32_t>(seeder());
    }
    return seeds;
}

// A uniformly distributed integer in [lo, hi], from a generator seeded per configuration.
template <class Int>
Int uniform(std::mt19937& rng, Int lo, Int hi) {
    return static_cast<Int>(std::uniform_int_distribution<long long>(lo, hi)(rng));
}

}  // namespace fennec::test
