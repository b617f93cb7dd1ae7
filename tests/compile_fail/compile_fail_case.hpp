// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Case selection for a compile-fail source that holds several cases (one per static_assert of a
// family). Each case is a correct layer in which one type or value depends on is_case("<case>"):
//
//     layer<std::conditional_t<is_case("input_rank"), Shape<9, 9, 3>, Input>, Filter, ...>();
//
// The test compiles the file with -DFENNEC_COMPILE_FAIL=<case> (fennec_add_compile_fail_test's
// CASE), which makes that one case take its mistake; the twin compiles it without the define, so
// every case is correct. A case name that matches no case makes the failing compile succeed, which
// the test reports.
#pragma once

#include <string_view>

namespace fennec::test {

#define FENNEC_COMPILE_FAIL_NAME(id) FENNEC_COMPILE_FAIL_NAME_OF(id)
#define FENNEC_COMPILE_FAIL_NAME_OF(id) #id

#ifdef FENNEC_COMPILE_FAIL
inline constexpr std::string_view failing_case = FENNEC_COMPILE_FAIL_NAME(FENNEC_COMPILE_FAIL);
#else
inline constexpr std::string_view failing_case = "";
#endif

// True in the compile that makes the mistake of case `name`.
[[nodiscard]] constexpr bool is_case(std::string_view name) {
    return name == failing_case;
}

}  // namespace fennec::test
