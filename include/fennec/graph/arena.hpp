// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The one block of RAM a model works in: every activation tensor and every kernel's scratch
// buffer sits at an offset the memory planner chose at compile time. Its size is a constant, so
// firmware declares it statically and can check it against the part's RAM:
//
//   static kws::Model::Arena arena;
//   static_assert(kws::Model::arena_bytes <= 64 * 1024, "KWS must fit next to the audio buffers");
#pragma once

#include <cstddef>

namespace fennec {

// Offsets are multiples of this, so any tensor may be read with 16-byte vector loads (Helium).
inline constexpr std::size_t arena_alignment = 16;

template <std::size_t Bytes>
struct Arena {
    static constexpr std::size_t size = Bytes;
    // A zero-sized array is not C++; an empty graph still gets one byte.
    alignas(arena_alignment) std::byte bytes[Bytes > 0 ? Bytes : 1];
};

}  // namespace fennec
