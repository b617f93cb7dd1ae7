// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 max_pool2d and average_pool2d for Cortex-M cores with the DSP extension (M4, M7, M33):
// same signatures and bit for bit the same outputs as portable::max_pool2d and
// portable::average_pool2d, the oracles.
//
// How they differ from the portable loops: four channels at a time, one word each. Per window
// cell, one LDR reads the four channels; max pooling keeps the bytewise maximum with SSUB8 + SEL
// (3 instructions for 4 cells, where portable takes 5 to 6 per cell); average pooling adds the
// four bytes into two words of int16 lanes with two SXTAB16 (3 instructions for 4 cells, exact
// for windows of up to 256 cells: 256 * -128 is still an int16), then divides each channel's
// sum as portable does (SDIV, rounding half away from zero). The activation clamp is the
// bytewise pair on the packed result, one STR stores it. Windows that lie fully inside the input
// run with the filter size as constants in the typed form; clipped windows take the same loops
// with their clipped sizes, channels left over (channels not a multiple of 4) and average windows
// of more than 256 cells take plain per-channel loops.
//
// Instruction budget (M4, bench_accelerated): max pool 2x2 over 24x24x16 about 0.9 per input
// element (CMSIS-NN 10.9); KWS average pool 25x5 over 64 channels about 1.0 (CMSIS-NN 6.4,
// portable 2.7).
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/kernels/arm_dsp/intrinsics.hpp"
#include "fennec/kernels/arm_dsp/requantize.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/pooling.hpp"
#include "fennec/kernels/portable/pooling.hpp"

#if FENNEC_HAS_DSP

namespace fennec::kernels::arm_dsp {

namespace detail {

// What max_pool2d does per window: the bytewise maximum of four channels, or of one.
struct MaxOfCells {
    // cells[y * row_stride + x * channels] for y < rows, x < columns: four channels in a word.
    [[gnu::always_inline]] static dsp::Int8x4 four_channels(
        const std::int8_t* cells, int rows, int columns, int row_stride, int channels) {
        dsp::Int8x4 maximum = dsp::splat_int8x4(int8_min);
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < columns; ++x) {
                maximum = dsp::max_int8x4(maximum,
                                          dsp::load_int8x4(cells + y * row_stride + x * channels));
            }
        }
        return maximum;
    }

    static std::int32_t one_channel(
        const std::int8_t* cells, int rows, int columns, int row_stride, int channels) {
        std::int32_t maximum = int8_min;
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < columns; ++x) {
                const std::int32_t value = cells[y * row_stride + x * channels];
                maximum = value > maximum ? value : maximum;
            }
        }
        return maximum;
    }
};

// What average_pool2d does per window: the sum of each channel over the cells, divided by their
// number and rounded half away from zero (portable's WindowAverage).
struct AverageOfCells {
    // Windows of up to this many cells sum in int16 lanes: |sum| <= 256 * 128 = 2^15.
    static constexpr int max_lane_cells = 256;

    [[nodiscard]] static std::int32_t rounded_average(std::int32_t sum, std::int32_t count) {
        const std::int32_t half_count = count / 2;
        return sum > 0 ? (sum + half_count) / count : (sum - half_count) / count;
    }

    [[gnu::always_inline]] static dsp::Int8x4 four_channels(
        const std::int8_t* cells, int rows, int columns, int row_stride, int channels) {
        const std::int32_t count = rows * columns;
        std::int32_t sum[4] = {};
        if (count <= max_lane_cells) {
            dsp::Int16x2 even = 0;  // channels 0 and 2
            dsp::Int16x2 odd = 0;   // channels 1 and 3
            for (int y = 0; y < rows; ++y) {
                for (int x = 0; x < columns; ++x) {
                    const dsp::Int8x4 bytes =
                        dsp::load_int8x4(cells + y * row_stride + x * channels);
                    even = dsp::even_bytes_plus(even, bytes);
                    odd = dsp::odd_bytes_plus(odd, bytes);
                }
            }
            sum[0] = dsp::low_lane(even);
            sum[1] = dsp::low_lane(odd);
            sum[2] = dsp::high_lane(even);
            sum[3] = dsp::high_lane(odd);
        } else {
            for (int j = 0; j < 4; ++j) {
                sum[j] = sum_of_cells(cells + j, rows, columns, row_stride, channels);
            }
        }
        return dsp::pack_int8x4(rounded_average(sum[0], count), rounded_average(sum[1], count),
                                rounded_average(sum[2], count), rounded_average(sum[3], count));
    }

    static std::int32_t one_channel(
        const std::int8_t* cells, int rows, int columns, int row_stride, int channels) {
        return rounded_average(sum_of_cells(cells, rows, columns, row_stride, channels),
                               rows * columns);
    }

    static std::int32_t sum_of_cells(
        const std::int8_t* cells, int rows, int columns, int row_stride, int channels) {
        std::int32_t sum = 0;
        for (int y = 0; y < rows; ++y) {
            for (int x = 0; x < columns; ++x) {
                sum += cells[y * row_stride + x * channels];
            }
        }
        return sum;
    }
};

// Every output of a pooling kernel (Cells: MaxOfCells or AverageOfCells) whose activation range
// lies within int8 (min <= max). Channels, InputWidth, FilterHeight and FilterWidth are
// compile-time constants when not 0 (the typed form).
template <class Cells,
          int Channels,
          int InputWidth,
          int FilterHeight,
          int FilterWidth,
          bool NeedsClamp>
inline void pool2d(const Pool2dGeometry& geometry,
                   ActivationRange activation,
                   const std::int8_t* input,
                   std::int8_t* output) {
    // Parameters.
    const int channels = Channels != 0 ? Channels : geometry.channels;
    const int input_width = InputWidth != 0 ? InputWidth : geometry.input_width;
    const int input_height = geometry.input_height;
    const int row_stride = input_width * channels;
    const int grouped_channels = channels & ~3;
    const dsp::Int8x4 activation_min = dsp::splat_int8x4(activation.min);
    const dsp::Int8x4 activation_max = dsp::splat_int8x4(activation.max);
    constexpr bool has_fixed_window = FilterHeight != 0 && FilterWidth != 0;

    for (int batch = 0; batch < geometry.batches; ++batch) {
        const std::int8_t* const input_image = input + batch * input_height * row_stride;
        for (int out_y = 0; out_y < geometry.output_height; ++out_y) {
            for (int out_x = 0; out_x < geometry.output_width; ++out_x) {
                const portable::detail::PoolWindow window =
                    portable::detail::pool_window(geometry, out_y, out_x);
                const int rows = window.filter_y_end - window.filter_y_begin;
                const int columns = window.filter_x_end - window.filter_x_begin;
                const bool is_full =
                    has_fixed_window && rows == FilterHeight && columns == FilterWidth;
                const std::int8_t* const cells =
                    input_image + (window.in_y_origin + window.filter_y_begin) * row_stride +
                    (window.in_x_origin + window.filter_x_begin) * channels;
                std::int8_t* const output_pixel =
                    output +
                    ((batch * geometry.output_height + out_y) * geometry.output_width + out_x) *
                        channels;
                for (int c = 0; c < grouped_channels; c += 4) {
                    const dsp::Int8x4 result =
                        is_full
                            ? Cells::four_channels(cells + c, FilterHeight, FilterWidth, row_stride,
                                                   channels)
                            : Cells::four_channels(cells + c, rows, columns, row_stride, channels);
                    dsp::store_int8x4(
                        output_pixel + c,
                        clamp_int8x4<NeedsClamp>(result, activation_min, activation_max));
                }
                for (int c = grouped_channels; c < channels; ++c) {
                    output_pixel[c] = clamp_to_int8(
                        Cells::one_channel(cells + c, rows, columns, row_stride, channels),
                        activation);
                }
            }
        }
    }
}

// Activation ranges that are not a sub-range of int8 (or are empty) go to the portable kernel
// (portable_kernel), whose clamp order the bytewise clamp would not reproduce for them.
template <class Cells, int Channels, int InputWidth, int FilterHeight, int FilterWidth>
inline void pool2d_dispatch(const Pool2dGeometry& geometry,
                            ActivationRange activation,
                            const std::int8_t* input,
                            std::int8_t* output,
                            void (*portable_kernel)(const Pool2dGeometry&,
                                                    ActivationRange,
                                                    const std::int8_t*,
                                                    std::int8_t*)) {
    if (activation.min < int8_min || activation.max > int8_max || activation.min > activation.max) {
        portable_kernel(geometry, activation, input, output);
    } else if (activation.min > int8_min || activation.max < int8_max) {
        pool2d<Cells, Channels, InputWidth, FilterHeight, FilterWidth, true>(geometry, activation,
                                                                             input, output);
    } else {
        pool2d<Cells, Channels, InputWidth, FilterHeight, FilterWidth, false>(geometry, activation,
                                                                              input, output);
    }
}

}  // namespace detail

// Max pooling, int8 NHWC: the contract of portable::max_pool2d and its exact results. Reads
// exactly the input's elements, writes every output element once, no scratch memory.
inline void max_pool2d(const Pool2dGeometry& geometry,
                       ActivationRange activation,
                       const std::int8_t* input,
                       std::int8_t* output) {
    detail::pool2d_dispatch<detail::MaxOfCells, 0, 0, 0, 0>(geometry, activation, input, output,
                                                            portable::max_pool2d);
}

// Average pooling, int8 NHWC: the contract of portable::average_pool2d and its exact results.
// Reads exactly the input's elements, writes every output element once, no scratch memory.
inline void average_pool2d(const Pool2dGeometry& geometry,
                           ActivationRange activation,
                           const std::int8_t* input,
                           std::int8_t* output) {
    detail::pool2d_dispatch<detail::AverageOfCells, 0, 0, 0, 0>(geometry, activation, input, output,
                                                                portable::average_pool2d);
}

// The typed forms: the geometry from compile-time shapes (see pool2d_geometry), the loops
// specialised on the channel count, the input width and the filter size.
template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void max_pool2d(ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    constexpr Pool2dGeometry geometry =
        pool2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    detail::pool2d_dispatch<detail::MaxOfCells, geometry.channels, geometry.input_width,
                            geometry.filter_height, geometry.filter_width>(
        geometry, activation, input, output, portable::max_pool2d);
}

template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void average_pool2d(ActivationRange activation,
                           const std::int8_t* input,
                           std::int8_t* output) {
    constexpr Pool2dGeometry geometry =
        pool2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    detail::pool2d_dispatch<detail::AverageOfCells, geometry.channels, geometry.input_width,
                            geometry.filter_height, geometry.filter_width>(
        geometry, activation, input, output, portable::average_pool2d);
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
