// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The accelerated kernels (kernels::selected::, arm_dsp on a core with the DSP extension) against
// the portable kernels, byte for byte, on the emulated core: FENNEC_ACCELERATED_CASES random
// cases per kernel family, case i drawn from seed FENNEC_ACCELERATED_SEED + i. Prints one line
// per family, and the seed, shape and first differing byte of every mismatch; exits 1 on any
// mismatch. A build without an accelerated variant compares portable with itself (and says so).
#include <cstdint>

#include "accelerated_cases.hpp"
#include "mve_cases.hpp"
#include "mve_pool_dw_cases.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec_cortexm/print.hpp"

#ifndef FENNEC_ACCELERATED_CASES
#define FENNEC_ACCELERATED_CASES 60
#endif
#ifndef FENNEC_ACCELERATED_SEED
#define FENNEC_ACCELERATED_SEED 20260801u
#endif

namespace {

namespace test = fennec::accelerated_test;
using fennec::cortexm::print;

test::Buffers buffers;

struct Family {
    const char* name;
    bool (*run_case)(std::uint32_t seed, test::Buffers& buffers);
};

constexpr Family families[] = {
    {"depthwise_conv2d", test::depthwise_conv2d_case},
    {"conv2d", test::conv2d_case},
    {"fully_connected", test::fully_connected_case},
    {"max_pool2d", test::max_pool2d_case},
    {"average_pool2d", test::average_pool2d_case},
    {"add", test::add_case},
    {"add input scaling", test::add_input_scaling_case},
    {"typed fully_connected and max_pool2d", test::typed_case},
    {"typed conv2d", test::typed_conv2d_family_case},
    {"typed average_pool2d and add", test::typed_average_pool2d_and_add_case},
    {"mve requantize", test::mve_requantize_case},
    {"mve conv2d", test::mve_conv2d_case},
    {"mve fully_connected", test::mve_fully_connected_case},
    {"mve depthwise_conv2d", test::mve_depthwise_conv2d_case},
    {"mve average_pool2d", test::mve_average_pool2d_case},
    {"mve max_pool2d", test::mve_max_pool2d_case},
    {"mve add", test::mve_add_case},
    {"mve typed depthwise_conv2d, pooling and add", test::mve_typed_case},
};

}  // namespace

int main() {
    constexpr int cases = FENNEC_ACCELERATED_CASES;
    const char* const variant =
        fennec::kernels::has_mve   ? "accelerated_test: arm_mve (then arm_dsp) against portable, "
        : fennec::kernels::has_dsp ? "accelerated_test: arm_dsp against portable, "
                                   : "accelerated_test: no accelerated kernels, portable only, ";
    print(variant, std::int32_t{cases}, " cases per family\n");
    int failed = 0;
    for (const Family& family : families) {
        int family_failed = 0;
        for (int i = 0; i < cases; ++i) {
            const std::uint32_t seed = FENNEC_ACCELERATED_SEED + static_cast<std::uint32_t>(i);
            family_failed += family.run_case(seed, buffers) ? 0 : 1;
        }
        print(family.name, ": ", std::int32_t{cases - family_failed}, " of ",
              std::int32_t{cases}, " cases match\n");
        failed += family_failed;
    }
    print(failed == 0 ? "accelerated_test: all cases match\n" : "accelerated_test: MISMATCH\n");
    return failed == 0 ? 0 : 1;
}
