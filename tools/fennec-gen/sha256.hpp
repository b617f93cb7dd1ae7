// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// SHA-256 (FIPS 180-4) of a byte string, for the model fingerprint in generated headers and
// summaries. Written here rather than taken from OpenSSL to keep fennec-gen's dependencies to
// FlatBuffers and nlohmann-json; tests/gen checks it against the FIPS example vectors.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace fennec::gen {

// The digest as 64 lower-case hex digits.
[[nodiscard]] std::string sha256_hex(const std::uint8_t* data, std::size_t size);

}  // namespace fennec::gen
