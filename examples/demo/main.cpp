// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec's demo: a tiny int8 network, made by hand, tells a vertical line from a horizontal one in
// a 5x5 image. It calls the portable kernels in the order a generated model will (quantize,
// conv2d + relu, fully_connected, softmax, dequantize) and prints every intermediate tensor, so
// each number can be checked by hand.
//
// The network, in real numbers:
// - conv2d, two 3x3 filters, VALID, relu. Filter 0 has a middle column of 1 and side columns of
//   -0.5: it answers 3 where a vertical line runs down the middle of its window, and 0 (after
//   relu) elsewhere. Filter 1 is the same turned by 90 degrees.
// - fully_connected, 18 features -> 2 scores: "vertical" adds 0.25 x every value of map 0 and
//   subtracts 0.25 x every value of map 1, "horizontal" the opposite. A clean line scores +-2.25.
// - softmax over the two scores gives the class probabilities.
#include <cmath>
#include <cstdint>
#include <cstdio>

#include "fennec/core/activation.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/conv2d.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/kernels/portable/quantize.hpp"
#include "fennec/kernels/portable/softmax.hpp"

namespace {

namespace kernels = fennec::kernels;
namespace portable = fennec::kernels::portable;

// Tensor shapes (NHWC activations, OHWI filters, [out, in] weights), checked by the kernels'
// typed front ends at compile time.
constexpr int image_size = 5;
constexpr int map_size = 3;  // 5 - 3 + 1: VALID padding, stride 1
constexpr int channels = 2;
constexpr int classes = 2;
using ImageShape = fennec::Shape<1, image_size, image_size, 1>;
using FilterShape = fennec::Shape<channels, 3, 3, 1>;
using ConvWindow = fennec::Window<1, 1, fennec::Padding::valid>;
using MapShape = fennec::Shape<1, map_size, map_size, channels>;
using WeightShape = fennec::Shape<classes, MapShape::elements>;
using ScoreShape = fennec::Shape<1, classes>;

// How each tensor is quantized: real = scale * (q - zero_point).
constexpr kernels::AffineQuantization image_quantization{1.0f / 255.0f, -128};  // 0..1
constexpr float filter_scale = 1.0f / 127.0f;                                   // -1..1
constexpr kernels::AffineQuantization map_quantization{3.0f / 255.0f, -128};    // 0..3
constexpr float weight_scale = 0.25f / 127.0f;                                  // -0.25..0.25
constexpr kernels::AffineQuantization score_quantization{1.0f / 16.0f, 0};      // -8..7.94
constexpr kernels::AffineQuantization probability_quantization{
    kernels::softmax_output_scale, kernels::softmax_output_zero_point};  // 0..1 in steps of 1/256

// Filter 0: 1.0 -> 127, -0.5 -> -64 (-63.5 rounds away from zero). Filter 1 is its transpose.
constexpr std::int8_t filters[FilterShape::elements] = {
    -64, 127, -64,  // filter 0 (vertical), row 0
    -64, 127, -64,  //                      row 1
    -64, 127, -64,  //                      row 2
    -64, -64, -64,  // filter 1 (horizontal), row 0
    127, 127, 127,  //                        row 1
    -64, -64, -64,  //                        row 2
};
constexpr std::int32_t conv_bias[channels] = {0, 0};

// fully_connected weights: 0.25 -> 127. The 18 features are the maps in NHWC order, so map 0 and
// map 1 alternate: "vertical" is +127, -127, +127, ...; "horizontal" is -127, +127, ...
struct Weights {
    std::int8_t values[WeightShape::elements];
};
constexpr Weights make_weights() {
    Weights weights{};
    for (int out = 0; out < classes; ++out) {
        for (int feature = 0; feature < MapShape::elements; ++feature) {
            const bool same_line = feature % channels == out;
            weights.values[out * MapShape::elements + feature] = same_line ? 127 : -127;
        }
    }
    return weights;
}
constexpr Weights weights = make_weights();
constexpr std::int32_t fc_bias[classes] = {0, 0};

// The multipliers: the real factor from an int32 accumulator to the output, as a 31-bit mantissa
// and a shift, computed at compile time exactly as TFLM's Prepare() computes them. conv2d has one
// per output channel (here both filters have the same scale, so they are equal).
constexpr double conv_real_multiplier = static_cast<double>(image_quantization.scale) *
                                        static_cast<double>(filter_scale) /
                                        static_cast<double>(map_quantization.scale);
constexpr fennec::QuantizedMultiplier conv_multiplier =
    fennec::quantize_multiplier(conv_real_multiplier);
constexpr std::int32_t conv_multipliers[channels] = {conv_multiplier.multiplier,
                                                     conv_multiplier.multiplier};
constexpr std::int32_t conv_shifts[channels] = {conv_multiplier.shift, conv_multiplier.shift};
constexpr kernels::Conv2dQuantization conv_quantization{
    image_quantization.zero_point,
    conv_multipliers,
    conv_shifts,
    kernels::WeightQuantization::per_channel,
    {map_quantization.zero_point,
     fennec::activation_range(
         fennec::Activation::relu, map_quantization.scale, map_quantization.zero_point)}};

constexpr fennec::QuantizedMultiplier fc_multiplier = kernels::fully_connected_output_multiplier(
    map_quantization.scale, weight_scale, score_quantization.scale);
constexpr kernels::FullyConnectedQuantization fc_quantization{
    map_quantization.zero_point,
    fc_multiplier.multiplier,
    fc_multiplier.shift,
    {score_quantization.zero_point,
     fennec::activation_range(
         fennec::Activation::none, score_quantization.scale, score_quantization.zero_point)}};

constexpr float softmax_beta = 1.0f;
constexpr kernels::SoftmaxQuantization softmax_quantization =
    kernels::softmax_quantization(softmax_beta, score_quantization.scale);

struct Image {
    const char* name;
    const char* rows[image_size];  // '#' is 1.0, '.' is 0.0
};

constexpr Image images[] = {
    {"a vertical line", {"..#..", "..#..", "..#..", "..#..", "..#.."}},
    {"a horizontal line", {".....", ".....", "#####", ".....", "....."}},
    {"a broken vertical line and a stray pixel", {"..#..", ".....", "..#..", "..#.#", "..#.."}},
    {"a cross: both lines, so the classes tie", {"..#..", "..#..", "#####", "..#..", "..#.."}},
};

double real_of(std::int8_t q, kernels::AffineQuantization quantization) {
    return static_cast<double>(quantization.scale) *
           static_cast<double>(std::int32_t{q} - quantization.zero_point);
}

double beta_times_score_scale() {
    return static_cast<double>(softmax_beta) * static_cast<double>(score_quantization.scale);
}

void print_multiplier(const char* what, double real, fennec::QuantizedMultiplier m) {
    std::printf("    %-16s %.10f = %d * 2^(%d - 31)\n", what, real, m.multiplier, m.shift);
}

void print_image(const Image& image, const std::int8_t* pixels) {
    for (int y = 0; y < image_size; ++y) {
        std::printf("    %s   ", image.rows[y]);
        for (int x = 0; x < image_size; ++x) {
            std::printf(" %4d", pixels[y * image_size + x]);
        }
        std::printf("\n");
    }
}

void print_maps(const std::int8_t* maps) {
    std::printf("    %-31s %s\n", "filter 0 (vertical)", "filter 1 (horizontal)");
    for (int y = 0; y < map_size; ++y) {
        std::printf("   ");
        for (int c = 0; c < channels; ++c) {
            for (int x = 0; x < map_size; ++x) {
                const std::int8_t q = maps[(y * map_size + x) * channels + c];
                std::printf(" %4d=%-4.2f", q, real_of(q, map_quantization));
            }
            if (c + 1 < channels) {
                std::printf("  ");
            }
        }
        std::printf("\n");
    }
}

void run(const Image& image) {
    float real_pixels[ImageShape::elements];
    std::int8_t pixels[ImageShape::elements];
    std::int8_t maps[MapShape::elements];
    std::int8_t scores[ScoreShape::elements];
    std::int8_t probabilities[ScoreShape::elements];
    float real_probabilities[ScoreShape::elements];

    for (int y = 0; y < image_size; ++y) {
        for (int x = 0; x < image_size; ++x) {
            real_pixels[y * image_size + x] = image.rows[y][x] == '#' ? 1.0f : 0.0f;
        }
    }
    std::printf("=== %s\n", image.name);

    portable::quantize<ImageShape, ImageShape>(image_quantization, real_pixels, pixels);
    std::printf("  1. quantize: the pixels (0.0 or 1.0) become int8 with scale 1/255 and zero\n");
    std::printf("     point -128, so 0.0 -> -128 and 1.0 -> 127.\n");
    print_image(image, pixels);

    portable::conv2d<ImageShape, FilterShape, MapShape, ConvWindow>(conv_quantization, pixels,
                                                                    filters, conv_bias, maps);
    std::printf("  2. conv2d 3x3 VALID + relu: two 3x3 feature maps (int8=real, scale 3/255).\n");
    std::printf("     A filter answers 3.0 where its line runs down the middle of its window.\n");
    print_maps(maps);

    portable::fully_connected<MapShape, WeightShape, ScoreShape>(fc_quantization, maps,
                                                                 weights.values, fc_bias, scores);
    const double vertical_score = real_of(scores[0], score_quantization);
    const double horizontal_score = real_of(scores[1], score_quantization);
    std::printf("  3. fully_connected: the 18 features give two scores (int8=real, scale 1/16):\n");
    std::printf("     vertical %d=%.4f, horizontal %d=%.4f.\n", scores[0], vertical_score,
                scores[1], horizontal_score);

    portable::softmax<ScoreShape, ScoreShape>(softmax_quantization, scores, probabilities);
    portable::dequantize<ScoreShape, ScoreShape>(probability_quantization, probabilities,
                                                 real_probabilities);
    // The same softmax in double precision, to compare with: e^v / (e^v + e^h).
    const double beta = static_cast<double>(softmax_beta);
    const double exact_vertical =
        1.0 / (1.0 + std::exp(beta * (horizontal_score - vertical_score)));
    std::printf("  4. softmax + dequantize: probabilities in steps of 1/256 (int8 -128 is 0.0):\n");
    std::printf("     vertical %d=%.4f, horizontal %d=%.4f (in double precision %.4f, %.4f).\n",
                probabilities[0], static_cast<double>(real_probabilities[0]), probabilities[1],
                static_cast<double>(real_probabilities[1]), exact_vertical, 1.0 - exact_vertical);
    const char* answer = probabilities[0] > probabilities[1]   ? "vertical"
                         : probabilities[0] < probabilities[1] ? "horizontal"
                                                               : "a tie";
    std::printf("     The answer: %s.\n\n", answer);
}

}  // namespace

int main() {
    std::printf("fennec demo: a hand-made int8 network tells a vertical line from a horizontal\n");
    std::printf("one, with fennec's portable kernels.\n\n");
    std::printf(
        "The real scales become integer multipliers at compile time, as TFLM's Prepare()\n");
    std::printf("computes them: input_scale * weight_scale / output_scale = m * 2^(shift - 31).\n");
    print_multiplier("conv2d", conv_real_multiplier, conv_multiplier);
    print_multiplier("fully_connected",
                     static_cast<double>(map_quantization.scale * weight_scale) /
                         static_cast<double>(score_quantization.scale),
                     fc_multiplier);
    std::printf("    %-16s beta * score_scale = %.4f, in Q5.26: %d * 2^(%d - 31);\n", "softmax",
                beta_times_score_scale(), softmax_quantization.input_multiplier,
                softmax_quantization.input_left_shift);
    std::printf("    %-16s a score more than %d int8 steps below the highest counts as 0.\n", "",
                -softmax_quantization.diff_min);
    std::printf("relu on the feature maps clamps them to [%d, %d] (-128 is real 0.0).\n\n",
                conv_quantization.output.activation.min, conv_quantization.output.activation.max);

    for (const Image& image : images) {
        run(image);
    }
    return 0;
}
