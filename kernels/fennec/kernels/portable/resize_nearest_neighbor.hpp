// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Portable int8 RESIZE_NEAREST_NEIGHBOR, bit-exact with TFLM's reference ResizeNearestNeighbor.
#pragma once

#include <cstdint>

#include "fennec/kernels/params/resize_nearest_neighbor.hpp"

namespace fennec::kernels::portable {

// Resizes the height and width of an NHWC tensor: every output pixel is a copy of the input pixel
// nearest_neighbor_source_index() picks for its row and its column (all channels at once).
//
// Contract: input is NHWC [batches, input_height, input_width, channels], output NHWC [batches,
// output_height, output_width, channels], every output element written exactly once and in order.
// Values are copied unchanged, so input and output share their quantization. No scratch; input and
// output must not overlap.
inline void resize_nearest_neighbor(const ResizeNearestNeighborGeometry& geometry,
                                    const std::int8_t* input,
                                    std::int8_t* output) {
    // Parameters.
    const int batches = geometry.batches;
    const int input_height = geometry.input_height;
    const int input_width = geometry.input_width;
    const int channels = geometry.channels;
    const int output_height = geometry.output_height;
    const int output_width = geometry.output_width;
    const bool align_corners = geometry.align_corners;
    const bool half_pixel_centers = geometry.half_pixel_centers;

    // Loops, over the output in memory order.
    for (int batch = 0; batch < batches; ++batch) {
        for (int out_y = 0; out_y < output_height; ++out_y) {
            const int in_y = nearest_neighbor_source_index(out_y, input_height, output_height,
                                                           align_corners, half_pixel_centers);
            for (int out_x = 0; out_x < output_width; ++out_x) {
                const int in_x = nearest_neighbor_source_index(out_x, input_width, output_width,
                                                               align_corners, half_pixel_centers);
                const std::int8_t* const source_pixel =
                    input + ((batch * input_height + in_y) * input_width + in_x) * channels;
                for (int channel = 0; channel < channels; ++channel) {
                    *output++ = source_pixel[channel];
                }
            }
        }
    }
}

// The typed form: shapes are checked at compile time (see resize_nearest_neighbor_geometry()).
// Options is a fennec::kernels::ResizeNearestNeighborOptions.
template <class InputShape, class OutputShape, class Options = ResizeNearestNeighborOptions<>>
void resize_nearest_neighbor(const std::int8_t* input, std::int8_t* output) {
    constexpr ResizeNearestNeighborGeometry geometry =
        resize_nearest_neighbor_geometry<InputShape, OutputShape, Options>();
    resize_nearest_neighbor(geometry, input, output);
}

}  // namespace fennec::kernels::portable
