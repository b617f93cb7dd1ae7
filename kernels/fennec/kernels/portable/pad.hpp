// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Portable int8 PAD and PADV2 (constant padding), bit-exact with TFLM's reference Pad.
#pragma once

#include <cstdint>

#include "fennec/kernels/params/pad.hpp"

namespace fennec::kernels::portable {

// Pads `input` with `pad_value` on both sides of every dimension.
//
// Contract: input holds the input_shape elements of `geometry` in row-major order; output receives
// the padded tensor, each dimension padding_before + input + padding_after long, every element
// written exactly once and in order. The input is read exactly once, in order. No scratch.
//
// The pad value is data, not geometry. For PAD it is the output zero point, so the padding means
// real 0 (TFLM's Prepare requires that zero point to lie in the int8 range). For PADV2 it is the
// constant_values tensor's one element, which TFLM requires to share the output's scale and zero
// point. Input and output quantization are the same: PAD never rescales.
inline void pad(const PadGeometry& geometry,
                std::int8_t pad_value,
                const std::int8_t* input,
                std::int8_t* output) {
    // Parameters.
    const int* const input_shape = geometry.input_shape;
    const int* const padding_before = geometry.padding_before;
    int output_shape[pad_max_rank] = {};
    for (int axis = 0; axis < pad_max_rank; ++axis) {
        output_shape[axis] =
            padding_before[axis] + input_shape[axis] + geometry.padding_after[axis];
    }
    const auto is_padding = [&](int axis, int out_index) {
        return out_index < padding_before[axis] ||
               out_index >= padding_before[axis] + input_shape[axis];
    };

    // Loops, over the output in memory order. An output element is padding when its index along
    // any dimension falls outside the input's span; every other element takes the next input
    // element, because the input's elements appear in the output in their own order.
    for (int out_0 = 0; out_0 < output_shape[0]; ++out_0) {
        const bool pad_0 = is_padding(0, out_0);
        for (int out_1 = 0; out_1 < output_shape[1]; ++out_1) {
            const bool pad_1 = pad_0 || is_padding(1, out_1);
            for (int out_2 = 0; out_2 < output_shape[2]; ++out_2) {
                const bool pad_2 = pad_1 || is_padding(2, out_2);
                for (int out_3 = 0; out_3 < output_shape[3]; ++out_3) {
                    const bool pad_3 = pad_2 || is_padding(3, out_3);
                    for (int out_4 = 0; out_4 < output_shape[4]; ++out_4) {
                        const bool pad_4 = pad_3 || is_padding(4, out_4);
                        for (int out_5 = 0; out_5 < output_shape[5]; ++out_5) {
                            const bool is_inside_input = !(pad_4 || is_padding(5, out_5));
                            *output++ = is_inside_input ? *input++ : pad_value;
                        }
                    }
                }
            }
        }
    }
}

// The typed form: shapes and paddings are checked at compile time (see pad_geometry()).
template <class InputShape, class OutputShape, class PaddingsType>
void pad(std::int8_t pad_value, const std::int8_t* input, std::int8_t* output) {
    constexpr PadGeometry geometry = pad_geometry<InputShape, OutputShape, PaddingsType>();
    pad(geometry, pad_value, input, output);
}

}  // namespace fennec::kernels::portable
