// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for the static_asserts of include/fennec/core/tensor_view.hpp.
// -DFENNEC_COMPILE_FAIL=<case> makes that case's use of a view commit its mistake, which must be
// rejected with the sentence tensor_view.cmake gives for it; every other use stays correct.
// Without the define all are correct and the file must compile (the twins).
#include "fennec/core/tensor_view.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::TensorView;
using fennec::test::is_case;

// A reshape to a shape with another element count (1x1x1x64 is 64 values, not 128).
std::int8_t* flatten(TensorView<std::int8_t, Shape<1, 1, 1, 64>> pooled) {
    using NewShape =
        std::conditional_t<is_case("reshape_element_count"), Shape<1, 128>, Shape<1, 64>>;
    return fennec::reshape<NewShape>(pooled).data();
}

// A squeeze that drops a dimension larger than 1.
std::int8_t* drop_ones(TensorView<std::int8_t, Shape<1, 5, 1, 3>> tensor) {
    using NewShape = std::conditional_t<is_case("squeeze_non_unit"), Shape<1, 5>, Shape<5, 3>>;
    return fennec::squeeze<NewShape>(tensor).data();
}

// Element access with fewer indices than the tensor has dimensions. A template, so that only the
// access the case picks is instantiated.
template <class View>
std::int8_t read(View view) {
    if constexpr (is_case("index_count")) {
        return view(0, 1, 2);
    } else {
        return view(0, 1, 2, 3);
    }
}
template std::int8_t read(TensorView<std::int8_t, Shape<1, 4, 4, 8>>);
