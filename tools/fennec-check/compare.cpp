// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "compare.hpp"

#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>

namespace fennec::check {

namespace {

// Little-endian two's complement of `size` bytes, sign-extended.
std::int64_t signed_value(const std::uint8_t* bytes, int size) {
    std::uint64_t value = 0;
    for (int k = size - 1; k >= 0; --k) {
        value = (value << 8) | bytes[k];
    }
    const int unused_bits = 64 - 8 * size;
    if (unused_bits > 0 && (value >> (8 * size - 1)) != 0) {
        value |= ~std::uint64_t{0} << (8 * size);
    }
    std::int64_t result = 0;
    std::memcpy(&result, &value, sizeof result);
    return result;
}

std::string element_text(const std::uint8_t* bytes, gen::DType dtype) {
    switch (dtype) {
        case gen::DType::float32: {
            float value = 0;
            std::memcpy(&value, bytes, sizeof value);
            std::ostringstream text;
            text.precision(9);
            text << value;
            return text.str();
        }
        case gen::DType::uint8:
        case gen::DType::boolean:
            return std::to_string(bytes[0]);
        case gen::DType::int8:
        case gen::DType::int16:
        case gen::DType::int32:
        case gen::DType::int64:
            return std::to_string(signed_value(bytes, gen::dtype_size(dtype)));
        default:
            return std::to_string(bytes[0]);
    }
}

}  // namespace

std::optional<std::vector<std::uint8_t>> read_bytes(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        return std::nullopt;
    }
    return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(file),
                                     std::istreambuf_iterator<char>());
}

std::optional<std::string> first_difference(const std::vector<std::uint8_t>& expected,
                                            const std::vector<std::uint8_t>& actual,
                                            gen::DType dtype) {
    if (expected.size() != actual.size()) {
        return "expected " + std::to_string(expected.size()) + " bytes, got " +
               std::to_string(actual.size());
    }
    // Element types without a fixed size are compared byte by byte.
    const int size = gen::dtype_size(dtype) > 0 ? gen::dtype_size(dtype) : 1;
    const gen::DType shown = gen::dtype_size(dtype) > 0 ? dtype : gen::DType::uint8;
    const auto element_bytes = static_cast<std::size_t>(size);
    for (std::size_t k = 0; k < expected.size(); ++k) {
        if (expected[k] != actual[k]) {
            const std::size_t element = k / element_bytes;
            const std::size_t start = element * element_bytes;
            if (start + element_bytes > expected.size()) {  // a ragged tail: show the byte
                return "byte " + std::to_string(k) + ": expected " + std::to_string(expected[k]) +
                       ", got " + std::to_string(actual[k]);
            }
            return "element " + std::to_string(element) + ": expected " +
                   element_text(expected.data() + start, shown) + ", got " +
                   element_text(actual.data() + start, shown);
        }
    }
    return std::nullopt;
}

}  // namespace fennec::check
