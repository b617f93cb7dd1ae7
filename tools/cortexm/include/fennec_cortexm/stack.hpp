// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The stack high-water mark. The startup code paints the stack area below the initial stack
// pointer with a known word before main() runs; stack_used_bytes() finds the deepest word that
// was overwritten since. The result counts everything on the stack: startup, main and whatever it
// called, interrupts included.
#pragma once

#include <cstddef>
#include <cstdint>

extern "C" {
extern std::uint32_t __stack_limit[];  // lowest address of the stack area (linker script)
extern std::uint32_t __stack_top[];    // initial stack pointer
}

namespace fennec::cortexm {

inline constexpr std::uint32_t stack_paint = 0x5AC3A55Cu;

// Bytes of stack used so far at most (a multiple of 4).
inline std::size_t stack_used_bytes() {
    const volatile std::uint32_t* word = __stack_limit;
    while (word < __stack_top && *word == stack_paint) {
        ++word;
    }
    return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(__stack_top) -
                                    reinterpret_cast<std::uintptr_t>(word));
}

// The size of the stack area the linker script reserved.
inline std::size_t stack_size_bytes() {
    return static_cast<std::size_t>(reinterpret_cast<std::uintptr_t>(__stack_top) -
                                    reinterpret_cast<std::uintptr_t>(__stack_limit));
}

}  // namespace fennec::cortexm
