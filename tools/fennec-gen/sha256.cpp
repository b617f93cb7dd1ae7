// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "sha256.hpp"

#include <array>

namespace fennec::gen {
namespace {

// FIPS 180-4 section 4.2.2: the first 32 bits of the fractional parts of the cube roots of the
// first 64 primes.
constexpr std::array<std::uint32_t, 64> round_constants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// Section 5.3.3: the first 32 bits of the fractional parts of the square roots of the first 8
// primes.
constexpr std::array<std::uint32_t, 8> initial_hash = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

constexpr std::uint32_t rotate_right(std::uint32_t x, int n) {
    return (x >> n) | (x << (32 - n));
}

// Section 6.2.2: one 64-byte block into the running hash.
void compress(std::array<std::uint32_t, 8>& hash, const std::uint8_t* block) {
    std::array<std::uint32_t, 64> schedule{};
    for (std::size_t t = 0; t < 16; ++t) {
        schedule[t] = static_cast<std::uint32_t>(block[4 * t]) << 24 |
                      static_cast<std::uint32_t>(block[4 * t + 1]) << 16 |
                      static_cast<std::uint32_t>(block[4 * t + 2]) << 8 |
                      static_cast<std::uint32_t>(block[4 * t + 3]);
    }
    for (std::size_t t = 16; t < 64; ++t) {
        const std::uint32_t sigma0 = rotate_right(schedule[t - 15], 7) ^
                                     rotate_right(schedule[t - 15], 18) ^ (schedule[t - 15] >> 3);
        const std::uint32_t sigma1 = rotate_right(schedule[t - 2], 17) ^
                                     rotate_right(schedule[t - 2], 19) ^ (schedule[t - 2] >> 10);
        schedule[t] = sigma1 + schedule[t - 7] + sigma0 + schedule[t - 16];
    }

    std::uint32_t a = hash[0], b = hash[1], c = hash[2], d = hash[3];
    std::uint32_t e = hash[4], f = hash[5], g = hash[6], h = hash[7];
    for (std::size_t t = 0; t < 64; ++t) {
        const std::uint32_t big_sigma1 =
            rotate_right(e, 6) ^ rotate_right(e, 11) ^ rotate_right(e, 25);
        const std::uint32_t choose = (e & f) ^ (~e & g);
        const std::uint32_t temp1 = h + big_sigma1 + choose + round_constants[t] + schedule[t];
        const std::uint32_t big_sigma0 =
            rotate_right(a, 2) ^ rotate_right(a, 13) ^ rotate_right(a, 22);
        const std::uint32_t majority = (a & b) ^ (a & c) ^ (b & c);
        const std::uint32_t temp2 = big_sigma0 + majority;
        h = g;
        g = f;
        f = e;
        e = d + temp1;
        d = c;
        c = b;
        b = a;
        a = temp1 + temp2;
    }
    hash[0] += a;
    hash[1] += b;
    hash[2] += c;
    hash[3] += d;
    hash[4] += e;
    hash[5] += f;
    hash[6] += g;
    hash[7] += h;
}

}  // namespace

std::string sha256_hex(const std::uint8_t* data, std::size_t size) {
    std::array<std::uint32_t, 8> hash = initial_hash;
    std::size_t offset = 0;
    for (; size - offset >= 64; offset += 64) {
        compress(hash, data + offset);
    }

    // Section 5.1.1 padding: a 1 bit, zeros, and the message length in bits as a big-endian
    // 64-bit number, filling one or two final blocks.
    std::array<std::uint8_t, 128> tail{};
    const std::size_t remaining = size - offset;
    for (std::size_t i = 0; i < remaining; ++i) {
        tail[i] = data[offset + i];
    }
    tail[remaining] = 0x80;
    const std::size_t tail_size = remaining < 56 ? 64 : 128;
    const std::uint64_t bit_length = static_cast<std::uint64_t>(size) * 8;
    for (std::size_t i = 0; i < 8; ++i) {
        tail[tail_size - 1 - i] = static_cast<std::uint8_t>(bit_length >> (8 * i));
    }
    for (std::size_t block = 0; block < tail_size; block += 64) {
        compress(hash, tail.data() + block);
    }

    static constexpr char hex_digits[] = "0123456789abcdef";
    std::string hex;
    hex.reserve(64);
    for (const std::uint32_t word : hash) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            hex += hex_digits[(word >> shift) & 0xf];
        }
    }
    return hex;
}

}  // namespace fennec::gen
