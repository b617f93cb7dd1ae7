// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What the add and mul tests share: a random broadcast configuration, running a size-erased
// binary kernel on it, the distance of its output from the exact real result, and the checks of
// a random configuration and of a typed layer.
#pragma once

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/kernels/params/broadcast.hpp"
#include "kernels/elementwise_support.hpp"
#include "reference/broadcast_reference.hpp"

namespace fennec::test {

struct BinaryOpCase {
    BroadcastShapes shapes;
    reference::BinaryOpTensors tensors;
    std::vector<std::int8_t> input1;
    std::vector<std::int8_t> input2;
};

// Shapes of up to `max_elements` outputs, zero points across -128..127, any activation, inputs
// drawn as random_pinning() decides. The scales are left to the caller (each op has its rules).
inline BinaryOpCase random_binary_op_case(std::mt19937& rng, int max_elements) {
    BinaryOpCase config{random_broadcast_shapes(rng, max_elements), {}, {}, {}};
    config.tensors.input1_zero_point = random_zero_point(rng);
    config.tensors.input2_zero_point = random_zero_point(rng);
    config.tensors.output_zero_point = random_zero_point(rng);
    config.tensors.activation = random_activation(rng);
    const InputPinning pinning = random_pinning(rng);
    config.input1 = random_int8(
        rng, static_cast<std::size_t>(reference::element_count(config.shapes.input1)), pinning);
    config.input2 = random_int8(
        rng, static_cast<std::size_t>(reference::element_count(config.shapes.input2)), pinning);
    return config;
}

inline std::string scales_text(const reference::BinaryOpTensors& tensors) {
    return exact_text(tensors.input1_scale) + ", " + exact_text(tensors.input2_scale) + " -> " +
           exact_text(tensors.output_scale);
}

// Runs kernel(geometry, input1, input2, output) with the geometry built from the run-time shapes.
template <class Kernel>
std::vector<std::int8_t> run_binary_kernel(const BinaryOpCase& config, Kernel kernel) {
    const std::vector<int>& input1_dims = config.shapes.input1;
    const std::vector<int>& input2_dims = config.shapes.input2;
    const kernels::BroadcastGeometry geometry =
        kernels::broadcast_geometry(input1_dims.data(), static_cast<int>(input1_dims.size()),
                                    input2_dims.data(), static_cast<int>(input2_dims.size()));
    std::vector<std::int8_t> output(
        static_cast<std::size_t>(kernels::broadcast_output_elements(geometry)));
    kernel(geometry, config.input1.data(), config.input2.data(), output.data());
    return output;
}

// Largest |output - exact| in output steps, where exact = real_op(real1, real2) / output_scale +
// output_zero_point in long double, clamped to the activation range as the kernel's output is.
template <class RealOp>
double largest_error_in_steps(const BinaryOpCase& config,
                              const std::vector<std::int8_t>& output,
                              RealOp real_op) {
    const reference::BinaryOpTensors& tensors = config.tensors;
    const ActivationRange range =
        activation_range(tensors.activation, tensors.output_scale, tensors.output_zero_point);
    double largest = 0.0;
    reference::for_each_broadcast(
        config.shapes.input1, config.shapes.input2,
        [&](std::int64_t out, std::int64_t in1, std::int64_t in2) {
            const long double real1 =
                static_cast<long double>(tensors.input1_scale) *
                (config.input1[static_cast<std::size_t>(in1)] - tensors.input1_zero_point);
            const long double real2 =
                static_cast<long double>(tensors.input2_scale) *
                (config.input2[static_cast<std::size_t>(in2)] - tensors.input2_zero_point);
            long double exact =
                real_op(real1, real2) / tensors.output_scale + tensors.output_zero_point;
            exact = std::fmax(std::fmin(exact, static_cast<long double>(range.max)),
                              static_cast<long double>(range.min));
            const double error =
                static_cast<double>(std::fabs(output[static_cast<std::size_t>(out)] - exact));
            largest = error > largest ? error : largest;
        });
    return largest;
}

// One random configuration of a binary op: kernel(geometry, input1, input2, output) must give
// `expected` exactly, and (when check_real) stay within one output step of real_op on the
// dequantized inputs. A failure prints the seed, the shapes, the scales, the zero points and the
// activation.
template <class Kernel, class RealOp>
void check_binary_op_case(std::uint32_t seed,
                          const BinaryOpCase& config,
                          const std::vector<std::int8_t>& expected,
                          Kernel kernel,
                          RealOp real_op,
                          bool check_real) {
    const reference::BinaryOpTensors& tensors = config.tensors;
    const std::string input1_shape = dims_string(config.shapes.input1);
    const std::string input2_shape = dims_string(config.shapes.input2);
    const std::string scales = scales_text(tensors);
    const char* activation = activation_name(tensors.activation);
    CAPTURE(seed, input1_shape, input2_shape, scales, tensors.input1_zero_point,
            tensors.input2_zero_point, tensors.output_zero_point, activation);
    const std::vector<std::int8_t> output = run_binary_kernel(config, kernel);
    REQUIRE(first_difference(output, expected) == "");
    if (check_real) {
        const double error = largest_error_in_steps(config, output, real_op);
        REQUIRE(error <= 1.0);
    }
}

// A typed kernel on fixed scales and random data of its shapes (some values pinned at -128 and
// 127, drawn from Catch's seed): typed_kernel(input1, input2, output) against
// reference(tensors, input1_dims, input1, input2_dims, input2).
template <class Input1Shape,
          class Input2Shape,
          class OutputShape,
          class TypedKernel,
          class Reference>
void check_typed_binary_op(const reference::BinaryOpTensors& tensors,
                           const reference::Dims& input1_dims,
                           const reference::Dims& input2_dims,
                           TypedKernel typed_kernel,
                           Reference reference) {
    std::mt19937 rng(Catch::rngSeed());
    const auto input1 = random_int8(rng, static_cast<std::size_t>(Input1Shape::elements),
                                    InputPinning::some_extremes);
    const auto input2 = random_int8(rng, static_cast<std::size_t>(Input2Shape::elements),
                                    InputPinning::some_extremes);
    std::vector<std::int8_t> output(static_cast<std::size_t>(OutputShape::elements));
    typed_kernel(input1.data(), input2.data(), output.data());
    const auto expected = reference(tensors, input1_dims, input1, input2_dims, input2);
    REQUIRE(first_difference(output, expected) == "");
}

}  // namespace fennec::test
