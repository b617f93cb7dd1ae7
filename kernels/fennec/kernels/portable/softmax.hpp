// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// int8 softmax, bit-exact with TFLM's reference_ops::Softmax for int8 input and int8 output (the
// gemmlowp fixed-point algorithm; any beta).
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/fixed_point.hpp"
#include "fennec/core/fixed_point_math.hpp"
#include "fennec/kernels/params/softmax.hpp"

namespace fennec::kernels::portable {

namespace detail {

using SoftmaxScaledDiff = FixedPoint<softmax_scaled_diff_integer_bits>;
using SoftmaxAccumulator = FixedPoint<softmax_accumulation_integer_bits>;

// exp(beta * input_scale * input_diff) for input_diff in [diff_min, 0], in Q0.31. diff_min keeps
// the left shift from overflowing.
[[nodiscard]] constexpr FixedPoint<0> softmax_exp(std::int32_t input_diff,
                                                  const SoftmaxQuantization& quantization) {
    const std::int32_t input_diff_rescaled = multiply_by_quantized_multiplier_greater_than_one(
        input_diff, quantization.input_multiplier, quantization.input_left_shift);
    return exp_on_negative_values(SoftmaxScaledDiff::from_raw(input_diff_rescaled));
}

}  // namespace detail

// output[row][c] = exp(beta * s * input[row][c]) / sum over the row, for each row of the last
// dimension, in TFLite's int8 softmax output quantization (scale 1/256, zero point -128).
//
// Layout: `outer_size` rows of `depth` contiguous elements, input and output alike. No scratch:
// exp() is computed twice per element, once for the row sum and once for the output, as TFLM
// does. The output may alias the input only if the rows do not overlap partially (output ==
// input is fine).
//
// Where TFLM differs: it stops with a CHECK failure when a row's sum of exps reaches 512 (the
// final shift would exceed 31; only rows longer than 511 elements can get there). Each
// probability is then below 1/512 and rounds to 0 in steps of 1/256, so this kernel writes -128
// there. Rows longer than 4096 elements can overflow the sum (as in TFLM, where that is undefined;
// here it wraps).
inline void softmax(const SoftmaxGeometry& geometry,
                    const SoftmaxQuantization& quantization,
                    const std::int8_t* input,
                    std::int8_t* output) {
    const int outer_size = geometry.outer_size;
    const int depth = geometry.depth;
    const std::int32_t diff_min = quantization.diff_min;

    for (int row = 0; row < outer_size; ++row) {
        const std::int8_t* input_row = input + row * depth;
        std::int8_t* output_row = output + row * depth;

        std::int32_t max_in_row = int8_min;
        for (int c = 0; c < depth; ++c) {
            max_in_row = input_row[c] > max_in_row ? input_row[c] : max_in_row;
        }

        detail::SoftmaxAccumulator sum_of_exps = detail::SoftmaxAccumulator::zero();
        for (int c = 0; c < depth; ++c) {
            const std::int32_t input_diff = input_row[c] - max_in_row;
            if (input_diff >= diff_min) {
                sum_of_exps = sum_of_exps + rescale<softmax_accumulation_integer_bits>(
                                                detail::softmax_exp(input_diff, quantization));
            }
        }

        // 1 / sum = shifted_scale * 2^-num_bits_over_unit, with shifted_scale in Q0.31. The
        // output wants 8 fractional bits, hence the shift by num_bits_over_unit + 31 - 8.
        const Reciprocal reciprocal =
            get_reciprocal(sum_of_exps.raw, softmax_accumulation_integer_bits);
        const int exponent = reciprocal.num_bits_over_unit + 31 - 8;

        for (int c = 0; c < depth; ++c) {
            const std::int32_t input_diff = input_row[c] - max_in_row;
            std::int32_t unsaturated_output = 0;
            if (input_diff >= diff_min && exponent <= 31) {
                const FixedPoint<0> exp_in_0 = detail::softmax_exp(input_diff, quantization);
                unsaturated_output =
                    rounding_divide_by_pot((reciprocal.scale * exp_in_0).raw, exponent);
            }
            const std::int32_t shifted_output = unsaturated_output + softmax_output_zero_point;
            output_row[c] = clamp_to_int8(shifted_output, {int8_min, int8_max});
        }
    }
}

// The typed form: the shapes are checked at compile time (see softmax_geometry()).
template <class InputShape, class OutputShape>
void softmax(const SoftmaxQuantization& quantization,
             const std::int8_t* input,
             std::int8_t* output) {
    constexpr SoftmaxGeometry geometry = softmax_geometry<InputShape, OutputShape>();
    softmax(geometry, quantization, input, output);
}

}  // namespace fennec::kernels::portable
