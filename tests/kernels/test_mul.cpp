// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable int8 mul against tests/reference/mul_reference.hpp (exact), and against the real
// product (within one output step), over random broadcast shapes of rank 1-6.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <vector>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/mul.hpp"
#include "kernels/binary_op_support.hpp"
#include "reference/mul_reference.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Activation;
using fennec::Shape;
using fennec::reference::BinaryOpTensors;
using fennec::reference::Dims;

fennec::kernels::MulQuantization quantization_of(const BinaryOpTensors& tensors) {
    return fennec::kernels::mul_quantization(tensors.input1_scale, tensors.input1_zero_point,
                                             tensors.input2_scale, tensors.input2_zero_point,
                                             tensors.output_scale, tensors.output_zero_point,
                                             tensors.activation);
}

}  // namespace

TEST_CASE("mul matches the reference on random broadcast shapes", "[kernels][mul][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        fennec::test::BinaryOpCase config = fennec::test::random_binary_op_case(rng, 1500);
        BinaryOpTensors& tensors = config.tensors;
        tensors.input1_scale = fennec::test::log_uniform(rng, 1e-6, 1.0);
        tensors.input2_scale = fennec::test::log_uniform(rng, 1e-6, 1.0);
        // The real multiplier input1_scale * input2_scale / output_scale spans 1e-6 .. 1e3, both
        // sides of 1 (negative and positive shifts). The output scale stays above 1e-8, keeping
        // 1 / output_scale (which the activation range quantizes) well inside int32.
        tensors.output_scale =
            tensors.input1_scale * tensors.input2_scale * fennec::test::log_uniform(rng, 1e-3, 1e6);
        tensors.output_scale = std::fmax(tensors.output_scale, 1e-8f);

        const auto quantization = quantization_of(tensors);
        fennec::test::check_binary_op_case(
            seed, config,
            fennec::reference::mul(tensors, config.shapes.input1, config.input1,
                                   config.shapes.input2, config.input2),
            [&](const fennec::kernels::BroadcastGeometry& geometry, const std::int8_t* input1,
                const std::int8_t* input2, std::int8_t* out) {
                fennec::kernels::portable::mul(geometry, quantization, input1, input2, out);
            },
            [](long double a, long double b) { return a * b; }, /*check_real=*/true);
    }
}

namespace {

// The typed form on the given shapes, with fixed scales and random data, against the reference.
template <class Input1Shape, class Input2Shape, class OutputShape>
void check_typed_mul(const Dims& input1_dims, const Dims& input2_dims, Activation activation) {
    const BinaryOpTensors tensors{0.0447614267f, -17,  0.113118842f, 4,
                                  0.0532362163f, -128, activation};
    fennec::test::check_typed_binary_op<Input1Shape, Input2Shape, OutputShape>(
        tensors, input1_dims, input2_dims,
        [&](const std::int8_t* input1, const std::int8_t* input2, std::int8_t* output) {
            fennec::kernels::portable::mul<Input1Shape, Input2Shape, OutputShape>(
                quantization_of(tensors), input1, input2, output);
        },
        fennec::reference::mul);
}

}  // namespace

TEST_CASE("mul typed form on model-like shapes", "[kernels][mul][portable]") {
    SECTION("same shapes, 1x16x16x32, relu") {
        check_typed_mul<Shape<1, 16, 16, 32>, Shape<1, 16, 16, 32>, Shape<1, 16, 16, 32>>(
            {1, 16, 16, 32}, {1, 16, 16, 32}, Activation::relu);
    }
    SECTION("squeeze-and-excitation scaling, 1x7x7x96 * 1x1x1x96") {
        check_typed_mul<Shape<1, 7, 7, 96>, Shape<1, 1, 1, 96>, Shape<1, 7, 7, 96>>(
            {1, 7, 7, 96}, {1, 1, 1, 96}, Activation::none);
    }
    SECTION("scalar broadcast on the second input, 1x10 * 1, relu6") {
        check_typed_mul<Shape<1, 10>, Shape<1>, Shape<1, 10>>({1, 10}, {1}, Activation::relu6);
    }
    SECTION("six dimensions, both inputs broadcast, 3x1x2x1x4x1 * 5x1x3x1x2") {
        check_typed_mul<Shape<3, 1, 2, 1, 4, 1>, Shape<5, 1, 3, 1, 2>, Shape<3, 5, 2, 3, 4, 2>>(
            {3, 1, 2, 1, 4, 1}, {5, 1, 3, 1, 2}, Activation::relu_n1_to_1);
    }
}

TEST_CASE("mul geometry follows TFLite broadcasting at compile time", "[kernels][mul]") {
    constexpr fennec::kernels::BroadcastGeometry geometry =
        fennec::kernels::mul_geometry<Shape<1, 7, 7, 96>, Shape<1, 1, 1, 96>, Shape<1, 7, 7, 96>>();
    static_assert(geometry.input2_strides[3] == 0 && geometry.input2_strides[4] == 0 &&
                  geometry.input2_strides[5] == 1);
    static_assert(geometry.input1_strides[3] == 7 * 96 && geometry.input1_strides[4] == 96);
    SUCCEED("checked at compile time");
}
