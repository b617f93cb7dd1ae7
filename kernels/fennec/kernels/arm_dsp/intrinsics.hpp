// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The only file of the arm_dsp kernels that touches the Arm DSP extension (ARMv7E-M and
// ARMv8-M Mainline with DSP: Cortex-M4, M7, M33, M55). Each helper is one instruction, named for
// what it does to the kernels' data; the ACLE intrinsic it maps to is in its comment. The kernels
// count instructions, not cycles (QEMU's instruction-count plugin), so what matters below is the
// number of instructions each step takes, checked in the disassembly of bench_accelerated.
//
// Without FENNEC_HAS_DSP this header declares nothing, so it compiles on every target.
#pragma once

#include <cstdint>

#include "fennec/kernels/features.hpp"

#if FENNEC_HAS_DSP

#include <arm_acle.h>

namespace fennec::kernels::arm_dsp::dsp {

// Four int8 values in one register (little-endian: byte i is element i), and two int16 lanes.
using Int8x4 = std::int32_t;
using Int16x2 = std::int32_t;

// Two 32-bit words in one 64-bit value: GCC keeps it in a register pair and loads and stores it
// with one LDRD/STRD (from an 8-byte-aligned address), where two int32 fields often take two
// LDRs.
using WordPair = std::uint64_t;

[[nodiscard]] constexpr WordPair join_words(std::int32_t low, std::int32_t high) {
    return static_cast<WordPair>(static_cast<std::uint32_t>(low)) |
           (static_cast<WordPair>(static_cast<std::uint32_t>(high)) << 32);
}
[[nodiscard]] constexpr std::int32_t low_word(WordPair pair) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(pair));
}
[[nodiscard]] constexpr std::int32_t high_word(WordPair pair) {
    return static_cast<std::int32_t>(static_cast<std::uint32_t>(pair >> 32));
}

// Loads four consecutive int8 values from any address. Cortex-M's LDR allows unaligned
// addresses (CCR.UNALIGN_TRP is 0 out of reset, and fennec never sets it); memcpy keeps the
// access defined in C++ and GCC compiles it to a single LDR.
[[nodiscard]] inline Int8x4 load_int8x4(const std::int8_t* source) {
    Int8x4 value;
    __builtin_memcpy(&value, source, sizeof value);
    return value;
}

// Stores four int8 values (byte i to destination[i]) with one STR, at any address.
inline void store_int8x4(std::int8_t* destination, Int8x4 value) {
    __builtin_memcpy(destination, &value, sizeof value);
}

// Loads two int16 lanes from a 4-byte-aligned address.
[[nodiscard]] inline Int16x2 load_int16x2(const std::int32_t* source) {
    return *source;
}

// Bytes 0 and 2 of `bytes`, sign-extended, plus the lanes of `offset`: SXTAB16. With offset
// (-zp, -zp) it turns two int8 inputs into (input - input_zero_point) in one instruction.
[[nodiscard]] inline Int16x2 even_bytes_plus(Int16x2 offset, Int8x4 bytes) {
    return __sxtab16(offset, bytes);
}

// Bytes 1 and 3, likewise: SXTAB16 with its rotate-by-8 operand. Written as assembly because GCC
// 12 does not fold a C rotate into SXTAB16 (it emits a separate MOV ROR #8: one instruction more
// per call, seen in the disassembly of the depthwise tap loop).
[[nodiscard]] inline Int16x2 odd_bytes_plus(Int16x2 offset, Int8x4 bytes) {
    Int16x2 result;
    __asm__("sxtab16 %0, %1, %2, ror #8" : "=r"(result) : "r"(offset), "r"(bytes));
    return result;
}

// Bytes 0 and 2, and bytes 1 and 3, sign-extended to int16 lanes: SXTB16 (ROR #8).
[[nodiscard]] inline Int16x2 even_bytes(Int8x4 bytes) {
    return __sxtb16(bytes);
}
[[nodiscard]] inline Int16x2 odd_bytes(Int8x4 bytes) {
    Int16x2 result;
    __asm__("sxtb16 %0, %1, ror #8" : "=r"(result) : "r"(bytes));
    return result;
}

// Both lanes doubled: SADD16 of a value with itself. Exact for lanes within [-16384, 16383].
[[nodiscard]] inline Int16x2 double_lanes(Int16x2 lanes) {
    return __sadd16(lanes, lanes);
}

// The low and the high int16 lane, sign-extended: SXTH, and ASR #16.
[[nodiscard]] inline std::int32_t low_lane(Int16x2 lanes) {
    return static_cast<std::int16_t>(static_cast<std::uint32_t>(lanes) & 0xFFFFu);
}
[[nodiscard]] inline std::int32_t high_lane(Int16x2 lanes) {
    return lanes >> 16;
}

// Two int16 lanes from two int32 values (low halves): PKHBT.
[[nodiscard]] inline Int16x2 pack_lanes(std::int32_t low, std::int32_t high) {
    return static_cast<Int16x2>((static_cast<std::uint32_t>(low) & 0xFFFFu) |
                                (static_cast<std::uint32_t>(high) << 16));
}

// accumulator + low(a) * low(b), + high(a) * high(b): SMLABB, SMLATT.
[[nodiscard]] inline std::int32_t mac_low(Int16x2 a, Int16x2 b, std::int32_t accumulator) {
    return __smlabb(a, b, accumulator);
}
[[nodiscard]] inline std::int32_t mac_high(Int16x2 a, Int16x2 b, std::int32_t accumulator) {
    return __smlatt(a, b, accumulator);
}

// accumulator + low(a) * low(b) + high(a) * high(b): SMLAD, two multiply-accumulates in one
// instruction. The int32 sum wraps (SMLAD sets the Q flag on overflow, which nothing reads);
// no kernel sums enough terms to reach it.
[[nodiscard]] inline std::int32_t dual_mac(Int16x2 a, Int16x2 b, std::int32_t accumulator) {
    return __smlad(a, b, accumulator);
}

// accumulator + round(a * b / 2^32), rounding half up: SMMLAR. ACLE has no intrinsic for it, and
// GCC 12 does not form it from the 64-bit C expression (it emits SMULL and an add chain), so it
// is written as one instruction of inline assembly.
[[nodiscard]] inline std::int32_t rounding_high_mul_add(std::int32_t a,
                                                        std::int32_t b,
                                                        std::int32_t accumulator) {
    std::int32_t result;
    __asm__("smmlar %0, %1, %2, %3" : "=r"(result) : "r"(a), "r"(b), "r"(accumulator));
    return result;
}

// value clamped to [-128, 127]: SSAT #8. GCC 12's ACLE __ssat macro assigns the builtin's
// unsigned result to int32_t, which -Wsign-conversion rejects; the builtin is called directly.
[[nodiscard]] inline std::int32_t saturate_int8(std::int32_t value) {
    return static_cast<std::int32_t>(__builtin_arm_ssat(value, 8));
}

// Per byte: max(a, b) and min(a, b) on signed int8 lanes: SSUB8 sets the GE flags per byte, SEL
// picks by them (two instructions for four values).
[[nodiscard]] inline Int8x4 max_int8x4(Int8x4 a, Int8x4 b) {
    (void)__ssub8(a, b);
    return static_cast<Int8x4>(__sel(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)));
}
[[nodiscard]] inline Int8x4 min_int8x4(Int8x4 a, Int8x4 b) {
    (void)__ssub8(b, a);
    return static_cast<Int8x4>(__sel(static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(b)));
}

// Four int8 values (each the low byte of an int32) in one register: three BFI. GCC 12 builds
// the C form of this with UXTB, UXTH, LSL and ORR (seven instructions).
[[nodiscard]] inline Int8x4 pack_int8x4(std::int32_t b0,
                                        std::int32_t b1,
                                        std::int32_t b2,
                                        std::int32_t b3) {
    Int8x4 packed = b0;
    __asm__("bfi %0, %1, #8, #8\n\tbfi %0, %2, #16, #8\n\tbfi %0, %3, #24, #8"
            : "+&r"(packed)
            : "r"(b1), "r"(b2), "r"(b3));
    return packed;
}

// The same int8 value in all four bytes.
[[nodiscard]] inline Int8x4 splat_int8x4(std::int32_t value) {
    return static_cast<Int8x4>((static_cast<std::uint32_t>(value) & 0xFFu) * 0x01010101u);
}

// No instruction: an empty assembly statement that may touch memory, so GCC cannot move loads
// or stores across it. The kernels use it to keep a load next to its use (see conv2d_word).
inline void compiler_barrier() {
    __asm__ volatile("" ::: "memory");
}

}  // namespace fennec::kernels::arm_dsp::dsp

#endif  // FENNEC_HAS_DSP
