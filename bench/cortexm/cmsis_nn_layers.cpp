// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The layers of ../shared/cortexm/cmsis_nn_icounts.csv (CMSIS-NN's per-layer instruction counts)
// through the kernels this build selects (kernels::selected::, typed forms: arm_dsp on M4, M7 and
// M33 where it has a kernel, portable elsewhere), on one Cortex-M core under QEMU. Each layer runs
// once between the instruction-count markers; before it the program prints
//     bench <layer> <macs>
// and the plugin then prints "icount: region <n> <count>". run_bench.cmake pairs them into
// <build>/bench/cortexm-<core>.csv. The layers and their data are cmsis_nn_layers.hpp's. A layer
// whose output does not fit the core's RAM (FENNEC_BENCH_MAX_OUTPUT_BYTES, the Cortex-M0's 16 KiB
// machine) prints "bench <layer> <macs> skipped" and is left out.
#include <cstddef>
#include <cstdint>

#include "cmsis_nn_layers.hpp"
#include "fennec_cortexm/print.hpp"

#ifndef FENNEC_BENCH_MAX_OUTPUT_BYTES
#define FENNEC_BENCH_MAX_OUTPUT_BYTES (1 << 30)
#endif

namespace {

namespace bench = fennec::bench;
using fennec::cortexm::print;

// Every layer's output goes here; sized for the largest the core can hold.
constexpr std::size_t largest_output = 48 * 48 * 32;
constexpr std::size_t output_capacity = largest_output < FENNEC_BENCH_MAX_OUTPUT_BYTES
                                            ? largest_output
                                            : FENNEC_BENCH_MAX_OUTPUT_BYTES;
std::int8_t output[output_capacity];

}  // namespace

int main() {
    bench::for_each_layer([](auto layer, const char* name) {
        using Layer = typename decltype(layer)::type;
        print("bench ", name, " ", static_cast<std::int64_t>(Layer::macs));
        if constexpr (Layer::output_bytes <= output_capacity) {
            print("\n");
            bench::measure_call<&Layer::template run<bench::Variant::selected, output>>();
        } else {
            print(" skipped\n");
        }
    });
    return 0;
}
