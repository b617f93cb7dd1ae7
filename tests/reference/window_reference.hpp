// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The output size and padding of a windowed op (conv2d, depthwise_conv2d, pooling) in one
// spatial dimension, derived from TFLite's definition of SAME and VALID rather than from its
// formulas (which fennec's core/padding.hpp follows).
#pragma once

#include <algorithm>

namespace fennec::reference {

// One spatial dimension of a windowed op: how many outputs, and how many implicit zeros come
// before the first input element.
struct WindowExtent {
    int output_size;
    int padding_before;
};

// TFLite's padding, from its definition. SAME produces ceil(input / stride) outputs; VALID only
// the windows that lie wholly inside the input. The padding is whatever the last window lacks,
// split evenly with the odd element after the input (so only the part before is needed).
inline WindowExtent window_extent(
    bool same_padding, int input_size, int filter_size, int stride, int dilation) {
    const int dilated_filter_size = dilation * (filter_size - 1) + 1;
    int output_size = 0;
    if (same_padding) {
        output_size = input_size / stride + (input_size % stride != 0 ? 1 : 0);
    } else if (input_size >= dilated_filter_size) {
        output_size = (input_size - dilated_filter_size) / stride + 1;
    }
    const int covered_size = (output_size - 1) * stride + dilated_filter_size;
    const int missing = std::max(0, covered_size - input_size);
    return {output_size, missing / 2};
}

}  // namespace fennec::reference
