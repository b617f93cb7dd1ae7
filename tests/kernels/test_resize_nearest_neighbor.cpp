// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "data_movement_support.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/resize_nearest_neighbor.hpp"
#include "golden_tensors.hpp"
#include "reference/resize_nearest_neighbor_reference.hpp"

namespace {

using fennec::Shape;
using fennec::kernels::ResizeNearestNeighborOptions;
using fennec::reference::ResizeCase;
using fennec::test::random_int8;
using fennec::test::require_same_bytes;
using fennec::test::uniform;

fennec::kernels::ResizeNearestNeighborGeometry geometry_of(const ResizeCase& resize) {
    return {resize.batches,       resize.input_height,      resize.input_width,
            resize.channels,      resize.output_height,     resize.output_width,
            resize.align_corners, resize.half_pixel_centers};
}

std::vector<std::int8_t> run_resize(const ResizeCase& resize,
                                    const std::vector<std::int8_t>& input,
                                    std::mt19937& rng) {
    std::vector<std::int8_t> output =
        random_int8(rng, static_cast<std::size_t>(resize.batches * resize.output_height *
                                                  resize.output_width * resize.channels));
    fennec::kernels::portable::resize_nearest_neighbor(geometry_of(resize), input.data(),
                                                       output.data());
    return output;
}

// The typed form on compile-time shapes, against the reference on the same numbers.
template <class InputShape, class OutputShape, class Options = ResizeNearestNeighborOptions<>>
void check_typed_resize() {
    std::mt19937 rng(Catch::rngSeed());
    const std::vector<std::int8_t> input =
        random_int8(rng, static_cast<std::size_t>(InputShape::elements));
    const ResizeCase resize{InputShape::dim(0),     InputShape::dim(1),         InputShape::dim(2),
                            InputShape::dim(3),     OutputShape::dim(1),        OutputShape::dim(2),
                            Options::align_corners, Options::half_pixel_centers};
    const std::vector<std::int8_t> expected =
        fennec::reference::resize_nearest_neighbor(resize, input);

    std::vector<std::int8_t> actual(expected.size());
    fennec::kernels::portable::resize_nearest_neighbor<InputShape, OutputShape, Options>(
        input.data(), actual.data());
    require_same_bytes(expected, actual);
}

// The integer source index against TFLM's float computation, for one size pair and all flags.
void check_every_index(int input_size, int output_size) {
    for (const bool align_corners : {false, true}) {
        for (const bool half_pixel_centers : {false, true}) {
            for (int output_index = 0; output_index < output_size; ++output_index) {
                const int expected = fennec::reference::nearest_source_index(
                    output_index, input_size, output_size, align_corners, half_pixel_centers);
                const int actual = fennec::kernels::nearest_neighbor_source_index(
                    output_index, input_size, output_size, align_corners, half_pixel_centers);
                if (actual != expected) {
                    CAPTURE(input_size, output_size, output_index, align_corners,
                            half_pixel_centers);
                    REQUIRE(actual == expected);
                }
            }
        }
    }
}

}  // namespace

TEST_CASE("resize_nearest_neighbor: the integer source index equals TFLM's float one",
          "[kernels][resize_nearest_neighbor]") {
    SECTION("every index of every size pair up to 96 (256 in the full run), all four flags") {
        const int largest_size = fennec::test::full_sweep() ? 256 : 96;
        for (int input_size = 1; input_size <= largest_size; ++input_size) {
            for (int output_size = 1; output_size <= largest_size; ++output_size) {
                check_every_index(input_size, output_size);
            }
        }
    }
    SECTION("random size pairs up to 4096 (scales whose binary32 value is not the exact ratio)") {
        for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
            std::mt19937 rng(seed);
            CAPTURE(seed);
            check_every_index(uniform(rng, 1, 4096), uniform(rng, 1, 4096));
        }
    }
    SECTION("size pairs where binary32 rounding moves the index off the exact ratio's") {
        // E.g. 14 / 46 is stored just below the ratio, so 23 * scale lands just below 7 and floors
        // to 6 where exact arithmetic gives 7. An emulation that skipped a rounding step, or
        // computed the ratio exactly, fails these (172 such indices among sizes up to 64).
        check_every_index(14, 46);  // floor, no flags
        check_every_index(26, 22);  // floor, downsampling
        check_every_index(8, 47);   // round, align_corners
        check_every_index(14, 23);  // round, align_corners
        check_every_index(2, 41);   // floor, half_pixel_centers
        check_every_index(2, 42);   // round, both flags
        check_every_index(8388607, 3);
    }
    SECTION("the helpers are constexpr, so a typed resize could tabulate its indices") {
        static_assert(fennec::kernels::nearest_neighbor_source_index(9, 8, 10, false, false) == 7);
        static_assert(fennec::kernels::nearest_neighbor_source_index(0, 5, 10, false, true) == 0);
        static_assert(fennec::kernels::nearest_neighbor_source_index(4, 5, 9, true, false) == 2);
        static_assert(fennec::kernels::nearest_neighbor_source_index(3, 1, 6, true, false) == 0);
        SUCCEED("checked at compile time");
    }
}

TEST_CASE("resize_nearest_neighbor: the binary32 emulation rounds as the FPU does",
          "[kernels][resize_nearest_neighbor]") {
    namespace binary32 = fennec::kernels::detail::binary32;
    // The value an emulated result stands for, as a float (exact: 24-bit significands).
    const auto to_float = [](binary32::Value value) {
        return std::ldexp(static_cast<float>(value.significand), value.exponent);
    };
    SECTION("rounding: ties to even, carries into a new bit, random values below 2^49") {
        // Sizes below 2^22 never produce a tie in the index computation, so these direct cases
        // are what pins the ties-to-even rule.
        for (const std::uint64_t value :
             {std::uint64_t{0x1000001}, std::uint64_t{0x1000003}, std::uint64_t{0x2000002},
              std::uint64_t{0x2000006}, std::uint64_t{0x1FFFFFF}, std::uint64_t{0xFFFFFF},
              std::uint64_t{0x3FFFFFF}}) {
            CAPTURE(value);
            CHECK(to_float(binary32::round(value, -3)) ==
                  static_cast<float>(static_cast<double>(value) / 8.0));
        }
        for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
            std::mt19937 rng(seed);
            const std::uint64_t value =
                std::uniform_int_distribution<std::uint64_t>(1, (std::uint64_t{1} << 49) - 1)(rng);
            const int exponent = uniform(rng, -60, 10);
            CAPTURE(seed, value, exponent);
            // double holds the value exactly; converting it to float rounds once, to nearest even.
            REQUIRE(to_float(binary32::round(value, exponent)) ==
                    static_cast<float>(std::ldexp(static_cast<double>(value), exponent)));
        }
    }
    SECTION("division: random integers below 2^24") {
        for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
            std::mt19937 rng(seed);
            const int numerator = uniform(rng, 0, (1 << 24) - 1);
            const int denominator = uniform(rng, 1, (1 << 24) - 1);
            CAPTURE(seed, numerator, denominator);
            REQUIRE(to_float(binary32::divide(static_cast<std::uint64_t>(numerator),
                                              static_cast<std::uint64_t>(denominator))) ==
                    static_cast<float>(numerator) / static_cast<float>(denominator));
        }
    }
}

TEST_CASE("resize_nearest_neighbor: random configurations match the reference",
          "[kernels][resize_nearest_neighbor][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const ResizeCase resize{uniform(rng, 1, 2),      uniform(rng, 1, 12),
                                uniform(rng, 1, 12),     uniform(rng, 1, 9),
                                uniform(rng, 1, 25),     uniform(rng, 1, 25),
                                uniform(rng, 0, 1) == 1, uniform(rng, 0, 1) == 1};
        const std::vector<std::int8_t> input =
            random_int8(rng, static_cast<std::size_t>(resize.batches * resize.input_height *
                                                      resize.input_width * resize.channels));
        CAPTURE(seed, resize.batches, resize.input_height, resize.input_width, resize.channels,
                resize.output_height, resize.output_width, resize.align_corners,
                resize.half_pixel_centers);
        require_same_bytes(fennec::reference::resize_nearest_neighbor(resize, input),
                           run_resize(resize, input, rng));
    }
}

TEST_CASE("resize_nearest_neighbor: named shapes through the typed form",
          "[kernels][resize_nearest_neighbor][portable]") {
    SECTION("person_detection_mcunet_tinyengine op 37: 1x4x5x32 -> 1x8x10x32, 2x upsampling") {
        check_typed_resize<Shape<1, 4, 5, 32>, Shape<1, 8, 10, 32>>();
    }
    SECTION("person_detection_mcunet_tinyengine op 44: 1x8x10x16 -> 1x16x20x16, 2x upsampling") {
        check_typed_resize<Shape<1, 8, 10, 16>, Shape<1, 16, 20, 16>>();
    }
    SECTION("non-integer upsampling with half-pixel centers, odd channels") {
        check_typed_resize<Shape<1, 5, 3, 7>, Shape<1, 11, 7, 7>,
                           ResizeNearestNeighborOptions<false, true>>();
    }
    SECTION("downsampling with aligned corners") {
        check_typed_resize<Shape<1, 7, 9, 3>, Shape<1, 3, 4, 3>,
                           ResizeNearestNeighborOptions<true, false>>();
    }
    SECTION("both options set, two batches") {
        check_typed_resize<Shape<2, 6, 4, 5>, Shape<2, 9, 10, 5>,
                           ResizeNearestNeighborOptions<true, true>>();
    }
    SECTION("a 1x1 input fills the whole output") {
        check_typed_resize<Shape<1, 1, 1, 4>, Shape<1, 5, 3, 4>,
                           ResizeNearestNeighborOptions<true, false>>();
    }
    SECTION("a 1x1 output with aligned corners takes the ratio scale") {
        check_typed_resize<Shape<1, 6, 5, 2>, Shape<1, 1, 1, 2>,
                           ResizeNearestNeighborOptions<true, false>>();
    }
}

// Both resizes of person_detection_mcunet_tinyengine have align_corners and half_pixel_centers
// false (read once from the .tflite file's ResizeNearestNeighborOptions).
TEST_CASE(
    "resize_nearest_neighbor: every RESIZE_NEAREST_NEIGHBOR of the shared models matches "
    "TFLM's dumped output",
    "[.][golden]") {
    const std::string model = "person_detection_mcunet_tinyengine";
    const auto golden = fennec::test::golden_dir_or_skip();
    std::mt19937 rng(Catch::rngSeed());
    for (const std::string& case_name : fennec::test::dumped_cases(golden, model)) {
        const fennec::test::GoldenCase dumps(golden, model, case_name);
        for (const int op_index : {37, 44}) {
            const fennec::test::GoldenOp op = dumps.op(op_index, "RESIZE_NEAREST_NEIGHBOR");
            CAPTURE(op.where, op.input.shape, op.output.shape);
            REQUIRE(op.input.shape.size() == 4);
            const ResizeCase resize{op.input.shape[0],
                                    op.input.shape[1],
                                    op.input.shape[2],
                                    op.input.shape[3],
                                    op.output.shape[1],
                                    op.output.shape[2],
                                    false,
                                    false};
            require_same_bytes(op.output.data, run_resize(resize, op.input.data, rng));
        }
    }
}
