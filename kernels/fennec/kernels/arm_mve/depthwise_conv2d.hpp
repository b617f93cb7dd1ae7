// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 depthwise_conv2d for Cortex-M cores with Helium (MVE: Cortex-M55): same signatures and
// bit for bit the same outputs as portable::depthwise_conv2d, the oracle.
//
// How it differs from the portable loops: NHWC keeps a pixel's channels contiguous, so eight
// output channels are the lanes of one vector. The output channels are processed in blocks of
// eight, outermost; every output pixel of a block follows (window_walk.hpp). Per block, once
// (about 50 instructions): the taps' weights widened to int16 (one vector per tap, on the stack),
// the bias with the input zero point folded in, and the lane requantization constants.
//
// Instruction budget, per output pixel of a block (8 outputs, 72 MACs for a 3x3 filter):
//   per tap: VLDRB.S16 (eight inputs, widened, post-incremented pointer), VLDRH (the weights),
//            VMULLB/VMULLT (even and odd lanes into int32 products; exact, as |input - zero
//            point| <= 255 fits int16) and two VADDs: 6 instructions for 8 MACs, 0.75 per MAC
//   epilogue: requantize.hpp's rounding on the even and odd lanes, the output zero point, a
//            saturating narrow to int16, the clamp and one VSTRB.16: about 30 instructions
// In all about 95 per 72 MACs, 1.3 per MAC, for windows inside the input; measured on the M55,
// KWS's 25x5x64 3x3 layer takes 1.8 per MAC and VWW's 48x48x16 one 1.4 (CMSIS-NN: 2.3 and 3.5),
// the difference being the clipped border windows and the per-row and per-block work.
//
// The input zero point: sum w * (x - zp) = sum w * x - zp * sum w, and int32 addition wraps the
// same in any order, so a window wholly inside the input starts from bias - zp * (sum of all the
// channel's weights) and reads the raw inputs. A window clipped by the padding starts from the
// bias and subtracts zp from each input (one VSUB more per tap), as portable does.
//
// Three instantiations of the pixel loop at most (code size): full blocks of a depth multiplier
// of 1 with the plain epilogue (no left shift, no clamp: the usual case) or the full one, and a
// general one for the rest: the channel tail, with tail-predicated loads and stores; depth
// multipliers above 1, where lane j's input channel is (out_c0 + j) / M and one gather load per
// tap fetches the eight inputs (person_detect's first layer, 1 channel x 8, fills all eight lanes);
// the size-erased form's filters other than 3x3. The general path loads each tap's weights from
// the filter tensor rather than from the block's widened copy, so it takes filters of any size.
#pragma once

#include <cstddef>
#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_mve/requantize.hpp"
#include "fennec/kernels/arm_mve/window_walk.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/depthwise_conv2d.hpp"
#include "fennec/kernels/portable/depthwise_conv2d.hpp"

#if FENNEC_HAS_MVE

#include <arm_mve.h>

namespace fennec::kernels::arm_mve {

namespace detail {

// The fast paths keep a block's weights widened on the stack, 16 bytes per tap; typed forms with
// filters of more taps than this take the size-erased form, whose general path reads them from
// the filter tensor instead (any size). 64 covers every filter up to 8x8.
inline constexpr int depthwise_max_taps = 64;

// One block of up to eight consecutive output channels out_c0 .. out_c0 + 7, ready for the pixel
// loop. Lanes past the block's channels hold zeros.
template <int MaxTaps>
struct DepthwiseBlock {
    int16x8_t weights[std::size_t{MaxTaps}];  // tap t: the block's weights, widened (fast paths)
    const std::int8_t* filter;  // the block's first weight of tap 0 (the general path reads there)
    int32x4_t bias[2];          // even lanes (channels 0, 2, 4, 6), odd lanes (1, 3, 5, 7)
    int32x4_t folded_bias[2];   // bias - input zero point * sum of the channel's weights
    LaneRequantization requantization[2];
    // Lane j's input channel relative to the block's first, (out_c0 + j) / M - out_c0 / M: the
    // general path gathers its inputs with these (j for a depth multiplier of 1).
    uint16x8_t input_offsets;
};

// What every block of a call shares.
struct DepthwiseLoop {
    int16x8_t input_zero_point;  // in every lane
    int16x8_t activation_min;    // in every lane
    int16x8_t activation_max;
    std::int32_t output_zero_point;  // a scalar: VADD takes it from a core register
    int input_row_stride;            // elements between vertically adjacent taps, dilation included
    int input_column_stride;         // ... horizontally adjacent taps
    int filter_tap_stride;           // elements between a channel's weights of adjacent taps
};

// Lanes of a block with `count` channels (8 or fewer) that are active.
[[nodiscard]] inline mve_pred16_t block_lanes(int count) {
    return vctp16q(static_cast<std::uint32_t>(count));
}

// The block's weights, bias and requantization constants, from the tensors of the call: output
// channels out_c0 + j for lanes j < count, contiguous in the filter, the bias and the per-channel
// arrays (the int32 ones gathered into even and odd lanes, as VMULLB/VMULLT leave the products);
// lanes at or past `count` load zero (multiplier 0, shift 0: harmless, and never stored). About
// 50 instructions for a 3x3 filter.
template <int MaxTaps>
inline void prepare_depthwise_block(const DepthwiseConv2dGeometry& geometry,
                                    const DepthwiseConv2dQuantization& quantization,
                                    const std::int8_t* filter,
                                    const std::int32_t* bias,
                                    int out_c0,
                                    int count,
                                    DepthwiseBlock<MaxTaps>& block) {
    const int depth_multiplier = geometry.depth_multiplier;
    const int output_channels = geometry.input_channels * depth_multiplier;
    const int taps = geometry.filter_height * geometry.filter_width;
    const uint32x4_t even_offsets = vidupq_n_u32(0u, 2);
    const uint32x4_t odd_offsets = vidupq_n_u32(1u, 2);
    const mve_pred16_t lanes = block_lanes(count);
    const mve_pred16_t even_lanes = vctp32q(static_cast<std::uint32_t>((count + 1) / 2));
    const mve_pred16_t odd_lanes = vctp32q(static_cast<std::uint32_t>(count / 2));

    // The weights widened, and their sum per channel (at most 64 * 128 in magnitude: int16).
    int16x8_t weight_sums = vdupq_n_s16(0);
    for (int tap = 0; tap < taps; ++tap) {
        const int16x8_t weights = vldrbq_z_s16(filter + tap * output_channels + out_c0, lanes);
        if (tap < MaxTaps) {
            block.weights[tap] = weights;
        }
        weight_sums = vaddq_s16(weight_sums, weights);
    }

    // The bias, and the bias with the input zero point folded in: bias - zp * sum of weights
    // (|zp| <= 32000, so the product fits int32; the subtraction wraps as portable's sum would).
    if (bias != nullptr) {
        block.bias[0] = vldrwq_gather_shifted_offset_z_s32(bias + out_c0, even_offsets, even_lanes);
        block.bias[1] = vldrwq_gather_shifted_offset_z_s32(bias + out_c0, odd_offsets, odd_lanes);
    } else {
        block.bias[0] = vdupq_n_s32(0);
        block.bias[1] = vdupq_n_s32(0);
    }
    const int16x8_t negated_zero_point =
        vdupq_n_s16(static_cast<std::int16_t>(-quantization.input_zero_point));
    block.folded_bias[0] =
        vaddq_s32(block.bias[0], vmullbq_int_s16(weight_sums, negated_zero_point));
    block.folded_bias[1] =
        vaddq_s32(block.bias[1], vmulltq_int_s16(weight_sums, negated_zero_point));

    if (quantization.weights == WeightQuantization::per_channel) {
        const std::int32_t* const multipliers = quantization.output_multiplier + out_c0;
        const std::int32_t* const shifts = quantization.output_shift + out_c0;
        block.requantization[0] = lane_requantization(
            vldrwq_gather_shifted_offset_z_s32(multipliers, even_offsets, even_lanes),
            vldrwq_gather_shifted_offset_z_s32(shifts, even_offsets, even_lanes));
        block.requantization[1] = lane_requantization(
            vldrwq_gather_shifted_offset_z_s32(multipliers, odd_offsets, odd_lanes),
            vldrwq_gather_shifted_offset_z_s32(shifts, odd_offsets, odd_lanes));
    } else {
        block.requantization[0] = splat_lane_requantization(quantization.output_multiplier[0],
                                                            quantization.output_shift[0]);
        block.requantization[1] = block.requantization[0];
    }

    std::uint16_t input_offsets[8] = {};
    for (int j = 0; j < 8; ++j) {
        input_offsets[j] =
            static_cast<std::uint16_t>((out_c0 + j) / depth_multiplier - out_c0 / depth_multiplier);
    }
    block.input_offsets = vldrhq_u16(input_offsets);
    block.filter = filter + out_c0;
}

// Eight channels' int32 values as VMULLB/VMULLT leave them: channels 0, 2, 4, 6 and 1, 3, 5, 7.
struct LanePair {
    int32x4_t even;
    int32x4_t odd;
};

// The products of one tap of eight channels: widened inputs times widened weights, even and odd
// lanes. SubtractZeroPoint for clipped windows (see the top comment); IsGeneral gathers each
// lane's input channel (input_offsets) and only the block's lanes (the others are zero, and so
// are their weights).
template <bool SubtractZeroPoint, bool IsGeneral>
[[gnu::always_inline]] inline LanePair depthwise_products(const std::int8_t* input_tap,
                                                          int16x8_t weights,
                                                          const DepthwiseLoop& loop,
                                                          mve_pred16_t lanes,
                                                          uint16x8_t input_offsets) {
    // A scheduling fence: GCC 12 otherwise hoists the loads of every tap to the top of the
    // window, more vectors than MVE's eight registers, and spills and reloads them all.
    __asm__ volatile("" ::: "memory");
    int16x8_t input = IsGeneral ? vldrbq_gather_offset_z_s16(input_tap, input_offsets, lanes)
                                : vldrbq_s16(input_tap);
    if constexpr (SubtractZeroPoint) {
        input = vsubq_s16(input, loop.input_zero_point);
    }
    return LanePair{vmullbq_int_s16(input, weights), vmulltq_int_s16(input, weights)};
}

// Adds a tap's products to the sums, which start from the bias: int32 addition wraps the same in
// any order, so this equals portable's sum of products plus the bias. Each new sum passes through
// an empty asm that GCC must assume changes it: otherwise it reassociates the additions into a
// tree of all the window's products at once, more vectors than MVE's eight registers, and spills.
[[gnu::always_inline]] inline void accumulate(LanePair& sums, LanePair products) {
    sums.even = vaddq_s32(sums.even, products.even);
    sums.odd = vaddq_s32(sums.odd, products.odd);
    __asm__("" : "+w"(sums.even), "+w"(sums.odd));
}

// The epilogue of eight channels: requantize the even and odd lanes (requantize.hpp), add the
// output zero point with int32 wrap-around as TFLM does, narrow with saturation to int16 (a value
// beyond int16 stays beyond int8, so the clamp still gets it right), clamp and store the low
// bytes, of the block's lanes only when IsGeneral.
// IsPlain: no channel has a left shift and the activation range is all of int8 (the usual case:
// ReLU with an output zero point of -128), so the left shift is left out and one more saturating
// narrow, to int8, is the clamp.
template <bool IsGeneral, bool IsPlain>
[[gnu::always_inline]] inline void store_depthwise_outputs(
    LanePair sums,
    const LaneRequantization (&requantization)[2],
    const DepthwiseLoop& loop,
    mve_pred16_t lanes,
    std::int8_t* output_pixel) {
    constexpr bool may_shift_left = !IsPlain;
    const int32x4_t even =
        vaddq_n_s32(multiply_by_quantized_multiplier<may_shift_left>(sums.even, requantization[0]),
                    loop.output_zero_point);
    const int32x4_t odd =
        vaddq_n_s32(multiply_by_quantized_multiplier<may_shift_left>(sums.odd, requantization[1]),
                    loop.output_zero_point);
    // The narrowing writes every lane (even, then odd), so its first operand is only a placeholder.
    int16x8_t outputs = vqmovntq_s32(vqmovnbq_s32(vreinterpretq_s16_s32(even), even), odd);
    if constexpr (IsPlain) {
        // Saturated to int8 in the low byte of each int16 lane (the even bytes), which VSTRB.16
        // stores; the odd bytes are left as they were and not stored.
        outputs = vreinterpretq_s16_s8(vqmovnbq_s16(vreinterpretq_s8_s16(outputs), outputs));
    } else {
        outputs = vminq_s16(vmaxq_s16(outputs, loop.activation_min), loop.activation_max);
    }
    if constexpr (IsGeneral) {
        vstrbq_p_s16(output_pixel, outputs, lanes);
    } else {
        vstrbq_s16(output_pixel, outputs);
    }
}

// The pixels of one block, the visitor of walk_windows. FilterHeight and FilterWidth are
// compile-time constants when not 0 (the typed form, and the size-erased form's 3x3 filters):
// then the windows inside the input unroll. InputChannels and InputWidth likewise (the typed form
// only) make the tap strides constants. IsGeneral: the block may be a channel tail or have a depth
// multiplier above 1 (predicated loads and stores, gathered inputs; see the top comment);
// IsPlain: store_depthwise_outputs' plain epilogue applies.
template <int MaxTaps,
          int FilterHeight,
          int FilterWidth,
          int InputChannels,
          int InputWidth,
          bool IsGeneral,
          bool IsPlain>
struct DepthwiseBlockPixels {
    const DepthwiseBlock<MaxTaps>& block;
    const DepthwiseLoop& loop;
    mve_pred16_t lanes;
    int filter_height;
    int filter_width;

    // Tap strides: constants in the typed form (which has no dilation on this path), else the
    // loop's, dilation included.
    int row_stride() const {
        return InputChannels != 0 ? InputWidth * InputChannels : loop.input_row_stride;
    }
    int column_stride() const {
        return InputChannels != 0 ? InputChannels : loop.input_column_stride;
    }

    // The bias plus the products over filter rows [rows.begin, rows.end) and columns
    // [columns.begin, columns.end), first_tap at tap (rows.begin, columns.begin). With constant
    // ranges (inlined) the loops unroll.
    template <bool SubtractZeroPoint>
    [[gnu::always_inline]] LanePair window_sums(const int32x4_t (&bias)[2],
                                                const std::int8_t* first_tap,
                                                TapRange rows,
                                                TapRange columns) const {
        const int width = FilterWidth != 0 ? FilterWidth : filter_width;
        // Local copies: the loads' fences would otherwise make GCC reload them from the visitor.
        const int16x8_t* const weights = block.weights;
        const std::int8_t* filter_tap =
            block.filter + (rows.begin * width + columns.begin) * loop.filter_tap_stride;
        const int filter_step = loop.filter_tap_stride;
        const int filter_row_step = (width - (columns.end - columns.begin)) * filter_step;
        const DepthwiseLoop& tap_loop = loop;
        const mve_pred16_t tap_lanes = lanes;
        const uint16x8_t input_offsets = block.input_offsets;
        const int tap_row_stride = row_stride();
        const int tap_column_stride = column_stride();

        LanePair sums{bias[0], bias[1]};
        // The tap pointer steps through the window, opaque to the optimiser, so that GCC walks it
        // with post-incrementing loads instead of one address register per tap.
        const std::int8_t* tap = first_tap;
        const int row_step = tap_row_stride - (columns.end - columns.begin) * tap_column_stride;
        for (int y = rows.begin; y < rows.end; ++y) {
            for (int x = columns.begin; x < columns.end; ++x) {
                // The general path reads the weights from the filter tensor (no size limit, no
                // stack); the fast paths from the block's widened copy.
                const int16x8_t tap_weights =
                    IsGeneral ? vldrbq_z_s16(filter_tap, tap_lanes) : weights[y * width + x];
                accumulate(sums, depthwise_products<SubtractZeroPoint, IsGeneral>(
                                     tap, tap_weights, tap_loop, tap_lanes, input_offsets));
                tap += tap_column_stride;
                __asm__("" : "+r"(tap));
                if constexpr (IsGeneral) {
                    filter_tap += filter_step;
                    __asm__("" : "+r"(filter_tap));
                }
            }
            tap += row_step;
            if constexpr (IsGeneral) {
                filter_tap += filter_row_step;
            }
        }
        return sums;
    }

    [[gnu::always_inline]] void inside(const std::int8_t* first_tap, std::int8_t* output_pixel) {
        const TapRange rows{0, FilterHeight != 0 ? FilterHeight : filter_height};
        const TapRange columns{0, FilterWidth != 0 ? FilterWidth : filter_width};
        store_depthwise_outputs<IsGeneral, IsPlain>(
            window_sums<false>(block.folded_bias, first_tap, rows, columns), block.requantization,
            loop, lanes, output_pixel);
    }

    // The sums of a clipped window over filter columns [ColumnBegin, ColumnEnd), unrolled; over
    // all filter rows (unrolled too) when none is clipped, else over `rows`.
    template <int ColumnBegin, int ColumnEnd>
    [[gnu::always_inline]] LanePair clipped_columns_sums(const std::int8_t* first_tap,
                                                         TapRange rows) const {
        const int height = FilterHeight != 0 ? FilterHeight : filter_height;
        if (rows.begin == 0 && rows.end == height) {
            return window_sums<true>(block.bias, first_tap, TapRange{0, height},
                                     TapRange{ColumnBegin, ColumnEnd});
        }
        return window_sums<true>(block.bias, first_tap, rows, TapRange{ColumnBegin, ColumnEnd});
    }

    // A 3-wide filter clipped by at most one column (padding <= 1, as in every real 3x3 layer)
    // runs with its columns unrolled; other clippings take the general loops.
    [[gnu::always_inline]] void clipped(const std::int8_t* first_tap,
                                        TapRange rows,
                                        TapRange columns,
                                        std::int8_t* output_pixel) {
        const bool is_3_wide = (FilterWidth != 0 ? FilterWidth : filter_width) == 3;
        LanePair sums;
        if (is_3_wide && columns.begin == 0 && columns.end == 3) {
            sums = clipped_columns_sums<0, 3>(first_tap, rows);
        } else if (is_3_wide && columns.begin == 1 && columns.end == 3) {
            sums = clipped_columns_sums<1, 3>(first_tap, rows);
        } else if (is_3_wide && columns.begin == 0 && columns.end == 2) {
            sums = clipped_columns_sums<0, 2>(first_tap, rows);
        } else {
            sums = window_sums<true>(block.bias, first_tap, rows, columns);
        }
        store_depthwise_outputs<IsGeneral, IsPlain>(sums, block.requantization, loop, lanes,
                                                    output_pixel);
    }
};

// The kernel. FilterHeight, FilterWidth, InputChannels, InputWidth and DepthMultiplier are the
// typed form's compile-time sizes (0 in the size-erased form); MaxTaps sizes the block's weight
// array.
template <int MaxTaps,
          int FilterHeight,
          int FilterWidth,
          int InputChannels,
          int InputWidth,
          int DepthMultiplier>
inline void depthwise_conv2d(const DepthwiseConv2dGeometry& geometry,
                             const DepthwiseConv2dQuantization& quantization,
                             const std::int8_t* input,
                             const std::int8_t* filter,
                             const std::int32_t* bias,
                             std::int8_t* output) {
    // Parameters.
    const int input_channels = InputChannels != 0 ? InputChannels : geometry.input_channels;
    const int input_width = InputWidth != 0 ? InputWidth : geometry.input_width;
    const int depth_multiplier = DepthMultiplier != 0 ? DepthMultiplier : geometry.depth_multiplier;
    const int output_channels = input_channels * depth_multiplier;
    const std::int32_t input_zero_point = quantization.input_zero_point;
    const ActivationRange activation = quantization.output.activation;
    // Whether the plain epilogue applies (see store_depthwise_outputs): no channel's shift is a
    // left shift (a real multiplier above 1, rare) and the activation does not clamp.
    bool is_plain = activation.min == int8_min && activation.max == int8_max;
    const int quantization_channels =
        quantization.weights == WeightQuantization::per_channel ? output_channels : 1;
    for (int c = 0; c < quantization_channels; ++c) {
        is_plain = is_plain && quantization.output_shift[c] <= 0;
    }

    // Inputs minus the zero point must fit int16, and the clamp must be one vector clamp can do.
    if ((FilterHeight != 0 && geometry.filter_height * geometry.filter_width > MaxTaps) ||
        input_zero_point < -32000 || input_zero_point > 32000 || activation.min > activation.max ||
        activation.min < int8_min || activation.max > int8_max) {
        portable::depthwise_conv2d(geometry, quantization, input, filter, bias, output);
        return;
    }

    DepthwiseLoop loop{};
    loop.input_zero_point = vdupq_n_s16(static_cast<std::int16_t>(input_zero_point));
    loop.activation_min = vdupq_n_s16(static_cast<std::int16_t>(activation.min));
    loop.activation_max = vdupq_n_s16(static_cast<std::int16_t>(activation.max));
    loop.output_zero_point = quantization.output.zero_point;
    loop.input_row_stride = geometry.dilation_height * input_width * input_channels;
    loop.input_column_stride = geometry.dilation_width * input_channels;
    loop.filter_tap_stride = output_channels;
    const WindowWalk walk{geometry.input_height,    input_width,
                          geometry.filter_height,   geometry.filter_width,
                          geometry.output_height,   geometry.output_width,
                          geometry.stride_height,   geometry.stride_width,
                          geometry.dilation_height, geometry.dilation_width,
                          geometry.padding_top,     geometry.padding_left,
                          input_channels,           output_channels};

    const int input_image_size = geometry.input_height * input_width * input_channels;
    const int output_image_size = geometry.output_height * geometry.output_width * output_channels;
    for (int batch = 0; batch < geometry.batches; ++batch) {
        const std::int8_t* const input_image = input + batch * input_image_size;
        std::int8_t* const output_image = output + batch * output_image_size;
        // Blocks of eight consecutive output channels. Full blocks of a depth multiplier of 1,
        // for the filters with fast paths, take a fast instantiation (plain or full epilogue);
        // the rest (the channel tail, depth multipliers above 1, whose lanes gather their input
        // channels, and the size-erased form's filters without fast paths) the general one: three
        // instantiations at most, each a few KiB of code. The typed form also leaves out those
        // its channel count and depth multiplier cannot reach.
        for (int out_c0 = 0; out_c0 < output_channels; out_c0 += 8) {
            const int count = output_channels - out_c0 < 8 ? output_channels - out_c0 : 8;
            const mve_pred16_t lanes = block_lanes(count);
            DepthwiseBlock<MaxTaps> block;
            prepare_depthwise_block(geometry, quantization, filter, bias, out_c0, count, block);
            const auto run = [&](auto is_general, auto is_plain_epilogue) {
                DepthwiseBlockPixels<MaxTaps, FilterHeight, FilterWidth, InputChannels, InputWidth,
                                     decltype(is_general)::value,
                                     decltype(is_plain_epilogue)::value>
                    pixels{block, loop, lanes, geometry.filter_height, geometry.filter_width};
                walk_windows<InputChannels, InputWidth>(
                    walk, input_image + out_c0 / depth_multiplier, output_image + out_c0, pixels);
            };
            using Yes = arm_dsp::BoolConstant<true>;
            using No = arm_dsp::BoolConstant<false>;
            constexpr bool has_fast_paths = FilterHeight != 0;
            constexpr bool may_be_general = !has_fast_paths || InputChannels == 0 ||
                                            InputChannels % 8 != 0 || DepthMultiplier != 1;
            constexpr bool may_be_fast = has_fast_paths &&
                                         (InputChannels == 0 || InputChannels >= 8) &&
                                         (DepthMultiplier == 0 || DepthMultiplier == 1);
            const bool is_fast = has_fast_paths && count == 8 && depth_multiplier == 1;
            if constexpr (may_be_fast) {
                if (is_fast && is_plain) {
                    run(No{}, Yes{});
                } else if (is_fast) {
                    run(No{}, No{});
                }
            }
            if constexpr (may_be_general) {
                if (!is_fast) {
                    run(Yes{}, No{});
                }
            }
        }
    }
}

}  // namespace detail

// Depthwise 2-D convolution, int8 NHWC input, int8 1HW(C*M) filter, int32 bias, int8 NHWC output:
// the contract of portable::depthwise_conv2d, and its exact results.
//
// - Reads exactly the tensors' elements (the last block's loads and stores are tail-predicated),
//   writes every output element once. Uses about 0.5 KiB of stack (for 3x3 filters the widened
//   weights of one block, 16 bytes per tap) and no scratch.
// - Falls back to the portable kernel (same results, slower) for input zero points outside
//   [-32000, 32000] and activation ranges that are not a non-empty sub-range of int8, neither of
//   which TFLite int8 models have.
inline void depthwise_conv2d(const DepthwiseConv2dGeometry& geometry,
                             const DepthwiseConv2dQuantization& quantization,
                             const std::int8_t* input,
                             const std::int8_t* filter,
                             const std::int32_t* bias,
                             std::int8_t* output) {
    // 3x3 filters without dilation (every depthwise layer of MobileNet and DS-CNN) have an
    // instantiation of their own: the taps of a window unrolled, the strides still run-time values.
    // The generated models call this form (with their constexpr geometry), one copy for all layers.
    const bool is_3x3 = geometry.filter_height == 3 && geometry.filter_width == 3 &&
                        geometry.dilation_height == 1 && geometry.dilation_width == 1;
    if (is_3x3) {
        detail::depthwise_conv2d<9, 3, 3, 0, 0, 0>(geometry, quantization, input, filter, bias,
                                                   output);
    } else {
        // The general path only: its weights come from the filter tensor, no copy to size.
        detail::depthwise_conv2d<1, 0, 0, 0, 0, 0>(geometry, quantization, input, filter, bias,
                                                   output);
    }
}

// The typed form: the geometry from compile-time shapes (see depthwise_conv2d_geometry), the
// windows inside the input unrolled on the filter size with tap offsets from the input's channel
// count and width (without dilation; dilated filters take the size-erased loops), and the block's
// weights sized to the filter.
template <class InputShape,
          class FilterShape,
          class OutputShape,
          class Window,
          int DepthMultiplier = 1>
inline void depthwise_conv2d(const DepthwiseConv2dQuantization& quantization,
                             const std::int8_t* input,
                             const std::int8_t* filter,
                             const std::int32_t* bias,
                             std::int8_t* output) {
    constexpr DepthwiseConv2dGeometry geometry =
        depthwise_conv2d_geometry<InputShape, FilterShape, OutputShape, Window, DepthMultiplier>();
    constexpr int taps = geometry.filter_height * geometry.filter_width;
    if constexpr (geometry.dilation_height == 1 && geometry.dilation_width == 1 &&
                  taps <= detail::depthwise_max_taps) {
        detail::depthwise_conv2d<taps, geometry.filter_height, geometry.filter_width,
                                 geometry.input_channels, geometry.input_width, DepthMultiplier>(
            geometry, quantization, input, filter, bias, output);
    } else {
        depthwise_conv2d(geometry, quantization, input, filter, bias, output);
    }
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
