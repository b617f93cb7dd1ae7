// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A firmware-shaped program built against fennec from outside the source tree: static buffers, no
// heap, no exceptions, no RTTI, every constant derived at compile time. It runs one tiny int8 fully
// connected layer (4 inputs, 2 outputs, relu) and prints the two outputs.
#include <cstdint>
#include <cstdio>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"

namespace {

constexpr int input_size = 4;
constexpr int output_size = 2;

// Real scales, turned into integers on the host as fennec-gen will do: the accumulator's scale
// (input_scale * filter_scale = 0.125) over the output scale (0.5) is exactly 0.25 = 2^30 * 2^(-1-31).
constexpr double input_scale = 0.5;
constexpr double filter_scale = 0.25;
constexpr float output_scale = 0.5f;
constexpr std::int32_t input_zero_point = -1;
constexpr std::int32_t output_zero_point = 5;
constexpr fennec::QuantizedMultiplier output_rescale =
    fennec::quantize_multiplier(input_scale * filter_scale / static_cast<double>(output_scale));
static_assert(output_rescale.multiplier == (1 << 30) && output_rescale.shift == -1,
              "0.25 is 2^30 * 2^(-1 - 31)");

constexpr fennec::OutputQuantization output_quantization{
    output_zero_point, fennec::activation_range(fennec::Activation::relu, output_scale, output_zero_point)};
static_assert(output_quantization.activation.min == output_zero_point, "relu clamps at real 0");

constexpr std::int8_t weights[output_size][input_size] = {{1, 2, 3, 4}, {-4, 3, -2, 1}};
constexpr std::int32_t bias[output_size] = {101, -50};

std::int8_t input[input_size] = {10, -20, 30, 40};
std::int8_t output[output_size];

void fully_connected() {
    for (int out = 0; out < output_size; ++out) {
        std::int32_t accumulator = bias[out];
        for (int in = 0; in < input_size; ++in) {
            accumulator += (input[in] - input_zero_point) * weights[out][in];
        }
        output[out] = fennec::requantize(accumulator, output_rescale.multiplier, output_rescale.shift,
                                         output_quantization);
    }
}

}  // namespace

int main() {
    // Row 0: 101 + 11*1 - 19*2 + 31*3 + 41*4 = 331, * 0.25 = 82.75 -> 83, + 5 = 88.
    // Row 1: -50 - 11*4 - 19*3 - 31*2 + 41*1 = -172, * 0.25 = -43, + 5 = -38, relu -> 5.
    fully_connected();
    std::printf("fennec firmware: output %d %d\n", output[0], output[1]);
    return output[0] == 88 && output[1] == 5 ? 0 : 1;
}
