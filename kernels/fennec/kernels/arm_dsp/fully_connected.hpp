// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 fully_connected for Cortex-M cores with the DSP extension (M4, M7, M33): same
// signatures and bit for bit the same outputs as portable::fully_connected and
// portable::fully_connected_per_channel, the oracles.
//
// How it differs from the portable loops: output rows are processed four at a time, and the four
// share every input load. Per four input bytes: one LDR and two SXTAB16 give the inputs minus the
// input zero point as int16 lanes (bytes 0 and 2, bytes 1 and 3); per row one LDR and two SXTB16
// widen the weights the same way and two SMLAD accumulate: 23 instructions for 16 MACs. The
// accumulators start at the bias, so the sum wraps in int32 exactly as portable's bias addition.
// Rows left over (output_depth not a multiple of 4) go one at a time, and input bytes left over
// (accum_depth not a multiple of 4) byte by byte. The epilogue is requantize.hpp's four
// instructions on the doubled accumulator (one LSL more), for accumulators in [-2^30, 2^30) and
// constants it is exact for; everything else takes fennec::requantize.
//
// The input zero point is subtracted in the loop (SXTAB16 costs what SXTB16 does), so the kernel
// needs no per-row weight sums and nothing prepared ahead of the call.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/intrinsics.hpp"
#include "fennec/kernels/arm_dsp/output_group.hpp"
#include "fennec/kernels/arm_dsp/requantize.hpp"
#include "fennec/kernels/arm_dsp/window.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/fully_connected.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

#if FENNEC_HAS_DSP

namespace fennec::kernels::arm_dsp {

namespace detail {

// What every row group of a call shares, unpacked once.
struct FullyConnectedLoop {
    FullyConnectedGeometry sizes;
    std::int32_t input_zero_point;
    dsp::Int16x2 negated_input_zero_point;  // (-zp, -zp)
    const std::int32_t* output_multiplier;  // one entry, or output_depth entries (PerChannel)
    const std::int32_t* output_shift;
    OutputClamp clamp;
    // The output zero point and activation allow the four-instruction epilogue (right shifts of
    // 1 to 21 bits, see channel_requantization); with per-tensor weights, so do the multiplier
    // and shift, whose constants are then in `tensor`.
    bool is_doubled;
    DoubledRequantization tensor;
};

// The doubled epilogue's constants of one channel, and whether they are exact for it. Given an
// output zero point within int8 (checked once per call), a non-negative multiplier and a right
// shift r of 1 to 21 bits keep the rounding offset 2^(r-1) + zero_point * 2^r below 2^29 in
// magnitude: can_requantize_doubled's conditions, in four instructions rather than its int64
// arithmetic (longer shifts, which no real layer has, take the exact path).
struct ChannelRequantization {
    DoubledRequantization constants;
    bool is_exact;
};

[[gnu::always_inline]] inline ChannelRequantization channel_requantization(
    std::int32_t output_multiplier, std::int32_t output_shift, std::int32_t output_zero_point) {
    // Unsigned arithmetic: constants outside the exact range must not overflow on the way.
    const std::uint32_t right_shift = 0u - static_cast<std::uint32_t>(output_shift);
    const bool is_exact = output_multiplier >= 0 && right_shift - 1u < 21u;
    const std::uint32_t shift = is_exact ? right_shift : 1u;
    const auto offset = static_cast<std::int32_t>(
        (1u << (shift - 1u)) + (static_cast<std::uint32_t>(output_zero_point) << shift));
    return ChannelRequantization{DoubledRequantization{dsp::join_words(output_multiplier, offset),
                                                       static_cast<std::int32_t>(shift)},
                                 is_exact};
}

// Whether 2 * accumulator fits in int32, so requantize_doubled applies to it: accumulator in
// [-2^30, 2^30). OR-ing the biased values tests four accumulators with one branch.
[[gnu::always_inline]] [[nodiscard]] inline std::uint32_t out_of_doubled_range(
    std::int32_t accumulator) {
    return static_cast<std::uint32_t>(accumulator) + (1u << 30);
}

// Adds to accumulator[j] the dot product of `accum_depth` input bytes (minus the input zero
// point) with row j of the weights (rows accum_depth bytes apart), for Rows rows.
template <int Rows, int AccumDepth>
[[gnu::always_inline]] inline void accumulate_rows(const FullyConnectedLoop& loop,
                                                   const std::int8_t* input,
                                                   const std::int8_t* weights,
                                                   std::int32_t* accumulator) {
    const int accum_depth = AccumDepth != 0 ? AccumDepth : loop.sizes.accum_depth;
    const dsp::Int16x2 negated_input_zero_point = loop.negated_input_zero_point;
    const std::int8_t* const input_end = input + (accum_depth & ~3);
    while (input != input_end) {
        const dsp::Int8x4 input_bytes = dsp::load_int8x4(input);
        const dsp::Int16x2 even = dsp::even_bytes_plus(negated_input_zero_point, input_bytes);
        const dsp::Int16x2 odd = dsp::odd_bytes_plus(negated_input_zero_point, input_bytes);
        for (int j = 0; j < Rows; ++j) {
            const dsp::Int8x4 weight_bytes = dsp::load_int8x4(weights + j * accum_depth);
            accumulator[j] = dsp::dual_mac(even, dsp::even_bytes(weight_bytes), accumulator[j]);
            accumulator[j] = dsp::dual_mac(odd, dsp::odd_bytes(weight_bytes), accumulator[j]);
        }
        input += 4;
        weights += 4;
    }
    for (int d = 0; d < (accum_depth & 3); ++d) {
        const std::int32_t input_value = input[d] - loop.input_zero_point;
        for (int j = 0; j < Rows; ++j) {
            accumulator[j] += weights[j * accum_depth + d] * input_value;
        }
    }
}

// The exact epilogue of output channel out_c (accumulator with the bias already added).
template <bool PerChannel>
[[gnu::always_inline]] inline std::int32_t requantize_exact(const FullyConnectedLoop& loop,
                                                            int out_c,
                                                            std::int32_t accumulator) {
    const int quantization_c = PerChannel ? out_c : 0;
    return fennec::requantize(accumulator, loop.output_multiplier[quantization_c],
                              static_cast<int>(loop.output_shift[quantization_c]),
                              loop.clamp.output);
}

// Four outputs of channels out_c .. out_c + 3 from their accumulators, packed into one word
// (not yet clamped to the activation range when the doubled epilogue ran).
template <bool PerChannel, Epilogue Kind>
[[gnu::always_inline]] inline dsp::Int8x4 requantize_group(const FullyConnectedLoop& loop,
                                                           int out_c,
                                                           const std::int32_t (&accumulator)[4]) {
    const bool is_doubled =
        Kind == Epilogue::chosen_per_group ? loop.is_doubled : Kind != Epilogue::exact;
    std::int32_t value[4];
    if (!is_doubled) {
        for (int j = 0; j < 4; ++j) {
            value[j] = requantize_exact<PerChannel>(loop, out_c + j, accumulator[j]);
        }
    } else if constexpr (!PerChannel) {
        const std::uint32_t out_of_range =
            out_of_doubled_range(accumulator[0]) | out_of_doubled_range(accumulator[1]) |
            out_of_doubled_range(accumulator[2]) | out_of_doubled_range(accumulator[3]);
        if ((out_of_range >> 31) == 0) {
            for (int j = 0; j < 4; ++j) {
                value[j] = requantize_doubled(accumulator[j] * 2, loop.tensor);
            }
        } else {
            for (int j = 0; j < 4; ++j) {
                value[j] = requantize_exact<PerChannel>(loop, out_c + j, accumulator[j]);
            }
        }
    } else {
        for (int j = 0; j < 4; ++j) {
            const ChannelRequantization channel =
                channel_requantization(loop.output_multiplier[out_c + j],
                                       loop.output_shift[out_c + j], loop.clamp.output.zero_point);
            value[j] = channel.is_exact && (out_of_doubled_range(accumulator[j]) >> 31) == 0
                           ? requantize_doubled(accumulator[j] * 2, channel.constants)
                           : requantize_exact<PerChannel>(loop, out_c + j, accumulator[j]);
        }
    }
    return dsp::pack_int8x4(value[0], value[1], value[2], value[3]);
}

// Every output of the call: rows in groups of four, then the rows left over one at a time.
template <int AccumDepth, bool PerChannel, Epilogue Kind>
inline void fully_connected_rows(const FullyConnectedLoop& loop,
                                 const std::int8_t* input,
                                 const std::int8_t* filter,
                                 const std::int32_t* bias,
                                 std::int8_t* output) {
    const FullyConnectedGeometry& sizes = loop.sizes;
    const int accum_depth = AccumDepth != 0 ? AccumDepth : sizes.accum_depth;
    const int output_depth = sizes.output_depth;
    const int grouped_depth = output_depth & ~3;

    for (int batch = 0; batch < sizes.batches; ++batch) {
        const std::int8_t* const input_row = input + batch * accum_depth;
        std::int8_t* const output_row = output + batch * output_depth;
        for (int out_c = 0; out_c < grouped_depth; out_c += 4) {
            std::int32_t accumulator[4] = {};
            if (bias != nullptr) {
                for (int j = 0; j < 4; ++j) {
                    accumulator[j] = bias[out_c + j];
                }
            }
            accumulate_rows<4, AccumDepth>(loop, input_row, filter + out_c * accum_depth,
                                           accumulator);
            const dsp::Int8x4 packed = requantize_group<PerChannel, Kind>(loop, out_c, accumulator);
            constexpr bool needs_clamp =
                Kind == Epilogue::doubled_clamped || Kind == Epilogue::chosen_per_group;
            dsp::store_int8x4(output_row + out_c,
                              clamp_int8x4<needs_clamp>(packed, loop.clamp.activation_min,
                                                        loop.clamp.activation_max));
        }
        for (int out_c = grouped_depth; out_c < output_depth; ++out_c) {
            std::int32_t accumulator[1] = {bias != nullptr ? bias[out_c] : 0};
            accumulate_rows<1, AccumDepth>(loop, input_row, filter + out_c * accum_depth,
                                           accumulator);
            output_row[out_c] =
                static_cast<std::int8_t>(requantize_exact<PerChannel>(loop, out_c, accumulator[0]));
        }
    }
}

// The two quantization forms as the kernel reads them: per-tensor weights have one multiplier
// and shift (PerChannel false), per-channel weights output_depth of each; and each form's
// portable kernel, the fallback.
[[nodiscard]] constexpr bool per_channel(const FullyConnectedQuantization*) {
    return false;
}
[[nodiscard]] constexpr bool per_channel(const FullyConnectedPerChannelQuantization*) {
    return true;
}
[[nodiscard]] inline const std::int32_t* multipliers(const FullyConnectedQuantization& q) {
    return &q.output_multiplier;
}
[[nodiscard]] inline const std::int32_t* multipliers(
    const FullyConnectedPerChannelQuantization& q) {
    return q.output_multiplier;
}
[[nodiscard]] inline const std::int32_t* shifts(const FullyConnectedQuantization& q) {
    return &q.output_shift;
}
[[nodiscard]] inline const std::int32_t* shifts(const FullyConnectedPerChannelQuantization& q) {
    return q.output_shift;
}
inline void portable_kernel(const FullyConnectedGeometry& geometry,
                            const FullyConnectedQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    portable::fully_connected(geometry, quantization, input, filter, bias, output);
}
inline void portable_kernel(const FullyConnectedGeometry& geometry,
                            const FullyConnectedPerChannelQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    portable::fully_connected_per_channel(geometry, quantization, input, filter, bias, output);
}

// The kernel, with accum_depth a compile-time constant when AccumDepth is not 0 (the typed form).
// Input zero points outside [-32000, 32000], for which input - zero point would not fit the int16
// lanes (no int8 model has one), go to the portable kernel.
template <int AccumDepth, class Quantization>
inline void fully_connected(const FullyConnectedGeometry& geometry,
                            const Quantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    constexpr bool is_per_channel = per_channel(static_cast<const Quantization*>(nullptr));
    const std::int32_t input_zero_point = quantization.input_zero_point;
    if (input_zero_point < -32000 || input_zero_point > 32000) {
        portable_kernel(geometry, quantization, input, filter, bias, output);
        return;
    }
    const OutputQuantization& out = quantization.output;

    FullyConnectedLoop loop{};
    loop.sizes = geometry;
    loop.input_zero_point = input_zero_point;
    loop.negated_input_zero_point = dsp::pack_lanes(-input_zero_point, -input_zero_point);
    loop.output_multiplier = multipliers(quantization);
    loop.output_shift = shifts(quantization);
    loop.clamp = output_clamp(out);
    loop.is_doubled = out.zero_point >= int8_min && out.zero_point <= int8_max &&
                      out.activation.min >= int8_min && out.activation.min <= out.activation.max &&
                      out.activation.max <= int8_max;
    if constexpr (!is_per_channel) {
        const ChannelRequantization tensor =
            channel_requantization(loop.output_multiplier[0], loop.output_shift[0], out.zero_point);
        loop.is_doubled = loop.is_doubled && tensor.is_exact;
        loop.tensor = tensor.constants;
    }

    if constexpr (AccumDepth == 0) {
        fully_connected_rows<0, is_per_channel, Epilogue::chosen_per_group>(loop, input, filter,
                                                                            bias, output);
    } else if (!loop.is_doubled) {
        fully_connected_rows<AccumDepth, is_per_channel, Epilogue::exact>(loop, input, filter, bias,
                                                                          output);
    } else if (loop.clamp.needs_clamp) {
        fully_connected_rows<AccumDepth, is_per_channel, Epilogue::doubled_clamped>(
            loop, input, filter, bias, output);
    } else {
        fully_connected_rows<AccumDepth, is_per_channel, Epilogue::doubled>(loop, input, filter,
                                                                            bias, output);
    }
}

}  // namespace detail

// Fully connected layer with per-tensor weights: the contract of portable::fully_connected
// (int8 input [batches, accum_depth], int8 weights [output_depth, accum_depth], optional int32
// bias, int8 output [batches, output_depth]) and its exact results. Reads exactly the tensors'
// elements, writes every output element once, no scratch memory, nothing precomputed.
inline void fully_connected(const FullyConnectedGeometry& geometry,
                            const FullyConnectedQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    detail::fully_connected<0>(geometry, quantization, input, filter, bias, output);
}

// The same with per-channel weights (portable::fully_connected_per_channel's contract).
inline void fully_connected_per_channel(const FullyConnectedGeometry& geometry,
                                        const FullyConnectedPerChannelQuantization& quantization,
                                        const std::int8_t* input,
                                        const std::int8_t* filter,
                                        const std::int32_t* bias,
                                        std::int8_t* output) {
    detail::fully_connected<0>(geometry, quantization, input, filter, bias, output);
}

// The typed forms: the geometry from compile-time shapes (see fully_connected_geometry), and the
// inner loop specialised on accum_depth (weight rows at immediate offsets).
template <class InputShape, class FilterShape, class OutputShape>
inline void fully_connected(const FullyConnectedQuantization& quantization,
                            const std::int8_t* input,
                            const std::int8_t* filter,
                            const std::int32_t* bias,
                            std::int8_t* output) {
    constexpr FullyConnectedGeometry geometry =
        fully_connected_geometry<InputShape, FilterShape, OutputShape>();
    detail::fully_connected<geometry.accum_depth>(geometry, quantization, input, filter, bias,
                                                  output);
}

template <class InputShape, class FilterShape, class OutputShape>
inline void fully_connected_per_channel(const FullyConnectedPerChannelQuantization& quantization,
                                        const std::int8_t* input,
                                        const std::int8_t* filter,
                                        const std::int32_t* bias,
                                        std::int8_t* output) {
    constexpr FullyConnectedGeometry geometry =
        fully_connected_geometry<InputShape, FilterShape, OutputShape>();
    detail::fully_connected<geometry.accum_depth>(geometry, quantization, input, filter, bias,
                                                  output);
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
