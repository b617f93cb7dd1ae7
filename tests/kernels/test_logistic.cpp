// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 logistic against TFLM's arithmetic re-derived in
// tests/reference/logistic_reference.hpp (exact), against the real sigmoid (within one output
// step), and against TFLM's own outputs in the shared golden data.
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/logistic.hpp"
#include "kernels/elementwise_support.hpp"
#include "kernels/fixed_point_function_support.hpp"
#include "kernels/golden_ops.hpp"
#include "reference/logistic_reference.hpp"

namespace {

using fennec::Shape;
using fennec::reference::FixedPointInputTensor;

std::vector<std::int8_t> run_logistic(const FixedPointInputTensor& tensor,
                                      const std::vector<std::int8_t>& input) {
    std::vector<std::int8_t> output(input.size());
    fennec::kernels::portable::logistic(
        fennec::kernels::logistic_quantization(tensor.scale, tensor.zero_point),
        static_cast<int>(input.size()), input.data(), output.data());
    return output;
}

}  // namespace

TEST_CASE("logistic matches TFLM's arithmetic and the real sigmoid on every int8 input",
          "[kernels][logistic][portable]") {
    fennec::test::sweep_fixed_point_function(
        [](const fennec::kernels::LogisticQuantization& quantization, int flat_size,
           const std::int8_t* input, std::int8_t* output) {
            fennec::kernels::portable::logistic(quantization, flat_size, input, output);
        },
        fennec::reference::logistic, fennec::reference::logistic_real, 1.0f);
}

TEST_CASE("logistic at the edges of its input scaling", "[kernels][logistic][portable]") {
    std::mt19937 rng(Catch::rngSeed());
    const auto input = fennec::test::all_int8_shuffled(rng);
    SECTION("input scale 2^-8, a power of two (the multiplier is exactly 2^30)") {
        const FixedPointInputTensor tensor{0.00390625f, 0};
        REQUIRE(fennec::test::first_difference(run_logistic(tensor, input),
                                               fennec::reference::logistic(tensor, input)) == "");
    }
    SECTION("input scale 3: the radius is 3, only five inputs are computed") {
        const FixedPointInputTensor tensor{3.0f, -3};
        REQUIRE(fennec::kernels::logistic_quantization(3.0f, -3).input_range_radius == 3);
        REQUIRE(fennec::test::first_difference(run_logistic(tensor, input),
                                               fennec::reference::logistic(tensor, input)) == "");
    }
    SECTION("logistic(0) is exactly one half: 0 in the output") {
        REQUIRE(run_logistic({0.1f, 17}, {17}) == std::vector<std::int8_t>{0});
    }
}

TEST_CASE("logistic typed form on model shapes", "[kernels][logistic][portable]") {
    std::mt19937 rng(Catch::rngSeed());
    SECTION("ecg5000 autoencoder output, 1x140") {
        const FixedPointInputTensor tensor{0.00520671951f, 54};
        const auto input =
            fennec::test::random_int8(rng, 140, fennec::test::InputPinning::some_extremes);
        std::vector<std::int8_t> output(input.size());
        fennec::kernels::portable::logistic<Shape<1, 140>, Shape<1, 140>>(
            fennec::kernels::logistic_quantization(tensor.scale, tensor.zero_point), input.data(),
            output.data());
        REQUIRE(fennec::test::first_difference(output,
                                               fennec::reference::logistic(tensor, input)) == "");
    }
    SECTION("noise-suppression mask, 1x1x257, in place") {
        const FixedPointInputTensor tensor{0.0631f, -20};
        auto data = fennec::test::random_int8(rng, 257, fennec::test::InputPinning::uniform);
        const auto expected = fennec::reference::logistic(tensor, data);
        fennec::kernels::portable::logistic<Shape<1, 1, 257>, Shape<1, 1, 257>>(
            fennec::kernels::logistic_quantization(tensor.scale, tensor.zero_point), data.data(),
            data.data());
        REQUIRE(fennec::test::first_difference(data, expected) == "");
    }
}

// Hidden from the default run: CTest runs it as kernels.logistic.golden, skipped without
// ../shared.
TEST_CASE("logistic: every int8 LOGISTIC of the shared models matches TFLM's dumped output",
          "[.][golden]") {
    const auto golden = fennec::test::golden_dir_or_skip();
    int ops_checked = 0;
    for (const fennec::test::GoldenOpRun& run : fennec::test::golden_op_runs(golden, "LOGISTIC")) {
        const fennec::test::GoldenTensorData& input = run.inputs.at(0);
        const fennec::test::GoldenTensorData& output = run.outputs.at(0);
        CAPTURE(run.where, input.scale, input.zero_point);
        REQUIRE(input.dtype == "int8");
        REQUIRE(output.zero_point == -128);
        REQUIRE(output.scale == 1.0f / 256.0f);
        const auto result = run_logistic({input.scale, input.zero_point}, input.int8());
        REQUIRE(fennec::test::first_difference(result, output.int8()) == "");
        ++ops_checked;
    }
    CHECK(ops_checked >= 4);
}
