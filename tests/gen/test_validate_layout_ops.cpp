// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The rules of validate_layout_ops.cpp, one single-operator model per op: the valid form is
// accepted with its constant arguments resolved into the options, and each rule refuses the
// mistake it is about with a message naming the operator.
#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "support/model_builder.hpp"

using namespace fennec::gen;
using namespace fennec::gen::test;

TEST_CASE("PAD and PADV2: paddings and the pad value", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 4, 4, 3}, 0.5f, -7);
    const int paddings = spec.constant_int32("paddings", {4, 2}, {0, 0, 1, 1, 2, 0, 0, 0});
    const int output = spec.activation("padded", {1, 6, 6, 3}, 0.5f, -7);
    SECTION("PAD fills with the output zero point") {
        const Model model = read_and_validate(
            build(single_operator(spec, fb::BuiltinOperator::PAD, {input, paddings}, output)));
        const auto& options = std::get<PadOptions>(model.operators[0].options);
        CHECK(options.paddings == std::vector<std::pair<int, int>>{{0, 0}, {1, 1}, {2, 0}, {0, 0}});
        CHECK(options.pad_value == -7);
    }
    SECTION("PADV2 fills with its constant") {
        const int value = spec.constant_int8("value", {1}, {0.5f});
        spec.tensors[static_cast<std::size_t>(value)].zero_points = {-7};
        spec.buffers[spec.tensors[static_cast<std::size_t>(value)].buffer].data = {0xfe};
        const Model model = read_and_validate(build(
            single_operator(spec, fb::BuiltinOperator::PADV2, {input, paddings, value}, output)));
        CHECK(std::get<PadOptions>(model.operators[0].options).pad_value == -2);
    }
    SECTION("PADV2's constant quantized differently from the output") {
        const int value = spec.constant_int8("value", {1}, {0.5f});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::PADV2,
                                            {input, paddings, value}, output))) ==
              "operator 0 (PADV2, \"padded\"): constant value tensor 3 (\"value\") must have the "
              "output's scale and zero point");
    }
    SECTION("negative paddings") {
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[8] = 0xff;
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[9] = 0xff;
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[10] = 0xff;
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[11] = 0xff;
        CHECK(refusal(build(
                  single_operator(spec, fb::BuiltinOperator::PAD, {input, paddings}, output))) ==
              "operator 0 (PAD, \"padded\"): paddings of dimension 1 are -1 and 1; they must not "
              "be negative");
    }
    SECTION("paddings of the wrong shape") {
        const int flat = spec.constant_int32("flat", {8}, {0, 0, 1, 1, 2, 0, 0, 0});
        CHECK(refusal(
                  build(single_operator(spec, fb::BuiltinOperator::PAD, {input, flat}, output))) ==
              "operator 0 (PAD, \"padded\"): paddings tensor 3 (\"flat\") has shape [8], expected "
              "[4,2]");
    }
}

TEST_CASE("CONCATENATION: axis and shapes", "[gen][validate]") {
    ModelSpec spec;
    const int first = spec.activation("a", {1, 2, 2, 3});
    const int second = spec.constant_int8("b", {1, 2, 2, 5}, {0.5f});
    const int output = spec.activation("cat", {1, 2, 2, 8});
    SECTION("axis -1 with a constant input") {
        const Model model = read_and_validate(
            build(single_operator(spec, fb::BuiltinOperator::CONCATENATION, {first, second}, output,
                                  concatenation_options(-1))));
        CHECK(std::get<ConcatenationOptions>(model.operators[0].options).axis == 3);
    }
    SECTION("axis out of range") {
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::CONCATENATION,
                                            {first, second}, output, concatenation_options(4)))) ==
              "operator 0 (CONCATENATION, \"cat\"): axis 4 is out of range for rank 4 (valid: -4 "
              "to 3)");
    }
    SECTION("inputs that differ off the axis") {
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::CONCATENATION,
                                            {first, second}, output, concatenation_options(2)))) ==
              "operator 0 (CONCATENATION, \"cat\"): input 0 tensor 0 (\"a\") has shape [1,2,2,3], "
              "which "
              "does not concatenate along axis 2 into [1,2,2,8]");
    }
}

TEST_CASE("RESHAPE and SQUEEZE: element counts and shape arguments", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 1, 1, 8});
    SECTION("RESHAPE with -1 in its shape argument") {
        const int shape = spec.constant_int32("shape", {2}, {-1, 8});
        const int output = spec.activation("out", {1, 8});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::RESHAPE, {input, shape},
                                            output)))
                  .empty());
    }
    SECTION("RESHAPE to a different element count") {
        const int output = spec.activation("out", {1, 9});
        CHECK(
            refusal(build(single_operator(spec, fb::BuiltinOperator::RESHAPE, {input}, output))) ==
            "operator 0 (RESHAPE, \"out\"): output shape [1,9] has 9 elements, input shape "
            "[1,1,1,8] has 8");
    }
    SECTION("SQUEEZE without dimensions removes every 1") {
        const int output = spec.activation("out", {8});
        const Model model = read_and_validate(build(single_operator(
            spec, fb::BuiltinOperator::SQUEEZE, {input}, output, squeeze_options({}))));
        CHECK(std::get<SqueezeOptions>(model.operators[0].options).axes ==
              std::vector<int>{0, 1, 2});
    }
    SECTION("SQUEEZE of a dimension larger than 1") {
        const int output = spec.activation("out", {1, 1, 1});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::SQUEEZE, {input}, output,
                                            squeeze_options({-1})))) ==
              "operator 0 (SQUEEZE, \"out\"): cannot squeeze dimension 3 of shape [1,1,1,8]: its "
              "size is not 1");
    }
}

TEST_CASE("RESIZE_NEAREST_NEIGHBOR: the size argument", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 4, 5, 18});
    const int size = spec.constant_int32("size", {2}, {8, 10});
    SECTION("double size") {
        const int output = spec.activation("up", {1, 8, 10, 18});
        const Model model = read_and_validate(
            build(single_operator(spec, fb::BuiltinOperator::RESIZE_NEAREST_NEIGHBOR, {input, size},
                                  output, resize_nearest_neighbor_options(false, true))));
        const auto& options = std::get<ResizeNearestNeighborOptions>(model.operators[0].options);
        CHECK(options.output_height == 8);
        CHECK(options.output_width == 10);
        CHECK(options.half_pixel_centers);
    }
    SECTION("an output that is not the given size") {
        const int output = spec.activation("up", {1, 8, 8, 18});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::RESIZE_NEAREST_NEIGHBOR,
                                            {input, size}, output,
                                            resize_nearest_neighbor_options(false, false)))) ==
              "operator 0 (RESIZE_NEAREST_NEIGHBOR, \"up\"): output tensor 2 (\"up\") has shape "
              "[1,8,8,18], expected [1,8,10,18]");
    }
}

TEST_CASE("STRIDED_SLICE: TFLite's begin, end, stride and mask rules", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 6, 6, 3});
    const auto slice = [&](std::vector<std::int32_t> begin, std::vector<std::int32_t> end,
                           std::vector<std::int32_t> strides, std::vector<int> output_shape,
                           OptionsWriter options) {
        ModelSpec copy = spec;
        const int b = copy.constant_int32("begin", {4}, begin);
        const int e = copy.constant_int32("end", {4}, end);
        const int s = copy.constant_int32("strides", {4}, strides);
        const int output = copy.activation("slice", output_shape);
        return refusal(build(single_operator(copy, fb::BuiltinOperator::STRIDED_SLICE,
                                             {input, b, e, s}, output, std::move(options))));
    };
    SECTION("stride 2 over part of a dimension") {
        CHECK(slice({0, 1, 0, 0}, {1, 5, 6, 3}, {1, 2, 1, 1}, {1, 2, 6, 3},
                    strided_slice_options(0, 0, 0))
                  .empty());
    }
    SECTION("negative indices and masks") {
        CHECK(slice({0, -2, 99, 0}, {1, 6, 0, -1}, {1, 1, 1, 1}, {1, 2, 6, 2},
                    strided_slice_options(4, 4, 0))
                  .empty());
    }
    SECTION("a backward stride") {
        CHECK(slice({0, 5, 0, 0}, {1, 0, 6, 3}, {1, -2, 1, 1}, {1, 3, 6, 3},
                    strided_slice_options(0, 0, 0))
                  .empty());
    }
    SECTION("shrinking the batch axis") {
        CHECK(slice({0, 0, 0, 0}, {1, 6, 6, 3}, {1, 1, 1, 1}, {6, 6, 3},
                    strided_slice_options(0, 0, 1))
                  .empty());
    }
    SECTION("shrinking to an index outside the dimension") {
        CHECK(slice({0, 6, 0, 0}, {1, 7, 6, 3}, {1, 1, 1, 1}, {1, 6, 3},
                    strided_slice_options(0, 0, 2)) ==
              "operator 0 (STRIDED_SLICE, \"slice\"): dimension 1 is shrunk to index 6, outside "
              "its size 6");
    }
    SECTION("a zero stride") {
        CHECK(slice({0, 0, 0, 0}, {1, 6, 6, 3}, {1, 0, 1, 1}, {1, 6, 6, 3},
                    strided_slice_options(0, 0, 0)) ==
              "operator 0 (STRIDED_SLICE, \"slice\"): the stride of dimension 1 is 0");
    }
    SECTION("an ellipsis mask") {
        CHECK(slice({0, 0, 0, 0}, {1, 6, 6, 3}, {1, 1, 1, 1}, {1, 6, 6, 3},
                    strided_slice_options(0, 0, 0, 2)) ==
              "operator 0 (STRIDED_SLICE, \"slice\"): ellipsis_mask is not supported (it is 2)");
    }
}

TEST_CASE("TRANSPOSE: the permutation", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 2, 3, 4});
    SECTION("NHWC to NCHW") {
        const int permutation = spec.constant_int32("perm", {4}, {0, 3, 1, 2});
        const int output = spec.activation("out", {1, 4, 2, 3});
        const Model model = read_and_validate(build(
            single_operator(spec, fb::BuiltinOperator::TRANSPOSE, {input, permutation}, output)));
        CHECK(std::get<TransposeOptions>(model.operators[0].options).permutation ==
              std::vector<int>{0, 3, 1, 2});
    }
    SECTION("a repeated dimension") {
        const int permutation = spec.constant_int32("perm", {4}, {0, 0, 1, 2});
        const int output = spec.activation("out", {1, 1, 2, 3});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::TRANSPOSE,
                                            {input, permutation}, output))) ==
              "operator 0 (TRANSPOSE, \"out\"): permutation tensor 1 (\"perm\") is not a "
              "permutation of 0 to 3");
    }
}
