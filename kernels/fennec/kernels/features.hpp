// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Which instruction-set extensions the kernels may use, derived once from the compiler's ACLE
// feature macros: FENNEC_HAS_DSP (Arm's DSP extension: Cortex-M4, M7, M33, M55) and FENNEC_HAS_MVE
// (Helium: Cortex-M55). FENNEC_KERNELS_PORTABLE turns both off, so select.hpp picks the portable
// kernels everywhere (the oracle, and the reference for instruction counts). The accelerated
// kernel headers include this file (not select.hpp, which includes them) and compile to nothing
// when their extension is off.
#pragma once

#if defined(FENNEC_KERNELS_PORTABLE)
#define FENNEC_HAS_DSP 0
#define FENNEC_HAS_MVE 0
#else
#if defined(__ARM_FEATURE_DSP) && __ARM_FEATURE_DSP
#define FENNEC_HAS_DSP 1
#else
#define FENNEC_HAS_DSP 0
#endif
#if defined(__ARM_FEATURE_MVE) && (__ARM_FEATURE_MVE & 1)
#define FENNEC_HAS_MVE 1
#else
#define FENNEC_HAS_MVE 0
#endif
#endif

namespace fennec::kernels {

inline constexpr bool has_dsp = FENNEC_HAS_DSP != 0;
inline constexpr bool has_mve = FENNEC_HAS_MVE != 0;

}  // namespace fennec::kernels
