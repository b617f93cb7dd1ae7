// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A hand-written fennec model: "is this accelerometer trace a tap?", declared directly in C++
// with weights chosen by hand, so that every number it produces can be explained (README.md
// works through them). It is what fennec-gen emits for a converted model, written by a person:
// tensors, constants, op descriptors, one Graph type.
//
//   input 1x16x1x3  16 samples of (x, y, z) in g, int8 in steps of 1/32 g
//   conv2d 3x1, VALID, relu -> 1x14x1x3   three feature detectors slid along time
//   average_pool2d 14x1     -> 1x1x1x3    how much of each feature the trace holds
//   reshape                 -> 1x3        a view: no copy, no bytes
//   fully_connected         -> 1x2        scores for "tap" and "no tap"
//   softmax                 -> 1x2        probabilities, in place over the scores
#pragma once

#include <array>
#include <cstdint>

#include "fennec/fennec.hpp"

namespace tap {

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

// ---- Quantization of each tensor: real = scale * (q - zero_point) ----
inline constexpr float input_scale = 1.0f / 32.0f;  // +-4 g in steps of 1/32 g
inline constexpr std::int32_t input_zero_point = 0;
inline constexpr float filter_scale = 1.0f / 64.0f;   // filter taps 1, -0.5, 0.5 are exact
inline constexpr float feature_scale = 1.0f / 32.0f;  // features 0 .. 7.97 (they follow a relu)
inline constexpr std::int32_t feature_zero_point = -128;
inline constexpr float weight_scale = 0.25f;        // fully connected weights 30, -8, 4 are exact
inline constexpr float score_scale = 1.0f / 16.0f;  // scores -8 .. 7.94
inline constexpr std::int32_t score_zero_point = 0;

// ---- Tensors: id, shape (element type int8) ----
using Trace = Tensor<0, Shape<1, 16, 1, 3>>;
using Features = Tensor<1, Shape<1, 14, 1, 3>>;
using Pooled = Tensor<2, Shape<1, 1, 1, 3>>;
using Flat = Tensor<3, Shape<1, 3>>;
using Scores = Tensor<4, Shape<1, 2>>;
using Probabilities = Tensor<5, Shape<1, 2>>;

// ---- [0] CONV_2D  1x16x1x3 -> 1x14x1x3  3x1 s1 VALID  relu ----
// Filters OHWI [feature][time][1][x, y, z], in steps of 1/64:
//   feature 0, "z spike":   -0.5, 1, -0.5 on z (a sample above both neighbours: a knock)
//   feature 1, "x rising":  -0.5, 0, 0.5 on x  (the slope of x where it grows)
//   feature 2, "x falling":  0.5, 0, -0.5 on x (the slope of x where it falls)
// Features 1 and 2 together measure lateral motion |dx/dt|: the device being moved, not tapped.
alignas(16) inline constexpr std::array<std::int8_t, 3 * 3 * 1 * 3> conv_filter = {
    0,   0, -32, /**/ 0, 0, 64, /**/ 0,   0, -32,  // z spike
    -32, 0, 0,   /**/ 0, 0, 0,  /**/ 32,  0, 0,    // x rising
    32,  0, 0,   /**/ 0, 0, 0,  /**/ -32, 0, 0,    // x falling
};
inline constexpr fennec::QuantizedMultiplier conv_scale =
    fennec::kernels::conv2d_channel_multiplier(input_scale, filter_scale, feature_scale);
inline constexpr std::array<std::int32_t, 1> conv_multiplier = {conv_scale.multiplier};
inline constexpr std::array<std::int32_t, 1> conv_shift = {conv_scale.shift};
inline constexpr fennec::ops::Conv2dConstants conv = {
    conv_filter.data(),
    nullptr,
    {input_zero_point,
     conv_multiplier.data(),
     conv_shift.data(),
     fennec::kernels::WeightQuantization::per_tensor,
     {feature_zero_point,
      fennec::activation_range(fennec::Activation::relu, feature_scale, feature_zero_point)}}};

// ---- [1] AVERAGE_POOL_2D  1x14x1x3 -> 1x1x1x3  14x1 s1 VALID ----
inline constexpr fennec::ActivationRange no_activation = {fennec::int8_min, fennec::int8_max};

// ---- [3] FULLY_CONNECTED  1x3 -> 1x2 ----
// Weights [class][feature], in steps of 0.25; bias in steps of input scale * weight scale = 1/128:
//   tap    = 30 * z spike - 8 * (x rising + x falling)
//   no tap =                4 * (x rising + x falling) + 1
alignas(16) inline constexpr std::array<std::int8_t, 2 * 3> fc_weights = {
    120, -32, -32,  // tap
    0,   16,  16,   // no tap
};
alignas(16) inline constexpr std::array<std::int32_t, 2> fc_bias = {0, 128};
inline constexpr fennec::QuantizedMultiplier fc_scale =
    fennec::kernels::fully_connected_output_multiplier(feature_scale, weight_scale, score_scale);
inline constexpr fennec::ops::FullyConnectedConstants fully_connected = {
    fc_weights.data(),
    fc_bias.data(),
    {feature_zero_point,
     fc_scale.multiplier,
     fc_scale.shift,
     {score_zero_point, {fennec::int8_min, fennec::int8_max}}}};

// ---- [4] SOFTMAX  1x2 -> 1x2  beta 1 ----
inline constexpr fennec::kernels::SoftmaxQuantization softmax =
    fennec::kernels::softmax_quantization(1.0f, score_scale);

// ---- The graph ----
using Model = fennec::Graph<TensorList<Trace>,
                            TensorList<Probabilities>,
                            fennec::ops::Conv2d<Trace,
                                                Features,
                                                Shape<3, 3, 1, 3>,
                                                fennec::Window<1, 1, fennec::Padding::valid>,
                                                conv>,
                            fennec::ops::AveragePool2d<Features,
                                                       Pooled,
                                                       Shape<14, 1>,
                                                       fennec::Window<1, 1, fennec::Padding::valid>,
                                                       no_activation>,
                            fennec::ops::Reshape<Pooled, Flat>,
                            fennec::ops::FullyConnected<Flat, Scores, Shape<2, 3>, fully_connected>,
                            fennec::ops::Softmax<Scores, Probabilities, softmax>>;

}  // namespace tap
