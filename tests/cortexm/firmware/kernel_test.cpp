// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable kernels on a Cortex-M core, compared byte for byte with the host's: every case of
// kernel_cases.hpp that the expected-output header holds (FENNEC_KERNEL_EXPECTED_HEADER, written
// by write_expected on the host) is rerun here and its output compared with the host's. Prints
// one line per family and the first differing byte of every mismatching case; exits 1 on any
// mismatch, 0 otherwise.
#include <cstdint>

#include "fennec_cortexm/print.hpp"
#include "kernel_cases.hpp"
#include FENNEC_KERNEL_EXPECTED_HEADER

namespace {

namespace test = fennec::cortexm_test;
using fennec::cortexm::print;

test::Buffers buffers;

// Whether the case's output equals the host's; prints the first difference if not.
bool case_matches(int family, int index) {
    const char* const name = test::families[family].name;
    const int entry = family * test::expected::cases_per_family + index;
    const std::uint32_t start = test::expected::case_start[entry];
    const auto expected_count =
        static_cast<int>(test::expected::case_start[entry + 1] - start);
    const int count = test::run_case(family, index, buffers);
    if (count != expected_count) {
        print(name, " case ", std::int32_t{index}, ": FAIL ",
              std::int32_t{count}, " output bytes, the host wrote ", std::int32_t{expected_count},
              "\n");
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const std::int8_t expected = test::expected::output_bytes[start + static_cast<std::uint32_t>(i)];
        if (buffers.output[i] != expected) {
            print(name, " case ", std::int32_t{index}, ": FAIL byte ",
                  std::int32_t{i}, " of ", std::int32_t{count}, ": expected ",
                  std::int32_t{expected}, ", got ", std::int32_t{buffers.output[i]}, "\n");
            return false;
        }
    }
    return true;
}

}  // namespace

int main() {
    int failed = 0;
    for (int family = 0; family < test::family_count; ++family) {
        int family_failed = 0;
        for (int index = 0; index < test::expected::cases_per_family; ++index) {
            family_failed += case_matches(family, index) ? 0 : 1;
        }
        print(test::families[family].name, ": ",
              std::int32_t{test::expected::cases_per_family - family_failed}, " of ",
              std::int32_t{test::expected::cases_per_family}, " cases match the host\n");
        failed += family_failed;
    }
    print(failed == 0 ? "kernel_test: all cases match\n" : "kernel_test: MISMATCH\n");
    return failed == 0 ? 0 : 1;
}
