// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 conv2d for Cortex-M cores with the DSP extension (M4, M7, M33): same signatures and
// bit for bit the same outputs as portable::conv2d, the oracle.
//
// How it differs from the portable loops: output channels are processed four at a time,
// outermost, and every output pixel of those four follows. A window row of an OHWI filter and the
// input pixels under it are both contiguous (input_channels bytes per tap, one run per filter row
// without dilation), so each output is a few dot products over contiguous runs: no im2col copy and
// no scratch. Per four bytes of a run: one LDR and two SXTAB16 give the inputs minus the zero
// point as int16 lanes, shared by the four channels; per channel one LDR and two SXTB16 widen its
// weights and two SMLAD accumulate: 23 instructions for 16 MACs. Run tails (lengths not a
// multiple of 4) are summed byte by byte. The epilogue is output_group.hpp's.
//
// Instruction budget (M4, bench_accelerated). The typed form knows the filter's width, height
// and input channels, so a window that needs no clipping is filter_height runs of one
// compile-time length, unrolled four words deep with the sums in registers: about 1.45
// instructions per MAC in the loop, plus the four-instruction epilogue per output. KWS pointwise
// (64 -> 64) takes 2.00 per MAC in all, CMSIS-NN 2.09; KWS conv1 (10x4, one input channel, 40 %
// of its pixels clipped) 3.29, CMSIS-NN 3.47. Clipped windows and the size-erased form (what
// generated models call on Cortex-M, to share one copy of the kernel) take the runtime-length
// runs: KWS pointwise 2.42 per MAC, conv1 5.2.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/intrinsics.hpp"
#include "fennec/kernels/arm_dsp/output_group.hpp"
#include "fennec/kernels/arm_dsp/window.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/conv2d.hpp"
#include "fennec/kernels/portable/conv2d.hpp"

#if FENNEC_HAS_DSP

namespace fennec::kernels::arm_dsp {

namespace detail {

// Where the four filters of a group start, relative to the first. RowStride > 0: j * RowStride,
// the filter size as a compile-time constant (the typed form: immediate offsets); RowStride 0:
// j * offset[1], the filter size at run time (the size-erased form: the offsets follow from one
// register, where four offsets read from memory cost a load per filter per word); RowStride
// tail_rows: offset[j], which lets the last group of a channel count that is not a multiple of 4
// repeat its last channel.
inline constexpr int tail_rows = -1;

template <int RowStride>
struct FilterRows {
    int offset[4];
    [[nodiscard]] constexpr int at(int j) const {
        return RowStride > 0 ? j * RowStride : RowStride == 0 ? j * offset[1] : offset[j];
    }
};

// The four channels' sums of one output pixel, before the bias.
struct Sums {
    std::int32_t channel[4];
};

// Adds to the sums the dot products of four input bytes (minus the input zero point) with the
// four filters' four bytes at the same position: one LDR and two SXTAB16 for the inputs, per
// channel one LDR, two SXTB16 and two SMLAD (23 instructions for 16 MACs).
template <int RowStride>
[[gnu::always_inline]] inline void conv2d_word(const std::int8_t* input,
                                               const std::int8_t* weights,
                                               const FilterRows<RowStride>& rows,
                                               dsp::Int16x2 negated_input_zero_point,
                                               Sums& sums) {
    const dsp::Int8x4 input_bytes = dsp::load_int8x4(input);
    const dsp::Int16x2 even = dsp::even_bytes_plus(negated_input_zero_point, input_bytes);
    const dsp::Int16x2 odd = dsp::odd_bytes_plus(negated_input_zero_point, input_bytes);
    for (int j = 0; j < 4; ++j) {
        const dsp::Int8x4 weight_bytes = dsp::load_int8x4(weights + rows.at(j));
        sums.channel[j] = dsp::dual_mac(even, dsp::even_bytes(weight_bytes), sums.channel[j]);
        sums.channel[j] = dsp::dual_mac(odd, dsp::odd_bytes(weight_bytes), sums.channel[j]);
        // Each channel's weight word is loaded where it is used: left free, GCC 12 hoists all
        // four loads to the top of the word, and with four weight words, two input lanes, the
        // four sums and the pointers live at once it runs out of registers and spills a sum
        // inside the loop (KWS pointwise: 8 % more instructions).
        dsp::compiler_barrier();
    }
}

// The same for one input byte (the tail of a run whose length is not a multiple of 4).
template <int RowStride>
[[gnu::always_inline]] inline void conv2d_byte(const std::int8_t* input,
                                               const std::int8_t* weights,
                                               const FilterRows<RowStride>& rows,
                                               std::int32_t input_zero_point,
                                               Sums& sums) {
    const std::int32_t input_value = *input - input_zero_point;
    for (int j = 0; j < 4; ++j) {
        sums.channel[j] += weights[rows.at(j)] * input_value;
    }
}

// Adds to the sums the dot products of `length` contiguous input bytes with the four filters'
// `length` bytes at the same position. Unrolled four words deep: with a compile-time length (a
// window row that needs no clipping, in the typed form) that leaves one loop branch per 64 MACs.
template <int RowStride>
[[gnu::always_inline]] inline void conv2d_run(const std::int8_t* input,
                                              const std::int8_t* weights,
                                              int length,
                                              const FilterRows<RowStride>& rows,
                                              dsp::Int16x2 negated_input_zero_point,
                                              std::int32_t input_zero_point,
                                              Sums& sums) {
    int i = 0;
    if (length <= 8) {
        // Short runs (first layers: a window row of one or two input channels): the unrolled
        // loop's set-up would cost more than it saves.
        for (; i + 4 <= length; i += 4) {
            conv2d_word(input + i, weights + i, rows, negated_input_zero_point, sums);
        }
    } else {
#pragma GCC unroll 4
        for (; i + 4 <= length; i += 4) {
            conv2d_word(input + i, weights + i, rows, negated_input_zero_point, sums);
        }
    }
    for (; i < length; ++i) {
        conv2d_byte(input + i, weights + i, rows, input_zero_point, sums);
    }
}

// bias + sum per channel, doubled for the four-instruction epilogue (whose bias is stored
// doubled); the exact path adds with int32 wrap-around, as portable does.
template <bool IsDoubled>
[[gnu::always_inline]] inline Accumulators finish_sums(const OutputGroup& group, const Sums& sums) {
    Accumulators accumulator = start_accumulators(group);
    for (int j = 0; j < 4; ++j) {
        const auto sum = static_cast<std::uint32_t>(sums.channel[j]);
        accumulator.channel[j] = static_cast<std::int32_t>(
            static_cast<std::uint32_t>(accumulator.channel[j]) + (IsDoubled ? 2 * sum : sum));
    }
    return accumulator;
}

// The epilogue of one pixel: bias + sums, requantized and stored (see Epilogue).
template <Epilogue Kind, bool IsContiguous>
[[gnu::always_inline]] inline void store_sums(const OutputGroup& group,
                                              const OutputClamp& clamp,
                                              const Sums& sums,
                                              std::int8_t* output_pixel) {
    constexpr bool needs_clamp =
        Kind == Epilogue::doubled_clamped || Kind == Epilogue::chosen_per_group;
    if (Kind == Epilogue::chosen_per_group ? group.is_doubled : Kind != Epilogue::exact) {
        store_output_group<true, IsContiguous, needs_clamp>(
            group, clamp, finish_sums<true>(group, sums), output_pixel);
    } else {
        store_output_group<false, IsContiguous, false>(
            group, clamp, finish_sums<false>(group, sums), output_pixel);
    }
}

// What every output group of a call shares.
struct Conv2dLoop {
    Conv2dGeometry sizes;
    std::int32_t input_zero_point;
    dsp::Int16x2 negated_input_zero_point;  // (-zp, -zp)
    ClippedWindow columns;                  // output columns whose window needs no clipping
    OutputClamp clamp;
};

// Adds the runs of `row_count` window rows, each Length bytes long (a compile-time constant, so
// the word loop unrolls and the sums stay in registers), input_step bytes apart in the input and
// filter_step in the filters.
template <int Length, int RowStride>
[[gnu::always_inline]] inline void conv2d_runs(const std::int8_t* input,
                                               const std::int8_t* weights,
                                               int row_count,
                                               int input_step,
                                               int filter_step,
                                               const FilterRows<RowStride>& rows,
                                               const Conv2dLoop& loop,
                                               Sums& sums) {
    for (int row = 0; row < row_count; ++row) {
        conv2d_run(input, weights, Length, rows, loop.negated_input_zero_point,
                   loop.input_zero_point, sums);
        input += input_step;
        weights += filter_step;
    }
}

// Every output pixel of one group of four output channels; filter points at the group's first
// filter, output_channel0 at the group's first output channel of the first pixel.
template <int InputChannels,
          int InputWidth,
          int FilterHeight,
          int FilterWidth,
          int RowStride,
          Epilogue Kind,
          bool IsContiguous>
inline void conv2d_group_pixels(const Conv2dLoop& loop,
                                const OutputGroup& group,
                                const FilterRows<RowStride>& filters,
                                const std::int8_t* input,
                                const std::int8_t* filter,
                                std::int8_t* output_channel0) {
    // A local copy of the size-erased offsets: the compiler barriers of conv2d_word would
    // otherwise make the loop reload them from memory for every word.
    FilterRows<RowStride> local_filters{};
    if constexpr (RowStride <= 0) {
        local_filters = filters;
    }
    const FilterRows<RowStride>& rows_of_filters = RowStride > 0 ? filters : local_filters;
    const Conv2dGeometry& sizes = loop.sizes;
    const int input_channels = InputChannels != 0 ? InputChannels : sizes.input_channels;
    const int input_width = InputWidth != 0 ? InputWidth : sizes.input_width;
    const int input_row = input_width * input_channels;
    const int filter_row = sizes.filter_width * input_channels;
    const int output_channels = sizes.output_channels;
    const bool is_dilated_width = sizes.dilation_width != 1;
    const ClippedWindow& window = loop.columns;
    constexpr int fixed_run_length = FilterWidth * InputChannels;
    constexpr bool has_fixed_run = fixed_run_length != 0;
    constexpr bool has_fixed_rows = FilterHeight != 0;

    for (int batch = 0; batch < sizes.batches; ++batch) {
        const std::int8_t* const input_image = input + batch * sizes.input_height * input_row;
        for (int out_y = 0; out_y < sizes.output_height; ++out_y) {
            const int in_y_origin = out_y * sizes.stride_height - sizes.padding_top;
            const TapRange rows = clip_taps(in_y_origin, sizes.dilation_height, sizes.filter_height,
                                            sizes.input_height);
            std::int8_t* output_pixel =
                output_channel0 +
                ((batch * sizes.output_height + out_y) * sizes.output_width) * output_channels;
            for (int out_x = 0; out_x < sizes.output_width; ++out_x) {
                const int in_x_origin = out_x * sizes.stride_width - sizes.padding_left;
                const bool is_inner = out_x >= window.inner_begin && out_x < window.inner_end;
                const TapRange columns = is_inner ? TapRange{0, sizes.filter_width}
                                                  : clip_taps(in_x_origin, sizes.dilation_width,
                                                              sizes.filter_width, input_width);
                Sums sums{};
                const std::int8_t* input_run =
                    input_image + (in_y_origin + rows.begin * sizes.dilation_height) * input_row +
                    (in_x_origin + columns.begin * sizes.dilation_width) * input_channels;
                const std::int8_t* weights_run =
                    filter + rows.begin * filter_row + columns.begin * input_channels;
                if (has_fixed_run && is_inner && !is_dilated_width) {
                    // The whole window row is one run of a compile-time length: the word loop
                    // unrolls and the sums stay in registers.
                    const int input_step = sizes.dilation_height * input_row;
                    const int row_count = rows.end - rows.begin;
                    // A window that is not clipped vertically either: the row count is a
                    // constant too, and the row loop unrolls.
                    if (has_fixed_rows && row_count == FilterHeight) {
                        conv2d_runs<fixed_run_length>(input_run, weights_run, FilterHeight,
                                                      input_step, filter_row, rows_of_filters, loop,
                                                      sums);
                    } else {
                        conv2d_runs<fixed_run_length>(input_run, weights_run, row_count, input_step,
                                                      filter_row, rows_of_filters, loop, sums);
                    }
                } else {
                    for (int filter_y = rows.begin; filter_y < rows.end; ++filter_y) {
                        if (!is_dilated_width) {
                            conv2d_run(input_run, weights_run,
                                       (columns.end - columns.begin) * input_channels,
                                       rows_of_filters, loop.negated_input_zero_point,
                                       loop.input_zero_point, sums);
                        } else {
                            for (int filter_x = columns.begin; filter_x < columns.end; ++filter_x) {
                                const int tap = filter_x - columns.begin;
                                conv2d_run(input_run + tap * sizes.dilation_width * input_channels,
                                           weights_run + tap * input_channels, input_channels,
                                           rows_of_filters, loop.negated_input_zero_point,
                                           loop.input_zero_point, sums);
                            }
                        }
                        input_run += sizes.dilation_height * input_row;
                        weights_run += filter_row;
                    }
                }
                store_sums<Kind, IsContiguous>(group, loop.clamp, sums, output_pixel);
                output_pixel += output_channels;
            }
        }
    }
}

// The kernel, with the input's channel count and width, the filter's height and width and the
// filter size (filter_height * filter_width * input_channels) as compile-time constants when they
// are not 0 (the typed form).
template <int InputChannels, int InputWidth, int FilterHeight, int FilterWidth, int FilterSize>
inline void conv2d(const Conv2dGeometry& geometry,
                   const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    // Parameters.
    const int input_channels = geometry.input_channels;
    const int output_channels = geometry.output_channels;
    const int filter_size = geometry.filter_height * geometry.filter_width * input_channels;
    const std::int32_t input_zero_point = quantization.input_zero_point;
    const bool is_per_channel = quantization.weights == WeightQuantization::per_channel;

    if (input_zero_point < -32000 || input_zero_point > 32000) {
        portable::conv2d(geometry, quantization, input, filter, bias, output);
        return;
    }

    Conv2dLoop loop{};
    loop.sizes = geometry;
    loop.input_zero_point = input_zero_point;
    loop.negated_input_zero_point = dsp::pack_lanes(-input_zero_point, -input_zero_point);
    loop.columns =
        clipped_window(geometry.output_width, geometry.stride_width, geometry.padding_left,
                       geometry.dilation_width, geometry.filter_width, geometry.input_width);
    loop.clamp = output_clamp(quantization.output);
    // |sum| <= filter_size * |weight| <= 128 * |input - zero point| <= 128 + |zero point|.
    const std::int64_t max_abs_sum =
        std::int64_t{filter_size} * 128 *
        (128 + (input_zero_point < 0 ? -std::int64_t{input_zero_point} : input_zero_point));

    // Groups of four output channels; the last group of a channel count that is not a multiple
    // of 4 repeats its last channel (computing and storing the same output again).
    for (int out_c0 = 0; out_c0 < output_channels; out_c0 += 4) {
        const bool is_full_group = out_c0 + 4 <= output_channels;
        int out_c[4];
        int quantization_c[4];
        FilterRows<FilterSize> rows_of_filters{};
        for (int j = 0; j < 4; ++j) {
            out_c[j] =
                is_full_group || out_c0 + j < output_channels ? out_c0 + j : output_channels - 1;
            quantization_c[j] = is_per_channel ? out_c[j] : 0;
            rows_of_filters.offset[j] = (out_c[j] - out_c0) * filter_size;
        }
        OutputGroup group;
        prepare_output_group(group, out_c, quantization_c, quantization.output_multiplier,
                             quantization.output_shift, bias, quantization.output, max_abs_sum);
        const std::int8_t* const group_filter = filter + out_c0 * filter_size;
        std::int8_t* const output_channel0 = output + out_c0;
        const FilterRows<tail_rows> tail_filters{
            {rows_of_filters.offset[0], rows_of_filters.offset[1], rows_of_filters.offset[2],
             rows_of_filters.offset[3]}};
        const auto run = [&](auto kind) {
            if (is_full_group) {
                conv2d_group_pixels<InputChannels, InputWidth, FilterHeight, FilterWidth,
                                    FilterSize, decltype(kind)::value, true>(
                    loop, group, rows_of_filters, input, group_filter, output_channel0);
            } else {
                conv2d_group_pixels<InputChannels, InputWidth, FilterHeight, FilterWidth, tail_rows,
                                    decltype(kind)::value, false>(loop, group, tail_filters, input,
                                                                  group_filter, output_channel0);
            }
        };
        if constexpr (FilterSize == 0) {
            run(EpilogueConstant<Epilogue::chosen_per_group>{});
        } else {
            dispatch_fixed_epilogue(group.is_doubled, loop.clamp.needs_clamp, run);
        }
    }
}

}  // namespace detail

// 2-D convolution, int8 NHWC input, int8 OHWI filter, int32 bias, int8 NHWC output: the contract
// of portable::conv2d, and its exact results.
//
// - Reads exactly the tensors' elements, writes every output element once (the channel tail
//   writes its last channel's outputs twice, with the same value). No scratch memory.
// - Output channel counts that are not a multiple of 4 repeat the last channel in the last group;
//   runs of input bytes that are not a multiple of 4 end byte by byte.
// - Falls back to the portable kernel for input zero points outside [-32000, 32000] (no TFLite
//   int8 model has one).
inline void conv2d(const Conv2dGeometry& geometry,
                   const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    detail::conv2d<0, 0, 0, 0, 0>(geometry, quantization, input, filter, bias, output);
}

// The typed form: the geometry from compile-time shapes (see conv2d_geometry), and the inner
// loops specialised on the input's channel count and width and the filter's sizes.
template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void conv2d(const Conv2dQuantization& quantization,
                   const std::int8_t* input,
                   const std::int8_t* filter,
                   const std::int32_t* bias,
                   std::int8_t* output) {
    constexpr Conv2dGeometry geometry =
        conv2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    detail::conv2d<geometry.input_channels, geometry.input_width, geometry.filter_height,
                   geometry.filter_width,
                   geometry.filter_height * geometry.filter_width * geometry.input_channels>(
        geometry, quantization, input, filter, bias, output);
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
