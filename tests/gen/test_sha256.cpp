// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec-gen's SHA-256 against the FIPS 180-4 example vectors and messages whose lengths sit at
// the padding boundaries (55/56 bytes: one or two final blocks; 63/64/65: around a full block).
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <vector>

#include "sha256.hpp"

namespace {

std::string digest(const std::string& message) {
    return fennec::gen::sha256_hex(reinterpret_cast<const std::uint8_t*>(message.data()),
                                   message.size());
}

}  // namespace

TEST_CASE("sha256 matches the FIPS 180-4 examples", "[gen][sha256]") {
    SECTION("empty message") {
        CHECK(digest("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
    SECTION("one block: abc") {
        CHECK(digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
    SECTION("two blocks: 448 bits") {
        CHECK(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
              "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }
    SECTION("two blocks: 896 bits") {
        CHECK(digest("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmn"
                     "opqklmnopqrlmnopqrsmnopqrstnopqrstu") ==
              "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    }
    SECTION("one million times a") {
        CHECK(digest(std::string(1000000, 'a')) ==
              "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }
}

TEST_CASE("sha256 pads messages at every block boundary", "[gen][sha256]") {
    const auto [length, expected] = GENERATE(table<std::size_t, std::string>({
        {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
        {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
        {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
    }));
    CAPTURE(length);
    CHECK(digest(std::string(length, 'a')) == expected);
}

TEST_CASE("sha256 hashes every byte value", "[gen][sha256]") {
    std::vector<std::uint8_t> bytes;
    for (int repeat = 0; repeat < 4; ++repeat) {
        for (int value = 0; value < 256; ++value) {
            bytes.push_back(static_cast<std::uint8_t>(value));
        }
    }
    CHECK(fennec::gen::sha256_hex(bytes.data(), bytes.size()) ==
          "785b0751fc2c53dc14a4ce3d800e69ef9ce1009eb327ccf458afe09c242c26c9");
}
