// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 depthwise_conv2d for Cortex-M cores with the DSP extension (M4, M7, M33): same
// signatures and bit for bit the same outputs as portable::depthwise_conv2d, the oracle.
//
// How it differs from the portable loops: channels are processed four at a time, outermost, and
// every output pixel of those four channels follows. Per group, the filter taps are widened once
// into int16 lane pairs (channels 0 and 2, 1 and 3), on the stack, and the per-channel
// requantization constants are derived once. Per tap, one LDR reads the four inputs, two SXTAB16
// sign-extend them and subtract the input zero point, one LDRD reads the widened weights, and four
// SMLABB/SMLATT accumulate: 8 instructions for 4 multiply-accumulates. The epilogue takes four
// instructions per output (arm_dsp/requantize.hpp) and stores four outputs with one STR. Output
// columns whose window lies fully inside the input take a path without bounds checks, unrolled
// for 3-wide filters; the border columns clip their window once per pixel; rows clip per row.
#pragma once

#include <cstdint>

#include "fennec/core/fixed_point.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/intrinsics.hpp"
#include "fennec/kernels/arm_dsp/output_group.hpp"
#include "fennec/kernels/arm_dsp/window.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"

#if FENNEC_HAS_DSP

namespace fennec::kernels::arm_dsp {

namespace detail {

// Filters with more taps than this are left to the portable kernel (the widened taps of a group
// live on the stack: 8 bytes per tap). 64 covers every depthwise filter up to 8x8.
inline constexpr int depthwise_max_taps = 64;

// Four channels ready for the pixel loop: their outputs (bias, requantization) and filter[tap],
// the tap's weights as two words of int16 lanes: low = (channel 0, channel 2), high = (channel 1,
// channel 3), doubled when the four-instruction epilogue applies.
struct DepthwiseGroup {
    dsp::WordPair filter[depthwise_max_taps];
    OutputGroup output;
};

// The sizes and constants every pixel of a group needs, unpacked once per call.
struct DepthwiseLoop {
    DepthwiseConv2dGeometry sizes;
    int output_channels;
    dsp::Int16x2 negated_input_zero_point;  // (-zp, -zp)
    ClippedWindow columns;                  // output columns whose window needs no clipping
    OutputClamp clamp;
};

// Adds one tap of four channels to the accumulators: LDR, two SXTAB16, LDRD, four SMLAxy;
// 8 instructions for 4 MACs.
[[gnu::always_inline]] inline void depthwise_tap(const std::int8_t* input_tap,
                                                 const dsp::WordPair& weights,
                                                 dsp::Int16x2 negated_input_zero_point,
                                                 Accumulators& accumulator) {
    const dsp::Int8x4 input = dsp::load_int8x4(input_tap);
    const dsp::Int16x2 even = dsp::even_bytes_plus(negated_input_zero_point, input);
    const dsp::Int16x2 odd = dsp::odd_bytes_plus(negated_input_zero_point, input);
    const dsp::WordPair lanes = weights;
    const dsp::Int16x2 even_weights = dsp::low_word(lanes);
    const dsp::Int16x2 odd_weights = dsp::high_word(lanes);
    accumulator.channel[0] = dsp::mac_low(even, even_weights, accumulator.channel[0]);
    accumulator.channel[2] = dsp::mac_high(even, even_weights, accumulator.channel[2]);
    accumulator.channel[1] = dsp::mac_low(odd, odd_weights, accumulator.channel[1]);
    accumulator.channel[3] = dsp::mac_high(odd, odd_weights, accumulator.channel[3]);
}

// One output pixel of a group whose window covers filter rows [rows.begin, rows.end) and columns
// [columns.begin, columns.end), any filter size, stride and dilation. input_tap points at the
// first covered tap of the group's first channel; output_pixel at the group's first output.
template <bool IsDoubled, bool IsContiguous, bool NeedsClamp>
[[gnu::always_inline]] inline void depthwise_clipped_pixel(const DepthwiseLoop& loop,
                                                           const DepthwiseGroup& group,
                                                           const std::int8_t* input_tap,
                                                           TapRange rows,
                                                           TapRange columns,
                                                           std::int8_t* output_pixel) {
    const int tap_row_stride =
        loop.sizes.dilation_height * loop.sizes.input_width * loop.sizes.input_channels;
    const int tap_column_stride = loop.sizes.dilation_width * loop.sizes.input_channels;
    const int filter_width = loop.sizes.filter_width;
    Accumulators accumulator = start_accumulators(group.output);
    const dsp::WordPair* weights_row = group.filter + rows.begin * filter_width;
    for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
        const std::int8_t* column_tap = input_tap;
        for (int filter_x = columns.begin; filter_x < columns.end; ++filter_x) {
            depthwise_tap(column_tap, weights_row[filter_x], loop.negated_input_zero_point,
                          accumulator);
            column_tap += tap_column_stride;
        }
        input_tap += tap_row_stride;
        weights_row += filter_width;
    }
    store_output_group<IsDoubled, IsContiguous, NeedsClamp>(group.output, loop.clamp, accumulator,
                                                            output_pixel);
}

// One output pixel of a 3x3 stride-1 filter, columns [ColumnBegin, ColumnEnd) unrolled; all three
// rows unrolled when IsFullHeight, else rows [rows.begin, rows.end). With the input's channel
// count and width known at compile time (the typed form), every tap is an immediate offset from
// input_tap, which points at tap (rows.begin, ColumnBegin).
template <int InputChannels,
          int InputWidth,
          int ColumnBegin,
          int ColumnEnd,
          bool IsFullHeight,
          bool IsDoubled,
          bool IsContiguous,
          bool NeedsClamp>
[[gnu::always_inline]] inline void depthwise_3x3_pixel(const DepthwiseLoop& loop,
                                                       const DepthwiseGroup& group,
                                                       const std::int8_t* input_tap,
                                                       TapRange rows,
                                                       std::int8_t* output_pixel) {
    const int input_channels = InputChannels != 0 ? InputChannels : loop.sizes.input_channels;
    const int input_width = InputWidth != 0 ? InputWidth : loop.sizes.input_width;
    const int input_row = input_width * input_channels;
    const int row_begin = IsFullHeight ? 0 : rows.begin;
    const int row_end = IsFullHeight ? 3 : rows.end;
    Accumulators accumulator = start_accumulators(group.output);
    for (int filter_y = row_begin; filter_y < row_end; ++filter_y) {
        for (int filter_x = ColumnBegin; filter_x < ColumnEnd; ++filter_x) {
            depthwise_tap(input_tap + (filter_y - row_begin) * input_row +
                              (filter_x - ColumnBegin) * input_channels,
                          group.filter[filter_y * 3 + filter_x], loop.negated_input_zero_point,
                          accumulator);
        }
    }
    store_output_group<IsDoubled, IsContiguous, NeedsClamp>(group.output, loop.clamp, accumulator,
                                                            output_pixel);
}

// One output row of a 3x3 stride-1 filter (no dilation). With SAME padding only the first and the
// last column are clipped, to columns [1, 3) and [0, 2); other clippings (an input one column
// wide) take the general pixel.
template <int InputChannels,
          int InputWidth,
          bool IsFullHeight,
          bool IsDoubled,
          bool IsContiguous,
          bool NeedsClamp>
inline void depthwise_3x3_row(const DepthwiseLoop& loop,
                              const DepthwiseGroup& group,
                              const std::int8_t* input_row_origin,
                              TapRange rows,
                              std::int8_t* output_row) {
    const int input_channels = InputChannels != 0 ? InputChannels : loop.sizes.input_channels;
    const int output_step = IsContiguous ? input_channels : loop.output_channels;
    const ClippedWindow& window = loop.columns;
    const auto edge_pixel = [&](int out_x) {
        const int in_x_origin = out_x - loop.sizes.padding_left;
        const TapRange columns = clip_taps(in_x_origin, 1, 3, loop.sizes.input_width);
        const std::int8_t* const input_tap =
            input_row_origin + (in_x_origin + columns.begin) * input_channels;
        std::int8_t* const output_pixel = output_row + out_x * output_step;
        if (columns.begin == 1 && columns.end == 3) {
            depthwise_3x3_pixel<InputChannels, InputWidth, 1, 3, IsFullHeight, IsDoubled,
                                IsContiguous, NeedsClamp>(loop, group, input_tap, rows,
                                                          output_pixel);
        } else if (columns.begin == 0 && columns.end == 2) {
            depthwise_3x3_pixel<InputChannels, InputWidth, 0, 2, IsFullHeight, IsDoubled,
                                IsContiguous, NeedsClamp>(loop, group, input_tap, rows,
                                                          output_pixel);
        } else {
            depthwise_clipped_pixel<IsDoubled, IsContiguous, NeedsClamp>(
                loop, group, input_tap, rows, columns, output_pixel);
        }
    };
    for (int out_x = 0; out_x < window.inner_begin; ++out_x) {
        edge_pixel(out_x);
    }
    const std::int8_t* input_tap =
        input_row_origin + (window.inner_begin - loop.sizes.padding_left) * input_channels;
    std::int8_t* output_pixel = output_row + window.inner_begin * output_step;
    for (int out_x = window.inner_begin; out_x < window.inner_end; ++out_x) {
        depthwise_3x3_pixel<InputChannels, InputWidth, 0, 3, IsFullHeight, IsDoubled, IsContiguous,
                            NeedsClamp>(loop, group, input_tap, rows, output_pixel);
        input_tap += input_channels;
        output_pixel += output_step;
    }
    for (int out_x = window.inner_end; out_x < loop.sizes.output_width; ++out_x) {
        edge_pixel(out_x);
    }
}

// Every output pixel of one group. input_channel0 points at the group's first channel of the
// image's first pixel, output_channel0 at the group's first output channel of the image's first
// pixel.
template <int InputChannels,
          int InputWidth,
          bool IsDoubled,
          bool IsContiguous,
          bool NeedsClamp,
          bool Is3x3Stride1>
inline void depthwise_group_pixels(const DepthwiseLoop& loop,
                                   const DepthwiseGroup& group,
                                   const std::int8_t* input_channel0,
                                   std::int8_t* output_channel0) {
    const int input_channels = InputChannels != 0 ? InputChannels : loop.sizes.input_channels;
    const int input_width = InputWidth != 0 ? InputWidth : loop.sizes.input_width;
    const int input_row = input_width * input_channels;
    const int output_step = IsContiguous ? input_channels : loop.output_channels;

    for (int out_y = 0; out_y < loop.sizes.output_height; ++out_y) {
        const int in_y_origin = out_y * loop.sizes.stride_height - loop.sizes.padding_top;
        const TapRange rows = clip_taps(in_y_origin, loop.sizes.dilation_height,
                                        loop.sizes.filter_height, loop.sizes.input_height);
        const std::int8_t* const input_row_origin =
            input_channel0 + (in_y_origin + rows.begin * loop.sizes.dilation_height) * input_row;
        std::int8_t* const output_row =
            output_channel0 + out_y * loop.sizes.output_width * output_step;
        if constexpr (Is3x3Stride1) {
            if (rows.begin == 0 && rows.end == 3) {
                depthwise_3x3_row<InputChannels, InputWidth, true, IsDoubled, IsContiguous,
                                  NeedsClamp>(loop, group, input_row_origin, rows, output_row);
            } else {
                depthwise_3x3_row<InputChannels, InputWidth, false, IsDoubled, IsContiguous,
                                  NeedsClamp>(loop, group, input_row_origin, rows, output_row);
            }
        } else {
            for (int out_x = 0; out_x < loop.sizes.output_width; ++out_x) {
                const int in_x_origin = out_x * loop.sizes.stride_width - loop.sizes.padding_left;
                const TapRange columns = clip_taps(in_x_origin, loop.sizes.dilation_width,
                                                   loop.sizes.filter_width, loop.sizes.input_width);
                depthwise_clipped_pixel<IsDoubled, IsContiguous, NeedsClamp>(
                    loop, group,
                    input_row_origin +
                        (in_x_origin + columns.begin * loop.sizes.dilation_width) * input_channels,
                    rows, columns, output_row + out_x * output_step);
            }
        }
    }
}

// One input channel with depth multiplier index m, for the channels that do not fill a group of
// four: the portable arithmetic restricted to one output channel.
inline void depthwise_single_channel(const DepthwiseConv2dGeometry& geometry,
                                     const DepthwiseConv2dQuantization& quantization,
                                     const std::int8_t* input_image,
                                     const std::int8_t* filter,
                                     const std::int32_t* bias,
                                     std::int8_t* output_image,
                                     int in_c,
                                     int m) {
    const int input_channels = geometry.input_channels;
    const int output_channels = input_channels * geometry.depth_multiplier;
    const int out_c = in_c * geometry.depth_multiplier + m;
    const int quantization_channel =
        quantization.weights == WeightQuantization::per_channel ? out_c : 0;
    const std::int32_t output_multiplier = quantization.output_multiplier[quantization_channel];
    const int output_shift = static_cast<int>(quantization.output_shift[quantization_channel]);
    for (int out_y = 0; out_y < geometry.output_height; ++out_y) {
        const int in_y_origin = out_y * geometry.stride_height - geometry.padding_top;
        const TapRange rows = clip_taps(in_y_origin, geometry.dilation_height,
                                        geometry.filter_height, geometry.input_height);
        for (int out_x = 0; out_x < geometry.output_width; ++out_x) {
            const int in_x_origin = out_x * geometry.stride_width - geometry.padding_left;
            const TapRange columns = clip_taps(in_x_origin, geometry.dilation_width,
                                               geometry.filter_width, geometry.input_width);
            std::int32_t accumulator = 0;
            for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
                const int in_y = in_y_origin + filter_y * geometry.dilation_height;
                for (int filter_x = columns.begin; filter_x < columns.end; ++filter_x) {
                    const int in_x = in_x_origin + filter_x * geometry.dilation_width;
                    const std::int32_t input_value =
                        input_image[(in_y * geometry.input_width + in_x) * input_channels + in_c];
                    const std::int32_t filter_value =
                        filter[(filter_y * geometry.filter_width + filter_x) * output_channels +
                               out_c];
                    accumulator += filter_value * (input_value - quantization.input_zero_point);
                }
            }
            if (bias != nullptr) {
                accumulator = fennec::add_wrapping(accumulator, bias[out_c]);
            }
            output_image[(out_y * geometry.output_width + out_x) * output_channels + out_c] =
                fennec::requantize(accumulator, output_multiplier, output_shift,
                                   quantization.output);
        }
    }
}

// The group's outputs (bias, requantization) and its taps widened to int16 lanes, doubled with
// the bias when the four-instruction epilogue applies.
inline void prepare_depthwise_group(const DepthwiseConv2dGeometry& geometry,
                                    const DepthwiseConv2dQuantization& quantization,
                                    const std::int8_t* filter,
                                    const std::int32_t* bias,
                                    int in_c0,
                                    int m,
                                    DepthwiseGroup& group) {
    const int depth_multiplier = geometry.depth_multiplier;
    const int output_channels = geometry.input_channels * depth_multiplier;
    const int filter_taps = geometry.filter_height * geometry.filter_width;
    const std::int32_t input_zero_point = quantization.input_zero_point;
    const bool is_per_channel = quantization.weights == WeightQuantization::per_channel;
    int out_c[4];
    int quantization_c[4];
    for (int j = 0; j < 4; ++j) {
        out_c[j] = (in_c0 + j) * depth_multiplier + m;
        quantization_c[j] = is_per_channel ? out_c[j] : 0;
    }
    // |sum| <= taps * |weight| <= 128 * |input - zero point| <= 128 + |zero point|.
    const std::int64_t max_abs_sum =
        std::int64_t{filter_taps} * 128 *
        (128 + (input_zero_point < 0 ? -std::int64_t{input_zero_point} : input_zero_point));
    prepare_output_group(group.output, out_c, quantization_c, quantization.output_multiplier,
                         quantization.output_shift, bias, quantization.output, max_abs_sum);
    for (int tap = 0; tap < filter_taps; ++tap) {
        const std::int8_t* const filter_tap = filter + tap * output_channels;
        dsp::Int16x2 even;
        dsp::Int16x2 odd;
        if (depth_multiplier == 1) {
            const dsp::Int8x4 weights = dsp::load_int8x4(filter_tap + in_c0);
            even = dsp::even_bytes(weights);
            odd = dsp::odd_bytes(weights);
        } else {
            even = dsp::pack_lanes(filter_tap[out_c[0]], filter_tap[out_c[2]]);
            odd = dsp::pack_lanes(filter_tap[out_c[1]], filter_tap[out_c[3]]);
        }
        group.filter[tap] = group.output.is_doubled
                                ? dsp::join_words(dsp::double_lanes(even), dsp::double_lanes(odd))
                                : dsp::join_words(even, odd);
    }
}

// The kernel, with the input's channel count and width as compile-time constants when they are
// not 0 (the typed form), so the inner loops address the taps with immediate offsets.
template <int InputChannels, int InputWidth>
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
    const int output_channels = input_channels * depth_multiplier;
    const int filter_taps = geometry.filter_height * geometry.filter_width;
    const std::int32_t input_zero_point = quantization.input_zero_point;

    if (filter_taps > depthwise_max_taps || input_zero_point < -32000 || input_zero_point > 32000) {
        portable::depthwise_conv2d(geometry, quantization, input, filter, bias, output);
        return;
    }

    DepthwiseLoop loop{};
    loop.sizes = geometry;
    loop.output_channels = output_channels;
    loop.negated_input_zero_point = dsp::pack_lanes(-input_zero_point, -input_zero_point);
    loop.columns =
        clipped_window(geometry.output_width, geometry.stride_width, geometry.padding_left,
                       geometry.dilation_width, geometry.filter_width, input_width);
    loop.clamp = output_clamp(quantization.output);
    const bool is_3x3_stride_1 = geometry.filter_height == 3 && geometry.filter_width == 3 &&
                                 geometry.stride_height == 1 && geometry.stride_width == 1 &&
                                 geometry.dilation_height == 1 && geometry.dilation_width == 1;
    const bool is_contiguous = depth_multiplier == 1;

    const int input_image_size = input_height * input_width * input_channels;
    const int output_image_size = geometry.output_height * geometry.output_width * output_channels;
    const int full_groups = input_channels / 4;
    for (int batch = 0; batch < batches; ++batch) {
        const std::int8_t* const input_image = input + batch * input_image_size;
        std::int8_t* const output_image = output + batch * output_image_size;
        for (int group_index = 0; group_index < full_groups; ++group_index) {
            const int in_c0 = 4 * group_index;
            for (int m = 0; m < depth_multiplier; ++m) {
                DepthwiseGroup group;
                prepare_depthwise_group(geometry, quantization, filter, bias, in_c0, m, group);
                const bool is_doubled = group.output.is_doubled;
                const bool needs_clamp = loop.clamp.needs_clamp;

                // Every pixel of the group, through the instantiation that fits.
                const std::int8_t* const input_channel0 = input_image + in_c0;
                std::int8_t* const output_channel0 = output_image + in_c0 * depth_multiplier + m;
                const auto run = [&](auto... flags) {
                    depthwise_group_pixels<InputChannels, InputWidth, decltype(flags)::value...>(
                        loop, group, input_channel0, output_channel0);
                };
                using Yes = BoolConstant<true>;
                using No = BoolConstant<false>;
                if (!is_doubled) {
                    if (is_3x3_stride_1) {
                        run(No{}, No{}, No{}, Yes{});
                    } else {
                        run(No{}, No{}, No{}, No{});
                    }
                } else if (!is_contiguous) {
                    run(Yes{}, No{}, Yes{}, No{});
                } else if (needs_clamp) {
                    if (is_3x3_stride_1) {
                        run(Yes{}, Yes{}, Yes{}, Yes{});
                    } else {
                        run(Yes{}, Yes{}, Yes{}, No{});
                    }
                } else if (is_3x3_stride_1) {
                    run(Yes{}, Yes{}, No{}, Yes{});
                } else {
                    run(Yes{}, Yes{}, No{}, No{});
                }
            }
        }
        // The channel tail: 1 to 3 input channels that do not fill a group.
        for (int in_c = 4 * full_groups; in_c < input_channels; ++in_c) {
            for (int m = 0; m < depth_multiplier; ++m) {
                depthwise_single_channel(geometry, quantization, input_image, filter, bias,
                                         output_image, in_c, m);
            }
        }
    }
}

}  // namespace detail

// Depthwise 2-D convolution, int8 NHWC input, int8 1HW(C*M) filter, int32 bias, int8 NHWC output:
// the contract of portable::depthwise_conv2d, and its exact results.
//
// - Reads exactly the tensors' elements (four-byte loads stay inside each group of four
//   channels), writes every output element once. Uses about 600 bytes of stack and no scratch.
// - Channel counts that are not a multiple of 4 leave 1 to 3 channels to a per-channel loop.
// - Falls back to the portable kernel (same results, slower) for filters of more than 64 taps and
//   for input zero points outside [-32000, 32000], neither of which TFLite int8 models have.
inline void depthwise_conv2d(const DepthwiseConv2dGeometry& geometry,
                             const DepthwiseConv2dQuantization& quantization,
                             const std::int8_t* input,
                             const std::int8_t* filter,
                             const std::int32_t* bias,
                             std::int8_t* output) {
    detail::depthwise_conv2d<0, 0>(geometry, quantization, input, filter, bias, output);
}

// The typed form: the geometry from compile-time shapes (see depthwise_conv2d_geometry), and the
// inner loops specialised on the input's channel count and width.
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
    detail::depthwise_conv2d<geometry.input_channels, geometry.input_width>(
        geometry, quantization, input, filter, bias, output);
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
