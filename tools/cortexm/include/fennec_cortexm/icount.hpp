// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Region markers for the instruction-count plugin (tools/cortexm/icount_plugin.c). Both are
// architectural no-ops that compilers never emit (MOV of a register to itself: Thumb 0x46DB and
// 0x46D2), present on every Thumb core from the M0 to the M55. The plugin reports the guest
// instructions executed strictly between a start and the next stop:
//
//     icount: region <n> <count>
//
// The "memory" clobber keeps loads, stores and calls on their side of a marker; pure register
// arithmetic can still move across, so measure a call (a noinline function or a kernel entry).
#pragma once

namespace fennec::cortexm {

inline void icount_start() { __asm__ volatile("mov r11, r11" ::: "memory"); }
inline void icount_stop() { __asm__ volatile("mov r10, r10" ::: "memory"); }

}  // namespace fennec::cortexm
