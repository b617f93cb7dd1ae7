// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Hand-made bad model files: each is tiny_classifier() (or a small single-op model) with exactly
// one thing broken, and the message fennec-gen must give for it. The same list drives the
// in-process tests (test_reader.cpp) and the tests that run the fennec-gen program
// (test_malformed_files.cpp).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fennec::gen::test {

struct MalformedCase {
    std::string name;                 // what is broken, for the test report
    std::vector<std::uint8_t> bytes;  // the file
    std::string expected;             // the refusal message (after "<file>: "), exactly
};

[[nodiscard]] std::vector<MalformedCase> malformed_cases();

}  // namespace fennec::gen::test
