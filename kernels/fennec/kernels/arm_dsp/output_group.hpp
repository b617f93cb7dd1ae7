// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Four output channels of a multiply-accumulate kernel (conv2d, depthwise_conv2d), prepared once
// per call and reused for every output pixel: their bias, and their requantization either as the
// four-instruction epilogue of requantize.hpp (when it is exact for all four) or as the
// multiplier/shift pairs of fennec::requantize. Plus the accumulators of one pixel and the
// epilogue that turns them into four int8 outputs.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/intrinsics.hpp"
#include "fennec/kernels/arm_dsp/requantize.hpp"
#include "fennec/kernels/arm_dsp/window.hpp"
#include "fennec/kernels/features.hpp"

#if FENNEC_HAS_DSP

namespace fennec::kernels::arm_dsp {

struct OutputGroup {
    dsp::WordPair bias[2];  // (channel 0, 1), (channel 2, 3); doubled when is_doubled
    DoubledRequantization doubled[4];
    std::int32_t output_multiplier[4];
    std::int32_t output_shift[4];
    int output_offset[4];  // where channel j's output lies, relative to channel 0's
    bool is_doubled;       // the four-instruction epilogue applies to all four channels
};

// What every output group of a call shares: the output zero point and activation, and the
// activation range in every byte of a word (for the packed clamp).
struct OutputClamp {
    OutputQuantization output;
    dsp::Int8x4 activation_min;
    dsp::Int8x4 activation_max;
    bool needs_clamp;  // the range is narrower than int8
};

[[nodiscard]] inline OutputClamp output_clamp(const OutputQuantization& output) {
    return OutputClamp{output, dsp::splat_int8x4(output.activation.min),
                       dsp::splat_int8x4(output.activation.max),
                       output.activation.min > int8_min || output.activation.max < int8_max};
}

// Prepares the group of output channels out_c[0..3] (quantization index quantization_c[j]).
// max_abs_sum bounds |sum of products| of one output (without the bias); is_doubled is set when
// the four-instruction epilogue is exact for all four channels with accumulators up to
// 2 * (max_abs_sum + |bias|), and the bias is then stored doubled.
inline void prepare_output_group(OutputGroup& group,
                                 const int (&out_c)[4],
                                 const int (&quantization_c)[4],
                                 const std::int32_t* output_multiplier,
                                 const std::int32_t* output_shift,
                                 const std::int32_t* bias,
                                 const OutputQuantization& output,
                                 std::int64_t max_abs_sum) {
    std::int32_t bias_values[4];
    group.is_doubled = true;
    for (int j = 0; j < 4; ++j) {
        const std::int32_t multiplier = output_multiplier[quantization_c[j]];
        const std::int32_t shift = output_shift[quantization_c[j]];
        const std::int32_t bias_value = bias != nullptr ? bias[out_c[j]] : 0;
        const std::int64_t abs_bias = bias_value < 0 ? -std::int64_t{bias_value} : bias_value;
        group.output_multiplier[j] = multiplier;
        group.output_shift[j] = shift;
        group.output_offset[j] = out_c[j] - out_c[0];
        bias_values[j] = bias_value;
        if (can_requantize_doubled(multiplier, shift, output, 2 * (max_abs_sum + abs_bias))) {
            group.doubled[j] = doubled_requantization(multiplier, shift, output);
        } else {
            group.is_doubled = false;
        }
    }
    const std::int32_t bias_scale = group.is_doubled ? 2 : 1;
    group.bias[0] = dsp::join_words(bias_scale * bias_values[0], bias_scale * bias_values[1]);
    group.bias[1] = dsp::join_words(bias_scale * bias_values[2], bias_scale * bias_values[3]);
}

// The four accumulators of one output pixel.
struct Accumulators {
    std::int32_t channel[4];
};

[[gnu::always_inline]] [[nodiscard]] inline Accumulators start_accumulators(
    const OutputGroup& group) {
    const dsp::WordPair low = group.bias[0];
    const dsp::WordPair high = group.bias[1];
    return Accumulators{
        {dsp::low_word(low), dsp::high_word(low), dsp::low_word(high), dsp::high_word(high)}};
}

// The epilogue of one pixel: four outputs to output[group.output_offset[j]]. With IsDoubled the
// accumulators hold twice the sums (and the bias twice), and the four-instruction epilogue runs;
// else fennec::requantize. IsContiguous: the four outputs are adjacent (one STR).
template <bool IsDoubled, bool IsContiguous, bool NeedsClamp>
[[gnu::always_inline]] inline void store_output_group(const OutputGroup& group,
                                                      const OutputClamp& clamp,
                                                      const Accumulators& accumulator,
                                                      std::int8_t* output) {
    if constexpr (IsDoubled) {
        const dsp::Int8x4 packed =
            dsp::pack_int8x4(requantize_doubled(accumulator.channel[0], group.doubled[0]),
                             requantize_doubled(accumulator.channel[1], group.doubled[1]),
                             requantize_doubled(accumulator.channel[2], group.doubled[2]),
                             requantize_doubled(accumulator.channel[3], group.doubled[3]));
        const dsp::Int8x4 clamped =
            clamp_int8x4<NeedsClamp>(packed, clamp.activation_min, clamp.activation_max);
        if constexpr (IsContiguous) {
            dsp::store_int8x4(output, clamped);
        } else {
            const auto bits = static_cast<std::uint32_t>(clamped);
            for (int j = 0; j < 4; ++j) {
                output[group.output_offset[j]] =
                    static_cast<std::int8_t>(static_cast<std::int32_t>(bits << (24 - 8 * j)) >> 24);
            }
        }
    } else {
        for (int j = 0; j < 4; ++j) {
            output[group.output_offset[j]] =
                fennec::requantize(accumulator.channel[j], group.output_multiplier[j],
                                   static_cast<int>(group.output_shift[j]), clamp.output);
        }
    }
}

// Which epilogue a kernel's loop runs: fixed at compile time (the typed forms instantiate their
// loops once per combination they meet: exact, doubled, doubled and clamped), or chosen per group
// at run time from is_doubled, with the activation clamp always applied (the size-erased forms,
// which generated models call: one instantiation instead of three keeps a model's code small;
// the branch and the clamp cost a few instructions per four outputs, 0.4 % of KWS's total).
enum class Epilogue { exact, doubled, doubled_clamped, chosen_per_group };

template <Epilogue Kind>
struct EpilogueConstant {
    static constexpr Epilogue value = Kind;
};

// Calls run(EpilogueConstant<...>) for the fixed epilogue that fits is_doubled and needs_clamp.
template <class Run>
inline void dispatch_fixed_epilogue(bool is_doubled, bool needs_clamp, Run&& run) {
    if (!is_doubled) {
        run(EpilogueConstant<Epilogue::exact>{});
    } else if (needs_clamp) {
        run(EpilogueConstant<Epilogue::doubled_clamped>{});
    } else {
        run(EpilogueConstant<Epilogue::doubled>{});
    }
}

// Calls run(BoolConstant<IsDoubled>, BoolConstant<NeedsClamp>) with the flags as types, so a
// kernel instantiates its pixel loop once per combination it meets.
template <class Run>
inline void dispatch_epilogue(bool is_doubled, bool needs_clamp, Run&& run) {
    if (!is_doubled) {
        run(BoolConstant<false>{}, BoolConstant<false>{});
    } else if (needs_clamp) {
        run(BoolConstant<true>{}, BoolConstant<true>{});
    } else {
        run(BoolConstant<true>{}, BoolConstant<false>{});
    }
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
