// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Portable int8 CONCATENATION, bit-exact with TFLM's reference Concatenation (a copy of bytes).
#pragma once

#include <array>
#include <cstdint>

#include "fennec/kernels/params/concatenation.hpp"

namespace fennec::kernels::portable {

// Joins the inputs along one axis: seen as [outer_size, axis, inner_size], the output takes, for
// each outer index in turn, input 0's slab of input_axis_sizes[0] * inner_size values, then input
// 1's, and so on.
//
// Contract: inputs[i] holds outer_size * input_axis_sizes[i] * inner_size values in row-major
// order; output receives outer_size * (sum of input_axis_sizes) * inner_size values, every one
// written exactly once and in order. No scratch; no input may overlap the output.
//
// Quantization: the bytes are copied, never rescaled. TFLite's converter and TFLite's int8 kernel
// require every input to share the output's scale and zero point; TFLM's kernel does not check
// and copies bytes all the same, so a graph that breaks the rule gives TFLM's (wrong) numbers
// here too. The generator must reject such a graph or requantize the input first.
inline void concatenation(const ConcatenationGeometry& geometry,
                          const std::int8_t* const* inputs,
                          std::int8_t* output) {
    // Parameters.
    const int inputs_count = geometry.inputs_count;
    const int outer_size = geometry.outer_size;
    const int inner_size = geometry.inner_size;

    // Loops, over the output in memory order.
    for (int outer = 0; outer < outer_size; ++outer) {
        for (int input = 0; input < inputs_count; ++input) {
            const int slab_size = geometry.input_axis_sizes[input] * inner_size;
            const std::int8_t* const slab = inputs[input] + outer * slab_size;
            for (int element = 0; element < slab_size; ++element) {
                *output++ = slab[element];
            }
        }
    }
}

// The typed form: shapes and axis are checked at compile time (see concatenation_geometry()).
// inputs holds one pointer per input shape, in order: concatenation<3, Out, A, B>({a, b}, out).
template <int Axis, class OutputShape, class... InputShapes>
void concatenation(const std::array<const std::int8_t*, sizeof...(InputShapes)>& inputs,
                   std::int8_t* output) {
    constexpr ConcatenationGeometry geometry =
        concatenation_geometry<Axis, OutputShape, InputShapes...>();
    concatenation(geometry, inputs.data(), output);
}

}  // namespace fennec::kernels::portable
