// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The random draws the kernel sweeps share: scales, zero points, fused activations and int8 data
// pinned at the ends of the range. Every draw comes from the generator a sweep seeds per
// configuration, so a configuration replays from its seed.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

#include "fennec/core/activation.hpp"
#include "support/sweep.hpp"

namespace fennec::test {

inline bool one_in(std::mt19937& rng, int n) {
    return uniform(rng, 1, n) == 1;
}

// A value between lo and hi, uniform on a logarithmic scale (scales span orders of magnitude).
inline float log_uniform(std::mt19937& rng, double lo, double hi) {
    const double exponent = std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng);
    return static_cast<float>(std::exp(exponent));
}

// An int8 zero point anywhere in -128..127.
inline std::int32_t random_zero_point(std::mt19937& rng) {
    return uniform<std::int32_t>(rng, -128, 127);
}

// An int8 zero point anywhere in -128..127, and in one draw in eight exactly -128 or 127.
inline std::int32_t random_zero_point_with_extremes(std::mt19937& rng) {
    if (one_in(rng, 8)) {
        return one_in(rng, 2) ? -128 : 127;
    }
    return uniform(rng, -128, 127);
}

// none, relu, relu6 or relu_n1_to_1, equally often.
inline Activation random_activation(std::mt19937& rng) {
    return static_cast<Activation>(uniform(rng, 0, 3));
}

inline const char* activation_name(Activation activation) {
    switch (activation) {
        case Activation::relu:
            return "relu";
        case Activation::relu6:
            return "relu6";
        case Activation::relu_n1_to_1:
            return "relu_n1_to_1";
        case Activation::none:
            break;
    }
    return "none";
}

// count int8 values: in one draw in eight all -128, in one all 127, in one alternating -128 and
// 127 (the saturating paths), otherwise uniform.
inline std::vector<std::int8_t> random_int8_with_extreme_modes(std::mt19937& rng, int count) {
    const int mode = uniform(rng, 0, 7);
    std::vector<std::int8_t> values(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = mode == 0   ? std::int8_t{-128}
                    : mode == 1 ? std::int8_t{127}
                    : mode == 2 ? static_cast<std::int8_t>(i % 2 == 0 ? -128 : 127)
                                : uniform<std::int8_t>(rng, -128, 127);
    }
    return values;
}

}  // namespace fennec::test
