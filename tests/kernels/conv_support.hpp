// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What the conv2d and depthwise_conv2d tests share: the random draws of a conv-like case (so both
// sweeps cover the same windows, zero points, scales and edge values), the kernel's view of its
// window and quantization, and the checks against the reference.
#pragma once

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/kernels/params/conv2d.hpp"
#include "reference/conv2d_reference.hpp"
#include "support/compare.hpp"
#include "support/random_quantization.hpp"
#include "support/sweep.hpp"

namespace fennec::test::conv {

using reference::ConvQuantization;
using reference::ConvResult;
using reference::ConvScales;
using reference::ConvWindow;
using reference::prepare_conv_quantization;

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
    data.activation = random_activation(rng);
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
    const std::int32_t input_zero_point = random_zero_point_with_extremes(rng);
    const std::int32_t output_zero_point = random_zero_point_with_extremes(rng);
    data.quantization = prepare_conv_quantization(data.scales, input_zero_point, output_zero_point,
                                                  data.activation);
    return data;
}

// The window of a typed layer: filter height and width are dimensions 1 and 2 of both an OHWI
// conv2d filter and a 1HWC depthwise filter.
template <class FilterShape, class LayerWindow>
ConvWindow window_of() {
    return {FilterShape::dim(1),
            FilterShape::dim(2),
            LayerWindow::stride_height,
            LayerWindow::stride_width,
            LayerWindow::dilation_height,
            LayerWindow::dilation_width,
            LayerWindow::padding == Padding::same};
}

// The output size and padding of a run-time window as the kernels' typed front ends derive them,
// with core's padding arithmetic.
inline WindowGeometry kernel_window_of(const ConvWindow& w, int input_height, int input_width) {
    const Padding padding = w.same_padding ? Padding::same : Padding::valid;
    const int output_height = compute_out_size(padding, input_height, w.filter_height,
                                               w.stride_height, w.dilation_height);
    const int output_width =
        compute_out_size(padding, input_width, w.filter_width, w.stride_width, w.dilation_width);
    const int padding_top = compute_padding(w.stride_height, w.dilation_height, input_height,
                                            w.filter_height, output_height);
    const int padding_left = compute_padding(w.stride_width, w.dilation_width, input_width,
                                             w.filter_width, output_width);
    const bool filter_fits_input =
        effective_filter_size(w.filter_height, w.dilation_height) <= input_height &&
        effective_filter_size(w.filter_width, w.dilation_width) <= input_width;
    return {output_height, output_width, padding_top, padding_left, filter_fits_input};
}

// Core's padding arithmetic (the kernel's geometry) against the reference's own derivation.
template <class Geometry>
void require_window_matches_reference(const Geometry& geometry,
                                      const ConvWindow& window,
                                      int input_height,
                                      int input_width) {
    const reference::WindowExtent rows = window.rows(input_height);
    const reference::WindowExtent columns = window.columns(input_width);
    REQUIRE(geometry.output_height == rows.output_size);
    REQUIRE(geometry.output_width == columns.output_size);
    REQUIRE(geometry.padding_top == rows.padding_before);
    REQUIRE(geometry.padding_left == columns.padding_before);
}

// The kernel's view of the quantization: the reference's arrays, which hold exactly one entry
// for per-tensor cases, so a read past [0] is caught by the sanitizers.
inline kernels::Conv2dQuantization kernel_quantization_of(const ConvData& data) {
    const ConvQuantization& q = data.quantization;
    return {q.input_zero_point,
            q.output_multiplier.data(),
            q.output_shift.data(),
            data.is_per_channel ? kernels::WeightQuantization::per_channel
                                : kernels::WeightQuantization::per_tensor,
            {q.output_zero_point, q.activation}};
}

// The bias pointer a kernel takes: null for a case without bias.
inline const std::int32_t* bias_of(const ConvData& data) {
    return data.bias.empty() ? nullptr : data.bias.data();
}

// The window and quantization of a case in one line each, for CAPTURE.
inline std::string window_text(const ConvWindow& w) {
    return "filter " + std::to_string(w.filter_height) + "x" + std::to_string(w.filter_width) +
           ", stride " + std::to_string(w.stride_height) + "x" + std::to_string(w.stride_width) +
           ", dilation " + std::to_string(w.dilation_height) + "x" +
           std::to_string(w.dilation_width) + (w.same_padding ? ", SAME" : ", VALID");
}

inline std::string quantization_text(const ConvData& d) {
    const ConvQuantization& q = d.quantization;
    return "input zero point " + std::to_string(q.input_zero_point) + ", output zero point " +
           std::to_string(q.output_zero_point) +
           (d.is_per_channel ? ", per-channel" : ", per-tensor") + ", " +
           activation_name(d.activation) + " [" + std::to_string(q.activation.min) + ", " +
           std::to_string(q.activation.max) + "]" + (d.bias.empty() ? ", no bias" : ", bias") +
           (d.input_pinned ? ", input pinned at -128/127" : "");
}

// The whole output against the reference's, naming the first differing element and its channel.
// The reference's int64 sums must fit the kernel's int32 accumulator for the case to be valid.
inline void check_output(const ConvResult& expected,
                         const std::vector<std::int8_t>& actual,
                         int output_channels) {
    REQUIRE(expected.largest_accumulator <= INT32_MAX);
    CHECK(first_difference(actual, expected.output, output_channels) == "");
}

}  // namespace fennec::test::conv
