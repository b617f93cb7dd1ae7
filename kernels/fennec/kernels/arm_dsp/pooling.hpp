// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 max_pool2d for Cortex-M cores with the DSP extension (M4, M7, M33): same signatures
// and bit for bit the same outputs as portable::max_pool2d, the oracle. average_pool2d has no
// variant here: the portable one already takes less than half of CMSIS-NN's instructions on its
// layer (the division per output, not the sum, dominates), so selected:: falls back to it.
//
// How it differs from the portable loops: four channels at a time, one word each. Per window
// cell, one LDR reads the four channels and SSUB8 + SEL keep the bytewise maximum (3 instructions
// for 4 cells, where portable takes 5 to 6 per cell); the activation clamp is the same bytewise
// pair on the packed result, one STR stores it. Windows that lie fully inside the input run with
// the filter size as constants in the typed form; clipped windows and channels left over
// (channels not a multiple of 4) take the plain loops.
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

// The bytewise maximum of four channels over `rows` x `columns` window cells; cell (y, x) at
// cells + y * row_stride + x * channels.
[[gnu::always_inline]] inline dsp::Int8x4 window_maximum_int8x4(const std::int8_t* cells,
                                                                int rows,
                                                                int columns,
                                                                int row_stride,
                                                                int channels) {
    dsp::Int8x4 maximum = dsp::splat_int8x4(int8_min);
    for (int y = 0; y < rows; ++y) {
        for (int x = 0; x < columns; ++x) {
            maximum = dsp::max_int8x4(maximum, dsp::load_int8x4(cells + y * row_stride +
                                                                 x * channels));
        }
    }
    return maximum;
}

// Every output of a max_pool2d whose activation range lies within int8 (min <= max). Channels,
// InputWidth, FilterHeight and FilterWidth are compile-time constants when not 0 (the typed form).
template <int Channels, int InputWidth, int FilterHeight, int FilterWidth, bool NeedsClamp>
inline void max_pool2d(const Pool2dGeometry& geometry,
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
                const bool is_full = has_fixed_window && rows == FilterHeight &&
                                     columns == FilterWidth;
                const std::int8_t* const cells =
                    input_image +
                    (window.in_y_origin + window.filter_y_begin) * row_stride +
                    (window.in_x_origin + window.filter_x_begin) * channels;
                std::int8_t* const output_pixel =
                    output +
                    ((batch * geometry.output_height + out_y) * geometry.output_width + out_x) *
                        channels;
                for (int c = 0; c < grouped_channels; c += 4) {
                    const dsp::Int8x4 maximum =
                        is_full ? window_maximum_int8x4(cells + c, FilterHeight, FilterWidth,
                                                        row_stride, channels)
                                : window_maximum_int8x4(cells + c, rows, columns, row_stride,
                                                        channels);
                    dsp::store_int8x4(output_pixel + c, clamp_int8x4<NeedsClamp>(
                                                            maximum, activation_min,
                                                            activation_max));
                }
                for (int c = grouped_channels; c < channels; ++c) {
                    std::int32_t maximum = int8_min;
                    for (int y = 0; y < rows; ++y) {
                        for (int x = 0; x < columns; ++x) {
                            const std::int32_t value = cells[y * row_stride + x * channels + c];
                            maximum = value > maximum ? value : maximum;
                        }
                    }
                    output_pixel[c] = clamp_to_int8(maximum, activation);
                }
            }
        }
    }
}

// Activation ranges that are not a sub-range of int8 (or are empty) go to the portable kernel,
// whose clamp order the bytewise clamp would not reproduce for them.
template <int Channels, int InputWidth, int FilterHeight, int FilterWidth>
inline void max_pool2d_dispatch(const Pool2dGeometry& geometry,
                                ActivationRange activation,
                                const std::int8_t* input,
                                std::int8_t* output) {
    if (activation.min < int8_min || activation.max > int8_max ||
        activation.min > activation.max) {
        portable::max_pool2d(geometry, activation, input, output);
    } else if (activation.min > int8_min || activation.max < int8_max) {
        max_pool2d<Channels, InputWidth, FilterHeight, FilterWidth, true>(geometry, activation,
                                                                         input, output);
    } else {
        max_pool2d<Channels, InputWidth, FilterHeight, FilterWidth, false>(geometry, activation,
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
    detail::max_pool2d_dispatch<0, 0, 0, 0>(geometry, activation, input, output);
}

// The typed form: the geometry from compile-time shapes (see pool2d_geometry), the loops
// specialised on the channel count, the input width and the filter size.
template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void max_pool2d(ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    constexpr Pool2dGeometry geometry =
        pool2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    detail::max_pool2d_dispatch<geometry.channels, geometry.input_width, geometry.filter_height,
                                geometry.filter_width>(geometry, activation, input, output);
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
