// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 conv2d: TFLite's CONV_2D with int8 activations and int8 weights, bit-exact
// with TFLM's reference ConvPerChannel. Written to be read, not tuned; it is the oracle the
// accelerated variants are tested against.
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/conv2d.hpp"

namespace fennec::kernels::portable {

// 2-D convolution of an int8 NHWC input with an int8 OHWI filter, int32 bias, int8 NHWC output:
//
//   output[b, y, x, o] = requantize(bias[o] + sum over filter_y, filter_x, in_c of
//                          filter[o, filter_y, filter_x, in_c] * (input[b, in_y, in_x, in_c] -
//                                                                 input_zero_point))
//
// with in_y = y * stride_height - padding_top + filter_y * dilation_height (in_x alike). Taps
// outside the input are zero padding: they stand for the real value 0, i.e. the input zero point,
// so they add nothing and are skipped.
//
// - Weights are symmetric (filter zero point 0, TFLite's int8 quantization spec).
// - output_multiplier/output_shift are read at [out_c] for WeightQuantization::per_channel and at
//   [0] for per_tensor; bias may be nullptr (no bias), else it holds output_channels values.
// - The sums run in one int32 accumulator; see max_accumulation_depth for why it cannot overflow
//   while filter_height * filter_width * input_channels <= 2^16. The bias is added with int32
//   wrap-around, which is what TFLM's int32 addition does on every target it is built for.
// - Reads exactly the tensors' elements (no over-read), writes every output element once, needs no
//   scratch memory. Input and output must not overlap.
// - Preconditions, checked by conv2d_geometry() for the typed form: the geometry is consistent
//   (output size and padding as TFLite computes them), all sizes positive.
inline void conv2d(const Conv2dGeometry& geometry,
                   const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    // Parameters.
    const int batches = geometry.batches;
    const int input_height = geometry.input_height;
    const int input_width = geometry.input_width;
    const int input_channels = geometry.input_channels;
    const int filter_height = geometry.filter_height;
    const int filter_width = geometry.filter_width;
    const int output_height = geometry.output_height;
    const int output_width = geometry.output_width;
    const int output_channels = geometry.output_channels;
    const int stride_height = geometry.stride_height;
    const int stride_width = geometry.stride_width;
    const int dilation_height = geometry.dilation_height;
    const int dilation_width = geometry.dilation_width;
    const int padding_top = geometry.padding_top;
    const int padding_left = geometry.padding_left;
    const std::int32_t input_zero_point = quantization.input_zero_point;
    const bool is_per_channel = quantization.weights == WeightQuantization::per_channel;

    // Loops in output order: one accumulator per output element.
    for (int batch = 0; batch < batches; ++batch) {
        const std::int8_t* const input_image =
            input + batch * input_height * input_width * input_channels;
        for (int out_y = 0; out_y < output_height; ++out_y) {
            const int in_y_origin = out_y * stride_height - padding_top;
            for (int out_x = 0; out_x < output_width; ++out_x) {
                const int in_x_origin = out_x * stride_width - padding_left;
                std::int8_t* const output_pixel =
                    output +
                    ((batch * output_height + out_y) * output_width + out_x) * output_channels;
                for (int out_c = 0; out_c < output_channels; ++out_c) {
                    const std::int8_t* const filter_of_out_c =
                        filter + out_c * filter_height * filter_width * input_channels;
                    std::int32_t accumulator = 0;
                    for (int filter_y = 0; filter_y < filter_height; ++filter_y) {
                        const int in_y = in_y_origin + filter_y * dilation_height;
                        for (int filter_x = 0; filter_x < filter_width; ++filter_x) {
                            const int in_x = in_x_origin + filter_x * dilation_width;
                            const bool is_inside_input =
                                in_y >= 0 && in_y < input_height && in_x >= 0 && in_x < input_width;
                            if (!is_inside_input) {
                                continue;
                            }
                            const std::int8_t* const input_pixel =
                                input_image + (in_y * input_width + in_x) * input_channels;
                            const std::int8_t* const filter_pixel =
                                filter_of_out_c +
                                (filter_y * filter_width + filter_x) * input_channels;
                            for (int in_c = 0; in_c < input_channels; ++in_c) {
                                const std::int32_t input_value = input_pixel[in_c];
                                const std::int32_t filter_value = filter_pixel[in_c];
                                accumulator += filter_value * (input_value - input_zero_point);
                            }
                        }
                    }

                    // Epilogue: bias, requantize, zero point, activation clamp, narrow.
                    if (bias != nullptr) {
                        accumulator = add_wrapping(accumulator, bias[out_c]);
                    }
                    const int quantization_channel = is_per_channel ? out_c : 0;
                    output_pixel[out_c] = requantize(
                        accumulator, quantization.output_multiplier[quantization_channel],
                        static_cast<int>(quantization.output_shift[quantization_channel]),
                        quantization.output);
                }
            }
        }
    }
}

// The typed form: the geometry comes from compile-time shapes, so a mismatch fails to compile
// (see conv2d_geometry) and the compiler sees every size as a constant after inlining.
template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void conv2d(const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    constexpr Conv2dGeometry geometry =
        conv2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    conv2d(geometry, quantization, input, filter, bias, output);
}

}  // namespace fennec::kernels::portable
