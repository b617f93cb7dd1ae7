// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 conv2d for Cortex-M cores with Helium (M55): same signatures and bit for bit the same
// outputs as portable::conv2d, the oracle.
//
// How it differs from the portable loops: output channels go in blocks of 16 (outermost; the
// block's constants are prepared once per call and kept on the stack, 448 bytes), then every
// output pixel, then the block's groups of four channels, each a dot product of the window with
// four filters (dot.hpp: VMLADAVA.S8, 9 instructions per 64 MACs, 0.14 per MAC, a
// tail-predicated last step). The input zero point is not subtracted per byte: each channel's bias
// is folded with -zero_point * (sum of its filter) once per call. The requantization runs on the
// four channels' lanes at once (requantize.hpp: about 4 instructions per output with the lane
// set-up and the narrowing store). Measured on the M55 (bench-cortexm, typed forms): 0.28
// instructions per MAC on ResNet's 3x3x16 and KWS's 1x1x64 layers, 0.62 on VWW's 1x1x16 (the
// per-pixel epilogue weighs more on short dot products), 0.8-1.0 on the first layers.
//
// Three ways to read a window (the fast kernels: at least four output channels, no left shift):
// - pointwise (1x1): a matrix product; one group of four channels runs over every pixel with its
//   constants in registers.
// - column: a spatial window up to 1 KiB is copied once per pixel and block into a contiguous
//   column on the stack (padding taps set to the input zero point, which adds nothing after the
//   fold) and read as one run: no per-row overhead, nothing special at the borders, and first
//   layers pack their short rows (KWS's 10x4 over 1 channel: 40 bytes in 3 steps instead of 10).
// - direct (larger windows, and the general kernel, which takes any call: fewer than four output
//   channels or a left shift): each filter row's taps are one contiguous run in the input and in
//   the OHWI filter, read in place; a window clipped by padding sums the weights it reads (one
//   VADDVA per weight load) for its zero-point term.
#pragma once

#include <cstdint>
#include <cstring>

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
inline constexpr int conv_column_capacity = 1024;
inline constexpr int conv_column_slack = 16;  // fill_column's last row store runs past the column

// The value of a size: the compile-time one when not 0 (the typed form), else the run-time one.
[[nodiscard]] constexpr int fixed_or(int compile_time, int run_time) {
    return compile_time != 0 ? compile_time : run_time;
}

// The sizes the inner loops depend on, as compile-time constants when not 0 (the typed form),
// and whether the kernel is the general one, which any call may take: it allows left shifts
// (the fast ones leave out that instruction and the vector register it needs) and fewer than four
// output channels (the group repeats the last channel and stores only what exists).
template <int InputChannels, int FilterHeight, int FilterWidth, int OutputChannels, bool IsGeneral>
struct ConvStatic {
    static constexpr int input_channels = InputChannels;
    static constexpr int filter_height = FilterHeight;
    static constexpr int filter_width = FilterWidth;
    static constexpr int output_channels = OutputChannels;
    static constexpr int row_run = InputChannels * FilterWidth;
    static constexpr int filter_size = FilterHeight * row_run;
    static constexpr bool is_general = IsGeneral;
    static constexpr bool may_shift_left = IsGeneral;
    // Filters of one group lie filter_size apart unless the group repeats a channel.
    static constexpr int row_stride = IsGeneral ? 0 : filter_size;
};

// Four output channels' constants, for one call.
struct ConvGroup {
    LaneRequantization requantization;
    int32x4_t bias;             // the bias (0 without one)
    int32x4_t folded_bias;      // bias - input_zero_point * (sum of the whole filter)
    std::int32_t folded[4];     // the same as scalars: where a column's sums start
    const std::int8_t* filter;  // the first channel's filter
    int filter_offset[4];       // channel j's filter, from the first's
    int first_channel;          // the output channel of lane 0
};

// The groups of up to 16 output channels. With four or more output channels every group is
// complete: the last group of a channel count that is not a multiple of 4 starts earlier and
// overlaps its neighbour (those outputs are computed and stored twice, with the same values).
struct ConvBlock {
    ConvGroup group[conv_block_groups];
    int groups;
};

inline void prepare_conv_block(ConvBlock& block,
                               int block_channel,
                               int output_channels,
                               int filter_size,
                               const Conv2dQuantization& quantization,
                               const std::int8_t* filter,
                               const std::int32_t* bias) {
    const bool is_per_channel = quantization.weights == WeightQuantization::per_channel;
    const int channels = output_channels - block_channel < conv_block_channels
                             ? output_channels - block_channel
                             : conv_block_channels;
    block.groups = (channels + 3) / 4;
    for (int g = 0; g < block.groups; ++g) {
        ConvGroup& group = block.group[g];
        int first_channel = block_channel + 4 * g;
        first_channel = first_channel + 4 <= output_channels || output_channels < 4
                            ? first_channel
                            : output_channels - 4;
        std::int32_t multiplier[4];
        std::int32_t shift[4];
        std::int32_t bias_values[4];
        std::int32_t folded[4];
        for (int j = 0; j < 4; ++j) {
            const int channel =
                first_channel + j < output_channels ? first_channel + j : output_channels - 1;
            const int quantization_channel = is_per_channel ? channel : 0;
            multiplier[j] = quantization.output_multiplier[quantization_channel];
            shift[j] = quantization.output_shift[quantization_channel];
            bias_values[j] = bias != nullptr ? bias[channel] : 0;
            folded[j] = wrapping_sum(bias_values[j], quantization.input_zero_point,
                                     weight_sum(filter + channel * filter_size, filter_size), 0);
            group.filter_offset[j] = (channel - first_channel) * filter_size;
        }
        group.requantization = load_lane_requantization(multiplier, shift);
        group.bias = lanes(bias_values);
        group.folded_bias = lanes(folded);
        for (int j = 0; j < 4; ++j) {
            group.folded[j] = folded[j];
        }
        group.filter = filter + first_channel * filter_size;
        group.first_channel = first_channel;
    }
}

template <class Static>
[[gnu::always_inline]] inline WeightRows<Static::row_stride> group_rows(const ConvGroup& group) {
    return WeightRows<Static::row_stride>{group.filter,
                                          {group.filter_offset[0], group.filter_offset[1],
                                           group.filter_offset[2], group.filter_offset[3]}};
}

// The last stage of one pixel of one group: requantize the four accumulators and store them at
// output_pixel[first_channel..]; the general kernel stores only the lanes of real channels.
template <class Static>
[[gnu::always_inline]] inline void store_group(int32x4_t accumulator,
                                               const ConvGroup& group,
                                               const LaneOutput& output_lanes,
                                               int output_channels,
                                               std::int8_t* output_pixel) {
    const int32x4_t values =
        requantize<Static::may_shift_left>(accumulator, group.requantization, output_lanes);
    if constexpr (Static::is_general) {
        const int channels = output_channels - group.first_channel;
        store_int8x4(output_pixel + group.first_channel, values, channels < 4 ? channels : 4);
    } else {
        store_int8x4(output_pixel + group.first_channel, values);
    }
}

// Copies `length` bytes (VLDRB/VSTRB, a predicated last step). Length is the length when not 0:
// a multiple of 4 up to 16 then copies words (two instructions per word, no predicate).
template <int Length = 0>
[[gnu::always_inline]] inline void copy_bytes(std::int8_t* destination,
                                              const std::int8_t* source,
                                              int length) {
    if constexpr (Length != 0 && Length % 4 == 0 && Length <= 16) {
        std::memcpy(destination, source, Length);
    } else {
        const int run = Length != 0 ? Length : length;
        int i = 0;
        for (; i + 16 <= run; i += 16) {
            vstrbq_s8(destination + i, vldrbq_s8(source + i));
        }
        if (i < run) {
            const mve_pred16_t active = vctp8q(static_cast<std::uint32_t>(run - i));
            vstrbq_p_s8(destination + i, vldrbq_z_s8(source + i, active), active);
        }
    }
}

// Sets `length` bytes to value. Every step is predicated: as a plain loop of stores GCC turns it
// into a call to memset, which costs more than the few steps of a window row.
inline void fill_bytes(std::int8_t* destination, int8x16_t value, int length) {
    for (int i = 0; i < length; i += 16) {
        vstrbq_p_s8(destination + i, value, vctp8q(static_cast<std::uint32_t>(length - i)));
    }
}

// What every pixel of a call shares.
struct ConvLoop {
    Conv2dGeometry sizes;
    std::int32_t input_zero_point;
    int8x16_t zero_point_bytes;  // the input zero point in every byte (the column's padding)
    ClippedWindow columns;       // output columns whose window needs no clipping
    LaneOutput output_lanes;
};

// Calls visit(input_image, in_y_origin, in_x_origin, is_inner, output_pixel) for every output
// pixel in order; is_inner: the window lies inside the input (no padding tap).
template <class Static, class Visit>
[[gnu::always_inline]] inline void for_each_output_pixel(const ConvLoop& loop,
                                                         const std::int8_t* input,
                                                         std::int8_t* output,
                                                         Visit&& visit) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = fixed_or(Static::input_channels, sizes.input_channels);
    const int filter_height = fixed_or(Static::filter_height, sizes.filter_height);
    const int output_channels = fixed_or(Static::output_channels, sizes.output_channels);
    std::int8_t* output_pixel = output;
    for (int batch = 0; batch < sizes.batches; ++batch) {
        const std::int8_t* const input_image =
            input + batch * sizes.input_height * sizes.input_width * input_channels;
        for (int out_y = 0; out_y < sizes.output_height; ++out_y) {
            const int in_y_origin = out_y * sizes.stride_height - sizes.padding_top;
            const TapRange rows =
                clip_taps(in_y_origin, sizes.dilation_height, filter_height, sizes.input_height);
            const bool is_inner_row = rows.begin == 0 && rows.end == filter_height;
            for (int out_x = 0; out_x < sizes.output_width; ++out_x) {
                const int in_x_origin = out_x * sizes.stride_width - sizes.padding_left;
                const bool is_inner = is_inner_row && out_x >= loop.columns.inner_begin &&
                                      out_x < loop.columns.inner_end;
                visit(input_image, in_y_origin, in_x_origin, is_inner, output_pixel);
                output_pixel += output_channels;
            }
        }
    }
}

// The window of one output pixel as a column of filter_size bytes in OHWI tap order, padding taps
// set to the input zero point. A window inside the input is copied row by row (row_run bytes,
// a compile-time length in the typed form). A clipped window whose rows fit a vector (row_run <=
// 16, no dilation) costs about five instructions a row: one predicated load of the taps inside
// the input (the inactive lanes are not read), VPSEL to put the zero point in the others, one
// 16-byte store (the column has 16 bytes of slack: each row's store runs into the next row,
// which is written after it). Other clipped windows: fill, then copy the taps inside.
template <class Static>
inline void fill_column(const ConvLoop& loop,
                        const std::int8_t* input_image,
                        int in_y_origin,
                        int in_x_origin,
                        bool is_inner,
                        std::int8_t* column) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = fixed_or(Static::input_channels, sizes.input_channels);
    const int filter_height = fixed_or(Static::filter_height, sizes.filter_height);
    const int filter_width = fixed_or(Static::filter_width, sizes.filter_width);
    const int row_run = filter_width * input_channels;
    const int input_row = sizes.input_width * input_channels;
    if (is_inner && sizes.dilation_width == 1) {
        for (int filter_y = 0; filter_y < filter_height; ++filter_y) {
            const int in_y = in_y_origin + filter_y * sizes.dilation_height;
            copy_bytes<Static::row_run>(
                column + filter_y * row_run,
                input_image + in_y * input_row + in_x_origin * input_channels, row_run);
        }
        return;
    }
    const TapRange taps =
        clip_taps(in_x_origin, sizes.dilation_width, filter_width, sizes.input_width);
    if (row_run <= 16 && sizes.dilation_width == 1) {
        // Lanes [begin, end) of a row hold taps inside the input.
        const auto inside = static_cast<mve_pred16_t>(
            vctp8q(static_cast<std::uint32_t>(taps.end * input_channels)) &
            ~vctp8q(static_cast<std::uint32_t>(taps.begin * input_channels)));
        const int8x16_t zero_point = loop.zero_point_bytes;
        for (int filter_y = 0; filter_y < filter_height; ++filter_y) {
            const int in_y = in_y_origin + filter_y * sizes.dilation_height;
            int8x16_t row = zero_point;
            if (in_y >= 0 && in_y < sizes.input_height) {
                // Where the row's first tap would be: before the image's row when clipped on the
                // left, so the address is formed as an integer (only lanes inside are read).
                const auto row_origin = reinterpret_cast<const std::int8_t*>(
                    reinterpret_cast<std::uintptr_t>(input_image + in_y * input_row) +
                    static_cast<std::uintptr_t>(in_x_origin * input_channels));
                row = vpselq_s8(vldrbq_z_s8(row_origin, inside), zero_point, inside);
            }
            vstrbq_s8(column + filter_y * row_run, row);
        }
        return;
    }
    for (int filter_y = 0; filter_y < filter_height; ++filter_y) {
        const int in_y = in_y_origin + filter_y * sizes.dilation_height;
        std::int8_t* const column_row = column + filter_y * row_run;
        fill_bytes(column_row, loop.zero_point_bytes, row_run);
        if (in_y < 0 || in_y >= sizes.input_height) {
            continue;
        }
        const std::int8_t* const input_row_start = input_image + in_y * input_row;
        for (int filter_x = taps.begin; filter_x < taps.end;) {
            // Without dilation the taps inside are one run; with it, one run per tap.
            const int run_taps = sizes.dilation_width == 1 ? taps.end - taps.begin : 1;
            const int in_x = in_x_origin + filter_x * sizes.dilation_width;
            copy_bytes(column_row + filter_x * input_channels,
                       input_row_start + in_x * input_channels, run_taps * input_channels);
            filter_x += run_taps;
        }
    }
}

// Every output pixel of one block through the column.
template <class Static>
inline void conv_block_by_column(const ConvLoop& loop,
                                 const ConvBlock& block,
                                 const std::int8_t* input,
                                 std::int8_t* output) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int filter_size = fixed_or(
        Static::filter_size, sizes.filter_height * sizes.filter_width * sizes.input_channels);
    std::int8_t column[conv_column_capacity + conv_column_slack];
    for_each_output_pixel<Static>(
        loop, input, output,
        [&](const std::int8_t* input_image, int in_y_origin, int in_x_origin, bool is_inner,
            std::int8_t* output_pixel) {
            fill_column<Static>(loop, input_image, in_y_origin, in_x_origin, is_inner, column);
            for (int g = 0; g < block.groups; ++g) {
                const ConvGroup& group = block.group[g];
                RowSums sums{{group.folded[0], group.folded[1], group.folded[2], group.folded[3]},
                             {0, 0, 0, 0}};
                accumulate_rows<Static::filter_size, false>(column, group_rows<Static>(group), 0,
                                                            filter_size, sums);
                store_group<Static>(lanes(sums.dot), group, loop.output_lanes,
                                    sizes.output_channels, output_pixel);
            }
        });
}

// The accumulator of one pixel of one group whose window is clipped by padding: only the taps
// inside the input are read, and their weights are summed for the zero-point term.
template <class Static>
inline int32x4_t clipped_window_accumulator(const ConvLoop& loop,
                                            const ConvGroup& group,
                                            const std::int8_t* input_image,
                                            int in_y_origin,
                                            int in_x_origin) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = fixed_or(Static::input_channels, sizes.input_channels);
    const int filter_height = fixed_or(Static::filter_height, sizes.filter_height);
    const int filter_width = fixed_or(Static::filter_width, sizes.filter_width);
    const int row_run = filter_width * input_channels;
    const int input_row = sizes.input_width * input_channels;
    const TapRange rows =
        clip_taps(in_y_origin, sizes.dilation_height, filter_height, sizes.input_height);
    const TapRange taps =
        clip_taps(in_x_origin, sizes.dilation_width, filter_width, sizes.input_width);
    const WeightRows<Static::row_stride> filters = group_rows<Static>(group);
    RowSums sums{};
    for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
        const std::int8_t* const input_row_start =
            input_image + (in_y_origin + filter_y * sizes.dilation_height) * input_row;
        if (sizes.dilation_width == 1) {
            accumulate_rows<0, true>(input_row_start + (in_x_origin + taps.begin) * input_channels,
                                     filters, filter_y * row_run + taps.begin * input_channels,
                                     (taps.end - taps.begin) * input_channels, sums);
        } else {
            for (int filter_x = taps.begin; filter_x < taps.end; ++filter_x) {
                accumulate_rows<Static::input_channels, true>(
                    input_row_start +
                        (in_x_origin + filter_x * sizes.dilation_width) * input_channels,
                    filters, filter_y * row_run + filter_x * input_channels, input_channels, sums);
            }
        }
    }
    return vmlaq_n_s32(vaddq_s32(lanes(sums.dot), group.bias), lanes(sums.weight_sum),
                       -loop.input_zero_point);
}

// Every output pixel of one block, reading the window's rows in place.
template <class Static>
inline void conv_block_direct(const ConvLoop& loop,
                              const ConvBlock& block,
                              const std::int8_t* input,
                              std::int8_t* output) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = fixed_or(Static::input_channels, sizes.input_channels);
    const int filter_height = fixed_or(Static::filter_height, sizes.filter_height);
    const int row_run = fixed_or(Static::row_run, sizes.filter_width * input_channels);
    const int input_row = sizes.input_width * input_channels;
    const bool is_dilated_width = sizes.dilation_width != 1;
    for_each_output_pixel<Static>(
        loop, input, output,
        [&](const std::int8_t* input_image, int in_y_origin, int in_x_origin, bool is_inner,
            std::int8_t* output_pixel) {
            if (is_inner && !is_dilated_width) {
                const std::int8_t* const window =
                    input_image + in_y_origin * input_row + in_x_origin * input_channels;
                for (int g = 0; g < block.groups; ++g) {
                    const ConvGroup& group = block.group[g];
                    const WeightRows<Static::row_stride> filters = group_rows<Static>(group);
                    // The weights of the filter rows follow each other: the pointers carry on.
                    const std::int8_t* weights[4] = {filters.row(0), filters.row(1), filters.row(2),
                                                     filters.row(3)};
                    std::int32_t dot[4] = {0, 0, 0, 0};
                    std::int32_t unused_weight_sum[4];
                    const std::int8_t* input_row_start = window;
                    for (int filter_y = 0; filter_y < filter_height; ++filter_y) {
                        accumulate_run<Static::row_run, false, false>(
                            input_row_start, weights, row_run, dot, unused_weight_sum);
                        input_row_start += sizes.dilation_height * input_row;
                    }
                    store_group<Static>(vaddq_s32(lanes(dot), group.folded_bias), group,
                                        loop.output_lanes, sizes.output_channels, output_pixel);
                }
            } else {
                for (int g = 0; g < block.groups; ++g) {
                    const ConvGroup& group = block.group[g];
                    store_group<Static>(clipped_window_accumulator<Static>(
                                            loop, group, input_image, in_y_origin, in_x_origin),
                                        group, loop.output_lanes, sizes.output_channels,
                                        output_pixel);
                }
            }
        });
}

// A pointwise (1x1) convolution, one group of four output channels over every pixel: the loop
// order of a matrix product, so the group's constants stay in registers across the pixels and a
// pixel costs its dot product (one run of input_channels bytes), the lane set-up and the
// epilogue. A 1x1 window is never clipped (its padding is 0).
template <class Static>
inline void conv_pointwise_group(const ConvLoop& loop,
                                 const ConvGroup& group,
                                 const std::int8_t* input,
                                 std::int8_t* output) {
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = fixed_or(Static::input_channels, sizes.input_channels);
    const int output_channels = fixed_or(Static::output_channels, sizes.output_channels);
    const int input_row = sizes.input_width * input_channels;
    const int input_step = sizes.stride_width * input_channels;
    const LaneRequantization requantization = group.requantization;
    const LaneOutput output_lanes = loop.output_lanes;
    const WeightRows<Static::row_stride> filters = group_rows<Static>(group);
    const std::int8_t* const filter_rows[4] = {filters.row(0), filters.row(1), filters.row(2),
                                               filters.row(3)};
    // The sums start at the folded bias (core registers), which spares a vector register and an
    // addition per pixel.
    const std::int32_t start[4] = {
        vgetq_lane_s32(group.folded_bias, 0), vgetq_lane_s32(group.folded_bias, 1),
        vgetq_lane_s32(group.folded_bias, 2), vgetq_lane_s32(group.folded_bias, 3)};
    std::int8_t* output_pixel = output + group.first_channel;
    for (int batch = 0; batch < sizes.batches; ++batch) {
        const std::int8_t* const input_image = input + batch * sizes.input_height * input_row;
        for (int out_y = 0; out_y < sizes.output_height; ++out_y) {
            const std::int8_t* input_pixel = input_image + out_y * sizes.stride_height * input_row;
            for (int out_x = 0; out_x < sizes.output_width; ++out_x) {
                const std::int8_t* weights[4] = {filter_rows[0], filter_rows[1], filter_rows[2],
                                                 filter_rows[3]};
                std::int32_t dot[4] = {start[0], start[1], start[2], start[3]};
                std::int32_t unused_weight_sum[4];
                accumulate_run<Static::input_channels, false,
                               (Static::row_stride != 0 &&
                                3 * Static::row_stride + Static::input_channels <= 128),
                               false>(input_pixel, weights, input_channels, dot, unused_weight_sum);
                store_int8x4(output_pixel, requantize<Static::may_shift_left>(
                                               lanes(dot), requantization, output_lanes));
                input_pixel += input_step;
                output_pixel += output_channels;
            }
        }
    }
}

// Whether the column beats the direct rows: fewer 16-byte steps per window, and it fits.
[[nodiscard]] constexpr bool conv_uses_column(const Conv2dGeometry& sizes) {
    const int row_run = sizes.filter_width * sizes.input_channels;
    const int filter_size = sizes.filter_height * row_run;
    const int direct_steps = sizes.dilation_width == 1 ? sizes.filter_height * ((row_run + 15) / 16)
                                                       : sizes.filter_height * sizes.filter_width *
                                                             ((sizes.input_channels + 15) / 16);
    return filter_size <= conv_column_capacity &&
           ((filter_size + 15) / 16 < direct_steps || sizes.filter_height * sizes.filter_width > 1);
}

// The kernel for one Static configuration.
template <class Static, bool UsesColumn>
inline void conv2d(const Conv2dGeometry& geometry,
                   const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    const int filter_size =
        geometry.filter_height * geometry.filter_width * geometry.input_channels;
    ConvLoop loop{};
    loop.sizes = geometry;
    loop.input_zero_point = quantization.input_zero_point;
    loop.zero_point_bytes = vdupq_n_s8(static_cast<std::int8_t>(quantization.input_zero_point));
    loop.columns =
        clipped_window(geometry.output_width, geometry.stride_width, geometry.padding_left,
                       geometry.dilation_width, geometry.filter_width, geometry.input_width);
    loop.output_lanes = lane_output(quantization.output);
    for (int block_channel = 0; block_channel < geometry.output_channels;
         block_channel += conv_block_channels) {
        ConvBlock block;
        prepare_conv_block(block, block_channel, geometry.output_channels, filter_size,
                           quantization, filter, bias);
        if constexpr (UsesColumn) {
            conv_block_by_column<Static>(loop, block, input, output);
        } else if constexpr (Static::filter_height == 1 && Static::filter_width == 1 &&
                             !Static::is_general) {
            for (int g = 0; g < block.groups; ++g) {
                conv_pointwise_group<Static>(loop, block.group[g], input, output);
            }
        } else {
            conv_block_direct<Static>(loop, block, input, output);
        }
    }
}

// Picks the instantiation: the general kernel (reading every window in place) for fewer than
// four output channels or a left shift (both rare: a model's last layers, multipliers above 1),
// else the fast one for the way of reading the window. Two instantiations per call site keep the
// code of the size-erased form, which whole models share, small.
template <int InputChannels, int FilterHeight, int FilterWidth, int OutputChannels, bool UsesColumn>
inline void dispatch_conv2d(const Conv2dGeometry& geometry,
                            const Conv2dQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    const int shifts =
        quantization.weights == WeightQuantization::per_channel ? geometry.output_channels : 1;
    bool has_left_shift = false;
    for (int c = 0; c < shifts; ++c) {
        has_left_shift = has_left_shift || quantization.output_shift[c] > 0;
    }
    if (geometry.output_channels < 4 || has_left_shift) {
        conv2d<ConvStatic<InputChannels, FilterHeight, FilterWidth, OutputChannels, true>, false>(
            geometry, quantization, input, filter, bias, output);
    } else {
        conv2d<ConvStatic<InputChannels, FilterHeight, FilterWidth, OutputChannels, false>,
               UsesColumn>(geometry, quantization, input, filter, bias, output);
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
// - Reads exactly the tensors' elements (predicated loads end every run) and writes every output
//   element (with a channel count that is not a multiple of 4, a few of them twice, with the same
//   value). About 1.5 KiB of stack (a block's constants and the column), no scratch.
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
        detail::dispatch_conv2d<0, 0, 0, 0, true>(geometry, quantization, input, filter, bias,
                                                  output);
    } else if (geometry.filter_height == 1 && geometry.filter_width == 1) {
        // Pointwise: one run per pixel, no row loop (a third of the instructions of a KWS
        // pointwise layer through the general instantiation went to its overhead).
        detail::dispatch_conv2d<0, 1, 1, 0, false>(geometry, quantization, input, filter, bias,
                                                   output);
    } else {
        detail::dispatch_conv2d<0, 0, 0, 0, false>(geometry, quantization, input, filter, bias,
                                                   output);
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
    if (!detail::is_int8_zero_point(quantization.input_zero_point)) {
        portable::conv2d(geometry, quantization, input, filter, bias, output);
    } else {
        detail::dispatch_conv2d<geometry.input_channels, geometry.filter_height,
                                geometry.filter_width, geometry.output_channels,
                                detail::conv_uses_column(geometry)>(geometry, quantization, input,
                                                                    filter, bias, output);
    }
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
