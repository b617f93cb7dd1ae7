// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The output-pixel walk the arm_mve sliding-window kernels share (depthwise_conv2d, average and
// max pooling): every output pixel of one image, told apart by whether its window lies wholly
// inside the input. Those (the interior, most pixels of a real layer) go to visitor.inside(),
// whose filter size is fixed, so the kernel can unroll it with constant offsets and no bounds;
// the rest go to visitor.clipped() with the filter rows and columns that remain. Rows are clipped
// once per output row and the interior columns found once per call (arm_dsp/window.hpp), so no
// per-tap bounds check is left. Plain integer arithmetic; no vector instructions.
#pragma once

#include <cstdint>

#include "fennec/kernels/arm_dsp/window.hpp"

namespace fennec::kernels::arm_mve {

using arm_dsp::clip_taps;
using arm_dsp::clipped_window;
using arm_dsp::ClippedWindow;
using arm_dsp::TapRange;

// The sizes of one sliding window over one image (TFLite's names). Pixels are input_pixel_stride
// elements apart in the input (its channel count) and output_pixel_stride in the output.
struct WindowWalk {
    int input_height;
    int input_width;
    int filter_height;
    int filter_width;
    int output_height;
    int output_width;
    int stride_height;
    int stride_width;
    int dilation_height;
    int dilation_width;
    int padding_top;
    int padding_left;
    int input_pixel_stride;
    int output_pixel_stride;
};

// clip_taps without its divisions for the usual dilation of 1: the taps [begin, end) of a window
// at `origin` that lie inside [0, input_size).
[[nodiscard]] constexpr TapRange clip_window_taps(int origin,
                                                  int dilation,
                                                  int filter_size,
                                                  int input_size) {
    if (dilation != 1) {
        return clip_taps(origin, dilation, filter_size, input_size);
    }
    const int begin = origin < 0 ? -origin : 0;
    int end = input_size - origin;  // taps before the input's end
    end = end < filter_size ? end : filter_size;
    end = end > 0 ? end : 0;
    return TapRange{begin < end ? begin : end, end};
}

// Calls, for every output pixel of the image in row-major order,
//   visitor.inside(first_tap, output_pixel)                 the whole window inside the input
//   visitor.clipped(first_tap, rows, columns, output_pixel) filter rows [rows.begin, rows.end)
//                                                           and columns [columns.begin,
//                                                           columns.end) inside the input
// first_tap points at the input element of the first tap inside the input (input_image is the
// image's first pixel, offset to the first channel the visitor works on); output_pixel at
// output_image + the pixel's index * output_pixel_stride. Tap (y, x) of a window lies at
// (y - rows.begin) * dilation_height input rows and (x - columns.begin) * dilation_width input
// pixels after first_tap. InputPixelStride and InputWidth replace the walk's values when not 0
// (the typed forms), making the row stride a constant.
template <int InputPixelStride, int InputWidth, class Visitor>
inline void walk_windows(const WindowWalk& walk,
                         const std::int8_t* input_image,
                         std::int8_t* output_image,
                         Visitor& visitor) {
    const int pixel_stride = InputPixelStride != 0 ? InputPixelStride : walk.input_pixel_stride;
    const int input_width = InputWidth != 0 ? InputWidth : walk.input_width;
    const int row_stride = input_width * pixel_stride;
    const int output_pixel_stride = walk.output_pixel_stride;
    const ClippedWindow interior =
        clipped_window(walk.output_width, walk.stride_width, walk.padding_left, walk.dilation_width,
                       walk.filter_width, input_width);
    const TapRange all_columns{0, walk.filter_width};

    for (int out_y = 0; out_y < walk.output_height; ++out_y) {
        const int in_y_origin = out_y * walk.stride_height - walk.padding_top;
        const TapRange rows = clip_window_taps(in_y_origin, walk.dilation_height,
                                               walk.filter_height, walk.input_height);
        const std::int8_t* const first_row =
            input_image + (in_y_origin + rows.begin * walk.dilation_height) * row_stride;
        std::int8_t* const output_row =
            output_image + out_y * walk.output_width * output_pixel_stride;
        const std::int8_t* first_tap =
            first_row +
            (interior.inner_begin * walk.stride_width - walk.padding_left) * pixel_stride;
        std::int8_t* output_pixel = output_row + interior.inner_begin * output_pixel_stride;
        const int tap_step = walk.stride_width * pixel_stride;
        if (rows.begin == 0 && rows.end == walk.filter_height) {
            for (int out_x = interior.inner_begin; out_x < interior.inner_end; ++out_x) {
                visitor.inside(first_tap, output_pixel);
                first_tap += tap_step;
                output_pixel += output_pixel_stride;
            }
        } else {
            for (int out_x = interior.inner_begin; out_x < interior.inner_end; ++out_x) {
                visitor.clipped(first_tap, rows, all_columns, output_pixel);
                first_tap += tap_step;
                output_pixel += output_pixel_stride;
            }
        }

        // The pixels left and right of the interior, whose columns the input clips too, in one
        // loop: one inlined copy of visitor.clipped serves both sides (a call per pixel cost
        // about a tenth of KWS's depthwise layer; two inlined copies cost code).
        for (int out_x = 0; out_x < walk.output_width; ++out_x) {
            if (out_x == interior.inner_begin) {
                out_x = interior.inner_end;
                if (out_x >= walk.output_width) {
                    break;
                }
            }
            const int in_x_origin = out_x * walk.stride_width - walk.padding_left;
            const TapRange columns =
                clip_window_taps(in_x_origin, walk.dilation_width, walk.filter_width, input_width);
            visitor.clipped(
                first_row + (in_x_origin + columns.begin * walk.dilation_width) * pixel_stride,
                rows, columns, output_row + out_x * output_pixel_stride);
        }
    }
}

}  // namespace fennec::kernels::arm_mve
