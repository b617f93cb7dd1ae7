// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 fully_connected: TFLite's FULLY_CONNECTED with int8 activations and int8
// weights, bit-exact with TFLM's reference FullyConnected (per-tensor weights) and
// FullyConnectedPerChannel. Written to be read, not tuned; it is the oracle the accelerated
// variants are tested against.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/params/fully_connected.hpp"

namespace fennec::kernels::portable {

namespace detail {

// The loop both quantization forms share. The multiplier and shift of output channel out_c are
// output_multiplier[out_c * channel_step] and output_shift[out_c * channel_step]: a step of 0
// reads the single per-tensor pair for every channel. zero_point is the input's, in [-128, 127].
inline void fully_connected(const FullyConnectedGeometry& geometry,
                            std::int32_t zero_point,
                            const std::int32_t* output_multiplier,
                            const std::int32_t* output_shift,
                            int channel_step,
                            OutputQuantization output_quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    // Parameters.
    const int batches = geometry.batches;
    const int accum_depth = geometry.accum_depth;
    const int output_depth = geometry.output_depth;
    // An int8 value, so that each product fits in 16 bits (see conv2d).
    const auto input_zero_point = static_cast<std::int8_t>(zero_point);

    // Loops in output order: one accumulator per output element.
    for (int batch = 0; batch < batches; ++batch) {
        const std::int8_t* const input_row = input + batch * accum_depth;
        std::int8_t* const output_row = output + batch * output_depth;
        for (int out_c = 0; out_c < output_depth; ++out_c) {
            const std::int8_t* const filter_row = filter + out_c * accum_depth;
            std::int32_t accumulator = 0;
            for (int d = 0; d < accum_depth; ++d) {
                const std::int32_t input_value = input_row[d];
                const std::int32_t filter_value = filter_row[d];
                accumulator += filter_value * (input_value - input_zero_point);
            }

            // Epilogue: bias, requantize, zero point, activation clamp, narrow.
            if (bias != nullptr) {
                accumulator = add_wrapping(accumulator, bias[out_c]);
            }
            const int quantization_channel = out_c * channel_step;
            output_row[out_c] = requantize(accumulator, output_multiplier[quantization_channel],
                                           static_cast<int>(output_shift[quantization_channel]),
                                           output_quantization);
        }
    }
}

}  // namespace detail

// Fully connected layer with per-tensor weights: int8 input [batches, accum_depth] (any rank,
// read flat), int8 weights [output_depth, accum_depth], optional int32 bias [output_depth], int8
// output [batches, output_depth]:
//
//   output[b, o] = requantize(bias[o] + sum over d of
//                               filter[o, d] * (input[b, d] - input_zero_point))
//
// - Weights are symmetric (filter zero point 0, TFLite's int8 quantization spec); the input zero
//   point lies in [-128, 127], as an int8 tensor's does.
// - bias may be nullptr (a layer without bias); its addition wraps in int32 as TFLM's does.
// - One int32 accumulator; it cannot overflow while accum_depth <= 2^16
//   (fully_connected_max_accum_depth).
// - Reads exactly the tensors' elements, writes every output element once, needs no scratch
//   memory. Input and output must not overlap.
inline void fully_connected(const FullyConnectedGeometry& geometry,
                            const FullyConnectedQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    detail::fully_connected(geometry, quantization.input_zero_point,
                            &quantization.output_multiplier, &quantization.output_shift,
                            /*channel_step=*/0, quantization.output, input, filter, bias, output);
}

// The same with per-channel weights: output channel o is requantized with
// quantization.output_multiplier[o] and quantization.output_shift[o] (output_depth entries each).
inline void fully_connected_per_channel(const FullyConnectedGeometry& geometry,
                                        const FullyConnectedPerChannelQuantization& quantization,
                                        const std::int8_t* input,
                                        const std::int8_t* filter,
                                        const std::int32_t* bias,
                                        std::int8_t* output) {
    detail::fully_connected(geometry, quantization.input_zero_point, quantization.output_multiplier,
                            quantization.output_shift,
                            /*channel_step=*/1, quantization.output, input, filter, bias, output);
}

// The typed forms: the geometry comes from compile-time shapes, so a mismatch fails to compile
// (see fully_connected_geometry) and the compiler sees every size as a constant after inlining.
template <class InputShape, class FilterShape, class OutputShape>
inline void fully_connected(const FullyConnectedQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    constexpr FullyConnectedGeometry geometry =
        fully_connected_geometry<InputShape, FilterShape, OutputShape>();
    fully_connected(geometry, quantization, input, filter, bias, output);
}

template <class InputShape, class FilterShape, class OutputShape>
inline void fully_connected_per_channel(const FullyConnectedPerChannelQuantization& quantization,
                                        const std::int8_t* input,
                                        const std::int8_t* filter,
                                        const std::int32_t* bias,
                                        std::int8_t* output) {
    constexpr FullyConnectedGeometry geometry =
        fully_connected_geometry<InputShape, FilterShape, OutputShape>();
    fully_connected_per_channel(geometry, quantization, input, filter, bias, output);
}

}  // namespace fennec::kernels::portable
