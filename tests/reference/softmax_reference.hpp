// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Two oracles for int8 SOFTMAX (int8 output, scale 1/256, zero point -128):
//   softmax()      TFLM's arithmetic step by step (softmax_common.cc's Prepare, then
//                  reference/softmax.h), on the gemmlowp model of gemmlowp_reference.hpp; the
//                  kernel must match it exactly.
//   softmax_real() the real function in long double, quantized; the kernel must stay within one
//                  output step of it, which shows the fixed-point algorithm computes softmax.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

#include "fennec/core/quantize_multiplier.hpp"
#include "reference/fixed_point_spec.hpp"
#include "reference/gemmlowp_reference.hpp"

namespace fennec::reference {

struct SoftmaxTensors {
    float beta;
    float input_scale;
};

// Prepare: beta * input_scale becomes a multiplier into Q5.26 (capped at 2^31 - 1), and
// differences whose scaled value would reach -32 are cut off.
struct SoftmaxScaling {
    std::int32_t multiplier;
    int left_shift;
    std::int32_t diff_min;
};

inline SoftmaxScaling softmax_scaling(const SoftmaxTensors& tensors) {
    const double real_multiplier =
        std::fmin(static_cast<double>(tensors.beta) * static_cast<double>(tensors.input_scale) *
                      67108864.0,  // 2^26: Q5.26
                  2147483647.0);
    const QuantizedMultiplier input = quantize_multiplier(real_multiplier);
    // The largest difference magnitude whose scaled value stays below 31 * 2^26 (31 = 2^5 - 1).
    const double radius = std::floor(31.0 * 67108864.0 / std::ldexp(1.0, input.shift));
    return {input.multiplier, input.shift, -static_cast<std::int32_t>(radius)};
}

inline std::vector<std::int8_t> softmax(const SoftmaxTensors& tensors,
                                        int depth,
                                        const std::vector<std::int8_t>& input) {
    using gemmlowp::Fixed;
    const SoftmaxScaling scaling = softmax_scaling(tensors);
    const std::size_t row_length = static_cast<std::size_t>(depth);
    std::vector<std::int8_t> output(input.size());
    for (std::size_t row = 0; row < input.size() / row_length; ++row) {
        const std::int8_t* in = input.data() + row * row_length;
        std::int8_t* out = output.data() + row * row_length;
        int max_in_row = -128;
        for (std::size_t c = 0; c < row_length; ++c) {
            max_in_row = std::max<int>(max_in_row, in[c]);
        }
        // exp(beta * scale * (x - max)) in Q0.31, or nothing below diff_min.
        auto exp_of = [&](std::size_t c, Fixed* result) {
            const std::int64_t diff = std::int64_t{in[c]} - max_in_row;
            if (diff < scaling.diff_min) {
                return false;
            }
            // TFLM's MultiplyByQuantizedMultiplierGreaterThanOne: the left shift (wrapping in
            // int32), then one rounding doubling high multiply.
            const std::int32_t shifted =
                spec::wrap_to_int32(diff * (std::int64_t{1} << scaling.left_shift));
            const Fixed scaled_diff{spec::srdhm(shifted, scaling.multiplier), 5};
            *result = gemmlowp::exp_on_negative_values(scaled_diff);
            return true;
        };
        Fixed sum{0, 12};
        for (std::size_t c = 0; c < row_length; ++c) {
            Fixed exp_value{};
            if (exp_of(c, &exp_value)) {
                sum = sum + gemmlowp::rescale(exp_value, 12);
            }
        }
        const gemmlowp::Reciprocal reciprocal = gemmlowp::get_reciprocal(sum.raw, 12);
        // The output has 8 fractional bits. TFLM stops (CHECK) when this exceeds 31, where every
        // probability is below 1/512 and rounds to 0; fennec writes that 0.
        const int exponent = reciprocal.num_bits_over_unit + 31 - 8;
        for (std::size_t c = 0; c < row_length; ++c) {
            Fixed exp_value{};
            std::int64_t probability = 0;
            if (exp_of(c, &exp_value) && exponent <= 31) {
                const std::int32_t product = spec::srdhm(reciprocal.scale.raw, exp_value.raw);
                probability = spec::rdbpot(product, exponent);
            }
            out[c] =
                static_cast<std::int8_t>(std::clamp<std::int64_t>(probability - 128, -128, 127));
        }
    }
    return output;
}

// softmax(beta * input_scale * x) per row in long double, as int8 with scale 1/256 and zero
// point -128 before rounding (the exact value the kernel rounds to), clamped to [-128, 127].
inline std::vector<long double> softmax_real(const SoftmaxTensors& tensors,
                                             int depth,
                                             const std::vector<std::int8_t>& input) {
    const std::size_t row_length = static_cast<std::size_t>(depth);
    std::vector<long double> output(input.size());
    for (std::size_t row = 0; row < input.size() / row_length; ++row) {
        const std::int8_t* in = input.data() + row * row_length;
        int max_in_row = -128;
        for (std::size_t c = 0; c < row_length; ++c) {
            max_in_row = std::max<int>(max_in_row, in[c]);
        }
        const long double factor =
            static_cast<long double>(tensors.beta) * static_cast<long double>(tensors.input_scale);
        long double sum = 0;
        for (std::size_t c = 0; c < row_length; ++c) {
            sum += std::exp(factor * (in[c] - max_in_row));
        }
        for (std::size_t c = 0; c < row_length; ++c) {
            const long double probability = std::exp(factor * (in[c] - max_in_row)) / sum;
            output[row * row_length + c] = std::fmin(probability * 256 - 128, 127.0L);
        }
    }
    return output;
}

}  // namespace fennec::reference
