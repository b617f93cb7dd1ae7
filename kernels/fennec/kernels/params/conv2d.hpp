// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every conv2d kernel variant (portable, arm_dsp, arm_mve) shares: the geometry of one
// convolution as plain run-time sizes, its quantization constants, and the typed front end that
// derives the geometry from compile-time shapes and rejects shapes that cannot belong together.
#pragma once

#include <cstdint>

#include "fennec/core/padding.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/core/shape.hpp"

namespace fennec::kernels {

// The sizes one conv2d works on. Input NHWC [batches, input_height, input_width, input_channels],
// filter OHWI [output_channels, filter_height, filter_width, input_channels], output NHWC
// [batches, output_height, output_width, output_channels]. padding_top and padding_left are the
// implicit zero rows and columns before the first input element (TFLite's padding_values); the
// bottom and right padding follow from the output size and need not be stored.
struct Conv2dGeometry {
    int batches;
    int input_height;
    int input_width;
    int input_channels;
    int filter_height;
    int filter_width;
    int output_height;
    int output_width;
    int output_channels;
    int stride_height;
    int stride_width;
    int dilation_height;
    int dilation_width;
    int padding_top;
    int padding_left;
};

// How many multiplier/shift pairs the weights carry. TFLite quantizes conv weights per output
// channel (the quantization spec's default) or with a single scale for the whole tensor.
enum class WeightQuantization : std::uint8_t { per_tensor, per_channel };

// The integer constants of a quantized convolution (conv2d and depthwise_conv2d alike).
//
// The filter zero point is not here because it is always 0: the TFLite int8 quantization spec
// makes conv and depthwise weights symmetric ("zero_point = 0"), and TFLM's int8 kernels never read
// it. output_multiplier/output_shift hold one entry per output channel for
// WeightQuantization::per_channel and exactly one entry for per_tensor. Each pair encodes the real
// factor input_scale * filter_scale[c] / output_scale as multiplier * 2^(shift - 31) (see
// conv2d_channel_multiplier); a positive shift is a left shift.
struct Conv2dQuantization {
    std::int32_t input_zero_point;
    const std::int32_t* output_multiplier;
    const std::int32_t* output_shift;
    WeightQuantization weights;
    OutputQuantization output;
};

// The multiplier of one output channel, as TFLite's PopulateConvolutionQuantizationParams
// computes it for conv2d and depthwise_conv2d: each float scale widened to double, then
// input_scale * filter_scale / output_scale. Per-tensor weights use their single filter scale.
[[nodiscard]] constexpr QuantizedMultiplier conv2d_channel_multiplier(float input_scale,
                                                                      float filter_scale,
                                                                      float output_scale) {
    return quantize_multiplier(static_cast<double>(input_scale) *
                               static_cast<double>(filter_scale) /
                               static_cast<double>(output_scale));
}

// An int32 accumulator sums filter_value * (input_value - input_zero_point) terms. Each term lies
// within 128 * 255 = 32640 < 2^15 in magnitude, so 2^16 of them stay below 2^31 and cannot
// overflow (TFLM's reference kernels rely on the same bound). Real layers are far below it: the
// largest conv among the models fennec is checked against sums 960 terms (MobileNetV2's 1x1
// projection from 960 channels). The typed front ends reject deeper filters at compile time.
inline constexpr int max_accumulation_depth = 1 << 16;

namespace detail {

// True when T is a fennec::Shape of the given rank; false (not an error) for any other type, so
// a check on the rank stays quiet when the type is not a Shape at all (a separate check says so).
template <class T, int Rank>
inline constexpr bool is_shape_of_rank = false;
template <int... Dims, int Rank>
inline constexpr bool is_shape_of_rank<Shape<Dims...>, Rank> = sizeof...(Dims) == Rank;

template <class InputShape, class FilterShape, class OutputShape>
inline constexpr bool are_shapes_of_rank_4 = is_shape_of_rank<InputShape, 4>&&
    is_shape_of_rank<FilterShape, 4>&& is_shape_of_rank<OutputShape, 4>;

}  // namespace detail

// The typed front end: the geometry of a conv2d over compile-time shapes, with every mismatch the
// compiler can see reported as a sentence. InputShape and OutputShape are NHWC, FilterShape is
// OHWI, Window is a fennec::Window (strides, padding kind, dilations).
template <class InputShape, class FilterShape, class OutputShape, class Window>
[[nodiscard]] constexpr Conv2dGeometry conv2d_geometry() {
    static_assert(is_shape_v<InputShape> && is_shape_v<FilterShape> && is_shape_v<OutputShape>,
                  "conv2d: the input, filter and output shapes must be fennec::Shape types");
    static_assert(!is_shape_v<InputShape> || detail::is_shape_of_rank<InputShape, 4>,
                  "conv2d: the input must have rank 4 (NHWC)");
    static_assert(!is_shape_v<FilterShape> || detail::is_shape_of_rank<FilterShape, 4>,
                  "conv2d: the filter must have rank 4 (OHWI)");
    static_assert(!is_shape_v<OutputShape> || detail::is_shape_of_rank<OutputShape, 4>,
                  "conv2d: the output must have rank 4 (NHWC)");
    // The remaining checks read dimensions 0..3, which only exist at rank 4; skipping them keeps
    // a type or rank error to one message.
    if constexpr (detail::are_shapes_of_rank_4<InputShape, FilterShape, OutputShape>) {
        constexpr int input_height = InputShape::dim(1);
        constexpr int input_width = InputShape::dim(2);
        constexpr int filter_height = FilterShape::dim(1);
        constexpr int filter_width = FilterShape::dim(2);
        constexpr WindowGeometry window =
            window_geometry<Window>(input_height, input_width, filter_height, filter_width);

        static_assert(OutputShape::dim(0) == InputShape::dim(0),
                      "conv2d: output batches must equal input batches");
        static_assert(FilterShape::dim(3) == InputShape::dim(3),
                      "conv2d: filter input channels (OHWI dimension 3) must equal input channels");
        static_assert(
            OutputShape::dim(3) == FilterShape::dim(0),
            "conv2d: output channels must equal filter output channels (OHWI dimension 0)");
        static_assert(Window::padding == Padding::same || window.filter_fits_input,
                      "conv2d: with VALID padding the dilated filter must fit inside the input");
        static_assert(OutputShape::dim(1) == window.output_height,
                      "conv2d: output height must follow from input height, filter height, stride, "
                      "dilation and padding (SAME: ceil(in / stride); "
                      "VALID: ceil((in - (filter - 1) * dilation) / stride))");
        static_assert(OutputShape::dim(2) == window.output_width,
                      "conv2d: output width must follow from input width, filter width, stride, "
                      "dilation and padding (SAME: ceil(in / stride); "
                      "VALID: ceil((in - (filter - 1) * dilation) / stride))");
        static_assert(
            filter_height * filter_width * FilterShape::dim(3) <= max_accumulation_depth,
            "conv2d: filter height * filter width * input channels must not exceed 65536, "
            "or the int32 accumulator could overflow");

        return Conv2dGeometry{
            InputShape::dim(0),     input_height,         input_width,
            InputShape::dim(3),     filter_height,        filter_width,
            OutputShape::dim(1),    OutputShape::dim(2),  OutputShape::dim(3),
            Window::stride_height,  Window::stride_width, Window::dilation_height,
            Window::dilation_width, window.padding_top,   window.padding_left,
        };
    } else {
        return Conv2dGeometry{};
    }
}

}  // namespace fennec::kernels
