// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Whole-buffer comparison for the kernel tests: a test checks REQUIRE(first_difference(actual,
// expected) == ""), so a failure prints where the buffers first differ instead of only that they
// do.
#pragma once

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

namespace fennec::test {

// "" when the buffers are equal; else their sizes when those differ, or the first index at which
// they differ with both values. With `channels` > 0 the buffer is read as channels-last (NHWC)
// and the index's channel is named too.
template <class T>
std::string first_difference(const std::vector<T>& actual,
                             const std::vector<T>& expected,
                             int channels = 0) {
    std::ostringstream message;
    if (actual.size() != expected.size()) {
        message << "sizes differ: " << actual.size() << " vs " << expected.size();
        return message.str();
    }
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (!(actual[i] == expected[i])) {
            message << "first difference at index " << i << " of " << actual.size();
            if (channels > 0) {
                message << " (channel " << i % static_cast<std::size_t>(channels) << ")";
            }
            message << ": kernel " << +actual[i] << ", expected " << +expected[i];
            return message.str();
        }
    }
    return {};
}

}  // namespace fennec::test
