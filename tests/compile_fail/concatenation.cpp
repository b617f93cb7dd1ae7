// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for concatenation: one concatenation per static_assert of
// concatenation_geometry() a user can hit. -DFENNEC_COMPILE_FAIL=<case> makes that case's
// concatenation commit its mistake, which must be rejected with the sentence concatenation.cmake
// gives for it; every other one stays correct. Without the define all are correct and the file
// must compile (the twins). The file is only compiled, never run, so nothing needs buffers.
#include "fennec/kernels/portable/concatenation.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::test::is_case;

// A concatenation as a type, so that a case can pick between two input lists of different lengths.
// Only the member a case calls is instantiated.
template <int Axis, class Output, class... Inputs>
struct Join {
    static void run() {
        fennec::kernels::portable::concatenation<Axis, Output, Inputs...>({}, nullptr);
    }
    static fennec::kernels::ConcatenationGeometry geometry() {
        return fennec::kernels::concatenation_geometry<Axis, Output, Inputs...>();
    }
};

using One = Shape<1>;

void joins() {
    // An output whose size along the axis is not the sum of the inputs' (64 + 32 is 96).
    Join<3, std::conditional_t<is_case("axis_sum"), Shape<1, 8, 8, 64>, Shape<1, 8, 8, 96>>,
         Shape<1, 8, 8, 64>, Shape<1, 8, 8, 32>>::run();
    // Inputs that differ in a dimension other than the axis (8x8 next to 4x4).
    Join<3, Shape<1, 8, 8, 96>, Shape<1, 8, 8, 64>,
         std::conditional_t<is_case("off_axis"), Shape<1, 4, 4, 32>, Shape<1, 8, 8, 32>>>::run();
    // An input of another rank than the output.
    Join<1, Shape<1, 96>, Shape<1, 64>,
         std::conditional_t<is_case("input_rank"), Shape<1, 1, 32>, Shape<1, 32>>>::run();
    // An axis past the last dimension (rank 2 has axes -2..1).
    Join<is_case("axis_range") ? 2 : -1, Shape<1, 96>, Shape<1, 64>, Shape<1, 32>>::run();
    // Eleven inputs, one more than TFLM's CONCATENATION takes.
    std::conditional_t<
        is_case("too_many_inputs"),
        Join<0, Shape<11>, One, One, One, One, One, One, One, One, One, One, One>,
        Join<0, Shape<10>, One, One, One, One, One, One, One, One, One, One>>::geometry();
    // A concatenation of nothing.
    std::conditional_t<is_case("no_inputs"), Join<0, Shape<4>>,
                       Join<0, Shape<4>, Shape<4>>>::geometry();
}
