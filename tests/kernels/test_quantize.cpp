// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The quantize family (float -> int8, int8 -> float, int8 -> int8) against
// tests/reference/quantize_reference.hpp, bit for bit, and against TFLM's own QUANTIZE and
// DEQUANTIZE outputs in the shared golden data.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/quantize.hpp"
#include "kernels/elementwise_support.hpp"
#include "kernels/golden_ops.hpp"
#include "reference/quantize_reference.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Shape;
using fennec::reference::AffineTensor;

std::vector<std::int8_t> run_quantize(const AffineTensor& output_tensor,
                                      const std::vector<float>& input) {
    std::vector<std::int8_t> output(input.size());
    fennec::kernels::portable::quantize({output_tensor.scale, output_tensor.zero_point},
                                        static_cast<int>(input.size()), input.data(),
                                        output.data());
    return output;
}

std::vector<float> run_dequantize(const AffineTensor& input_tensor,
                                  const std::vector<std::int8_t>& input) {
    std::vector<float> output(input.size());
    fennec::kernels::portable::dequantize({input_tensor.scale, input_tensor.zero_point},
                                          static_cast<int>(input.size()), input.data(),
                                          output.data());
    return output;
}

std::vector<std::int8_t> run_requantize(const AffineTensor& input_tensor,
                                        const AffineTensor& output_tensor,
                                        const std::vector<std::int8_t>& input) {
    std::vector<std::int8_t> output(input.size());
    fennec::kernels::portable::requantize(
        fennec::kernels::requantize_quantization(input_tensor.scale, input_tensor.zero_point,
                                                 output_tensor.scale, output_tensor.zero_point),
        static_cast<int>(input.size()), input.data(), output.data());
    return output;
}

// Floats compared by their bits, so that -0.0 and 0.0 differ and the message shows the bits.
std::vector<std::uint32_t> bits_of(const std::vector<float>& values) {
    std::vector<std::uint32_t> bits(values.size());
    std::memcpy(bits.data(), values.data(), values.size() * sizeof(float));
    return bits;
}

AffineTensor random_affine(std::mt19937& rng) {
    return {fennec::test::log_uniform(rng, 1e-6, 1.0), fennec::test::random_zero_point(rng)};
}

// Inputs for quantize: mostly within the int8 range of `tensor` and a little beyond, a share of
// them exact ties (k + 1/2 steps from the zero point), and the values TFLM leaves undefined.
std::vector<float> random_quantize_inputs(std::mt19937& rng,
                                          const AffineTensor& tensor,
                                          int count) {
    std::vector<float> values;
    const float low = tensor.scale * static_cast<float>(-140 - tensor.zero_point);
    const float high = tensor.scale * static_cast<float>(140 - tensor.zero_point);
    for (int i = 0; i < count; ++i) {
        const int kind = fennec::test::uniform<int>(rng, 0, 9);
        if (kind == 0) {
            const int steps = fennec::test::uniform<int>(rng, -140, 140);
            values.push_back((static_cast<float>(steps) + 0.5f) * tensor.scale);
        } else {
            values.push_back(std::uniform_real_distribution<float>(low, high)(rng));
        }
    }
    return values;
}

}  // namespace

TEST_CASE("quantize matches the reference on random floats", "[kernels][quantize][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const AffineTensor tensor = random_affine(rng);
        const int count = fennec::test::uniform<int>(rng, 1, 300);
        const auto input = random_quantize_inputs(rng, tensor, count);
        const std::string scale = fennec::test::exact_text(tensor.scale);
        CAPTURE(seed, scale, tensor.zero_point, count);
        REQUIRE(fennec::test::first_difference(run_quantize(tensor, input),
                                               fennec::reference::quantize(tensor, input)) == "");
    }
}

TEST_CASE("quantize rounds ties away from zero and saturates what TFLM leaves undefined",
          "[kernels][quantize][portable]") {
    SECTION("ties: 2.5 steps -> 3, -2.5 steps -> -3 (std::round, not round-half-even)") {
        REQUIRE(run_quantize({0.5f, 0}, {1.25f, -1.25f, 0.25f, -0.25f}) ==
                std::vector<std::int8_t>{3, -3, 1, -1});
    }
    SECTION("beyond int32, infinities and NaN: saturated, NaN as 0") {
        constexpr float infinity = std::numeric_limits<float>::infinity();
        const std::vector<float> input{1e30f, -1e30f, infinity, -infinity,
                                       std::numeric_limits<float>::quiet_NaN()};
        const AffineTensor tensor{0.01f, 5};
        const auto output = run_quantize(tensor, input);
        REQUIRE(output == std::vector<std::int8_t>{127, -128, 127, -128, 5});
        REQUIRE(output == fennec::reference::quantize(tensor, input));
    }
}

TEST_CASE("dequantize matches the reference bit for bit on every int8 input",
          "[kernels][quantize][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const AffineTensor tensor = random_affine(rng);
        const auto input = fennec::test::all_int8_shuffled(rng);
        const std::string scale = fennec::test::exact_text(tensor.scale);
        CAPTURE(seed, scale, tensor.zero_point);
        REQUIRE(fennec::test::first_difference(
                    bits_of(run_dequantize(tensor, input)),
                    bits_of(fennec::reference::dequantize(tensor, input))) == "");
    }
}

TEST_CASE("requantize matches the reference on every int8 input", "[kernels][quantize][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const AffineTensor input_tensor = random_affine(rng);
        const AffineTensor output_tensor = random_affine(rng);
        const auto input = fennec::test::all_int8_shuffled(rng);
        const std::string scales = fennec::test::exact_text(input_tensor.scale) + " -> " +
                                   fennec::test::exact_text(output_tensor.scale);
        CAPTURE(seed, scales, input_tensor.zero_point, output_tensor.zero_point);
        const auto output = run_requantize(input_tensor, output_tensor, input);
        REQUIRE(fennec::test::first_difference(
                    output, fennec::reference::requantize(input_tensor, output_tensor, input)) ==
                "");
        // And within one output step of the exact real value.
        double largest_error = 0.0;
        for (std::size_t i = 0; i < input.size(); ++i) {
            long double exact = static_cast<long double>(input_tensor.scale) *
                                    (input[i] - input_tensor.zero_point) / output_tensor.scale +
                                output_tensor.zero_point;
            exact = std::fmax(std::fmin(exact, 127.0L), -128.0L);
            largest_error =
                std::fmax(largest_error, static_cast<double>(std::fabs(output[i] - exact)));
        }
        REQUIRE(largest_error <= 1.0);
    }
}

TEST_CASE("quantize family typed forms on model shapes", "[kernels][quantize][portable]") {
    std::mt19937 rng(Catch::rngSeed());
    SECTION("ad_autoencoder float input, 1x640") {
        const AffineTensor tensor{0.404846728f, 81};
        const auto input = random_quantize_inputs(rng, tensor, 640);
        std::vector<std::int8_t> output(input.size());
        fennec::kernels::portable::quantize<Shape<1, 640>, Shape<1, 640>>(
            {tensor.scale, tensor.zero_point}, input.data(), output.data());
        REQUIRE(fennec::test::first_difference(output,
                                               fennec::reference::quantize(tensor, input)) == "");
    }
    SECTION("ad_autoencoder float output, 1x640") {
        const AffineTensor tensor{0.376022816f, 89};
        const auto input = fennec::test::random_int8(rng, 640, fennec::test::InputPinning::uniform);
        std::vector<float> output(input.size());
        fennec::kernels::portable::dequantize<Shape<1, 640>, Shape<1, 640>>(
            {tensor.scale, tensor.zero_point}, input.data(), output.data());
        REQUIRE(fennec::test::first_difference(
                    bits_of(output), bits_of(fennec::reference::dequantize(tensor, input))) == "");
    }
    SECTION("int8 -> int8 between two layers, 1x7x7x13, in place") {
        const AffineTensor input_tensor{0.0231f, -9};
        const AffineTensor output_tensor{0.0412f, 17};
        auto data =
            fennec::test::random_int8(rng, 7 * 7 * 13, fennec::test::InputPinning::some_extremes);
        const auto expected = fennec::reference::requantize(input_tensor, output_tensor, data);
        fennec::kernels::portable::requantize<Shape<1, 7, 7, 13>, Shape<1, 7, 7, 13>>(
            fennec::kernels::requantize_quantization(input_tensor.scale, input_tensor.zero_point,
                                                     output_tensor.scale, output_tensor.zero_point),
            data.data(), data.data());
        REQUIRE(fennec::test::first_difference(data, expected) == "");
    }
}

// Hidden from the default run: CTest runs it as kernels.quantize.golden, skipped without ../shared.
TEST_CASE("quantize: every float QUANTIZE and DEQUANTIZE of the shared models matches TFLM",
          "[.][golden]") {
    const auto golden = fennec::test::golden_dir_or_skip();
    int quantize_checked = 0;
    for (const fennec::test::GoldenOpRun& run : fennec::test::golden_op_runs(golden, "QUANTIZE")) {
        const fennec::test::GoldenTensorData& input = run.inputs.at(0);
        const fennec::test::GoldenTensorData& output = run.outputs.at(0);
        if (input.dtype != "float32") {
            continue;  // keyword_scrambled_8bit's int16 -> int8 QUANTIZE is not fennec's
        }
        CAPTURE(run.where, output.scale, output.zero_point);
        REQUIRE(output.dtype == "int8");
        REQUIRE(fennec::test::first_difference(
                    run_quantize({output.scale, output.zero_point}, input.float32()),
                    output.int8()) == "");
        ++quantize_checked;
    }
    int dequantize_checked = 0;
    for (const fennec::test::GoldenOpRun& run :
         fennec::test::golden_op_runs(golden, "DEQUANTIZE")) {
        const fennec::test::GoldenTensorData& input = run.inputs.at(0);
        const fennec::test::GoldenTensorData& output = run.outputs.at(0);
        CAPTURE(run.where, input.scale, input.zero_point);
        REQUIRE(input.dtype == "int8");
        REQUIRE(output.dtype == "float32");
        REQUIRE(fennec::test::first_difference(
                    bits_of(run_dequantize({input.scale, input.zero_point}, input.int8())),
                    bits_of(output.float32())) == "");
        ++dequantize_checked;
    }
    CHECK(quantize_checked >= 10);
    CHECK(dequantize_checked >= 14);
}
