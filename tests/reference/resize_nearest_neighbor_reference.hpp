// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Independent oracle for RESIZE_NEAREST_NEIGHBOR with run-time shapes. The source index is
// computed the way TFLM's GetNearestNeighbor computes it, in float (binary32) arithmetic, which is
// what the kernel's integer emulation must reproduce; the pixel copy is a plain NHWC gather.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace fennec::reference {

struct ResizeCase {
    int batches;
    int input_height;
    int input_width;
    int channels;
    int output_height;
    int output_width;
    bool align_corners;
    bool half_pixel_centers;
};

// TFLM's nearest-neighbor rule in binary32: scale, sample point, floor (or round half away from
// zero with align_corners), clamp to the input.
inline int nearest_source_index(int output_index,
                                int input_size,
                                int output_size,
                                bool align_corners,
                                bool half_pixel_centers) {
    const float scale =
        align_corners && output_size > 1
            ? static_cast<float>(input_size - 1) / static_cast<float>(output_size - 1)
            : static_cast<float>(input_size) / static_cast<float>(output_size);
    const float offset = half_pixel_centers ? 0.5f : 0.0f;
    const float position = (static_cast<float>(output_index) + offset) * scale;
    int source = align_corners ? static_cast<int>(std::round(position))
                               : static_cast<int>(std::floor(position));
    source = std::min(source, input_size - 1);
    return half_pixel_centers ? std::max(source, 0) : source;
}

inline std::vector<std::int8_t> resize_nearest_neighbor(const ResizeCase& resize,
                                                        const std::vector<std::int8_t>& input) {
    std::vector<std::int8_t> output;
    for (int batch = 0; batch < resize.batches; ++batch) {
        for (int out_y = 0; out_y < resize.output_height; ++out_y) {
            const long long in_y =
                nearest_source_index(out_y, resize.input_height, resize.output_height,
                                     resize.align_corners, resize.half_pixel_centers);
            for (int out_x = 0; out_x < resize.output_width; ++out_x) {
                const long long in_x =
                    nearest_source_index(out_x, resize.input_width, resize.output_width,
                                         resize.align_corners, resize.half_pixel_centers);
                for (int channel = 0; channel < resize.channels; ++channel) {
                    const long long index =
                        ((batch * resize.input_height + in_y) * resize.input_width + in_x) *
                            resize.channels +
                        channel;
                    output.push_back(input.at(static_cast<std::size_t>(index)));
                }
            }
        }
    }
    return output;
}

}  // namespace fennec::reference
