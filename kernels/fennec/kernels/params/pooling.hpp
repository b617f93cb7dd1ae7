// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every average_pool2d and max_pool2d kernel variant (portable, arm_dsp, arm_mve) shares: the
// geometry of one pooling layer as plain run-time sizes and the typed front end that derives it
// from compile-time shapes and rejects shapes that cannot belong together.
//
// Pooling has no quantization constants of its own: TFLM's Prepare requires the input and output
// to share scale and zero point, so an average or maximum of the stored int8 values is already the
// output value. Only the fused activation's clamp range (activation_range() with the output's scale
// and zero point) remains, and the kernels take it as an ActivationRange.
#pragma once

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"

namespace fennec::kernels {

// The sizes one pooling layer works on. Input NHWC [batches, input_height, input_width, channels],
// output NHWC [batches, output_height, output_width, channels], a filter_height x filter_width
// window moved by stride_height/stride_width. padding_top and padding_left are the rows and columns
// before the first input element that windows may cover (TFLite's padding_values); those cells are
// not part of the input and do not count (see the kernels).
struct Pool2dGeometry {
    int batches;
    int input_height;
    int input_width;
    int channels;
    int filter_height;
    int filter_width;
    int output_height;
    int output_width;
    int stride_height;
    int stride_width;
    int padding_top;
    int padding_left;
};

namespace detail {

template <class InputShape, class OutputShape>
inline constexpr bool pool2d_ranks_are_4 = InputShape::rank == 4 && OutputShape::rank == 4;

}  // namespace detail

// The typed front end: the geometry of an average_pool2d or max_pool2d over compile-time shapes,
// with every mismatch the compiler can see reported as a sentence. InputShape and OutputShape are
// NHWC, FilterShape is fennec::Shape<filter_height, filter_width>, Window is a fennec::Window
// (strides and padding kind; pooling has no dilation).
template <class InputShape, class FilterShape, class OutputShape, class Window>
[[nodiscard]] constexpr Pool2dGeometry pool2d_geometry() {
    static_assert(is_shape_v<InputShape> && is_shape_v<FilterShape> && is_shape_v<OutputShape>,
                  "pool2d: the input, filter and output shapes must be fennec::Shape types");
    static_assert(InputShape::rank == 4, "pool2d: the input must have rank 4 (NHWC)");
    static_assert(OutputShape::rank == 4, "pool2d: the output must have rank 4 (NHWC)");
    static_assert(FilterShape::rank == 2,
                  "pool2d: the filter shape must be Shape<filter_height, filter_width>");
    static_assert(Window::dilation_height == 1 && Window::dilation_width == 1,
                  "pool2d: pooling windows have no dilation");
    // The remaining checks read dimensions that only exist at these ranks; skipping them keeps a
    // rank error to one message.
    if constexpr (detail::pool2d_ranks_are_4<InputShape, OutputShape> && FilterShape::rank == 2) {
        constexpr int input_height = InputShape::dim(1);
        constexpr int input_width = InputShape::dim(2);
        constexpr int filter_height = FilterShape::dim(0);
        constexpr int filter_width = FilterShape::dim(1);
        constexpr WindowGeometry window =
            window_geometry<Window>(input_height, input_width, filter_height, filter_width);
        // A VALID window that does not fit has no output size to check against: one message.
        constexpr bool window_fits = Window::padding == Padding::same || window.filter_fits_input;

        static_assert(OutputShape::dim(0) == InputShape::dim(0),
                      "pool2d: output batches must equal input batches");
        static_assert(OutputShape::dim(3) == InputShape::dim(3),
                      "pool2d: output channels must equal input channels");
        static_assert(window_fits,
                      "pool2d: with VALID padding the filter must fit inside the input");
        static_assert(!window_fits || OutputShape::dim(1) == window.output_height,
                      "pool2d: output height must follow from input height, filter height, stride "
                      "and padding (SAME: ceil(in / stride); VALID: ceil((in - filter + 1) / "
                      "stride))");
        static_assert(!window_fits || OutputShape::dim(2) == window.output_width,
                      "pool2d: output width must follow from input width, filter width, stride "
                      "and padding (SAME: ceil(in / stride); VALID: ceil((in - filter + 1) / "
                      "stride))");

        return Pool2dGeometry{
            InputShape::dim(0),    input_height,         input_width,         InputShape::dim(3),
            filter_height,         filter_width,         OutputShape::dim(1), OutputShape::dim(2),
            Window::stride_height, Window::stride_width, window.padding_top,  window.padding_left,
        };
    } else {
        return Pool2dGeometry{};
    }
}

}  // namespace fennec::kernels
