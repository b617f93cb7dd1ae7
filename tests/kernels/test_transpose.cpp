// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <vector>

#include "data_movement_support.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/transpose.hpp"
#include "golden_tensors.hpp"
#include "reference/transpose_reference.hpp"

namespace {

using fennec::Shape;
using fennec::kernels::Permutation;
using fennec::test::element_count;
using fennec::test::random_int8;
using fennec::test::require_same_bytes;
using fennec::test::uniform;

std::vector<std::int8_t> run_transpose(const std::vector<int>& input_shape,
                                       const std::vector<int>& permutation,
                                       const std::vector<std::int8_t>& input,
                                       std::mt19937& rng) {
    const fennec::kernels::TransposeGeometry geometry = fennec::kernels::make_transpose_geometry(
        static_cast<int>(input_shape.size()), input_shape.data(), permutation.data());
    std::vector<std::int8_t> output = random_int8(rng, input.size());
    fennec::kernels::portable::transpose(geometry, input.data(), output.data());
    return output;
}

// The typed form on compile-time shapes, against the reference on the same numbers.
template <class InputShape, class OutputShape, class PermutationType>
void check_typed_transpose() {
    std::mt19937 rng(Catch::rngSeed());
    const std::vector<std::int8_t> input =
        random_int8(rng, static_cast<std::size_t>(InputShape::elements));
    const std::vector<int> input_shape(fennec::shape_dims<InputShape>.begin(),
                                       fennec::shape_dims<InputShape>.end());
    const std::vector<int> permutation(PermutationType::values.begin(),
                                       PermutationType::values.end());
    const std::vector<std::int8_t> expected =
        fennec::reference::transpose(input_shape, permutation, input);

    std::vector<std::int8_t> actual(expected.size());
    fennec::kernels::portable::transpose<InputShape, OutputShape, PermutationType>(input.data(),
                                                                                   actual.data());
    require_same_bytes(expected, actual);
}

}  // namespace

TEST_CASE("transpose: random configurations match the reference",
          "[kernels][transpose][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        std::mt19937 rng(seed);
        const int rank = uniform(rng, 1, 6);
        // Smaller dimensions at high rank keep a configuration below ~16k elements.
        const int largest_dim = rank <= 4 ? 7 : 5;
        std::vector<int> input_shape;
        for (int axis = 0; axis < rank; ++axis) {
            input_shape.push_back(uniform(rng, 0, 3) == 0 ? 1 : uniform(rng, 1, largest_dim));
        }
        std::vector<int> permutation(static_cast<std::size_t>(rank));
        std::iota(permutation.begin(), permutation.end(), 0);
        std::shuffle(permutation.begin(), permutation.end(), rng);
        const std::vector<std::int8_t> input = random_int8(rng, element_count(input_shape));
        CAPTURE(seed, input_shape, permutation);

        const std::vector<std::int8_t> expected =
            fennec::reference::transpose(input_shape, permutation, input);
        require_same_bytes(expected, run_transpose(input_shape, permutation, input, rng));
    }
}

TEST_CASE("transpose: the geometry keeps added leading dimensions in place",
          "[kernels][transpose]") {
    constexpr fennec::kernels::TransposeGeometry geometry =
        fennec::kernels::transpose_geometry<Shape<2, 3, 4>, Shape<4, 2, 3>, Permutation<2, 0, 1>>();
    static_assert(geometry.input_shape[2] == 1 && geometry.input_shape[3] == 2 &&
                  geometry.input_shape[5] == 4);
    static_assert(geometry.permutation[0] == 0 && geometry.permutation[2] == 2 &&
                  geometry.permutation[3] == 5 && geometry.permutation[4] == 3 &&
                  geometry.permutation[5] == 4);
    SUCCEED("checked at compile time");
}

TEST_CASE("transpose: named shapes through the typed form", "[kernels][transpose][portable]") {
    SECTION("mobilenet_v2_224_pt op 0: NCHW 1x3x224x224 -> NHWC 1x224x224x3") {
        check_typed_transpose<Shape<1, 3, 224, 224>, Shape<1, 224, 224, 3>,
                              Permutation<0, 2, 3, 1>>();
    }
    SECTION("vww_mcunet_80x80_tinyengine op 58: NHWC 1x3x3x160 -> NCHW 1x160x3x3") {
        check_typed_transpose<Shape<1, 3, 3, 160>, Shape<1, 160, 3, 3>, Permutation<0, 3, 1, 2>>();
    }
    SECTION("rank 2, an odd-sized matrix transpose") {
        check_typed_transpose<Shape<7, 13>, Shape<13, 7>, Permutation<1, 0>>();
    }
    SECTION("rank 1, the only permutation copies") {
        check_typed_transpose<Shape<9>, Shape<9>, Permutation<0>>();
    }
    SECTION("rank 4, the identity permutation copies") {
        check_typed_transpose<Shape<2, 3, 5, 3>, Shape<2, 3, 5, 3>, Permutation<0, 1, 2, 3>>();
    }
    SECTION("rank 6, every axis reversed") {
        check_typed_transpose<Shape<2, 3, 1, 4, 3, 2>, Shape<2, 3, 4, 1, 3, 2>,
                              Permutation<5, 4, 3, 2, 1, 0>>();
    }
    SECTION("rank 5, a cycle through size-1 dimensions") {
        check_typed_transpose<Shape<1, 5, 1, 3, 2>, Shape<5, 1, 3, 2, 1>,
                              Permutation<1, 2, 3, 4, 0>>();
    }
}

// The perm tensors of the models' TRANSPOSE ops, read once from the .tflite files (they are
// constant tensors, which the dumps leave out). A wrong entry could not pass.
TEST_CASE("transpose: every TRANSPOSE of the shared models matches TFLM's dumped output",
          "[.][golden]") {
    struct ModelTranspose {
        const char* model;
        int op_index;
        std::vector<int> permutation;
    };
    const ModelTranspose model_transposes[] = {
        {"mobilenet_v2_224_pt", 0, {0, 2, 3, 1}},
        {"vww_mcunet_80x80_tinyengine", 58, {0, 3, 1, 2}},
    };
    const auto golden = fennec::test::golden_dir_or_skip();
    std::mt19937 rng(Catch::rngSeed());
    for (const ModelTranspose& model_transpose : model_transposes) {
        for (const std::string& case_name :
             fennec::test::dumped_cases(golden, model_transpose.model)) {
            const fennec::test::GoldenOp op =
                fennec::test::GoldenCase(golden, model_transpose.model, case_name)
                    .op(model_transpose.op_index, "TRANSPOSE");
            CAPTURE(op.where, op.input.shape, op.output.shape);
            require_same_bytes(
                op.output.data,
                run_transpose(op.input.shape, model_transpose.permutation, op.input.data, rng));
        }
    }
}
