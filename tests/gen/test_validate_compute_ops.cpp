// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The rules of validate_compute_ops.cpp, one single-operator model per op: the valid form is
// accepted with its constant arguments resolved into the options, and each rule refuses the
// mistake it is about with a message naming the operator.
#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "support/model_builder.hpp"

using namespace fennec::gen;
using namespace fennec::gen::test;
using AF = fb::ActivationFunctionType;

TEST_CASE("DEPTHWISE_CONV_2D: channels, depth multiplier and window", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 5, 5, 2});
    const int filter = spec.constant_int8("dw/filter", {1, 3, 3, 4}, {0.1f, 0.2f, 0.3f, 0.4f}, 3);
    const int bias = spec.constant_int32("dw/bias", {4}, {1, 2, 3, 4});
    const int output = spec.activation("dw/out", {1, 3, 3, 4});
    SECTION("multiplier 2, VALID, per-channel along dimension 3") {
        const Model model = read_and_validate(build(
            single_operator(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D, {input, filter, bias},
                            output, depthwise_conv2d_options(1, 2, fb::Padding::VALID))));
        CHECK(std::get<DepthwiseConv2dOptions>(model.operators[0].options).depth_multiplier == 2);
    }
    SECTION("no bias (-1)") {
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D,
                                            {input, filter, -1}, output,
                                            depthwise_conv2d_options(1, 2, fb::Padding::VALID))))
                  .empty());
    }
    SECTION("a depth multiplier that disagrees with the filter") {
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D,
                                            {input, filter, bias}, output,
                                            depthwise_conv2d_options(1, 1, fb::Padding::VALID)))) ==
              "operator 0 (DEPTHWISE_CONV_2D, \"dw/out\"): depth_multiplier is 1, but 4 filter "
              "channels "
              "over 2 input channels make 2");
    }
    SECTION("per-channel quantization along the wrong dimension") {
        spec.tensors[static_cast<std::size_t>(filter)].quantized_dimension = 0;
        spec.tensors[static_cast<std::size_t>(filter)].shape = {4, 3, 3, 1};
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D,
                                            {input, filter, bias}, output,
                                            depthwise_conv2d_options(1, 2, fb::Padding::VALID)))) ==
              "operator 0 (DEPTHWISE_CONV_2D, \"dw/out\"): filter tensor 1 (\"dw/filter\") must be "
              "quantized per channel along dimension 3, not 0");
    }
    SECTION("a VALID window larger than the input") {
        spec.tensors[static_cast<std::size_t>(input)].shape = {1, 2, 5, 2};
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D,
                                            {input, filter, bias}, output,
                                            depthwise_conv2d_options(1, 2, fb::Padding::VALID)))) ==
              "operator 0 (DEPTHWISE_CONV_2D, \"dw/out\"): the filter height 3 (dilation 1) does "
              "not fit "
              "the input height 2 with VALID padding");
    }
    SECTION("stride 0") {
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D,
                                            {input, filter, bias}, output,
                                            depthwise_conv2d_options(0, 2, fb::Padding::VALID)))) ==
              "operator 0 (DEPTHWISE_CONV_2D, \"dw/out\"): strides must be at least 1, but are 0 "
              "(height) and 0 (width)");
    }
}

TEST_CASE("FULLY_CONNECTED: batches, keep_num_dims, weights and bias", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 3, 8}, 0.5f, 0);
    const int weights = spec.constant_int8("fc/weights", {5, 8}, {0.25f});
    const int bias = spec.constant_int32("fc/bias", {5}, {1, 2, 3, 4, 5});
    SECTION("keep_num_dims keeps the leading dimensions") {
        const int output = spec.activation("fc/out", {1, 3, 5});
        const Model model = read_and_validate(build(
            single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                            output, fully_connected_options(AF::RELU6, true))));
        CHECK(std::get<FullyConnectedOptions>(model.operators[0].options).activation ==
              fennec::Activation::relu6);
    }
    SECTION("without keep_num_dims the output is [batches, units]") {
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(
                  build(single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED,
                                        {input, weights, bias}, output, fully_connected_options())))
                  .empty());
    }
    SECTION("input elements that are not whole rows") {
        spec.tensors[static_cast<std::size_t>(input)].shape = {1, 3, 7};
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED,
                                            {input, weights, bias}, output,
                                            fully_connected_options()))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): input tensor 0 (\"in\") has 21 elements, "
              "not "
              "a multiple of the weights' 8 input units");
    }
    SECTION("weights computed at run time") {
        spec.tensors[static_cast<std::size_t>(weights)].buffer = 0;
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(
            refusal(build(single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED,
                                          {input, weights, bias}, output,
                                          fully_connected_options()))) ==
            "operator 0 (FULLY_CONNECTED, \"fc/out\"): weights tensor 1 (\"fc/weights\") must be a "
            "constant (data in the model), but is computed at run time");
    }
    SECTION("asymmetric weights") {
        spec.tensors[static_cast<std::size_t>(weights)].zero_points = {3};
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED,
                                            {input, weights, bias}, output,
                                            fully_connected_options()))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): weights tensor 1 (\"fc/weights\") has "
              "zero point "
              "3; int8 weights must be symmetric (zero point 0)");
    }
    SECTION("a bias of the wrong length") {
        spec.tensors[static_cast<std::size_t>(bias)].shape = {4};
        spec.buffers[spec.tensors[static_cast<std::size_t>(bias)].buffer].data.resize(16);
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(
            refusal(build(single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED,
                                          {input, weights, bias}, output,
                                          fully_connected_options()))) ==
            "operator 0 (FULLY_CONNECTED, \"fc/out\"): bias tensor 2 (\"fc/bias\") has shape [4], "
            "expected [5]");
    }
    SECTION("a bias scale far from input scale x weights scale (TFLM's 2% rule)") {
        spec.tensors[static_cast<std::size_t>(bias)].scales = {0.5f};
        spec.tensors[static_cast<std::size_t>(bias)].zero_points = {0};
        const int output = spec.activation("fc/out", {3, 5}, 1.0f, 0);
        CHECK(
            refusal(build(single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED,
                                          {input, weights, bias}, output,
                                          fully_connected_options()))) ==
            "operator 0 (FULLY_CONNECTED, \"fc/out\"): bias scale 0.5 differs too much from input "
            "scale x weights scale 0.125 (TFLM allows 2% of the output scale)");
    }
    SECTION("a fused RELU6 bound beyond int32 at a tiny output scale") {
        const int output = spec.activation("fc/out", {3, 5}, 1e-30f, 0);
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::FULLY_CONNECTED,
                                            {input, weights, bias}, output,
                                            fully_connected_options(AF::RELU6)))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): the fused activation's bound 6 does not "
              "fit an int32 at output scale 1e-30");
    }
}

TEST_CASE("AVERAGE_POOL_2D and MAX_POOL_2D: window and unchanged quantization", "[gen][validate]") {
    const auto code =
        GENERATE(fb::BuiltinOperator::AVERAGE_POOL_2D, fb::BuiltinOperator::MAX_POOL_2D);
    ModelSpec spec;
    const int input = spec.activation("in", {1, 5, 4, 3}, 0.5f, 2);
    SECTION("2x2 stride 2 VALID") {
        const int output = spec.activation("pool/out", {1, 2, 2, 3}, 0.5f, 2);
        const Model model = read_and_validate(
            build(single_operator(spec, code, {input}, output, pool2d_options(2, 2))));
        CHECK(std::get<Pool2dOptions>(model.operators[0].options).filter_height == 2);
    }
    SECTION("SAME rounds up") {
        const int output = spec.activation("pool/out", {1, 3, 2, 3}, 0.5f, 2);
        CHECK(refusal(build(single_operator(spec, code, {input}, output,
                                            pool2d_options(2, 2, fb::Padding::SAME))))
                  .empty());
    }
    SECTION("a different output zero point") {
        const int output = spec.activation("pool/out", {1, 2, 2, 3}, 0.5f, 3);
        CHECK_THAT(
            refusal(build(single_operator(spec, code, {input}, output, pool2d_options(2, 2)))),
            Catch::EndsWith(
                "\"pool/out\"): input and output must have the same scale and zero point"));
    }
    SECTION("a 0x0 window") {
        const int output = spec.activation("pool/out", {1, 2, 2, 3}, 0.5f, 2);
        CHECK_THAT(
            refusal(build(single_operator(spec, code, {input}, output, pool2d_options(0, 2)))),
            Catch::EndsWith("the pooling window must be at least 1x1, but is 0x0"));
    }
}

TEST_CASE("ADD and MUL: broadcasting", "[gen][validate]") {
    const auto code = GENERATE(fb::BuiltinOperator::ADD, fb::BuiltinOperator::MUL);
    const OptionsWriter options =
        code == fb::BuiltinOperator::ADD ? add_options(AF::RELU) : mul_options(AF::RELU);
    ModelSpec spec;
    const int first = spec.activation("a", {1, 4, 4, 3});
    SECTION("[1,4,4,3] with [3]") {
        const int second = spec.activation("b", {3});
        const int output = spec.activation("sum", {1, 4, 4, 3});
        CHECK(
            refusal(build(single_operator(spec, code, {first, second}, output, options))).empty());
    }
    SECTION("[1,4,4,3] with a constant [1,4,1,1]") {
        const int second = spec.constant_int8("b", {1, 4, 1, 1}, {0.5f});
        const int output = spec.activation("sum", {1, 4, 4, 3});
        CHECK(
            refusal(build(single_operator(spec, code, {first, second}, output, options))).empty());
    }
    SECTION("shapes that do not broadcast") {
        const int second = spec.activation("b", {1, 4, 2, 3});
        const int output = spec.activation("sum", {1, 4, 4, 3});
        CHECK_THAT(
            refusal(build(single_operator(spec, code, {first, second}, output, options))),
            Catch::EndsWith("\"sum\"): input shapes [1,4,4,3] and [1,4,2,3] do not broadcast"));
    }
    SECTION("an output that is not the broadcast shape") {
        const int second = spec.activation("b", {1, 1, 1, 3});
        const int output = spec.activation("sum", {1, 4, 4, 1});
        CHECK_THAT(refusal(build(single_operator(spec, code, {first, second}, output, options))),
                   Catch::EndsWith("has shape [1,4,4,1], expected [1,4,4,3]"));
    }
}

TEST_CASE("LOGISTIC and TANH: the int8 kernels' output quantization", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("x", {1, 140}, 0.1f, 3);
    SECTION("LOGISTIC 1/256 and -128") {
        const int output = spec.activation("y", {1, 140}, 1.0f / 256, -128);
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::LOGISTIC, {input}, output)))
                  .empty());
    }
    SECTION("TANH 1/128 and 0") {
        const int output = spec.activation("y", {1, 140}, 1.0f / 128, 0);
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::TANH, {input}, output)))
                  .empty());
    }
    SECTION("TANH with LOGISTIC's output quantization") {
        const int output = spec.activation("y", {1, 140}, 1.0f / 256, -128);
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::TANH, {input}, output))) ==
              "operator 0 (TANH, \"y\"): output tensor 1 (\"y\") must have scale 1/128 and zero "
              "point 0 "
              "(the int8 kernel's), not 0.00390625 and -128");
    }
}

TEST_CASE("MEAN: axes resolved, keep_dims", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 4, 4, 8});
    SECTION("axes [-3, 2] without keep_dims") {
        const int axis = spec.constant_int32("axis", {2}, {-3, 2});
        const int output = spec.activation("mean", {1, 8});
        const Model model = read_and_validate(build(single_operator(
            spec, fb::BuiltinOperator::MEAN, {input, axis}, output, reducer_options(false))));
        CHECK(std::get<MeanOptions>(model.operators[0].options).axes == std::vector<int>{1, 2});
    }
    SECTION("a scalar axis with keep_dims") {
        const int axis = spec.constant_int32("axis", {}, {3});
        const int output = spec.activation("mean", {1, 4, 4, 1});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::MEAN, {input, axis}, output,
                                            reducer_options(true))))
                  .empty());
    }
    SECTION("axes computed at run time") {
        const int axis = spec.activation("axis", {2});
        spec.tensors[static_cast<std::size_t>(axis)].type = fb::TensorType::INT32;
        const int output = spec.activation("mean", {1, 8});
        CHECK(
            refusal(build(single_operator(spec, fb::BuiltinOperator::MEAN, {input, axis}, output,
                                          reducer_options(false)))) ==
            "operator 0 (MEAN, \"mean\"): axis tensor 1 (\"axis\") must be a constant (data in the "
            "model), but is computed at run time");
    }
}

TEST_CASE("QUANTIZE and DEQUANTIZE: float32 only at their edges", "[gen][validate]") {
    ModelSpec spec;
    SECTION("float32 in, int8 out") {
        const int input = spec.float_tensor("x", {1, 640});
        const int output = spec.activation("q", {1, 640});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::QUANTIZE, {input}, output)))
                  .empty());
    }
    SECTION("int8 to int8 requantization") {
        const int input = spec.activation("x", {1, 640}, 0.3f, 1);
        const int output = spec.activation("q", {1, 640});
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::QUANTIZE, {input}, output)))
                  .empty());
    }
    SECTION("int8 in, float32 out") {
        const int input = spec.activation("q", {1, 640});
        const int output = spec.float_tensor("y", {1, 640});
        CHECK(
            refusal(build(single_operator(spec, fb::BuiltinOperator::DEQUANTIZE, {input}, output)))
                .empty());
    }
    SECTION("float32 into any other operator") {
        const int input = spec.float_tensor("x", {1, 4});
        const int output = spec.activation("y", {1, 4}, 1.0f / 256, -128);
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::SOFTMAX, {input}, output,
                                            softmax_options()))) ==
              "operator 0 (SOFTMAX, \"y\"): input tensor 0 (\"x\") must be int8, not float32");
    }
}

TEST_CASE("SOFTMAX: beta", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("logits", {1, 12});
    const int output = spec.activation("p", {1, 12}, 1.0f / 256, -128);
    SECTION("beta 0") {
        CHECK(refusal(build(single_operator(spec, fb::BuiltinOperator::SOFTMAX, {input}, output,
                                            softmax_options(0.0f)))) ==
              "operator 0 (SOFTMAX, \"p\"): beta is 0; it must be positive and finite");
    }
    SECTION("no options table") {
        CHECK(
            refusal(build(single_operator(spec, fb::BuiltinOperator::SOFTMAX, {input}, output))) ==
            "operator 0 (SOFTMAX, \"p\"): has no SoftmaxOptions table");
    }
}
