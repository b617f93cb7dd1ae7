// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Which taps of a convolution window fall inside the input: the clipping conv2d and
// depthwise_conv2d share, so that their inner loops need no bounds test per tap.
#pragma once

#include "fennec/core/activation.hpp"

namespace fennec::kernels::portable::detail {

// The taps [begin, end) of one window dimension that lie inside the input. Tap t reads input
// position origin + t * dilation, which is inside when it lies in [0, input_size); origin is
// out_y * stride - padding (or the x equivalent) and may be negative. Empty (begin >= end) when
// no tap is inside. dilation and input_size are positive.
struct TapRange {
    int begin;
    int end;
};

[[nodiscard]] constexpr TapRange taps_inside(int origin,
                                             int dilation,
                                             int filter_size,
                                             int input_size) {
    // The first tap at or after position 0, and the first at or after input_size, by rounding up
    // the distance in taps (both distances are positive where they are used).
    const int distance_to_input = -origin;
    const int distance_to_end = input_size - origin;
    const int begin =
        distance_to_input <= 0 ? 0 : (distance_to_input + dilation - 1) / dilation;
    const int end = distance_to_end <= 0
                        ? 0
                        : fennec::detail::min_of(filter_size,
                                                 (distance_to_end + dilation - 1) / dilation);
    return TapRange{begin, end};
}

}  // namespace fennec::kernels::portable::detail
