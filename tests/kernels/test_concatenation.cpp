// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <random>
#include <vector>

#include "data_movement_support.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/concatenation.hpp"
#include "reference/concatenation_reference.hpp"

namespace {

using fennec::Shape;
using fennec::reference::ConcatenationCase;
using fennec::test::element_count;
using fennec::test::random_int8;
using fennec::test::require_same_bytes;
using fennec::test::uniform;

// The shape of input `input`: the output's, with that input's size along the axis.
std::vector<int> input_shape(const ConcatenationCase& concatenation, std::size_t input) {
    std::vector<int> shape = concatenation.output_shape;
    shape[static_cast<std::size_t>(concatenation.axis)] = concatenation.input_axis_sizes[input];
    return shape;
}

// The typed form on compile-time shapes, against the reference on the same numbers.
template <int Axis, class OutputShape, class... InputShapes>
void check_typed_concatenation() {
    std::mt19937 rng(Catch::rngSeed());
    const std::vector<std::vector<std::int8_t>> inputs = {
        random_int8(rng, static_cast<std::size_t>(InputShapes::elements))...};
    const int axis = Axis < 0 ? Axis + OutputShape::rank : Axis;
    const ConcatenationCase concatenation{std::vector<int>(fennec::shape_dims<OutputShape>.begin(),
                                                           fennec::shape_dims<OutputShape>.end()),
                                          axis,
                                          {InputShapes::dim(axis)...}};
    const std::vector<std::int8_t> expected =
        fennec::reference::concatenation(concatenation, inputs);

    std::array<const std::int8_t*, sizeof...(InputShapes)> input_pointers{};
    for (std::size_t input = 0; input < inputs.size(); ++input) {
        input_pointers[input] = inputs[input].data();
    }
    std::vector<std::int8_t> actual(static_cast<std::size_t>(OutputShape::elements));
    fennec::kernels::portable::concatenation<Axis, OutputShape, InputShapes...>(input_pointers,
                                                                                actual.data());
    require_same_bytes(expected, actual);
}

}  // namespace

TEST_CASE("concatenation: random configurations match the reference",
          "[kernels][concatenation][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const int rank = uniform(rng, 1, 4);
        ConcatenationCase concatenation{{}, uniform(rng, 0, rank - 1), {}};
        for (int dim = 0; dim < rank; ++dim) {
            concatenation.output_shape.push_back(uniform(rng, 0, 3) == 0 ? 1 : uniform(rng, 1, 6));
        }
        // Mostly two to four inputs, sometimes one, sometimes TFLM's maximum of ten.
        const int kind = uniform(rng, 0, 9);
        const int inputs_count = kind == 0 ? 1 : kind == 1 ? 10 : uniform(rng, 2, 4);
        int axis_size = 0;
        for (int input = 0; input < inputs_count; ++input) {
            concatenation.input_axis_sizes.push_back(uniform(rng, 1, 5));
            axis_size += concatenation.input_axis_sizes.back();
        }
        concatenation.output_shape[static_cast<std::size_t>(concatenation.axis)] = axis_size;
        std::vector<std::vector<std::int8_t>> inputs;
        std::vector<const std::int8_t*> input_pointers;
        for (std::size_t input = 0; input < concatenation.input_axis_sizes.size(); ++input) {
            inputs.push_back(random_int8(rng, element_count(input_shape(concatenation, input))));
            input_pointers.push_back(inputs.back().data());
        }
        // TFLite's axis may count from the back; the geometry builder resolves it.
        const int axis_option =
            uniform(rng, 0, 1) == 0 ? concatenation.axis : concatenation.axis - rank;
        CAPTURE(seed, concatenation.output_shape, concatenation.axis, axis_option,
                concatenation.input_axis_sizes);

        const fennec::kernels::ConcatenationGeometry geometry =
            fennec::kernels::make_concatenation_geometry(rank, concatenation.output_shape.data(),
                                                         axis_option, inputs_count,
                                                         concatenation.input_axis_sizes.data());
        std::vector<std::int8_t> actual =
            random_int8(rng, element_count(concatenation.output_shape));
        fennec::kernels::portable::concatenation(geometry, input_pointers.data(), actual.data());
        require_same_bytes(fennec::reference::concatenation(concatenation, inputs), actual);
    }
}

TEST_CASE("concatenation: named shapes through the typed form",
          "[kernels][concatenation][portable]") {
    SECTION("channels, as a SqueezeNet fire module joins its 1x1 and 3x3 expands") {
        check_typed_concatenation<3, Shape<1, 13, 13, 128>, Shape<1, 13, 13, 64>,
                                  Shape<1, 13, 13, 64>>();
    }
    SECTION("channels by a negative axis, odd channel counts") {
        check_typed_concatenation<-1, Shape<1, 5, 7, 12>, Shape<1, 5, 7, 3>, Shape<1, 5, 7, 1>,
                                  Shape<1, 5, 7, 8>>();
    }
    SECTION("height, the axis in the middle") {
        check_typed_concatenation<1, Shape<2, 9, 4, 3>, Shape<2, 4, 4, 3>, Shape<2, 5, 4, 3>>();
    }
    SECTION("batch, the outermost axis, is one copy per input") {
        check_typed_concatenation<0, Shape<3, 2, 5>, Shape<1, 2, 5>, Shape<2, 2, 5>>();
    }
    SECTION("rank 2 feature vectors, as a multi-branch audio model joins them") {
        check_typed_concatenation<1, Shape<1, 98>, Shape<1, 40>, Shape<1, 58>>();
    }
    SECTION("rank 1, ten inputs (TFLM's maximum)") {
        check_typed_concatenation<0, Shape<55>, Shape<1>, Shape<2>, Shape<3>, Shape<4>, Shape<5>,
                                  Shape<6>, Shape<7>, Shape<8>, Shape<9>, Shape<10>>();
    }
    SECTION("one input copies it") {
        check_typed_concatenation<2, Shape<1, 3, 7>, Shape<1, 3, 7>>();
    }
}

TEST_CASE("concatenation: the geometry folds the shape around the axis",
          "[kernels][concatenation]") {
    constexpr fennec::kernels::ConcatenationGeometry geometry =
        fennec::kernels::concatenation_geometry<-2, Shape<2, 3, 9, 5>, Shape<2, 3, 4, 5>,
                                                Shape<2, 3, 5, 5>>();
    static_assert(geometry.inputs_count == 2);
    static_assert(geometry.input_axis_sizes[0] == 4 && geometry.input_axis_sizes[1] == 5);
    static_assert(geometry.outer_size == 6 && geometry.inner_size == 5);
    SUCCEED("checked at compile time");
}
