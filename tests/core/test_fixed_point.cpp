// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "fennec/core/fixed_point.hpp"

TEST_CASE("rounding_divide_by_pot rounds half away from zero", "[core][fixed_point]") {
    CHECK(fennec::rounding_divide_by_pot(5, 1) == 3);
    CHECK(fennec::rounding_divide_by_pot(-5, 1) == -3);
    CHECK(fennec::rounding_divide_by_pot(4, 1) == 2);
}
