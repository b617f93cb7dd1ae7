// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Console output without printf: strings and decimal integers through semihosting. Enough for
// test programs to say what they checked; keeps newlib's stdio (and its heap) out of the image.
#pragma once

#include <cstdint>

#include "fennec_cortexm/semihost.hpp"

namespace fennec::cortexm {

inline void print(const char* text) { semihost::write0(text); }

inline void print(std::uint64_t value) {
    char digits[21];
    char* first = digits + sizeof digits;
    *--first = '\0';
    do {
        *--first = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    semihost::write0(first);
}

inline void print(std::int64_t value) {
    if (value < 0) {
        semihost::write_char('-');
        // -(value + 1) + 1 avoids negating INT64_MIN.
        print(static_cast<std::uint64_t>(-(value + 1)) + 1);
    } else {
        print(static_cast<std::uint64_t>(value));
    }
}

inline void print(std::int32_t value) { print(std::int64_t{value}); }
inline void print(std::uint32_t value) { print(std::uint64_t{value}); }

// print(a, b, c) prints each in turn.
template <class First, class Second, class... Rest>
void print(const First& first, const Second& second, const Rest&... rest) {
    print(first);
    print(second, rest...);
}

}  // namespace fennec::cortexm
