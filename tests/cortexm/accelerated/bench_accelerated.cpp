// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Instruction counts of the layers of ../shared/cortexm/cmsis_nn_icounts.csv (the layers and data
// of bench/cortexm/cmsis_nn_layers.hpp) through the portable kernels and through
// kernels::selected:: (arm_dsp on a DSP core), one after the other on the same data, each between
// the instruction-count markers. Before each region the program prints
//     bench <layer> <variant> <macs>
// and the plugin then "icount: region <n> <count>"; after both it checks that the two outputs are
// equal (exit status 1 if not).
#include <cstddef>
#include <cstdint>

#include "cmsis_nn_layers.hpp"
#include "fennec_cortexm/print.hpp"

namespace {

namespace bench = fennec::bench;
using fennec::cortexm::print;

constexpr std::size_t output_capacity = 48 * 48 * 32;
std::int8_t portable_output[output_capacity];
std::int8_t selected_output[output_capacity];

}  // namespace

int main() {
    int mismatches = 0;
    bench::for_each_layer([&](auto layer, const char* name) {
        using Layer = typename decltype(layer)::type;
        const auto macs = static_cast<std::int64_t>(Layer::macs);
        print("bench ", name, " portable ", macs, "\n");
        bench::measure_call<&Layer::template run<bench::Variant::portable, portable_output>>();
        print("bench ", name, " selected ", macs, "\n");
        bench::measure_call<&Layer::template run<bench::Variant::selected, selected_output>>();
        for (std::size_t i = 0; i < Layer::output_bytes; ++i) {
            if (portable_output[i] != selected_output[i]) {
                print("bench ", name, ": MISMATCH at byte ", static_cast<std::uint32_t>(i), "\n");
                ++mismatches;
                return;
            }
        }
    });
    print(mismatches == 0 ? "bench_accelerated: outputs equal\n"
                          : "bench_accelerated: MISMATCH\n");
    return mismatches == 0 ? 0 : 1;
}
