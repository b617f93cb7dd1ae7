// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Output sizes and padding of windowed ops (conv2d, depthwise_conv2d, pooling), as TFLite computes
// them. SAME pads so that out = ceil(in / stride); VALID does not pad. When the total padding is
// odd, the extra row or column goes at the bottom/right: the kernels only need the top/left amount.
#pragma once

#include <cstdint>

namespace fennec {

enum class Padding : std::uint8_t { same, valid };

// Extent of a dilated filter: a filter of size k with dilation d covers (k - 1) * d + 1 inputs.
[[nodiscard]] constexpr int effective_filter_size(int filter_size, int dilation) {
    return (filter_size - 1) * dilation + 1;
}

// TFLite's ComputeOutSize (stride >= 1). VALID gives 0 or less when the filter does not fit in the
// input at all; such a model is invalid.
[[nodiscard]] constexpr int compute_out_size(
    Padding padding, int in_size, int filter_size, int stride, int dilation = 1) {
    return padding == Padding::same
               ? (in_size + stride - 1) / stride
               : (in_size + stride - effective_filter_size(filter_size, dilation)) / stride;
}

// TFLite's ComputePadding: the padding before the first element (top or left), never negative.
[[nodiscard]] constexpr int compute_padding(
    int stride, int dilation, int in_size, int filter_size, int out_size) {
    const int total =
        (out_size - 1) * stride + effective_filter_size(filter_size, dilation) - in_size;
    return total > 0 ? total / 2 : 0;
}

// The window of a conv2d, depthwise_conv2d or pool2d, as a type: the kernels take it as a template
// parameter so that strides and dilations are compile-time constants.
template <int StrideHeight,
          int StrideWidth,
          Padding PaddingKind,
          int DilationHeight = 1,
          int DilationWidth = 1>
struct Window {
    static_assert(StrideHeight >= 1 && StrideWidth >= 1, "Window: strides must be at least 1");
    static_assert(DilationHeight >= 1 && DilationWidth >= 1,
                  "Window: dilations must be at least 1");
    static constexpr int stride_height = StrideHeight;
    static constexpr int stride_width = StrideWidth;
    static constexpr Padding padding = PaddingKind;
    static constexpr int dilation_height = DilationHeight;
    static constexpr int dilation_width = DilationWidth;
};

}  // namespace fennec
