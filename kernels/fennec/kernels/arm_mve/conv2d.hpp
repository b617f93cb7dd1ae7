// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 conv2d for Cortex-M cores with Helium (M55): same signatures and bit for bit the same
// outputs as portable::conv2d, the oracle.
//
// How it differs from the portable loops: output channels go in blocks of 16 (outermost; the
// block's constants are prepared once per call and kept on the stack, 320 bytes), then every
// output pixel, then the block's groups of four channels, each a dot product of the window with
// four filters (dot.hpp: VMLADAVA.S8, 9 instructions per 64 MACs, tail-predicated ends). The input
// zero point is not subtracted per byte: each channel's bias is folded with -zero_point * (sum of
// its filter) once per call, and a pixel whose window is clipped by padding sums the weights it
// reads instead (one VADDVA per weight load). The requantization runs on the four channels' lanes
// at once (requantize.hpp, about 5 instructions per output with the lane set-up and store).
//
// Two ways to read a window:
// - direct: each filter row's taps are one contiguous run in the input and in the OHWI filter
//   (filter_width * input_channels bytes), read in place: 1x1 convolutions and wide layers.
// - column: the window is first copied into a contiguous column on the stack (at most 256
//   bytes, padding taps set to the input zero point, which adds nothing after the fold), then
//   read as one run. Taken when it needs fewer 16-byte steps than the rows, i.e. first layers with
//   few input channels (KWS's 10x4 over 1 channel: 40 bytes in 3 steps instead of 10; VWW's 3x3
//   over 3 channels: 27 bytes in 2 steps instead of 3), and for dilated windows that fit.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/window.hpp"
#include "fennec/kernels/arm_mve/dot.hpp"
#include "fennec/kernels/arm_mve/requantize.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/conv2d.hpp"
#include "fennec/kernels/portable/conv2d.hpp"

#if FENNEC_HAS_MVE

namespace fennec::kernels::arm_mve {

namespace detail {

using arm_dsp::clip_taps;
using arm_dsp::clipped_window;
using arm_dsp::ClippedWindow;
using arm_dsp::TapRange;

inline constexpr int conv_block_channels = 16;
inline constexpr int conv_block_groups = conv_block_channels / 4;
inline constexpr int conv_column_capacity = 256;

// Four output channels' constants, for one call.
struct ConvGroup {
    LaneRequantization requantization;
    int32x4_t bias;         // the bias (0 without one)
    int32x4_t folded_bias;  // bias - input_zero_point * (sum of the whole filter)
    WeightRows filters;     // the four filters (a tail group repeats the last channel)
};

// Up to 16 output channels: groups of four, the last one possibly partial.
struct ConvBlock {
    ConvGroup group[conv_block_groups];
    int groups;
    int last_group_channels;  // 1..4: channels the last group stores
};

inline void prepare_conv_block(ConvBlock& block,
                               int first_channel,
                               int output_channels,
                               int filter_size,
                               const Conv2dQuantization& quantization,
                               const std::int8_t* filter,
                               const std::int32_t* bias) {
    const bool is_per_channel = quantization.weights == WeightQuantization::per_channel;
    const int channels = output_channels - first_channel < conv_block_channels
                             ? output_channels - first_channel
                             : conv_block_channels;
    block.groups = (channels + 3) / 4;
    block.last_group_channels = channels - 4 * (block.groups - 1);
    for (int g = 0; g < block.groups; ++g) {
        std::int32_t multiplier[4];
        std::int32_t shift[4];
        std::int32_t bias_values[4];
        std::int32_t folded[4];
        ConvGroup& group = block.group[g];
        for (int j = 0; j < 4; ++j) {
            int channel = first_channel + 4 * g + j;
            channel = channel < output_channels ? channel : output_channels - 1;
            const int quantization_channel = is_per_channel ? channel : 0;
            const std::int8_t* const channel_filter = filter + channel * filter_size;
            multiplier[j] = quantization.output_multiplier[quantization_channel];
            shift[j] = quantization.output_shift[quantization_channel];
            bias_values[j] = bias != nullptr ? bias[channel] : 0;
            folded[j] = wrapping_sum(bias_values[j], quantization.input_zero_point,
                                     weight_sum(channel_filter, filter_size), 0);
            group.filters.row[j] = channel_filter;
        }
        group.requantization = load_lane_requantization(multiplier, shift);
        group.bias = lanes(bias_values);
        group.folded_bias = lanes(folded);
    }
}

// The last stage of one pixel of one group: requantize the four accumulators and store them.
[[gnu::always_inline]] inline void store_group(int32x4_t accumulator,
                                               const ConvGroup& group,
                                               const LaneOutput& output_lanes,
                                               int channels,
                                               std::int8_t* output) {
    const int32x4_t values = requantize(accumulator, group.requantization, output_lanes);
    if (channels == 4) {
        store_int8x4(output, values);
    } else {
        store_int8x4(output, values, channels);
    }
}

// Copies `length` bytes (VLDRB/VSTRB, a predicated last step).
[[gnu::always_inline]] inline void copy_bytes(std::int8_t* destination,
                                              const std::int8_t* source,
                                              int length) {
    int i = 0;
    for (; i + 16 <= length; i += 16) {
        vstrbq_s8(destination + i, vldrbq_s8(source + i));
    }
    if (i < length) {
        const mve_pred16_t active = vctp8q(static_cast<std::uint32_t>(length - i));
        vstrbq_p_s8(destination + i, vldrbq_z_s8(source + i, active), active);
    }
}

// Sets `length` bytes to value.
inline void fill_bytes(std::int8_t* destination, int8x16_t value, int length) {
    int i = 0;
    for (; i + 16 <= length; i += 16) {
        vstrbq_s8(destination + i, value);
    }
    if (i < length) {
        vstrbq_p_s8(destination + i, value, vctp8q(static_cast<std::uint32_t>(length - i)));
    }
}

// What every pixel of a call shares.
struct ConvLoop {
    Conv2dGeometry sizes;
    std::int32_t input_zero_point;
    ClippedWindow columns;  // output columns whose window needs no clipping
    LaneOutput output_lanes;
};

// The window of one output pixel as a column of filter_size bytes in OHWI tap order, padding taps
// set to the input zero point.
template <int InputChannels, int RowRun>
inline void fill_column(const ConvLoop& loop,
                        const std::int8_t* input_image,
                        int in_y_origin,
                        int in_x_origin,
                        bool is_inner,
                        std::int8_t* column) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = InputChannels != 0 ? InputChannels : sizes.input_channels;
    const int row_run = RowRun != 0 ? RowRun : sizes.filter_width * input_channels;
    const int input_row = sizes.input_width * input_channels;
    if (is_inner && sizes.dilation_width == 1) {
        for (int filter_y = 0; filter_y < sizes.filter_height; ++filter_y) {
            const int in_y = in_y_origin + filter_y * sizes.dilation_height;
            copy_bytes(column + filter_y * row_run,
                       input_image + in_y * input_row + in_x_origin * input_channels, row_run);
        }
        return;
    }
    fill_bytes(column, vdupq_n_s8(static_cast<std::int8_t>(loop.input_zero_point)),
               sizes.filter_height * row_run);
    const TapRange rows =
        clip_taps(in_y_origin, sizes.dilation_height, sizes.filter_height, sizes.input_height);
    const TapRange taps =
        clip_taps(in_x_origin, sizes.dilation_width, sizes.filter_width, sizes.input_width);
    for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
        const int in_y = in_y_origin + filter_y * sizes.dilation_height;
        const std::int8_t* const input_row_start = input_image + in_y * input_row;
        std::int8_t* const column_row = column + filter_y * row_run;
        if (sizes.dilation_width == 1) {
            copy_bytes(column_row + taps.begin * input_channels,
                       input_row_start + (in_x_origin + taps.begin) * input_channels,
                       (taps.end - taps.begin) * input_channels);
        } else {
            for (int filter_x = taps.begin; filter_x < taps.end; ++filter_x) {
                const int in_x = in_x_origin + filter_x * sizes.dilation_width;
                copy_bytes(column_row + filter_x * input_channels,
                           input_row_start + in_x * input_channels, input_channels);
            }
        }
    }
}

// Every output pixel of one block through the column.
template <int InputChannels, int RowRun, int FilterSize>
inline void conv_block_by_column(const ConvLoop& loop,
                                 const ConvBlock& block,
                                 const std::int8_t* input,
                                 std::int8_t* output_block) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = InputChannels != 0 ? InputChannels : sizes.input_channels;
    const int filter_size =
        FilterSize != 0 ? FilterSize : sizes.filter_height * sizes.filter_width * input_channels;
    std::int8_t column[conv_column_capacity];
    std::int8_t* output_pixel = output_block;
    for (int batch = 0; batch < sizes.batches; ++batch) {
        const std::int8_t* const input_image =
            input + batch * sizes.input_height * sizes.input_width * input_channels;
        for (int out_y = 0; out_y < sizes.output_height; ++out_y) {
            const int in_y_origin = out_y * sizes.stride_height - sizes.padding_top;
            const TapRange rows = clip_taps(in_y_origin, sizes.dilation_height,
                                            sizes.filter_height, sizes.input_height);
            const bool is_inner_row = rows.begin == 0 && rows.end == sizes.filter_height;
            for (int out_x = 0; out_x < sizes.output_width; ++out_x) {
                const int in_x_origin = out_x * sizes.stride_width - sizes.padding_left;
                const bool is_inner = is_inner_row && out_x >= loop.columns.inner_begin &&
                                      out_x < loop.columns.inner_end;
                fill_column<InputChannels, RowRun>(loop, input_image, in_y_origin, in_x_origin,
                                                   is_inner, column);
                for (int g = 0; g < block.groups; ++g) {
                    const ConvGroup& group = block.group[g];
                    RowSums sums{};
                    accumulate_rows<FilterSize, false>(column, group.filters, 0, filter_size,
                                                       sums);
                    const int channels = g + 1 < block.groups ? 4 : block.last_group_channels;
                    store_group(vaddq_s32(lanes(sums.dot), group.folded_bias), group,
                                loop.output_lanes, channels, output_pixel + 4 * g);
                }
                output_pixel += sizes.output_channels;
            }
        }
    }
}

// Every output pixel of one block, reading the window's rows in place.
template <int InputChannels, int RowRun>
inline void conv_block_direct(const ConvLoop& loop,
                              const ConvBlock& block,
                              const std::int8_t* input,
                              std::int8_t* output_block) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = InputChannels != 0 ? InputChannels : sizes.input_channels;
    const int row_run = RowRun != 0 ? RowRun : sizes.filter_width * input_channels;
    const int input_row = sizes.input_width * input_channels;
    const bool is_dilated_width = sizes.dilation_width != 1;
    std::int8_t* output_pixel = output_block;
    for (int batch = 0; batch < sizes.batches; ++batch) {
        const std::int8_t* const input_image = input + batch * sizes.input_height * input_row;
        for (int out_y = 0; out_y < sizes.output_height; ++out_y) {
            const int in_y_origin = out_y * sizes.stride_height - sizes.padding_top;
            const TapRange rows = clip_taps(in_y_origin, sizes.dilation_height,
                                            sizes.filter_height, sizes.input_height);
            const bool is_inner_row = rows.begin == 0 && rows.end == sizes.filter_height;
            for (int out_x = 0; out_x < sizes.output_width; ++out_x) {
                const int in_x_origin = out_x * sizes.stride_width - sizes.padding_left;
                const bool is_inner = is_inner_row && !is_dilated_width &&
                                      out_x >= loop.columns.inner_begin &&
                                      out_x < loop.columns.inner_end;
                const std::int8_t* const window_origin =
                    input_image + in_y_origin * input_row + in_x_origin * input_channels;
                for (int g = 0; g < block.groups; ++g) {
                    const ConvGroup& group = block.group[g];
                    RowSums sums{};
                    int32x4_t accumulator;
                    if (is_inner) {
                        for (int filter_y = 0; filter_y < sizes.filter_height; ++filter_y) {
                            accumulate_rows<RowRun, false>(
                                window_origin + filter_y * sizes.dilation_height * input_row,
                                group.filters, filter_y * row_run, row_run, sums);
                        }
                        accumulator = vaddq_s32(lanes(sums.dot), group.folded_bias);
                    } else {
                        // A clipped window: sum the weights read, fold them here.
                        const TapRange taps = clip_taps(in_x_origin, sizes.dilation_width,
                                                        sizes.filter_width, sizes.input_width);
                        for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
                            const std::int8_t* const input_row_start =
                                window_origin + filter_y * sizes.dilation_height * input_row;
                            if (!is_dilated_width) {
                                accumulate_rows<0, true>(
                                    input_row_start + taps.begin * input_channels,
                                    group.filters, filter_y * row_run + taps.begin * input_channels,
                                    (taps.end - taps.begin) * input_channels, sums);
                            } else {
                                for (int filter_x = taps.begin; filter_x < taps.end; ++filter_x) {
                                    accumulate_rows<InputChannels, true>(
                                        input_row_start +
                                            filter_x * sizes.dilation_width * input_channels,
                                        group.filters,
                                        filter_y * row_run + filter_x * input_channels,
                                        input_channels, sums);
                                }
                            }
                        }
                        accumulator = vmlaq_n_s32(vaddq_s32(lanes(sums.dot), group.bias),
                                                  lanes(sums.weight_sum),
                                                  -loop.input_zero_point);
                    }
                    const int channels = g + 1 < block.groups ? 4 : block.last_group_channels;
                    store_group(accumulator, group, loop.output_lanes, channels,
                                output_pixel + 4 * g);
                }
                output_pixel += sizes.output_channels;
            }
        }
    }
}

// Whether the column beats the direct rows: fewer 16-byte steps per window, and it fits.
[[nodiscard]] constexpr bool conv_uses_column(const Conv2dGeometry& sizes) {
    const int row_run = sizes.filter_width * sizes.input_channels;
    const int filter_size = sizes.filter_height * row_run;
    const int direct_steps = sizes.dilation_width == 1
                                 ? sizes.filter_height * ((row_run + 15) / 16)
                                 : sizes.filter_height * sizes.filter_width *
                                       ((sizes.input_channels + 15) / 16);
    return filter_size <= conv_column_capacity && (filter_size + 15) / 16 < direct_steps;
}

// The kernel, with the input's channel count, the filter row run (filter_width * input_channels)
// and the filter size as compile-time constants when not 0 (the typed form).
template <int InputChannels, int RowRun, int FilterSize, bool UsesColumn>
inline void conv2d(const Conv2dGeometry& geometry,
                   const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    const int filter_size = geometry.filter_height * geometry.filter_width * geometry.input_channels;
    ConvLoop loop{};
    loop.sizes = geometry;
    loop.input_zero_point = quantization.input_zero_point;
    loop.columns = clipped_window(geometry.output_width, geometry.stride_width,
                                  geometry.padding_left, geometry.dilation_width,
                                  geometry.filter_width, geometry.input_width);
    loop.output_lanes = lane_output(quantization.output);
    for (int first_channel = 0; first_channel < geometry.output_channels;
         first_channel += conv_block_channels) {
        ConvBlock block;
        prepare_conv_block(block, first_channel, geometry.output_channels, filter_size,
                           quantization, filter, bias);
        if constexpr (UsesColumn) {
            conv_block_by_column<InputChannels, RowRun, FilterSize>(loop, block, input,
                                                                    output + first_channel);
        } else {
            conv_block_direct<InputChannels, RowRun>(loop, block, input, output + first_channel);
        }
    }
}

// The column pads with the input zero point as an int8 byte.
[[nodiscard]] constexpr bool is_int8_zero_point(std::int32_t zero_point) {
    return zero_point >= int8_min && zero_point <= int8_max;
}

}  // namespace detail

// 2-D convolution, int8 NHWC input, int8 OHWI filter, int32 bias, int8 NHWC output: the contract
// of portable::conv2d, and its exact results.
//
// - Reads exactly the tensors' elements (predicated loads end every run), writes every output
//   element once. 576 bytes of stack (a block's constants and the column), no other scratch.
// - Falls back to the portable kernel for an input zero point outside int8 (no TFLite int8 model
//   has one), which the column could not hold.
inline void conv2d(const Conv2dGeometry& geometry,
                   const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    if (!detail::is_int8_zero_point(quantization.input_zero_point)) {
        portable::conv2d(geometry, quantization, input, filter, bias, output);
    } else if (detail::conv_uses_column(geometry)) {
        detail::conv2d<0, 0, 0, true>(geometry, quantization, input, filter, bias, output);
    } else {
        detail::conv2d<0, 0, 0, false>(geometry, quantization, input, filter, bias, output);
    }
}

// The typed form: the geometry from compile-time shapes (see conv2d_geometry), the way of reading
// the window chosen at compile time and the runs' lengths as constants.
template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void conv2d(const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    constexpr Conv2dGeometry geometry =
        conv2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    constexpr int row_run = geometry.filter_width * geometry.input_channels;
    constexpr int filter_size = geometry.filter_height * row_run;
    if (!detail::is_int8_zero_point(quantization.input_zero_point)) {
        portable::conv2d(geometry, quantization, input, filter, bias, output);
    } else {
        detail::conv2d<geometry.input_channels, row_run, filter_size,
                       detail::conv_uses_column(geometry)>(geometry, quantization, input, filter,
                                                           bias, output);
    }
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
