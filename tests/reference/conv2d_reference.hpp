// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for conv2d (and, through it, depthwise_conv2d): TFLite's int8 CONV_2D
// computed from its definition with run-time shapes and int64 sums. Shares nothing with kernels/:
// the window and padding arithmetic is derived here again, the requantization is
// requantize_reference.hpp's. From core it uses only quantize_multiplier and activation_range, with
// which TFLite's Prepare() turns float scales into integers; both are tested on their own.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "reference/requantize_reference.hpp"
#include "reference/window_reference.hpp"

namespace fennec::reference {

// The window of a conv2d or depthwise_conv2d with run-time sizes.
struct ConvWindow {
    int filter_height;
    int filter_width;
    int stride_height;
    int stride_width;
    int dilation_height;
    int dilation_width;
    bool same_padding;

    [[nodiscard]] WindowExtent rows(int input_height) const {
        return window_extent(same_padding, input_height, filter_height, stride_height,
                             dilation_height);
    }
    [[nodiscard]] WindowExtent columns(int input_width) const {
        return window_extent(same_padding, input_width, filter_width, stride_width, dilation_width);
    }
};

// A conv2d problem with run-time sizes. Filters are OHWI; a filter of depth < input_channels is
// not supported here (TFLite's grouped convolution is outside fennec's conv2d).
struct Conv2dProblem {
    int batches;
    int input_height;
    int input_width;
    int input_channels;
    int output_channels;
    ConvWindow window;
};

// The integer constants of a conv: one multiplier and shift per output channel, or a single pair
// for per-tensor weights, which serves every channel (TFLite broadcasts it).
struct ConvQuantization {
    std::int32_t input_zero_point;
    std::int32_t output_zero_point;
    std::vector<std::int32_t> output_multiplier;
    std::vector<std::int32_t> output_shift;
    ActivationRange activation;
};

// The float quantization of a conv as the converter writes it into the model: one filter scale
// per output channel, or a single one for the whole tensor.
struct ConvScales {
    float input_scale;
    std::vector<float> filter_scales;
    float output_scale;
};

// What TFLite's Prepare() (PopulateConvolutionQuantizationParams) derives from the scales: for each
// filter scale the real factor input_scale * filter_scale / output_scale, evaluated in double from
// the float scales, as a quantized multiplier. The activation range is
// CalculateActivationRangeQuantized's.
inline ConvQuantization prepare_conv_quantization(const ConvScales& scales,
                                                  std::int32_t input_zero_point,
                                                  std::int32_t output_zero_point,
                                                  Activation activation) {
    ConvQuantization quantization{
        input_zero_point,
        output_zero_point,
        {},
        {},
        activation_range(activation, scales.output_scale, output_zero_point)};
    for (const float filter_scale : scales.filter_scales) {
        const double real_multiplier = static_cast<double>(scales.input_scale) *
                                       static_cast<double>(filter_scale) /
                                       static_cast<double>(scales.output_scale);
        const QuantizedMultiplier multiplier = quantize_multiplier(real_multiplier);
        quantization.output_multiplier.push_back(multiplier.multiplier);
        quantization.output_shift.push_back(multiplier.shift);
    }
    return quantization;
}

struct ConvResult {
    std::vector<std::int8_t> output;
    // The largest |sum + bias| met: the kernel's int32 accumulator is exact only below 2^31.
    std::int64_t largest_accumulator;
};

// output[b][y][x][o] = requantize(bias[o] + sum of filter[o][fy][fx][i] * (input[b][iy][ix][i] -
// input_zero_point) over the taps inside the input). An empty bias means no bias.
inline ConvResult conv2d(const Conv2dProblem& problem,
                         const std::vector<std::int8_t>& input,
                         const std::vector<std::int8_t>& filter,
                         const std::vector<std::int32_t>& bias,
                         const ConvQuantization& quantization) {
    const ConvWindow& window = problem.window;
    const WindowExtent rows = window.rows(problem.input_height);
    const WindowExtent columns = window.columns(problem.input_width);
    const int channels = problem.input_channels;
    auto input_at = [&](int b, int y, int x, int i) {
        return input[static_cast<std::size_t>(
            ((b * problem.input_height + y) * problem.input_width + x) * channels + i)];
    };
    auto filter_at = [&](int o, int fy, int fx, int i) {
        return filter[static_cast<std::size_t>(
            ((o * window.filter_height + fy) * window.filter_width + fx) * channels + i)];
    };

    ConvResult result{{}, 0};
    for (int b = 0; b < problem.batches; ++b) {
        for (int y = 0; y < rows.output_size; ++y) {
            for (int x = 0; x < columns.output_size; ++x) {
                for (int o = 0; o < problem.output_channels; ++o) {
                    std::int64_t sum = bias.empty() ? 0 : bias[static_cast<std::size_t>(o)];
                    for (int fy = 0; fy < window.filter_height; ++fy) {
                        const int iy = y * window.stride_height + fy * window.dilation_height -
                                       rows.padding_before;
                        for (int fx = 0; fx < window.filter_width; ++fx) {
                            const int ix = x * window.stride_width + fx * window.dilation_width -
                                           columns.padding_before;
                            if (iy < 0 || iy >= problem.input_height || ix < 0 ||
                                ix >= problem.input_width) {
                                continue;  // a padded tap holds the zero point: it adds 0
                            }
                            for (int i = 0; i < channels; ++i) {
                                sum += std::int64_t{filter_at(o, fy, fx, i)} *
                                       (std::int64_t{input_at(b, iy, ix, i)} -
                                        quantization.input_zero_point);
                            }
                        }
                    }
                    result.largest_accumulator =
                        std::max(result.largest_accumulator, sum < 0 ? -sum : sum);
                    const std::size_t channel = quantization.output_multiplier.size() == 1
                                                    ? 0
                                                    : static_cast<std::size_t>(o);
                    result.output.push_back(requantize(sum, quantization.output_multiplier[channel],
                                                       quantization.output_shift[channel],
                                                       quantization.output_zero_point,
                                                       quantization.activation));
                }
            }
        }
    }
    return result;
}

}  // namespace fennec::reference
