// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The independent oracle for depthwise_conv2d, by its definition as a special conv2d: output
// channel o = c * M + m of a depthwise convolution with depth multiplier M is a full convolution
// whose filter for o is zero everywhere except on input channel c, where it holds the depthwise
// filter's column o. So the oracle builds that OHWI filter and hands it to the conv2d reference;
// it shares no loop with the kernel it checks.
#pragma once

#include <cstdint>
#include <vector>

#include "reference/conv2d_reference.hpp"

namespace fennec::reference {

// A depthwise_conv2d problem with run-time sizes. The filter is 1 x filter_height x filter_width
// x (input_channels * depth_multiplier).
struct DepthwiseConv2dProblem {
    int batches;
    int input_height;
    int input_width;
    int input_channels;
    int depth_multiplier;
    ConvWindow window;

    [[nodiscard]] int output_channels() const { return input_channels * depth_multiplier; }

    [[nodiscard]] Conv2dProblem as_conv2d() const {
        return {batches, input_height, input_width, input_channels, output_channels(), window};
    }
};

// The OHWI conv2d filter equal to a 1HW(C*M) depthwise filter.
inline std::vector<std::int8_t> depthwise_filter_as_conv2d(const DepthwiseConv2dProblem& problem,
                                                           const std::vector<std::int8_t>& filter) {
    const int channels = problem.input_channels;
    const int outputs = problem.output_channels();
    const int taps = problem.window.filter_height * problem.window.filter_width;
    std::vector<std::int8_t> conv_filter(static_cast<std::size_t>(outputs * taps * channels), 0);
    for (int o = 0; o < outputs; ++o) {
        const int source_channel = o / problem.depth_multiplier;
        for (int tap = 0; tap < taps; ++tap) {
            const int from = tap * outputs + o;
            const int to = (o * taps + tap) * channels + source_channel;
            conv_filter[static_cast<std::size_t>(to)] = filter[static_cast<std::size_t>(from)];
        }
    }
    return conv_filter;
}

inline ConvResult depthwise_conv2d(const DepthwiseConv2dProblem& problem,
                                   const std::vector<std::int8_t>& input,
                                   const std::vector<std::int8_t>& filter,
                                   const std::vector<std::int32_t>& bias,
                                   const ConvQuantization& quantization) {
    return conv2d(problem.as_conv2d(), input, depthwise_filter_as_conv2d(problem, filter), bias,
                  quantization);
}

}  // namespace fennec::reference
