// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 tanh against TFLM's arithmetic re-derived in tests/reference/tanh_reference.hpp
// (exact) and against the real tanh (within one output step). No shared model has an int8 TANH,
// so there is no golden test.
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/tanh.hpp"
#include "kernels/elementwise_support.hpp"
#include "kernels/fixed_point_function_support.hpp"
#include "reference/tanh_reference.hpp"

namespace {

using fennec::Shape;
using fennec::reference::FixedPointInputTensor;

std::vector<std::int8_t> run_tanh(const FixedPointInputTensor& tensor,
                                  const std::vector<std::int8_t>& input) {
    std::vector<std::int8_t> output(input.size());
    fennec::kernels::portable::tanh(
        fennec::kernels::tanh_quantization(tensor.scale, tensor.zero_point),
        static_cast<int>(input.size()), input.data(), output.data());
    return output;
}

}  // namespace

TEST_CASE("tanh matches TFLM's arithmetic and the real tanh on every int8 input",
          "[kernels][tanh][portable]") {
    fennec::test::sweep_fixed_point_function(
        [](const fennec::kernels::TanhQuantization& quantization, int flat_size,
           const std::int8_t* input, std::int8_t* output) {
            fennec::kernels::portable::tanh(quantization, flat_size, input, output);
        },
        fennec::reference::tanh, fennec::reference::tanh_real, 8.0f);
}

TEST_CASE("tanh at the edges of its input scaling", "[kernels][tanh][portable]") {
    std::mt19937 rng(Catch::rngSeed());
    const auto input = fennec::test::all_int8_shuffled(rng);
    SECTION("inputs from 8 to 15 in real terms (2x leaves Q4.27: gemmlowp relabels, never wraps)") {
        const FixedPointInputTensor tensor{0.0625f, 0};  // 127 * 0.0625 = 7.9; radius 240
        const FixedPointInputTensor wide{0.117f, 0};     // 127 * 0.117 = 14.9; radius 128
        REQUIRE(fennec::test::first_difference(run_tanh(tensor, input),
                                               fennec::reference::tanh(tensor, input)) == "");
        REQUIRE(fennec::test::first_difference(run_tanh(wide, input),
                                               fennec::reference::tanh(wide, input)) == "");
        REQUIRE(run_tanh(wide, {127, -128}) == std::vector<std::int8_t>{127, -128});
    }
    SECTION("tanh(0) is 0 and the function is odd around the zero point") {
        const FixedPointInputTensor tensor{0.03f, 9};
        const auto output = run_tanh(tensor, {9, 9 + 50, 9 - 50});
        REQUIRE(output[0] == 0);
        REQUIRE(output[1] == -output[2]);
    }
}

TEST_CASE("tanh typed form on recurrent-cell shapes", "[kernels][tanh][portable]") {
    std::mt19937 rng(Catch::rngSeed());
    SECTION("LSTM cell state, 1x128") {
        const FixedPointInputTensor tensor{0.0078125f, 0};
        const auto input =
            fennec::test::random_int8(rng, 128, fennec::test::InputPinning::some_extremes);
        std::vector<std::int8_t> output(input.size());
        fennec::kernels::portable::tanh<Shape<1, 128>, Shape<1, 128>>(
            fennec::kernels::tanh_quantization(tensor.scale, tensor.zero_point), input.data(),
            output.data());
        REQUIRE(fennec::test::first_difference(output, fennec::reference::tanh(tensor, input)) ==
                "");
    }
    SECTION("odd sizes in three dimensions, 3x5x7, in place") {
        const FixedPointInputTensor tensor{0.047f, -31};
        auto data = fennec::test::random_int8(rng, 105, fennec::test::InputPinning::uniform);
        const auto expected = fennec::reference::tanh(tensor, data);
        fennec::kernels::portable::tanh<Shape<3, 5, 7>, Shape<3, 5, 7>>(
            fennec::kernels::tanh_quantization(tensor.scale, tensor.zero_point), data.data(),
            data.data());
        REQUIRE(fennec::test::first_difference(data, expected) == "");
    }
}
