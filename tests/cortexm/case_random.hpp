// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The random source of the Cortex-M kernel cases: a small generator whose every draw is integer
// arithmetic, so the host (which writes the expected outputs) and each Cortex-M core (which
// recomputes them) draw exactly the same shapes, constants and data. No <random>: its
// distributions are not specified bit for bit. Float values (scales, quantize inputs) are built
// from integers with exact operations only (a small integer divided by a power of two).
#pragma once

#include <cstdint>

namespace fennec::cortexm_test {

class CaseRandom {
public:
    explicit CaseRandom(std::uint32_t seed) : state_{seed} {}

    // 32 random bits (splitmix32: one multiply-xorshift chain per draw, full period in 2^32).
    std::uint32_t next() {
        state_ += 0x9E3779B9u;
        std::uint32_t z = state_;
        z = (z ^ (z >> 16)) * 0x85EBCA6Bu;
        z = (z ^ (z >> 13)) * 0xC2B2AE35u;
        return z ^ (z >> 16);
    }

    // A value in [lo, hi] (hi - lo < 2^32; the modulo bias is irrelevant here).
    int uniform(int lo, int hi) {
        const auto span = static_cast<std::uint32_t>(static_cast<std::int64_t>(hi) - lo + 1);
        return static_cast<int>(lo + static_cast<std::int64_t>(next() % span));
    }

    bool one_in(int n) { return uniform(1, n) == 1; }

    // A positive float (1 + m / 1024) * 2^-exponent with exponent in [min_exponent, max_exponent]:
    // exact on every target, spread log-uniformly over the range.
    float scale(int min_exponent, int max_exponent) {
        const int exponent = uniform(min_exponent, max_exponent);
        const float mantissa = static_cast<float>(1024 + uniform(0, 1023));
        float power = 1.0f;
        for (int i = 0; i < exponent + 10; ++i) {
            power *= 2.0f;
        }
        return mantissa / power;
    }

    std::int8_t int8() { return static_cast<std::int8_t>(uniform(-128, 127)); }

    // A zero point in [-128, 127], often at an end (the common real zero points are -128 and 0).
    std::int32_t zero_point() {
        switch (uniform(0, 3)) {
            case 0:
                return -128;
            case 1:
                return 0;
            default:
                return uniform(-128, 127);
        }
    }

    // A quantized multiplier (mantissa in [2^30, 2^31)) and a right shift that keeps the
    // requantized values of a `depth`-term sum mostly inside int8, sometimes a left shift.
    std::int32_t multiplier() { return uniform(1 << 30, 0x7FFFFFFF); }
    int shift(int depth) {
        int log2_depth = 0;
        while ((1 << log2_depth) < depth) {
            ++log2_depth;
        }
        return one_in(10) ? uniform(0, 1) : -uniform(3, 8 + log2_depth / 2);
    }

    // An activation clamp range of an int8 output: none, ReLU-like, or a random band.
    void activation(std::int32_t zero_point, std::int32_t& min, std::int32_t& max) {
        switch (uniform(0, 3)) {
            case 0:
                min = -128;
                max = 127;
                break;
            case 1:
                min = zero_point;
                max = 127;
                break;
            default:
                min = uniform(-128, 0);
                max = uniform(min, 127);
                break;
        }
    }

    // Fills `count` int8 values; one case in eight pins them at -128 and 127 only.
    void fill(std::int8_t* values, int count, bool pinned) {
        for (int i = 0; i < count; ++i) {
            values[i] = pinned ? static_cast<std::int8_t>(one_in(2) ? -128 : 127) : int8();
        }
    }

private:
    std::uint32_t state_;
};

}  // namespace fennec::cortexm_test
