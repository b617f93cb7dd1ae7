// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// shape.hpp: rank, elements, dim and stride of compile-time shapes, checked at compile time and
// against a row-major layout walked element by element; same_shape and is_shape_v.
#include <catch2/catch.hpp>
#include <cstdint>
#include <vector>

#include "fennec/core/shape.hpp"

namespace {

using fennec::Shape;

// Walks every multi-index of S in row-major order (last dimension fastest) and checks that the
// offset sum(index[i] * stride(i)) visits 0, 1, ..., elements - 1 in that order: the strides
// describe exactly TFLite's dense row-major layout.
template <class S>
void check_row_major_layout() {
    std::vector<int> index(static_cast<std::size_t>(S::rank), 0);
    for (int expected_offset = 0; expected_offset < S::elements; ++expected_offset) {
        int offset = 0;
        for (int i = 0; i < S::rank; ++i) {
            offset += index[static_cast<std::size_t>(i)] * S::stride(i);
        }
        if (offset != expected_offset) {
            CAPTURE(S::rank, S::elements, expected_offset);
            REQUIRE(offset == expected_offset);
        }
        for (int i = S::rank - 1; i >= 0; --i) {  // the next multi-index
            auto& digit = index[static_cast<std::size_t>(i)];
            if (++digit < S::dim(i)) {
                break;
            }
            digit = 0;
        }
    }
}

template <class S>
void check_shape_by_definition() {
    int product = 1;
    for (int i = 0; i < S::rank; ++i) {
        product *= S::dim(i);
    }
    CAPTURE(S::rank);
    CHECK(S::elements == product);
    CHECK(S::stride(S::rank - 1) == 1);
    for (int i = 0; i + 1 < S::rank; ++i) {
        CAPTURE(i);
        CHECK(S::stride(i) == S::stride(i + 1) * S::dim(i + 1));
    }
    check_row_major_layout<S>();
}

}  // namespace

// The constexpr forms: the KWS DS-CNN input and its first conv output, a vector, a 6-D tensor.
using KwsInput = Shape<1, 49, 10, 1>;
using KwsConvOutput = Shape<1, 25, 5, 64>;
static_assert(KwsInput::rank == 4);
static_assert(KwsInput::elements == 490);
static_assert(KwsInput::dim(1) == 49 && KwsInput::dim(2) == 10);
static_assert(KwsInput::stride(0) == 490 && KwsInput::stride(1) == 10 && KwsInput::stride(3) == 1);
static_assert(KwsConvOutput::stride(1) == 320 && KwsConvOutput::stride(2) == 64);
static_assert(Shape<7>::rank == 1 && Shape<7>::elements == 7 && Shape<7>::stride(0) == 1);
static_assert(Shape<2, 3, 4, 5, 6, 7>::elements == 5040);
static_assert(Shape<2, 3, 4, 5, 6, 7>::stride(0) == 2520);
static_assert(fennec::same_shape<KwsInput, Shape<1, 49, 10, 1>>());
static_assert(!fennec::same_shape<KwsInput, Shape<1, 49, 1, 10>>());
static_assert(!fennec::same_shape<Shape<490>, KwsInput>());
static_assert(!fennec::same_shape<Shape<1, 2>, Shape<1, 2, 1>>());
static_assert(fennec::is_shape_v<KwsInput>);
static_assert(!fennec::is_shape_v<int>);
static_assert(!fennec::is_shape_v<const KwsInput>);  // a shape is used as a plain type

TEST_CASE("Shape: elements, dim and stride describe the row-major layout", "[core][shape]") {
    SECTION("rank 1") {
        check_shape_by_definition<Shape<1>>();
        check_shape_by_definition<Shape<13>>();
    }
    SECTION("rank 2 and 3, with ones and odd sizes") {
        check_shape_by_definition<Shape<3, 1>>();
        check_shape_by_definition<Shape<1, 7>>();
        check_shape_by_definition<Shape<5, 3, 2>>();
    }
    SECTION("rank 4: NHWC activations and OHWI filters of real layers") {
        check_shape_by_definition<KwsInput>();
        check_shape_by_definition<KwsConvOutput>();
        check_shape_by_definition<Shape<64, 3, 3, 1>>();
        check_shape_by_definition<Shape<2, 7, 5, 3>>();
    }
    SECTION("rank 5 and 6") {
        check_shape_by_definition<Shape<2, 1, 3, 1, 4>>();
        check_shape_by_definition<Shape<2, 3, 4, 5, 6, 7>>();
    }
}
