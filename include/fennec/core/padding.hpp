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

// Where a window lands on the input of a conv2d, depthwise_conv2d or pool2d: the output size
// compute_out_size gives in each spatial dimension, the padding before the first row and column
// that compute_padding gives for that output size, and whether the dilated filter lies inside the
// input (VALID padding needs it; SAME pads instead). The typed front ends check the output shape
// against it and take the padding from it.
struct WindowGeometry {
    int output_height;
    int output_width;
    int padding_top;
    int padding_left;
    bool filter_fits_input;
};

// WindowType is a fennec::Window: strides, padding kind and dilations.
template <class WindowType>
[[nodiscard]] constexpr WindowGeometry window_geometry(int input_height,
                                                       int input_width,
                                                       int filter_height,
                                                       int filter_width) {
    constexpr Padding padding = WindowType::padding;
    constexpr int stride_height = WindowType::stride_height;
    constexpr int stride_width = WindowType::stride_width;
    constexpr int dilation_height = WindowType::dilation_height;
    constexpr int dilation_width = WindowType::dilation_width;
    const int output_height =
        compute_out_size(padding, input_height, filter_height, stride_height, dilation_height);
    const int output_width =
        compute_out_size(padding, input_width, filter_width, stride_width, dilation_width);
    const int padding_top =
        compute_padding(stride_height, dilation_height, input_height, filter_height, output_height);
    const int padding_left =
        compute_padding(stride_width, dilation_width, input_width, filter_width, output_width);
    const bool filter_fits_input =
        effective_filter_size(filter_height, dilation_height) <= input_height &&
        effective_filter_size(filter_width, dilation_width) <= input_width;
    return {output_height, output_width, padding_top, padding_left, filter_fits_input};
}

}  // namespace fennec
