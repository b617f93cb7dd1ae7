// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for conv2d (and, through it, depthwise_conv2d): TFLite's int8 CONV_2D
// computed from its definition with run-time shapes, int64 sums and the requantization rounding
// spelled out step by step. Shares nothing with kernels/: the window and padding arithmetic and
// the requantization are derived here again. From core it uses only quantize_multiplier and
// activation_range, with which TFLite's Prepare() turns float scales into integers; both are
// tested on their own.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"

namespace fennec::reference {

// One spatial dimension of a windowed op: how many outputs, and how many implicit zeros come
// before the first input element.
struct WindowExtent {
    int output_size;
    int padding_before;
};

// TFLite's padding, from its definition. SAME produces ceil(input / stride) outputs; VALID only
// the windows that lie wholly inside the input. The padding is whatever the last window lacks,
// split evenly with the odd element after the input (so only the part before is needed).
inline WindowExtent window_extent(
    bool same_padding, int input_size, int filter_size, int stride, int dilation) {
    const int dilated_filter_size = dilation * (filter_size - 1) + 1;
    int output_size = 0;
    if (same_padding) {
        output_size = input_size / stride + (input_size % stride != 0 ? 1 : 0);
    } else if (input_size >= dilated_filter_size) {
        output_size = (input_size - dilated_filter_size) / stride + 1;
    }
    const int covered_size = (output_size - 1) * stride + dilated_filter_size;
    const int missing = std::max(0, covered_size - input_size);
    return {output_size, missing / 2};
}

inline std::int64_t magnitude(std::int64_t value) {
    return value < 0 ? -value : value;
}

// floor(numerator / 2^exponent) for any sign, exponent in [0, 62].
inline std::int64_t floor_divide_by_pot(std::int64_t numerator, int exponent) {
    const std::int64_t divisor = std::int64_t{1} << exponent;
    std::int64_t quotient = numerator / divisor;
    if (numerator % divisor != 0 && numerator < 0) {
        --quotient;
    }
    return quotient;
}

// TFLM's requantization (MultiplyByQuantizedMultiplier without TFLITE_SINGLE_ROUNDING), then the
// output zero point and the activation clamp, written from the definition:
//   1. a positive shift multiplies the int32 accumulator by 2^shift, wrapping to int32 as TFLM's
//      int32 multiplication does;
//   2. x * multiplier / 2^31 rounded to nearest, ties toward +infinity (gemmlowp's
//      SaturatingRoundingDoublingHighMul; its one overflow, INT32_MIN * INT32_MIN, saturates);
//   3. a negative shift divides by 2^-shift rounding to nearest, ties away from zero (gemmlowp's
//      RoundingDivideByPOT).
inline std::int8_t requantize(std::int64_t accumulator,
                              std::int32_t multiplier,
                              int shift,
                              std::int32_t output_zero_point,
                              ActivationRange activation) {
    const int left_shift = shift > 0 ? shift : 0;
    const int right_shift = shift > 0 ? 0 : -shift;

    const std::uint32_t wrapped_bits =
        static_cast<std::uint32_t>(static_cast<std::uint64_t>(accumulator) << left_shift);
    const std::int64_t shifted = static_cast<std::int32_t>(wrapped_bits);

    std::int64_t high = 0;
    if (shifted == INT32_MIN && multiplier == INT32_MIN) {
        high = INT32_MAX;
    } else {
        high = floor_divide_by_pot(shifted * multiplier + (std::int64_t{1} << 30), 31);
    }

    std::int64_t scaled = high;
    if (right_shift > 0) {
        const std::int64_t half = std::int64_t{1} << (right_shift - 1);
        const std::int64_t rounded = floor_divide_by_pot(magnitude(high) + half, right_shift);
        scaled = high < 0 ? -rounded : rounded;
    }

    const std::int64_t shifted_to_zero_point = scaled + output_zero_point;
    const std::int64_t clamped =
        std::clamp<std::int64_t>(shifted_to_zero_point, activation.min, activation.max);
    return static_cast<std::int8_t>(clamped);
}

// A conv2d problem with run-time sizes. Filters are OHWI; a filter of depth < input_channels is
// not supported here (TFLite's grouped convolution is outside fennec's conv2d).
struct Conv2dProblem {
    int batches;
    int input_height;
    int input_width;
    int input_channels;
    int output_channels;
    int filter_height;
    int filter_width;
    int stride_height;
    int stride_width;
    int dilation_height;
    int dilation_width;
    bool same_padding;

    [[nodiscard]] WindowExtent height_extent() const {
        return window_extent(same_padding, input_height, filter_height, stride_height,
                             dilation_height);
    }
    [[nodiscard]] WindowExtent width_extent() const {
        return window_extent(same_padding, input_width, filter_width, stride_width, dilation_width);
    }
};

// The integer constants of a conv: one multiplier and shift per output channel (a per-tensor
// quantization broadcasts its single pair, as TFLite does).
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
// output channel the real factor input_scale * filter_scale / output_scale, evaluated in double
// from the float scales, as a quantized multiplier; a single filter scale serves every channel.
// The activation range is CalculateActivationRangeQuantized's.
inline ConvQuantization prepare_conv_quantization(const ConvScales& scales,
                                                  int output_channels,
                                                  std::int32_t input_zero_point,
                                                  std::int32_t output_zero_point,
                                                  Activation activation) {
    ConvQuantization quantization{
        input_zero_point,
        output_zero_point,
        {},
        {},
        activation_range(activation, scales.output_scale, output_zero_point)};
    const bool is_per_channel = scales.filter_scales.size() > 1;
    for (int channel = 0; channel < output_channels; ++channel) {
        const float filter_scale =
            scales.filter_scales[is_per_channel ? static_cast<std::size_t>(channel) : 0];
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
    const WindowExtent rows = problem.height_extent();
    const WindowExtent columns = problem.width_extent();
    const int channels = problem.input_channels;
    auto input_at = [&](int b, int y, int x, int i) {
        return input[static_cast<std::size_t>(
            ((b * problem.input_height + y) * problem.input_width + x) * channels + i)];
    };
    auto filter_at = [&](int o, int fy, int fx, int i) {
        return filter[static_cast<std::size_t>(
            ((o * problem.filter_height + fy) * problem.filter_width + fx) * channels + i)];
    };

    ConvResult result{{}, 0};
    result.output.reserve(
        static_cast<std::size_t>(problem.batches) *
        static_cast<std::size_t>(rows.output_size * columns.output_size * problem.output_channels));
    for (int b = 0; b < problem.batches; ++b) {
        for (int y = 0; y < rows.output_size; ++y) {
            for (int x = 0; x < columns.output_size; ++x) {
                for (int o = 0; o < problem.output_channels; ++o) {
                    std::int64_t sum = bias.empty() ? 0 : bias[static_cast<std::size_t>(o)];
                    for (int fy = 0; fy < problem.filter_height; ++fy) {
                        const int iy = y * problem.stride_height + fy * problem.dilation_height -
                                       rows.padding_before;
                        for (int fx = 0; fx < problem.filter_width; ++fx) {
                            const int ix = x * problem.stride_width + fx * problem.dilation_width -
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
                        std::max(result.largest_accumulator, magnitude(sum));
                    const auto channel = static_cast<std::size_t>(o);
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
