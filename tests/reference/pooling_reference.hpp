// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for average_pool2d and max_pool2d: plain loops over run-time shapes,
// written from TFLite's definition of the ops (SAME/VALID output sizes and padding as in
// window_reference.hpp, padding cells ignored, the average rounded to nearest with ties away from
// zero), not from fennec's kernels.
#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

#include "fennec/core/activation.hpp"
#include "reference/window_reference.hpp"

namespace fennec::reference {

// A pooling layer with run-time sizes; same_padding selects TFLite's SAME, else VALID.
struct PoolLayer {
    int batches;
    int input_height;
    int input_width;
    int channels;
    int filter_height;
    int filter_width;
    int stride_height;
    int stride_width;
    bool same_padding;
    ActivationRange activation;

    [[nodiscard]] WindowExtent rows() const {
        return window_extent(same_padding, input_height, filter_height, stride_height, 1);
    }
    [[nodiscard]] WindowExtent columns() const {
        return window_extent(same_padding, input_width, filter_width, stride_width, 1);
    }
    [[nodiscard]] int output_height() const { return rows().output_size; }
    [[nodiscard]] int output_width() const { return columns().output_size; }
    [[nodiscard]] int padding_top() const { return rows().padding_before; }
    [[nodiscard]] int padding_left() const { return columns().padding_before; }
};

enum class PoolKind { average, max };

// Every window cell that falls inside the input takes part; the rest are ignored. The average is
// std::round (ties away from zero) of the exact quotient: a quotient is never within 1/count of a
// tie without being one, so the double division cannot tip it the wrong way.
inline std::vector<std::int8_t> pool2d(const PoolLayer& layer,
                                       PoolKind kind,
                                       const std::vector<std::int8_t>& input) {
    const int output_height = layer.output_height();
    const int output_width = layer.output_width();
    std::vector<std::int8_t> output(
        static_cast<std::size_t>(layer.batches * output_height * output_width * layer.channels));
    for (int b = 0; b < layer.batches; ++b) {
        for (int oy = 0; oy < output_height; ++oy) {
            for (int ox = 0; ox < output_width; ++ox) {
                for (int c = 0; c < layer.channels; ++c) {
                    std::int64_t sum = 0;
                    std::int64_t count = 0;
                    std::int64_t maximum = -1000;
                    for (int fy = 0; fy < layer.filter_height; ++fy) {
                        for (int fx = 0; fx < layer.filter_width; ++fx) {
                            const int iy = oy * layer.stride_height - layer.padding_top() + fy;
                            const int ix = ox * layer.stride_width - layer.padding_left() + fx;
                            if (iy < 0 || iy >= layer.input_height || ix < 0 ||
                                ix >= layer.input_width) {
                                continue;
                            }
                            const std::int64_t value = input[static_cast<std::size_t>(
                                ((b * layer.input_height + iy) * layer.input_width + ix) *
                                    layer.channels +
                                c)];
                            sum += value;
                            ++count;
                            maximum = value > maximum ? value : maximum;
                        }
                    }
                    const std::int64_t result =
                        kind == PoolKind::average
                            ? static_cast<std::int64_t>(
                                  std::round(static_cast<double>(sum) / static_cast<double>(count)))
                            : maximum;
                    const std::int64_t clamped =
                        result < layer.activation.min
                            ? layer.activation.min
                            : (result > layer.activation.max ? layer.activation.max : result);
                    output[static_cast<std::size_t>(
                        ((b * output_height + oy) * output_width + ox) * layer.channels + c)] =
                        static_cast<std::int8_t>(clamped);
                }
            }
        }
    }
    return output;
}

}  // namespace fennec::reference
