// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Window clipping for the arm_dsp sliding-window kernels: which filter taps of one output position
// fall inside the input, and which output positions need no clipping at all. Computed once per
// row or once per call, so the inner loops carry no bounds checks. Plain integer arithmetic; no
// DSP instructions.
#pragma once

namespace fennec::kernels::arm_dsp {

// std::bool_constant without <type_traits>' other contents: a flag a lambda can receive as a type.
template <bool Value>
struct BoolConstant {
    static constexpr bool value = Value;
};

// Filter taps [begin, end) of one dimension whose input position lies inside the input.
struct TapRange {
    int begin;
    int end;
};

// The taps of a window that starts at input position `origin` (may be negative: padding) and
// reads filter_size taps `dilation` apart, in an input of input_size positions.
[[nodiscard]] constexpr TapRange clip_taps(int origin,
                                           int dilation,
                                           int filter_size,
                                           int input_size) {
    const int begin = origin >= 0 ? 0 : (-origin + dilation - 1) / dilation;
    const int room = input_size - origin;  // positions from origin to the input's end
    int end = room <= 0 ? 0 : (room + dilation - 1) / dilation;
    end = end < filter_size ? end : filter_size;
    return TapRange{begin < end ? begin : end, end};
}

// Output positions [inner_begin, inner_end) whose whole window lies inside the input; the
// positions before and after need clip_taps.
struct ClippedWindow {
    int inner_begin;
    int inner_end;
};

[[nodiscard]] constexpr ClippedWindow clipped_window(
    int output_size, int stride, int padding, int dilation, int filter_size, int input_size) {
    // First position with origin = out * stride - padding >= 0.
    int inner_begin = (padding + stride - 1) / stride;
    inner_begin = inner_begin < output_size ? inner_begin : output_size;
    // Positions with origin + (filter_size - 1) * dilation <= input_size - 1.
    const int last_origin = input_size - 1 - (filter_size - 1) * dilation;
    int inner_end = last_origin + padding < 0 ? 0 : (last_origin + padding) / stride + 1;
    inner_end = inner_end < output_size ? inner_end : output_size;
    inner_end = inner_end > inner_begin ? inner_end : inner_begin;
    return ClippedWindow{inner_begin, inner_end};
}

}  // namespace fennec::kernels::arm_dsp
