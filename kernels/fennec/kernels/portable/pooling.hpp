// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 pooling kernels: TFLite's AVERAGE_POOL_2D and MAX_POOL_2D with int8
// activations, bit-exact with TFLM's reference AveragePool and MaxPool. Written to be read, not
// tuned; they are the oracle the accelerated variants are tested against.
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/kernels/params/pooling.hpp"

namespace fennec::kernels::portable {

namespace detail {

// The part of one pooling window that lies inside the input: filter rows [filter_y_begin,
// filter_y_end) and columns [filter_x_begin, filter_x_end), counted from the window's origin
// (in_y_origin, in_x_origin), which may lie in the padding above or left of the input.
struct PoolWindow {
    int in_y_origin;
    int in_x_origin;
    int filter_y_begin;
    int filter_y_end;
    int filter_x_begin;
    int filter_x_end;
};

// The window of output pixel (out_y, out_x), clipped to the input.
[[nodiscard]] constexpr PoolWindow pool_window(const Pool2dGeometry& geometry,
                                               int out_y,
                                               int out_x) {
    const int in_y_origin = out_y * geometry.stride_height - geometry.padding_top;
    const int in_x_origin = out_x * geometry.stride_width - geometry.padding_left;
    using fennec::detail::max_of;
    using fennec::detail::min_of;
    return PoolWindow{
        in_y_origin,
        in_x_origin,
        max_of(0, -in_y_origin),
        min_of(geometry.filter_height, geometry.input_height - in_y_origin),
        max_of(0, -in_x_origin),
        min_of(geometry.filter_width, geometry.input_width - in_x_origin),
    };
}

// The average of one window: the sum and the number of cells inside the input.
struct WindowAverage {
    std::int32_t sum = 0;
    std::int32_t count = 0;

    void add(std::int32_t value) {
        sum += value;
        ++count;
    }

    // Rounds half away from zero: moves the sum half a divisor away from zero, then truncates.
    [[nodiscard]] std::int32_t result() const {
        const std::int32_t half_count = count / 2;
        return sum > 0 ? (sum + half_count) / count : (sum - half_count) / count;
    }
};

// The maximum of one window's cells inside the input.
struct WindowMaximum {
    std::int32_t maximum = int8_min;

    void add(std::int32_t value) { maximum = value > maximum ? value : maximum; }

    [[nodiscard]] std::int32_t result() const { return maximum; }
};

// The loops both pooling kernels share: for every output element, feed the window's cells inside
// the input to a fresh WindowReducer (WindowAverage or WindowMaximum), then clamp its result.
template <class WindowReducer>
inline void pool2d(const Pool2dGeometry& geometry,
                   ActivationRange activation,
                   const std::int8_t* input,
                   std::int8_t* output) {
    // Parameters.
    const int batches = geometry.batches;
    const int input_height = geometry.input_height;
    const int input_width = geometry.input_width;
    const int channels = geometry.channels;
    const int output_height = geometry.output_height;
    const int output_width = geometry.output_width;

    for (int batch = 0; batch < batches; ++batch) {
        const std::int8_t* const input_image =
            input + batch * input_height * input_width * channels;
        for (int out_y = 0; out_y < output_height; ++out_y) {
            for (int out_x = 0; out_x < output_width; ++out_x) {
                const PoolWindow window = pool_window(geometry, out_y, out_x);
                std::int8_t* const output_pixel =
                    output + ((batch * output_height + out_y) * output_width + out_x) * channels;
                for (int channel = 0; channel < channels; ++channel) {
                    WindowReducer reducer{};
                    for (int filter_y = window.filter_y_begin; filter_y < window.filter_y_end;
                         ++filter_y) {
                        const int in_y = window.in_y_origin + filter_y;
                        for (int filter_x = window.filter_x_begin; filter_x < window.filter_x_end;
                             ++filter_x) {
                            const int in_x = window.in_x_origin + filter_x;
                            reducer.add(
                                input_image[(in_y * input_width + in_x) * channels + channel]);
                        }
                    }
                    output_pixel[channel] = clamp_to_int8(reducer.result(), activation);
                }
            }
        }
    }
}

}  // namespace detail

// Average pooling of an int8 NHWC input into an int8 NHWC output of the same scale and zero point:
//
//   output[b, y, x, c] = clamp(round(sum of input[b, in_y, in_x, c] over the window cells inside
//                                    the input / number of those cells))
//
// with in_y = y * stride_height - padding_top + filter_y (in_x alike).
// - Padding cells do not count, neither in the sum nor in the divisor, so an edge window averages
//   fewer values (TFLite's rule, unlike a zero-padded average).
// - The division rounds half away from zero (TFLM: (sum +- count / 2) / count with truncating
//   division); zero points need no correction because input and output share them.
// - activation is the fused activation's range for the output (activation_range()).
// - Preconditions, checked by pool2d_geometry() for the typed form: the geometry is consistent
//   (output size and padding as TFLite computes them), so every window holds at least one input
//   cell. The int32 sum holds any window up to 2^24 cells.
// - Reads exactly the input's elements, writes every output element once, needs no scratch memory.
inline void average_pool2d(const Pool2dGeometry& geometry,
                           ActivationRange activation,
                           const std::int8_t* input,
                           std::int8_t* output) {
    detail::pool2d<detail::WindowAverage>(geometry, activation, input, output);
}

// Max pooling of an int8 NHWC input into an int8 NHWC output of the same scale and zero point:
//
//   output[b, y, x, c] = clamp(max of input[b, in_y, in_x, c] over the window cells inside the
//                              input)
//
// - Padding cells do not take part (they are not -infinity stand-ins, simply absent).
// - activation is the fused activation's range for the output (activation_range()).
// - Preconditions as for average_pool2d. Reads exactly the input's elements, writes every output
//   element once, needs no scratch memory.
inline void max_pool2d(const Pool2dGeometry& geometry,
                       ActivationRange activation,
                       const std::int8_t* input,
                       std::int8_t* output) {
    detail::pool2d<detail::WindowMaximum>(geometry, activation, input, output);
}

// The typed forms: the geometry comes from compile-time shapes, so a mismatch fails to compile
// (see pool2d_geometry) and the compiler sees every size as a constant after inlining.
// FilterShape is fennec::Shape<filter_height, filter_width>.
template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void average_pool2d(ActivationRange activation,
                           const std::int8_t* input,
                           std::int8_t* output) {
    constexpr Pool2dGeometry geometry =
        pool2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    average_pool2d(geometry, activation, input, output);
}

template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void max_pool2d(ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    constexpr Pool2dGeometry geometry =
        pool2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    max_pool2d(geometry, activation, input, output);
}

}  // namespace fennec::kernels::portable
