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
#include "fennec/kernels/portable/window_taps.hpp"

namespace fennec::kernels::portable {

namespace detail {

// sum over i in [0, length) of filter[i] * (input[i] - input_zero_point): the inner product of
// every multiply-accumulate kernel. The input zero point is an int8 value, so each product fits
// in 16 bits, which lets the compiler use 16-bit multiplies (x86's pmaddwd) when it vectorizes.
[[nodiscard]] inline std::int32_t dot_product(int length,
                                              const std::int8_t* input,
                                              std::int8_t input_zero_point,
                                              const std::int8_t* filter) {
    std::int32_t sum = 0;
    // Not unrolled: with a constant length of 16 or less (a specialised layer), g++ -O3 would
    // otherwise unroll this loop completely into scalar code instead of vectorizing it
    // (measured: VWW and person_detect about 10 % slower on x86-64).
#pragma GCC unroll 1
    for (int i = 0; i < length; ++i) {
        const std::int32_t input_value = input[i];
        const std::int32_t filter_value = filter[i];
        sum += filter_value * (input_value - input_zero_point);
    }
    return sum;
}

}  // namespace detail

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
// - Weights are symmetric (filter zero point 0, TFLite's int8 quantization spec); the input zero
//   point lies in [-128, 127], as an int8 tensor's does.
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
    // An int8 tensor's zero point is an int8 value; see detail::dot_product for why it matters.
    const auto input_zero_point = static_cast<std::int8_t>(quantization.input_zero_point);
    const bool is_per_channel = quantization.weights == WeightQuantization::per_channel;

    // Loops in output order: one accumulator per output element. Only the taps inside the input
    // are visited (taps_inside), so the loops need no bounds test.
    for (int batch = 0; batch < batches; ++batch) {
        const std::int8_t* const input_image =
            input + batch * input_height * input_width * input_channels;
        for (int out_y = 0; out_y < output_height; ++out_y) {
            const int in_y_origin = out_y * stride_height - padding_top;
            const detail::TapRange rows =
                detail::taps_inside(in_y_origin, dilation_height, filter_height, input_height);
            for (int out_x = 0; out_x < output_width; ++out_x) {
                const int in_x_origin = out_x * stride_width - padding_left;
                const detail::TapRange columns =
                    detail::taps_inside(in_x_origin, dilation_width, filter_width, input_width);
                // Without dilation, a row's taps lie side by side in memory, in the input and in
                // the filter: one run, one dot product over all their channels, which gives the
                // compiler one long loop to vectorize. With dilation, every tap is a run.
                const int taps_per_run = dilation_width == 1 ? columns.end - columns.begin : 1;
                std::int8_t* const output_pixel =
                    output +
                    ((batch * output_height + out_y) * output_width + out_x) * output_channels;
                for (int out_c = 0; out_c < output_channels; ++out_c) {
                    const std::int8_t* const filter_of_out_c =
                        filter + out_c * filter_height * filter_width * input_channels;
                    std::int32_t accumulator = 0;
                    for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
                        const int in_y = in_y_origin + filter_y * dilation_height;
                        for (int filter_x = columns.begin; filter_x < columns.end;
                             filter_x += taps_per_run) {
                            const int in_x = in_x_origin + filter_x * dilation_width;
                            const std::int8_t* const input_pixel =
                                input_image + (in_y * input_width + in_x) * input_channels;
                            const std::int8_t* const filter_pixel =
                                filter_of_out_c +
                                (filter_y * filter_width + filter_x) * input_channels;
                            accumulator +=
                                detail::dot_product(taps_per_run * input_channels, input_pixel,
                                                    input_zero_point, filter_pixel);
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
