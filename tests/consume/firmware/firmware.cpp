// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A firmware-shaped program built against fennec from outside the source tree: static buffers, no
// heap, no exceptions, no RTTI, every constant derived at compile time. It runs one tiny int8
// fully_connected layer (4 inputs, 2 outputs, relu) through the portable kernel and prints the two
// outputs.
#include <cstdint>
#include <cstdio>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"

namespace {

using InputShape = fennec::Shape<1, 4>;
using WeightShape = fennec::Shape<2, 4>;
using OutputShape = fennec::Shape<1, 2>;

// Real scales, turned into integers on the host as fennec-gen will do. The accumulator's scale
// (input_scale * filter_scale = 0.125) over the output scale (0.5) is 0.25 = 2^30 * 2^(-1 - 31).
constexpr float input_scale = 0.5f;
constexpr float filter_scale = 0.25f;
constexpr float output_scale = 0.5f;
constexpr std::int32_t input_zero_point = -1;
constexpr std::int32_t output_zero_point = 5;
constexpr fennec::QuantizedMultiplier output_rescale =
    fennec::kernels::fully_connected_output_multiplier(input_scale, filter_scale, output_scale);
static_assert(output_rescale.multiplier == (1 << 30) && output_rescale.shift == -1,
              "0.25 is 2^30 * 2^(-1 - 31)");

constexpr fennec::OutputQuantization output_quantization{
    output_zero_point,
    fennec::activation_range(fennec::Activation::relu, output_scale, output_zero_point)};
static_assert(output_quantization.activation.min == output_zero_point, "relu clamps at real 0");
static_assert(fennec::requantize(
                  331, output_rescale.multiplier, output_rescale.shift, output_quantization) == 88,
              "the epilogue is usable in constant expressions");

constexpr fennec::kernels::FullyConnectedQuantization quantization{
    input_zero_point, output_rescale.multiplier, output_rescale.shift, output_quantization};
constexpr std::int8_t weights[WeightShape::elements] = {
    1,  2, 3,  4,  //
    -4, 3, -2, 1,  //
};
constexpr std::int32_t bias[OutputShape::dim(1)] = {101, -50};

std::int8_t input[InputShape::elements] = {10, -20, 30, 40};
std::int8_t output[OutputShape::elements];

}  // namespace

int main() {
    // Row 0: 101 + 11*1 - 19*2 + 31*3 + 41*4 = 331, * 0.25 = 82.75 -> 83, + 5 = 88.
    // Row 1: -50 - 11*4 - 19*3 - 31*2 + 41*1 = -172, * 0.25 = -43, + 5 = -38, relu -> 5.
    fennec::kernels::portable::fully_connected<InputShape, WeightShape, OutputShape>(
        quantization, input, weights, bias, output);
    std::printf("fennec firmware: output %d %d\n", output[0], output[1]);
    return output[0] == 88 && output[1] == 5 ? 0 : 1;
}
