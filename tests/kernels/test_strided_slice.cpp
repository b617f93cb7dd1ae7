// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <vector>

#include "data_movement_support.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/strided_slice.hpp"
#include "reference/strided_slice_reference.hpp"

namespace {

using fennec::Shape;
using fennec::kernels::SliceBegin;
using fennec::kernels::SliceEnd;
using fennec::kernels::SliceStrides;
using fennec::kernels::StridedSliceMasks;
using fennec::reference::StridedSliceCase;
using fennec::test::element_count;
using fennec::test::random_int8;
using fennec::test::require_same_bytes;
using fennec::test::uniform;

// Runs the size-erased kernel on `slice` and compares everything it writes with the reference.
// The output buffer holds exactly the elements the reference selects, so a write too many shows
// under the sanitizers and one too few as a leftover random byte.
void check_strided_slice(const StridedSliceCase& slice, std::mt19937& rng) {
    const std::vector<std::int8_t> input = random_int8(rng, element_count(slice.input_shape));
    const std::vector<std::int8_t> expected = fennec::reference::strided_slice(slice, input);
    const fennec::kernels::StridedSliceGeometry geometry =
        fennec::kernels::make_strided_slice_geometry(
            static_cast<int>(slice.input_shape.size()), slice.input_shape.data(),
            slice.begin.data(), slice.end.data(), slice.strides.data(), slice.begin_mask,
            slice.end_mask, slice.shrink_axis_mask);
    std::vector<std::int8_t> actual = random_int8(rng, expected.size());
    fennec::kernels::portable::strided_slice(geometry, input.data(), actual.data());
    require_same_bytes(expected, actual);
}

// Random begin, end and stride for one axis of size `size`: indices up to two past either end,
// strides of both signs up to 3.
void add_random_axis(StridedSliceCase& slice, int size, std::mt19937& rng) {
    slice.input_shape.push_back(size);
    slice.begin.push_back(uniform(rng, -size - 2, size + 2));
    slice.end.push_back(uniform(rng, -size - 2, size + 2));
    const int step = uniform(rng, 1, 3);
    slice.strides.push_back(uniform(rng, 0, 1) == 0 ? step : -step);
}

// The typed form on compile-time shapes, against the reference on the same numbers.
template <class InputShape,
          class OutputShape,
          class Begin,
          class End,
          class Strides,
          class Masks = StridedSliceMasks<>>
void check_typed_strided_slice() {
    std::mt19937 rng(Catch::rngSeed());
    const std::vector<std::int8_t> input =
        random_int8(rng, static_cast<std::size_t>(InputShape::elements));
    const StridedSliceCase slice{std::vector<int>(fennec::shape_dims<InputShape>.begin(),
                                                  fennec::shape_dims<InputShape>.end()),
                                 std::vector<int>(Begin::values.begin(), Begin::values.end()),
                                 std::vector<int>(End::values.begin(), End::values.end()),
                                 std::vector<int>(Strides::values.begin(), Strides::values.end()),
                                 Masks::begin_mask,
                                 Masks::end_mask,
                                 Masks::shrink_axis_mask};
    // The front end accepted OutputShape; it must be the shape the reference selects (a rank-0
    // result, every axis shrunk, is fennec's Shape<1>).
    std::vector<int> expected_shape = fennec::reference::strided_slice_output_shape(slice);
    if (expected_shape.empty()) {
        expected_shape = {1};
    }
    REQUIRE(expected_shape == std::vector<int>(fennec::shape_dims<OutputShape>.begin(),
                                               fennec::shape_dims<OutputShape>.end()));
    const std::vector<std::int8_t> expected = fennec::reference::strided_slice(slice, input);

    std::vector<std::int8_t> actual(expected.size());
    fennec::kernels::portable::strided_slice<InputShape, OutputShape, Begin, End, Strides, Masks>(
        input.data(), actual.data());
    require_same_bytes(expected, actual);
}

}  // namespace

TEST_CASE("strided_slice: random configurations match the reference",
          "[kernels][strided_slice][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        // TFLM's STRIDED_SLICE takes up to 4 dimensions.
        const int rank = uniform(rng, 1, 4);
        StridedSliceCase slice{};
        for (int axis = 0; axis < rank; ++axis) {
            add_random_axis(slice, uniform(rng, 0, 4) == 0 ? 1 : uniform(rng, 1, 7), rng);
        }
        const int all_axes = (1 << rank) - 1;
        slice.begin_mask = uniform(rng, 0, all_axes);
        slice.end_mask = uniform(rng, 0, all_axes);
        // A shrunk axis most often has an in-range begin, as real models do; the rest exercises
        // clamped begins and TFLM's quirk for negative strides (nothing written).
        slice.shrink_axis_mask = uniform(rng, 0, 2) == 0 ? uniform(rng, 0, all_axes) : 0;
        CAPTURE(seed, slice.input_shape, slice.begin, slice.end, slice.strides, slice.begin_mask,
                slice.end_mask, slice.shrink_axis_mask);
        check_strided_slice(slice, rng);
    }
}

TEST_CASE("strided_slice: every combination of begin, end and shrink masks",
          "[kernels][strided_slice][portable]") {
    // A 3x4x5 input, all 2^9 mask combinations, each with every sign pattern of the strides and
    // random begin/end indices.
    std::mt19937 rng(Catch::rngSeed());
    for (int masks = 0; masks < (1 << 9); ++masks) {
        for (int signs = 0; signs < (1 << 3); ++signs) {
            StridedSliceCase slice{};
            for (int axis = 0; axis < 3; ++axis) {
                add_random_axis(slice, 3 + axis, rng);
                const int step =
                    slice.strides.back() < 0 ? -slice.strides.back() : slice.strides.back();
                slice.strides.back() = (signs >> axis & 1) != 0 ? -step : step;
            }
            slice.begin_mask = masks & 7;
            slice.end_mask = masks >> 3 & 7;
            slice.shrink_axis_mask = masks >> 6 & 7;
            CAPTURE(masks, signs, slice.begin, slice.end, slice.strides, slice.begin_mask,
                    slice.end_mask, slice.shrink_axis_mask);
            check_strided_slice(slice, rng);
        }
    }
}

TEST_CASE("strided_slice: shrinking with a negative stride writes nothing, as TFLM does",
          "[kernels][strided_slice][portable]") {
    // TFLM stops a shrunk axis at begin + 1 whatever the stride, so a backward walk never starts.
    // The typed front end rejects this; the size-erased kernel must still match TFLM.
    const std::vector<std::int8_t> input = {1, 2, 3, 4, 5, 6};
    const fennec::kernels::StridedSliceGeometry geometry = [] {
        const int shape[] = {2, 3};
        const int begin[] = {1, 0};
        const int end[] = {2, 3};
        const int strides[] = {-1, 1};
        return fennec::kernels::make_strided_slice_geometry(2, shape, begin, end, strides, 0, 0,
                                                            0b01);
    }();
    std::vector<std::int8_t> output = {-7, -7, -7};
    fennec::kernels::portable::strided_slice(geometry, input.data(), output.data());
    CHECK(output == std::vector<std::int8_t>{-7, -7, -7});
    CHECK(fennec::kernels::strided_slice_count(geometry, 4) == 0);
}

TEST_CASE("strided_slice: named slices through the typed form",
          "[kernels][strided_slice][portable]") {
    SECTION("the last time step of a 1x49x64 sequence: negative begin, shrunk axis") {
        check_typed_strided_slice<Shape<1, 49, 64>, Shape<1, 64>, SliceBegin<0, -1, 0>,
                                  SliceEnd<1, 0, 64>, SliceStrides<1, 1, 1>,
                                  StridedSliceMasks<0b101, 0b101, 0b010>>();
    }
    SECTION("crop one pixel off every border of a 1x10x10x8 feature map") {
        check_typed_strided_slice<Shape<1, 10, 10, 8>, Shape<1, 8, 8, 8>, SliceBegin<0, 1, 1, 0>,
                                  SliceEnd<1, 9, 9, 8>, SliceStrides<1, 1, 1, 1>>();
    }
    SECTION("every other row and column of an odd 1x7x7x3 map: stride 2") {
        check_typed_strided_slice<Shape<1, 7, 7, 3>, Shape<1, 4, 4, 3>, SliceBegin<0, 0, 0, 0>,
                                  SliceEnd<1, 7, 7, 3>, SliceStrides<1, 2, 2, 1>>();
    }
    SECTION("mirror the width: stride -1 with begin and end masks") {
        check_typed_strided_slice<Shape<1, 3, 5, 2>, Shape<1, 3, 5, 2>, SliceBegin<0, 0, 0, 0>,
                                  SliceEnd<0, 0, 0, 0>, SliceStrides<1, 1, -1, 1>,
                                  StridedSliceMasks<0b1111, 0b1111>>();
    }
    SECTION("negative begin and end count from the back, stride -2") {
        check_typed_strided_slice<Shape<9, 2>, Shape<4, 2>, SliceBegin<-1, 0>, SliceEnd<-9, 2>,
                                  SliceStrides<-2, 1>>();
    }
    SECTION("an end past the input is clamped, stride 3 over an odd length") {
        check_typed_strided_slice<Shape<11>, Shape<4>, SliceBegin<1>, SliceEnd<100>,
                                  SliceStrides<3>>();
    }
    SECTION("two shrunk axes leave a channel vector") {
        check_typed_strided_slice<Shape<1, 4, 5, 6>, Shape<1, 6>, SliceBegin<0, 2, -1, 0>,
                                  SliceEnd<1, 3, 5, 6>, SliceStrides<1, 1, 1, 1>,
                                  StridedSliceMasks<0, 0, 0b0110>>();
    }
    SECTION("every axis shrunk leaves one element, written as Shape<1>") {
        check_typed_strided_slice<Shape<3, 4>, Shape<1>, SliceBegin<2, 1>, SliceEnd<3, 2>,
                                  SliceStrides<1, 1>, StridedSliceMasks<0, 0, 0b11>>();
    }
    SECTION("rank 6, a slice on every axis") {
        check_typed_strided_slice<Shape<2, 3, 2, 4, 3, 5>, Shape<1, 2, 2, 2, 1, 2>,
                                  SliceBegin<1, 0, 1, 3, 0, -1>, SliceEnd<2, 3, -3, 0, 1, 0>,
                                  SliceStrides<1, 2, -1, -2, 1, -3>>();
    }
}
