// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The one place that decides which kernel variant a build uses, from the features of
// features.hpp (FENNEC_HAS_DSP, FENNEC_HAS_MVE; FENNEC_KERNELS_PORTABLE forces portable).
//
// The op descriptors call fennec::kernels::selected::<op>(...). With the DSP extension, selected::
// is arm_dsp::, which holds the accelerated kernels and, through a using-directive, every portable
// kernel it has no variant of: a qualified name finds arm_dsp's own declaration first and falls
// back to portable's only when arm_dsp declares none. With Helium (the Cortex-M55, which also has
// the DSP extension), selected:: is arm_mve::, which falls back to arm_dsp:: the same way, and
// through it to portable::. This header includes every accelerated kernel of the build, so
// whoever sees selected:: sees them all. Without an extension, selected:: is portable::.
#pragma once

#include "fennec/kernels/features.hpp"

namespace fennec::kernels {

namespace portable {}

#if FENNEC_HAS_DSP
namespace arm_dsp {
using namespace portable;
}  // namespace arm_dsp
#endif

#if FENNEC_HAS_MVE && FENNEC_HAS_DSP
namespace arm_mve {
using namespace arm_dsp;
}  // namespace arm_mve
namespace selected = arm_mve;
#elif FENNEC_HAS_MVE
namespace arm_mve {
using namespace portable;
}  // namespace arm_mve
namespace selected = arm_mve;
#elif FENNEC_HAS_DSP
namespace selected = arm_dsp;
#else
namespace selected = portable;
#endif

}  // namespace fennec::kernels

#if FENNEC_HAS_DSP
#include "fennec/kernels/arm_dsp/add.hpp"
#include "fennec/kernels/arm_dsp/conv2d.hpp"
#include "fennec/kernels/arm_dsp/depthwise_conv2d.hpp"
#include "fennec/kernels/arm_dsp/fully_connected.hpp"
#include "fennec/kernels/arm_dsp/pooling.hpp"
#endif

#if FENNEC_HAS_MVE
#include "fennec/kernels/arm_mve/add.hpp"
#include "fennec/kernels/arm_mve/conv2d.hpp"
#include "fennec/kernels/arm_mve/depthwise_conv2d.hpp"
#include "fennec/kernels/arm_mve/fully_connected.hpp"
#include "fennec/kernels/arm_mve/pooling.hpp"
#endif
