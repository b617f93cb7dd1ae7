// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The one place that decides which kernel variant a build uses. FENNEC_HAS_DSP and FENNEC_HAS_MVE
// are derived once from the compiler's ACLE feature macros; FENNEC_KERNELS_PORTABLE forces the
// portable kernels everywhere (the oracle, and the reference for instruction counts).
//
// The op descriptors call fennec::kernels::selected::<op>(...). Until an accelerated variant of an
// op exists, selected:: is the portable kernel.
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

namespace portable {}
namespace selected = portable;

}  // namespace fennec::kernels
