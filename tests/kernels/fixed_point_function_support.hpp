// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What the logistic and tanh tests share: a sweep of random input quantizations, each run on all
// 256 int8 inputs, comparing a size-erased kernel with the exact reference and the real function.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fennec/kernels/params/fixed_point_input.hpp"
#include "kernels/elementwise_support.hpp"
#include "reference/logistic_reference.hpp"
#include "support/sweep.hpp"

namespace fennec::test {

// A random input quantization: scales log-uniform in [1e-6, 1] (and one config in ten in [1, 8),
// where the radius shrinks to a few steps), zero points across -128..127.
inline reference::FixedPointInputTensor random_fixed_point_input(std::mt19937& rng) {
    const bool large = uniform<int>(rng, 0, 9) == 0;
    return {large ? log_uniform(rng, 1.0, 7.99) : log_uniform(rng, 1e-6, 1.0),
            random_zero_point(rng)};
}

// kernel(quantization, flat_size, input, output) against reference(tensor, input) exactly, over
// the sweep's configurations; and against real(tensor, input) within one output step for input
// scales up to `real_check_max_scale` (above it TFLM's radius may saturate inputs whose function
// value is still a few steps from the extreme; the exact comparison still covers them).
template <class Kernel, class Reference, class Real>
void sweep_fixed_point_function(Kernel kernel,
                                Reference reference,
                                Real real,
                                float real_check_max_scale) {
    for (const std::uint32_t seed : sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const reference::FixedPointInputTensor tensor = random_fixed_point_input(rng);
        const std::vector<std::int8_t> input = all_int8_shuffled(rng);
        const std::string input_scale = exact_text(tensor.scale);
        CAPTURE(seed, input_scale, tensor.zero_point);

        std::vector<std::int8_t> output(input.size());
        kernel(kernels::fixed_point_input_quantization(tensor.scale, tensor.zero_point),
               static_cast<int>(input.size()), input.data(), output.data());
        REQUIRE(first_difference(output, reference(tensor, input)) == "");

        if (tensor.scale > real_check_max_scale) {
            continue;
        }
        const std::vector<long double> exact = real(tensor, input);
        double largest_error = 0.0;
        for (std::size_t i = 0; i < output.size(); ++i) {
            largest_error =
                std::fmax(largest_error, static_cast<double>(std::fabs(output[i] - exact[i])));
        }
        REQUIRE(largest_error <= 1.0);
    }
}

}  // namespace fennec::test
