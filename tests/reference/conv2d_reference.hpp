// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for conv2d (and, through it, depthwise_conv2d): TFLite's int8 CONV_2D
// computed from its definition with run-time shapes and int64 sums. Shares nothing with kernels/:
// the window and padding arithmetic is derived here again, the requantization is
// requantize_reference.hpp's. From core it uses only quantize_multiplier and activation_range, with
// which TFLite's Prepare() turns float scales into integers; both are tested on their own. At the
// end, the random draws the conv2d and depthwise_conv2d sweeps share.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "reference/requantize_reference.hpp"
#include "reference/window_reference.hpp"
#include "support/sweep.hpp"

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

// "" when the outputs are equal, else where they first differ (element and output channel) and
// the two values there.
inline std::string describe_first_difference(const std::vector<std::int8_t>& expected,
                                             const std::vector<std::int8_t>& actual,
                                             int output_channels) {
    if (expected.size() != actual.size()) {
        return "the output has " + std::to_string(actual.size()) + " elements, not " +
               std::to_string(expected.size());
    }
    const auto mismatch = std::mismatch(expected.begin(), expected.end(), actual.begin());
    if (mismatch.first == expected.end()) {
        return "";
    }
    const long index = mismatch.first - expected.begin();
    return "first difference at element " + std::to_string(index) + " (output channel " +
           std::to_string(index % output_channels) + "): expected " +
           std::to_string(int{*mismatch.first}) + ", got " + std::to_string(int{*mismatch.second});
}

// Drawing random conv problems. The conv2d and depthwise_conv2d sweeps share these draws so both
// cover the same windows, zero points, scales and edge values. Every draw comes from the one
// generator seeded per configuration, so a configuration replays from its seed.
namespace sweep {

using fennec::test::uniform;

inline bool one_in(std::mt19937& rng, int n) {
    return uniform(rng, 1, n) == 1;
}

// A value between lo and hi, uniform on a logarithmic scale (scales span orders of magnitude).
inline float log_uniform(std::mt19937& rng, double lo, double hi) {
    const double exponent = std::uniform_real_distribution<double>(std::log(lo), std::log(hi))(rng);
    return static_cast<float>(std::exp(exponent));
}

// An int8 zero point: anywhere in -128..127, pinned at an end now and then.
inline std::int32_t random_zero_point(std::mt19937& rng) {
    if (one_in(rng, 8)) {
        return one_in(rng, 2) ? -128 : 127;
    }
    return uniform(rng, -128, 127);
}

// count values in [lo, hi]; `pinned` draws only lo and hi.
inline std::vector<std::int8_t> random_int8(
    std::mt19937& rng, int count, int lo, int hi, bool pinned) {
    std::vector<std::int8_t> values(static_cast<std::size_t>(count));
    for (auto& value : values) {
        const int drawn = pinned ? (one_in(rng, 2) ? lo : hi) : uniform(rng, lo, hi);
        value = static_cast<std::int8_t>(drawn);
    }
    return values;
}

// A channel count: mostly 1..20, sometimes up to 40, so every remainder modulo 4 and 16 occurs.
inline int random_channels(std::mt19937& rng) {
    return one_in(rng, 8) ? uniform(rng, 21, 40) : uniform(rng, 1, 20);
}

// A window and an input size that suits it: filters 1 (often: pointwise layers are common) to 5,
// strides 1-3, dilations 1-2, SAME or VALID; inputs from 1 (SAME) or the dilated filter size
// (VALID, which needs the whole filter inside the input) to 10 more than that.
struct WindowAndInput {
    ConvWindow window;
    int input_height;
    int input_width;
};

inline WindowAndInput random_window_and_input(std::mt19937& rng) {
    auto filter_size = [&rng] { return one_in(rng, 3) ? 1 : uniform(rng, 2, 5); };
    ConvWindow window{};
    window.filter_height = filter_size();
    window.filter_width = filter_size();
    window.stride_height = uniform(rng, 1, 3);
    window.stride_width = uniform(rng, 1, 3);
    window.dilation_height = uniform(rng, 1, 2);
    window.dilation_width = uniform(rng, 1, 2);
    window.same_padding = one_in(rng, 2);
    const int min_height =
        window.same_padding ? 1 : window.dilation_height * (window.filter_height - 1) + 1;
    const int min_width =
        window.same_padding ? 1 : window.dilation_width * (window.filter_width - 1) + 1;
    return {window, uniform(rng, min_height, min_height + 10),
            uniform(rng, min_width, min_width + 10)};
}

// The float scales a converter could write. Half the cases keep the real output multiplier in a
// range that spreads the outputs over the int8 range; the others draw each channel's multiplier
// anywhere in [1e-6, 4], so shifts from -19 to +2 occur (above 1 the shift is a left shift, which
// TFLite allows though real layers rarely need it).
inline ConvScales random_scales(std::mt19937& rng, int scale_count, int accumulation_depth) {
    ConvScales scales{log_uniform(rng, 1e-3, 1e-1), {}, 0.0f};
    if (one_in(rng, 2)) {
        const float filter_scale = log_uniform(rng, 1e-6, 1.0);
        // An int8 x int8 product has a standard deviation near 74 * 74; aim for outputs of ~40.
        const double accumulator_spread =
            std::sqrt(static_cast<double>(accumulation_depth)) * 5476.0;
        scales.output_scale = static_cast<float>(static_cast<double>(scales.input_scale) *
                                                 filter_scale * accumulator_spread / 40.0);
        for (int channel = 0; channel < scale_count; ++channel) {
            scales.filter_scales.push_back(filter_scale * log_uniform(rng, 0.5, 2.0));
        }
    } else {
        scales.output_scale = log_uniform(rng, 1e-3, 1.0);
        for (int channel = 0; channel < scale_count; ++channel) {
            const double real_multiplier = log_uniform(rng, 1e-6, 4.0);
            scales.filter_scales.push_back(
                static_cast<float>(real_multiplier * scales.output_scale / scales.input_scale));
        }
    }
    return scales;
}

// The tensors and quantization of one conv-like case. Filters are symmetric ([-127, 127]).
struct ConvData {
    std::vector<std::int8_t> input;
    std::vector<std::int8_t> filter;
    std::vector<std::int32_t> bias;  // empty: no bias
    ConvScales scales;
    ConvQuantization quantization;
    bool is_per_channel;
    Activation activation;
    bool input_pinned;  // every input is -128 or 127
};

// accumulation_depth: the number of terms one output sums (it sets the realistic output scale).
inline ConvData random_conv_data(std::mt19937& rng,
                                 int input_count,
                                 int filter_count,
                                 int output_channels,
                                 int accumulation_depth) {
    ConvData data{};
    data.is_per_channel = !one_in(rng, 4);
    data.activation = static_cast<Activation>(uniform(rng, 0, 3));
    data.input_pinned = one_in(rng, 5);
    data.input = random_int8(rng, input_count, -128, 127, data.input_pinned);
    data.filter = random_int8(rng, filter_count, -127, 127, one_in(rng, 10));
    if (!one_in(rng, 2)) {
        const int bias_bound = 1 << uniform(rng, 0, 20);
        for (int channel = 0; channel < output_channels; ++channel) {
            data.bias.push_back(uniform(rng, -bias_bound, bias_bound));
        }
    }
    data.scales = random_scales(rng, data.is_per_channel ? output_channels : 1, accumulation_depth);
    const std::int32_t input_zero_point = random_zero_point(rng);
    const std::int32_t output_zero_point = random_zero_point(rng);
    data.quantization = prepare_conv_quantization(data.scales, input_zero_point, output_zero_point,
                                                  data.activation);
    return data;
}

}  // namespace sweep

}  // namespace fennec::reference
