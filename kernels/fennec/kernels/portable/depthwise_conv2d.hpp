// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 depthwise_conv2d: TFLite's DEPTHWISE_CONV_2D with int8 activations and int8
// weights, bit-exact with TFLM's reference DepthwiseConvPerChannel. Written to be read, not tuned;
// it is the oracle the accelerated variants are tested against.
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/window_taps.hpp"

namespace fennec::kernels::portable {

namespace detail {

// One filter tap's contribution to a block of channels: accumulators[c] += filter value times
// (input value - input zero point), for c in [0, channels). The input values are adjacent; the
// filter values lie filter_step apart (the depth multiplier: the filter runs in output-channel
// order, and the block holds one multiplier index m).
inline void accumulate_depthwise_tap(int channels,
                                     const std::int8_t* input,
                                     std::int8_t input_zero_point,
                                     const std::int8_t* filter,
                                     int filter_step,
                                     std::int32_t* accumulators) {
    // Not unrolled: with a constant length of 16 or less (a specialised layer), g++ -O3 would
    // otherwise unroll this loop completely into scalar code instead of vectorizing it
    // (measured: VWW and person_detect about 10 % slower on x86-64).
#pragma GCC unroll 1
    for (int c = 0; c < channels; ++c) {
        const std::int32_t input_value = input[c];
        const std::int32_t filter_value = filter[c * filter_step];
        accumulators[c] += filter_value * (input_value - input_zero_point);
    }
}

}  // namespace detail

// The number of int32 accumulators depthwise_conv2d keeps on the stack: it works through the
// channels of an output pixel in blocks of this many (256 bytes of stack).
inline constexpr int depthwise_conv2d_channel_block = 64;

// Depthwise 2-D convolution of an int8 NHWC input with an int8 1HW(C*M) filter, int32 bias, int8
// NHWC output. Each input channel in_c is convolved on its own with depth_multiplier (M) filters,
// giving output channels out_c = in_c * M + m:
//
//   output[b, y, x, out_c] = requantize(bias[out_c] + sum over filter_y, filter_x of
//                              filter[0, filter_y, filter_x, out_c] * (input[b, in_y, in_x, in_c] -
//                                                                      input_zero_point))
//
// with in_y = y * stride_height - padding_top + filter_y * dilation_height (in_x alike). Taps
// outside the input are zero padding (the input zero point), so they add nothing and are skipped
// (taps_inside).
//
// - Weights are symmetric (filter zero point 0, TFLite's int8 quantization spec); the input zero
//   point lies in [-128, 127], as an int8 tensor's does.
// - output_multiplier/output_shift are read at [out_c] for WeightQuantization::per_channel and at
//   [0] for per_tensor; bias may be nullptr (no bias), else it holds C * M values.
// - Each sum runs in its own int32 accumulator of filter_height * filter_width terms, far below
//   the 2^16 terms max_accumulation_depth allows. The bias is added with int32 wrap-around, which
//   is what TFLM's int32 addition does on every target it is built for.
// - Reads exactly the tensors' elements (no over-read), writes every output element once, needs no
//   scratch memory; its stack holds depthwise_conv2d_channel_block accumulators. Input and output
//   must not overlap.
// - Preconditions, checked by depthwise_conv2d_geometry() for the typed form: the geometry is
//   consistent (output size and padding as TFLite computes them), all sizes positive.
inline void depthwise_conv2d(const DepthwiseConv2dGeometry& geometry,
                             const DepthwiseConv2dQuantization& quantization,
                             const std::int8_t* input,
                             const std::int8_t* filter,
                             const std::int32_t* bias,
                             std::int8_t* output) {
    // Parameters.
    const int batches = geometry.batches;
    const int input_height = geometry.input_height;
    const int input_width = geometry.input_width;
    const int input_channels = geometry.input_channels;
    const int depth_multiplier = geometry.depth_multiplier;
    const int filter_height = geometry.filter_height;
    const int filter_width = geometry.filter_width;
    const int output_height = geometry.output_height;
    const int output_width = geometry.output_width;
    const int output_channels = input_channels * depth_multiplier;
    const int stride_height = geometry.stride_height;
    const int stride_width = geometry.stride_width;
    const int dilation_height = geometry.dilation_height;
    const int dilation_width = geometry.dilation_width;
    const int padding_top = geometry.padding_top;
    const int padding_left = geometry.padding_left;
    // An int8 value, so that each product fits in 16 bits (see conv2d).
    const auto input_zero_point = static_cast<std::int8_t>(quantization.input_zero_point);
    const bool is_per_channel = quantization.weights == WeightQuantization::per_channel;

    // Loops in output order, but with the channels innermost: for each filter tap, one pass over a
    // block of channels updates one accumulator per channel. The channels of a tap lie next to each
    // other in the input and in the filter, so the compiler can vectorize that pass; TFLM's
    // channel-outermost order, one accumulator at a time, leaves it a stride-C gather per tap.
    constexpr int channel_block = depthwise_conv2d_channel_block;
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
                std::int8_t* const output_pixel =
                    output +
                    ((batch * output_height + out_y) * output_width + out_x) * output_channels;
                for (int m = 0; m < depth_multiplier; ++m) {
                    for (int first_in_c = 0; first_in_c < input_channels;
                         first_in_c += channel_block) {
                        const int block_channels = input_channels - first_in_c < channel_block
                                                       ? input_channels - first_in_c
                                                       : channel_block;
                        // accumulators[c] sums output channel (first_in_c + c) * M + m.
                        std::int32_t accumulators[channel_block] = {};
                        for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
                            const int in_y = in_y_origin + filter_y * dilation_height;
                            for (int filter_x = columns.begin; filter_x < columns.end;
                                 ++filter_x) {
                                const int in_x = in_x_origin + filter_x * dilation_width;
                                const std::int8_t* const input_block =
                                    input_image + (in_y * input_width + in_x) * input_channels +
                                    first_in_c;
                                const std::int8_t* const filter_block =
                                    filter + (filter_y * filter_width + filter_x) * output_channels +
                                    first_in_c * depth_multiplier + m;
                                // Called with a literal 1 for the usual depth multiplier of 1, so
                                // that the compiler sees adjacent filter values and vectorizes.
                                if (depth_multiplier == 1) {
                                    detail::accumulate_depthwise_tap(
                                        block_channels, input_block, input_zero_point, filter_block,
                                        /*filter_step=*/1, accumulators);
                                } else {
                                    detail::accumulate_depthwise_tap(
                                        block_channels, input_block, input_zero_point, filter_block,
                                        depth_multiplier, accumulators);
                                }
                            }
                        }

                        // Epilogue per channel: bias, requantize, zero point, activation clamp,
                        // narrow.
                        for (int c = 0; c < block_channels; ++c) {
                            const int out_c = (first_in_c + c) * depth_multiplier + m;
                            std::int32_t accumulator = accumulators[c];
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
    }
}

// The typed form: the geometry comes from compile-time shapes, so a mismatch fails to compile
// (see depthwise_conv2d_geometry) and the compiler sees every size as a constant after inlining.
template <class InputShape,
          class FilterShape,
          class OutputShape,
          class Window,
          int DepthMultiplier = 1>
inline void depthwise_conv2d(const DepthwiseConv2dQuantization& quantization,
                             const std::int8_t* input,
                             const std::int8_t* filter,
                             const std::int32_t* bias,
                             std::int8_t* output) {
    constexpr DepthwiseConv2dGeometry geometry =
        depthwise_conv2d_geometry<InputShape, FilterShape, OutputShape, Window, DepthMultiplier>();
    depthwise_conv2d(geometry, quantization, input, filter, bias, output);
}

}  // namespace fennec::kernels::portable
