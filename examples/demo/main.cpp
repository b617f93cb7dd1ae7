// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec's demo: a tiny int8 network, made by hand, tells a vertical line from a horizontal one in
// a 5x5 image. It runs the steps a generated model will run (quantize the input, conv2d with relu,
// fully_connected, softmax) and prints every intermediate value, so each can be checked by hand.
//
// The network, in real numbers:
//   conv2d, two 3x3 filters, VALID, relu. Filter 0 has a middle column of 1 and side columns of
//   -0.5: it answers 3 where a vertical line runs through the middle of its window, and 0 (after
//   relu) elsewhere. Filter 1 is the same turned by 90 degrees.
//   fully_connected, 18 -> 2: class 0 ("vertical") adds 0.25 x filter 0's map and subtracts
//   0.25 x filter 1's; class 1 the opposite. A clean line therefore scores +-2.25.
//   softmax over the two scores.
#include <cstdint>
#include <cstdio>

#include "fennec/core/activation.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/core/requantize.hpp"

namespace {

// Shapes (NHWC): image 1x5x5x1, filters 2x3x3x1 (OHWI), feature maps 1x3x3x2, scores 1x2.
constexpr int image_size = 5;
constexpr int filter_size = 3;
constexpr int channels = 2;
constexpr int map_size = image_size - filter_size + 1;  // VALID padding, stride 1
constexpr int features = map_size * map_size * channels;
constexpr int classes = 2;

// Quantization of each tensor: real = scale * (q - zero_point).
constexpr float input_scale = 1.0f / 255.0f;  // pixels 0..1 onto -128..127
constexpr std::int32_t input_zero_point = -128;
constexpr float filter_scale = 1.0f / 127.0f;  // weights in [-1, 1], symmetric (zero point 0)
constexpr float map_scale = 3.0f / 255.0f;     // feature maps 0..3 onto -128..127
constexpr std::int32_t map_zero_point = -128;
constexpr float weight_scale = 0.25f / 127.0f;  // fully_connected weights in [-0.25, 0.25]
constexpr float score_scale = 1.0f / 16.0f;     // scores -8..7.9375
constexpr std::int32_t score_zero_point = 0;

// Filter 0: 1 -> 127, -0.5 -> -64 (-63.5 rounded away from zero). Filter 1: the transpose.
constexpr std::int8_t filters[channels][filter_size][filter_size] = {
    {{-64, 127, -64}, {-64, 127, -64}, {-64, 127, -64}},
    {{-64, -64, -64}, {127, 127, 127}, {-64, -64, -64}}};

// The integer multipliers: the real factor between an accumulator and the output, split into a
// 31-bit mantissa and a shift on the host (here: at compile time), exactly as TFLite does.
constexpr double conv_real_multiplier = static_cast<double>(input_scale) *
                                        static_cast<double>(filter_scale) /
                                        static_cast<double>(map_scale);
constexpr fennec::QuantizedMultiplier conv_multiplier =
    fennec::quantize_multiplier(conv_real_multiplier);
constexpr double fc_real_multiplier =
    static_cast<double>(map_scale * weight_scale) / static_cast<double>(score_scale);
constexpr fennec::QuantizedMultiplier fc_multiplier =
    fennec::quantize_multiplier(fc_real_multiplier);

// relu on the feature maps: real 0 is map_zero_point, so the clamp starts there.
constexpr fennec::OutputQuantization map_output{
    map_zero_point, fennec::activation_range(fennec::Activation::relu, map_scale, map_zero_point)};
constexpr fennec::OutputQuantization score_output{
    score_zero_point,
    fennec::activation_range(fennec::Activation::none, score_scale, score_zero_point)};

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

double real_of(std::int32_t q, float scale, std::int32_t zero_point) {
    return static_cast<double>(scale) * static_cast<double>(q - zero_point);
}

void print_multiplier(const char* what, double real, fennec::QuantizedMultiplier m) {
    std::printf("  %-16s %.10f = %d * 2^(%d - 31)\n", what, real, m.multiplier, m.shift);
}

// Step 1: pixels 0.0 / 1.0 become -128 / 127.
void quantize_image(const Image& image, std::int8_t* input) {
    for (int y = 0; y < image_size; ++y) {
        for (int x = 0; x < image_size; ++x) {
            input[y * image_size + x] =
                image.rows[y][x] == '#' ? std::int8_t{127} : std::int8_t{-128};
        }
    }
}

// Step 2: conv2d 3x3, VALID, relu.
void conv2d_layer(const std::int8_t* input, std::int8_t* maps) {
    for (int out_y = 0; out_y < map_size; ++out_y) {
        for (int out_x = 0; out_x < map_size; ++out_x) {
            for (int out_c = 0; out_c < channels; ++out_c) {
                std::int32_t accumulator = 0;
                for (int filter_y = 0; filter_y < filter_size; ++filter_y) {
                    for (int filter_x = 0; filter_x < filter_size; ++filter_x) {
                        const std::int32_t input_value =
                            input[(out_y + filter_y) * image_size + out_x + filter_x];
                        accumulator +=
                            (input_value - input_zero_point) * filters[out_c][filter_y][filter_x];
                    }
                }
                maps[(out_y * map_size + out_x) * channels + out_c] = fennec::requantize(
                    accumulator, conv_multiplier.multiplier, conv_multiplier.shift, map_output);
            }
        }
    }
}

// Step 3: fully_connected 18 -> 2; class 0 weighs map 0 by +127 and map 1 by -127, class 1 the
// opposite.
void fully_connected_layer(const std::int8_t* maps, std::int8_t* scores) {
    for (int out = 0; out < classes; ++out) {
        std::int32_t accumulator = 0;
        for (int i = 0; i < features; ++i) {
            const std::int32_t weight = (i % channels == out) ? 127 : -127;
            accumulator += (maps[i] - map_zero_point) * weight;
        }
        scores[out] = fennec::requantize(accumulator, fc_multiplier.multiplier, fc_multiplier.shift,
                                         score_output);
    }
}

void print_image(const Image& image, const std::int8_t* input) {
    for (int y = 0; y < image_size; ++y) {
        std::printf("    %s   ", image.rows[y]);
        for (int x = 0; x < image_size; ++x) {
            std::printf(" %4d", input[y * image_size + x]);
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
                std::printf(" %4d=%-4.2f", q, real_of(q, map_scale, map_zero_point));
            }
            std::printf("  ");
        }
        std::printf("\n");
    }
}

}  // namespace

int main() {
    std::printf(
        "fennec demo: a hand-made int8 network tells a vertical line from a horizontal one.\n\n");
    std::printf(
        "The real scales become integer multipliers once, at compile time "
        "(input_scale * weight_scale / output_scale = multiplier * 2^(shift - 31)):\n");
    print_multiplier("conv2d", conv_real_multiplier, conv_multiplier);
    print_multiplier("fully_connected", fc_real_multiplier, fc_multiplier);
    std::printf("  relu on the feature maps clamps at %d (real 0.0), up to %d.\n\n",
                map_output.activation.min, map_output.activation.max);

    for (const Image& image : images) {
        std::int8_t input[image_size * image_size];
        std::int8_t maps[features];
        std::int8_t scores[classes];

        std::printf("=== %s\n", image.name);
        quantize_image(image, input);
        std::printf(
            "  1. The input, quantized with scale 1/255 and zero point -128 "
            "(0.0 -> -128, 1.0 -> 127):\n");
        print_image(image, input);

        conv2d_layer(input, maps);
        std::printf(
            "  2. conv2d 3x3 VALID + relu gives two 3x3 feature maps (int8=real): a filter "
            "answers 3.0 where its line runs through the middle of its window.\n");
        print_maps(maps);

        fully_connected_layer(maps, scores);
        std::printf(
            "  3. fully_connected turns the 18 features into two scores (int8=real, scale "
            "1/16): %d=%.4f (vertical) and %d=%.4f (horizontal).\n",
            scores[0], real_of(scores[0], score_scale, score_zero_point), scores[1],
            real_of(scores[1], score_scale, score_zero_point));
        std::printf("\n");
    }
    return 0;
}
