// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Small helpers the data-movement kernel tests (pad, concatenation, resize_nearest_neighbor,
// strided_slice, transpose, tensor_view) share: random int8 data and a whole-buffer comparison that
// names the first differing element.
#pragma once

#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

#include "support/compare.hpp"
#include "support/sweep.hpp"

namespace fennec::test {

inline std::vector<std::int8_t> random_int8(std::mt19937& rng, std::size_t count) {
    std::vector<std::int8_t> values(count);
    for (auto& value : values) {
        value = uniform<std::int8_t>(rng, -128, 127);
    }
    return values;
}

inline std::size_t element_count(const std::vector<int>& shape) {
    std::size_t count = 1;
    for (int dim : shape) {
        count *= static_cast<std::size_t>(dim);
    }
    return count;
}

// Fails unless the buffers are identical, reporting the first index where they differ.
inline void require_same_bytes(const std::vector<std::int8_t>& expected,
                               const std::vector<std::int8_t>& actual) {
    REQUIRE(actual.size() == expected.size());
    REQUIRE(first_difference(actual, expected) == "");
}

}  // namespace fennec::test
