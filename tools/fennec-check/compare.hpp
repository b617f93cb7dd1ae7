// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Byte-for-byte comparison of two tensors, reported by element: "element 17: expected 5, got 6",
// with the values printed as the tensor's element type (int8, float32, ...).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "model.hpp"

namespace fennec::check {

// The file's bytes, or nullopt when it cannot be read.
[[nodiscard]] std::optional<std::vector<std::uint8_t>> read_bytes(const std::filesystem::path& path);

// Where two tensors of element type `dtype` first differ: "element 17: expected 5, got 6", or
// "expected 48 bytes, got 12" when their sizes differ; nullopt when they are equal.
[[nodiscard]] std::optional<std::string> first_difference(const std::vector<std::uint8_t>& expected,
                                                          const std::vector<std::uint8_t>& actual,
                                                          gen::DType dtype);

}  // namespace fennec::check
