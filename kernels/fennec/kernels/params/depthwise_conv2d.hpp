// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every depthwise_conv2d kernel variant shares: its geometry as plain run-time sizes, its
// quantization constants (those of conv2d), and the typed front end that derives the geometry
// from compile-time shapes and rejects shapes that cannot belong together.
#pragma once

#include "fennec/core/padding.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/params/conv2d.hpp"

namespace fennec::kernels {

// The sizes one depthwise_conv2d works on. Input NHWC [batches, input_height, input_width,
// input_channels], filter [1, filter_height, filter_width, input_channels * depth_multiplier],
// output NHWC [batches, output_height, output_width, input_channels * depth_multiplier]. Input
// channel in_c feeds the depth_multiplier output channels in_c * depth_multiplier + m. Padding as
// in Conv2dGeometry.
struct DepthwiseConv2dGeometry {
    int batches;
    int input_height;
    int input_width;
    int input_channels;
    int depth_multiplier;
    int filter_height;
    int filter_width;
    int output_height;
    int output_width;
    int stride_height;
    int stride_width;
    int dilation_height;
    int dilation_width;
    int padding_top;
    int padding_left;
};

// The same constants as conv2d: TFLM prepares both ops with one routine, quantizing the weights
// along the output channels (dimension 3 of the depthwise filter).
using DepthwiseConv2dQuantization = Conv2dQuantization;

// The typed front end: the geometry of a depthwise_conv2d over compile-time shapes, with every
// mismatch the compiler can see reported as a sentence. InputShape and OutputShape are NHWC,
// FilterShape is 1HW(C*M), Window is a fennec::Window, DepthMultiplier is the op's M.
template <class InputShape,
          class FilterShape,
          class OutputShape,
          class Window,
          int DepthMultiplier = 1>
[[nodiscard]] constexpr DepthwiseConv2dGeometry depthwise_conv2d_geometry() {
    static_assert(
        is_shape_v<InputShape> && is_shape_v<FilterShape> && is_shape_v<OutputShape>,
        "depthwise_conv2d: the input, filter and output shapes must be fennec::Shape types");
    static_assert(!is_shape_v<InputShape> || detail::is_shape_of_rank<InputShape, 4>,
                  "depthwise_conv2d: the input must have rank 4 (NHWC)");
    static_assert(!is_shape_v<FilterShape> || detail::is_shape_of_rank<FilterShape, 4>,
                  "depthwise_conv2d: the filter must have rank 4 (1 x height x width x channels)");
    static_assert(!is_shape_v<OutputShape> || detail::is_shape_of_rank<OutputShape, 4>,
                  "depthwise_conv2d: the output must have rank 4 (NHWC)");
    static_assert(DepthMultiplier >= 1,
                  "depthwise_conv2d: the depth multiplier must be at least 1");
    // The remaining checks read dimensions 0..3, which only exist at rank 4; skipping them keeps
    // a type or rank error to one message.
    if constexpr (detail::are_shapes_of_rank_4<InputShape, FilterShape, OutputShape>) {
        constexpr int input_height = InputShape::dim(1);
        constexpr int input_width = InputShape::dim(2);
        constexpr int input_channels = InputShape::dim(3);
        constexpr int filter_height = FilterShape::dim(1);
        constexpr int filter_width = FilterShape::dim(2);
        constexpr WindowGeometry window =
            window_geometry<Window>(input_height, input_width, filter_height, filter_width);

        static_assert(OutputShape::dim(0) == InputShape::dim(0),
                      "depthwise_conv2d: output batches must equal input batches");
        static_assert(OutputShape::dim(3) == input_channels * DepthMultiplier,
                      "depthwise_conv2d: output channels must equal input channels * depth "
                      "multiplier");
        static_assert(FilterShape::dim(0) == 1,
                      "depthwise_conv2d: the filter's first dimension must be 1 (the filter is 1 x "
                      "height x width x (input channels * depth multiplier))");
        static_assert(FilterShape::dim(3) == input_channels * DepthMultiplier,
                      "depthwise_conv2d: filter channels (dimension 3) must equal input channels * "
                      "depth multiplier");
        static_assert(Window::padding == Padding::same || window.filter_fits_input,
                      "depthwise_conv2d: with VALID padding the dilated filter must fit inside the "
                      "input");
        static_assert(
            OutputShape::dim(1) == window.output_height,
            "depthwise_conv2d: output height must follow from input height, filter height, stride, "
            "dilation and padding (SAME: ceil(in / stride); "
            "VALID: ceil((in - (filter - 1) * dilation) / stride))");
        static_assert(
            OutputShape::dim(2) == window.output_width,
            "depthwise_conv2d: output width must follow from input width, filter width, stride, "
            "dilation and padding (SAME: ceil(in / stride); "
            "VALID: ceil((in - (filter - 1) * dilation) / stride))");
        static_assert(
            filter_height * filter_width <= max_accumulation_depth,
            "depthwise_conv2d: filter height * filter width must not exceed 65536, or the "
            "int32 accumulator could overflow");

        return DepthwiseConv2dGeometry{
            InputShape::dim(0),     input_height,         input_width,
            input_channels,         DepthMultiplier,      filter_height,
            filter_width,           OutputShape::dim(1),  OutputShape::dim(2),
            Window::stride_height,  Window::stride_width, Window::dilation_height,
            Window::dilation_width, window.padding_top,   window.padding_left,
        };
    } else {
        return DepthwiseConv2dGeometry{};
    }
}

}  // namespace fennec::kernels
