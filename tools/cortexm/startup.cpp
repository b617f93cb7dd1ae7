// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Bare-metal start-up for fennec's Cortex-M programs under QEMU (ARMv6-M, v7-M, v8-M, v8.1-M):
// the vector table, then Reset_Handler, which
//   1. enables the FPU and MVE (CPACR), before any FP or MVE instruction can run;
//   2. copies .data from its load address and zeroes .bss;
//   3. paints the free stack area for stack_used_bytes() (fennec_cortexm/stack.hpp);
//   4. runs the static constructors (.init_array);
//   5. calls main() and exits QEMU with its return value through semihosting.
// A fault prints a line and exits with status 131 instead of locking the core up, so a crash is a
// test failure rather than a hang. No interrupt is ever enabled.
#include <cstdint>

#include "fennec_cortexm/semihost.hpp"
#include "fennec_cortexm/stack.hpp"

extern "C" {
// Symbols of tools/cortexm/ld/sections.ld.
extern std::uint32_t __data_load[], __data_start[], __data_end[];
extern std::uint32_t __bss_start[], __bss_end[];
extern void (*__init_array_start[])();
extern void (*__init_array_end[])();

// main() itself, under another name: ISO C++ forbids calling main, but the start-up code must.
int program_main() __asm__("main");

[[noreturn]] void Reset_Handler();
[[noreturn]] void Fault_Handler();
[[noreturn]] void Default_Handler();
}

namespace {

// Exit statuses of a program that did not return from main(): 128 + the kind of trouble.
constexpr int exit_fault = 131;
constexpr int exit_unexpected_exception = 132;

// The stack pointer now: everything below it is free.
std::uintptr_t current_stack_pointer() {
    std::uintptr_t stack_pointer = 0;
    __asm__ volatile("mov %0, sp" : "=r"(stack_pointer));
    return stack_pointer;
}

}  // namespace

void Reset_Handler() {
#if defined(__ARM_FP) || defined(__ARM_FEATURE_MVE)
    // CPACR (0xE000ED88) bits 20-23: full access to CP10 and CP11, i.e. the FPU and, on v8.1-M,
    // MVE. The barriers make the change visible before the next instruction.
    volatile std::uint32_t& cpacr = *reinterpret_cast<volatile std::uint32_t*>(0xE000ED88u);
    cpacr = cpacr | (0xFu << 20);
    __asm__ volatile("dsb\n\tisb" ::: "memory");
#endif
    // Volatile pointers keep GCC from turning these loops into memcpy/memset calls or vectorising
    // them (both would be wrong before .data exists or, for MVE, ahead of the CPACR write).
    for (volatile std::uint32_t *source = __data_load, *target = __data_start;
         target < __data_end;) {
        *target++ = *source++;
    }
    for (volatile std::uint32_t* target = __bss_start; target < __bss_end;) {
        *target++ = 0;
    }
    const std::uintptr_t stack_pointer = current_stack_pointer();
    for (volatile std::uint32_t* word = __stack_limit;
         reinterpret_cast<std::uintptr_t>(word) < stack_pointer;) {
        *word++ = fennec::cortexm::stack_paint;
    }
    for (auto constructor = __init_array_start; constructor < __init_array_end; ++constructor) {
        (*constructor)();
    }
    fennec::cortexm::semihost::exit(program_main());
}

void Fault_Handler() {
    fennec::cortexm::semihost::write0(
        "*** fault (HardFault, MemManage, BusFault, UsageFault or SecureFault)\n");
    fennec::cortexm::semihost::exit(exit_fault);
}

void Default_Handler() {
    fennec::cortexm::semihost::write0("*** unexpected exception\n");
    fennec::cortexm::semihost::exit(exit_unexpected_exception);
}

namespace {

using Vector = void (*)();

// The 16 system vectors; no external interrupt is used. Entry 0 is the initial stack pointer.
__attribute__((section(".isr_vector"), used)) const Vector vector_table[16] = {
    reinterpret_cast<Vector>(__stack_top),
    Reset_Handler,
    Default_Handler,  // NMI
    Fault_Handler,    // HardFault
    Fault_Handler,    // MemManage
    Fault_Handler,    // BusFault
    Fault_Handler,    // UsageFault
    Fault_Handler,    // SecureFault (v8-M Mainline), reserved elsewhere
    nullptr,
    nullptr,
    nullptr,
    Default_Handler,  // SVCall
    Default_Handler,  // DebugMonitor
    nullptr,
    Default_Handler,  // PendSV
    Default_Handler,  // SysTick
};

}  // namespace
