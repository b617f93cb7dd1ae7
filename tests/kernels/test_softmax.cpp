// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 softmax against TFLM's arithmetic re-derived in
// tests/reference/softmax_reference.hpp (exact), against the real softmax (within one output
// step), and against TFLM's own outputs in the shared golden data.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/softmax.hpp"
#include "kernels/elementwise_support.hpp"
#include "kernels/golden_ops.hpp"
#include "reference/softmax_reference.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Shape;
using fennec::reference::SoftmaxTensors;

std::vector<std::int8_t> run_softmax(const SoftmaxTensors& tensors,
                                     int outer_size,
                                     int depth,
                                     const std::vector<std::int8_t>& input) {
    std::vector<std::int8_t> output(input.size());
    fennec::kernels::portable::softmax(
        {outer_size, depth},
        fennec::kernels::softmax_quantization(tensors.beta, tensors.input_scale), input.data(),
        output.data());
    return output;
}

// Largest |kernel - exact| in output steps.
double largest_error_in_steps(const std::vector<std::int8_t>& output,
                              const std::vector<long double>& exact) {
    double largest = 0.0;
    for (std::size_t i = 0; i < output.size(); ++i) {
        const double error = static_cast<double>(std::fabs(output[i] - exact[i]));
        largest = error > largest ? error : largest;
    }
    return largest;
}

}  // namespace

TEST_CASE("softmax matches TFLM's arithmetic and the real softmax on random rows",
          "[kernels][softmax][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        // Rows of 1..1000 elements (a third of them short), up to 4 rows.
        const int depth = fennec::test::uniform<int>(rng, 0, 2) == 0
                              ? fennec::test::uniform<int>(rng, 1, 16)
                              : fennec::test::uniform<int>(rng, 1, 1000);
        const int outer_size = fennec::test::uniform<int>(rng, 1, 4);
        const SoftmaxTensors tensors{fennec::test::log_uniform(rng, 0.1, 10.0),
                                     fennec::test::log_uniform(rng, 1e-6, 1.0)};
        const auto input = fennec::test::random_int8(
            rng, static_cast<std::size_t>(outer_size * depth), fennec::test::random_pinning(rng));

        const std::string beta = fennec::test::exact_text(tensors.beta);
        const std::string input_scale = fennec::test::exact_text(tensors.input_scale);
        CAPTURE(seed, outer_size, depth, beta, input_scale);

        const auto output = run_softmax(tensors, outer_size, depth, input);
        const auto expected = fennec::reference::softmax(tensors, depth, input);
        REQUIRE(fennec::test::first_difference(output, expected) == "");
        const auto exact = fennec::reference::softmax_real(tensors, depth, input);
        REQUIRE(largest_error_in_steps(output, exact) <= 1.0);
    }
}

TEST_CASE("softmax at the edges of its input scaling", "[kernels][softmax][portable]") {
    std::mt19937 rng(Catch::rngSeed());
    const auto input =
        fennec::test::random_int8(rng, 3 * 257, fennec::test::InputPinning::some_extremes);
    SECTION("beta * input_scale so large that the multiplier is capped at 2^31 - 1") {
        const SoftmaxTensors tensors{10.0f, 100.0f};
        REQUIRE(fennec::test::first_difference(run_softmax(tensors, 3, 257, input),
                                               fennec::reference::softmax(tensors, 257, input)) ==
                "");
    }
    SECTION("beta * input_scale just above 2^-26, every exp close to 1") {
        const SoftmaxTensors tensors{1.0f, 2e-8f};
        REQUIRE(fennec::test::first_difference(run_softmax(tensors, 3, 257, input),
                                               fennec::reference::softmax(tensors, 257, input)) ==
                "");
    }
    SECTION("rows of 512 equal values, where TFLM's final shift would exceed 31") {
        const std::vector<std::int8_t> equal(512, 5);
        const SoftmaxTensors tensors{1.0f, 0.1f};
        const auto output = run_softmax(tensors, 1, 512, equal);
        REQUIRE(fennec::test::first_difference(
                    output, fennec::reference::softmax(tensors, 512, equal)) == "");
        REQUIRE(output == std::vector<std::int8_t>(512, -128));
    }
    SECTION("a row of one element is probability 1 (127)") {
        const std::vector<std::int8_t> single{-77};
        REQUIRE(run_softmax({1.0f, 0.5f}, 1, 1, single) == std::vector<std::int8_t>{127});
    }
}

namespace {

// The typed form with the given model's input scale and beta 1, on random data.
template <class InputShape>
void check_typed_softmax(float input_scale) {
    std::mt19937 rng(Catch::rngSeed());
    const SoftmaxTensors tensors{1.0f, input_scale};
    const auto input = fennec::test::random_int8(
        rng, static_cast<std::size_t>(InputShape::elements), fennec::test::InputPinning::uniform);
    std::vector<std::int8_t> output(input.size());
    fennec::kernels::portable::softmax<InputShape, InputShape>(
        fennec::kernels::softmax_quantization(tensors.beta, tensors.input_scale), input.data(),
        output.data());
    const int depth = InputShape::dim(InputShape::rank - 1);
    REQUIRE(fennec::test::first_difference(
                output, fennec::reference::softmax(tensors, depth, input)) == "");
}

}  // namespace

TEST_CASE("softmax typed form on model shapes", "[kernels][softmax][portable]") {
    SECTION("kws_dscnn classifier, 1x12") {
        check_typed_softmax<Shape<1, 12>>(0.14469251f);
    }
    SECTION("ic_resnet8 classifier, 1x10") {
        check_typed_softmax<Shape<1, 10>>(0.171853513f);
    }
    SECTION("two classes, 1x2") {
        check_typed_softmax<Shape<1, 2>>(0.0625f);
    }
    SECTION("ImageNet classifier, 1x1000") {
        check_typed_softmax<Shape<1, 1000>>(0.113735f);
    }
    SECTION("softmax over the last of three dimensions, 2x3x7") {
        check_typed_softmax<Shape<2, 3, 7>>(0.05f);
    }
    constexpr fennec::kernels::SoftmaxGeometry geometry =
        fennec::kernels::softmax_geometry<Shape<2, 3, 7>, Shape<2, 3, 7>>();
    static_assert(geometry.outer_size == 6 && geometry.depth == 7);
}

// Hidden from the default run: CTest runs it as kernels.softmax.golden, skipped without ../shared.
TEST_CASE("softmax: every int8 SOFTMAX of the shared models matches TFLM's dumped output",
          "[.][golden]") {
    const auto golden = fennec::test::golden_dir_or_skip();
    int ops_checked = 0;
    for (const fennec::test::GoldenOpRun& run : fennec::test::golden_op_runs(golden, "SOFTMAX")) {
        const fennec::test::GoldenTensorData& input = run.inputs.at(0);
        const fennec::test::GoldenTensorData& output = run.outputs.at(0);
        if (input.dtype != "int8" || output.dtype != "int8") {
            continue;  // the int8 -> int16 softmax of keyword_scrambled_8bit is not fennec's
        }
        const float beta = fennec::test::softmax_beta(run.model_file, run.op_index);
        const int depth = input.shape.back();
        const int outer_size = static_cast<int>(input.bytes.size()) / depth;
        CAPTURE(run.where, beta, input.scale, outer_size, depth);
        REQUIRE(output.zero_point == -128);
        REQUIRE(output.scale == 1.0f / 256.0f);
        const auto result = run_softmax({beta, input.scale}, outer_size, depth, input.int8());
        REQUIRE(fennec::test::first_difference(result, output.int8()) == "");
        ++ops_checked;
    }
    CHECK(ops_checked >= 20);
}
