// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// FENNEC_SPECIALIZE_LAYERS: whether every layer gets kernel code of its own, specialised for its
// shapes, or all layers of an op share the size-erased kernel. A policy for code size against
// speed, decided once per build.
#pragma once

// FENNEC_SPECIALIZE_LAYERS
//   1  The op's run() inlines the whole kernel call ([[gnu::flatten]]), so the kernel's loops see
//      the layer's sizes, strides and padding as constants: the compiler unrolls and vectorizes
//      them for that shape. Each layer then carries its own copy of the kernel.
//   0  The op calls the size-erased kernel with its constexpr geometry and leaves inlining to
//      the compiler, which usually keeps one out-of-line copy per kernel for the whole program.
// The default is 0 when compiling for bare-metal Arm (a microcontroller, where flash is the scarce
// resource: typed kernels in every layer took VWW's Cortex-M4 image from 289 KB to 553 KB) and 1
// elsewhere (a PC or phone, where code size hardly matters; on the host benchmarks it makes the
// convolutional models 2.8-3.9x faster at g++ -O2 and 1.2-1.5x with clang -O2, see
// bench/README.md). Define it to 0 or 1 on the
// command line to choose, e.g. -DFENNEC_SPECIALIZE_LAYERS=0 for another microcontroller. Results
// are bit-identical either way; only code size and speed change.
#ifndef FENNEC_SPECIALIZE_LAYERS
#if defined(__arm__) && !defined(__linux__)
#define FENNEC_SPECIALIZE_LAYERS 0
#else
#define FENNEC_SPECIALIZE_LAYERS 1
#endif
#endif

// The attribute the ops put on run(): flatten when specialising (GCC and Clang), else nothing.
#if FENNEC_SPECIALIZE_LAYERS && defined(__GNUC__)
#define FENNEC_DETAIL_LAYER_RUN [[gnu::flatten]]
#else
#define FENNEC_DETAIL_LAYER_RUN
#endif
