// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The per-operator rules of validate(), one single-operator model per op: the valid form is
// accepted with its constant arguments resolved into the options, and each rule refuses the
// mistake it is about with a message naming the operator.
#include <catch2/catch.hpp>

#include <string>
#include <variant>
#include <vector>

#include "support/model_builder.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

using namespace fennec::gen;
using namespace fennec::gen::test;
using AF = fb::ActivationFunctionType;

namespace {

Model accepted(const ModelSpec& spec) {
    Model model = read_tflite(build(spec), "op.tflite");
    validate(model);
    return model;
}

// A model of one operator whose inputs are `inputs` and whose output is `output`; graph inputs
// are the non-constant inputs.
ModelSpec single_op(ModelSpec spec,
                    fb::BuiltinOperator code,
                    const std::vector<int>& inputs,
                    int output,
                    OptionsWriter options = {}) {
    for (const int input : inputs) {
        if (input >= 0 && spec.tensors[static_cast<std::size_t>(input)].buffer == 0) {
            spec.inputs.push_back(input);
        }
    }
    spec.outputs = {output};
    spec.op(code, inputs, {output}, std::move(options));
    return spec;
}

}  // namespace

TEST_CASE("DEPTHWISE_CONV_2D: channels, depth multiplier and window", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 5, 5, 2});
    const int filter = spec.constant_int8("dw/filter", {1, 3, 3, 4}, {0.1f, 0.2f, 0.3f, 0.4f}, 3);
    const int bias = spec.constant_int32("dw/bias", {4}, {1, 2, 3, 4});
    const int output = spec.activation("dw/out", {1, 3, 3, 4});
    SECTION("multiplier 2, VALID, per-channel along dimension 3") {
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D,
                                               {input, filter, bias}, output,
                                               depthwise_conv2d_options(1, 2, fb::Padding::VALID)));
        CHECK(std::get<DepthwiseConv2dOptions>(model.operators[0].options).depth_multiplier == 2);
    }
    SECTION("no bias (-1)") {
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D, {input, filter, -1},
                                      output, depthwise_conv2d_options(1, 2, fb::Padding::VALID))))
                  .empty());
    }
    SECTION("a depth multiplier that disagrees with the filter") {
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D, {input, filter, bias},
                                      output, depthwise_conv2d_options(1, 1, fb::Padding::VALID)))) ==
              "operator 0 (DEPTHWISE_CONV_2D, \"dw/out\"): depth_multiplier is 1, but 4 filter channels "
              "over 2 input channels make 2");
    }
    SECTION("per-channel quantization along the wrong dimension") {
        spec.tensors[static_cast<std::size_t>(filter)].quantized_dimension = 0;
        spec.tensors[static_cast<std::size_t>(filter)].shape = {4, 3, 3, 1};
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D, {input, filter, bias},
                                      output, depthwise_conv2d_options(1, 2, fb::Padding::VALID)))) ==
              "operator 0 (DEPTHWISE_CONV_2D, \"dw/out\"): filter tensor 1 (\"dw/filter\") must be "
              "quantized per channel along dimension 3, not 0");
    }
    SECTION("a VALID window larger than the input") {
        spec.tensors[static_cast<std::size_t>(input)].shape = {1, 2, 5, 2};
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D, {input, filter, bias},
                                      output, depthwise_conv2d_options(1, 2, fb::Padding::VALID)))) ==
              "operator 0 (DEPTHWISE_CONV_2D, \"dw/out\"): the filter height 3 (dilation 1) does not fit "
              "the input height 2 with VALID padding");
    }
    SECTION("stride 0") {
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::DEPTHWISE_CONV_2D, {input, filter, bias},
                                      output, depthwise_conv2d_options(0, 2, fb::Padding::VALID)))) ==
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
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                               output, fully_connected_options(AF::RELU6, true)));
        CHECK(std::get<FullyConnectedOptions>(model.operators[0].options).activation ==
              fennec::Activation::relu6);
    }
    SECTION("without keep_num_dims the output is [batches, units]") {
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                      output, fully_connected_options())))
                  .empty());
    }
    SECTION("input elements that are not whole rows") {
        spec.tensors[static_cast<std::size_t>(input)].shape = {1, 3, 7};
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                      output, fully_connected_options()))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): input tensor 0 (\"in\") has 21 elements, not "
              "a multiple of the weights' 8 input units");
    }
    SECTION("weights computed at run time") {
        spec.tensors[static_cast<std::size_t>(weights)].buffer = 0;
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                      output, fully_connected_options()))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): weights tensor 1 (\"fc/weights\") must be a "
              "constant (data in the model), but is computed at run time");
    }
    SECTION("asymmetric weights") {
        spec.tensors[static_cast<std::size_t>(weights)].zero_points = {3};
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                      output, fully_connected_options()))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): weights tensor 1 (\"fc/weights\") has zero point "
              "3; int8 weights must be symmetric (zero point 0)");
    }
    SECTION("a bias of the wrong length") {
        spec.tensors[static_cast<std::size_t>(bias)].shape = {4};
        spec.buffers[spec.tensors[static_cast<std::size_t>(bias)].buffer].data.resize(16);
        const int output = spec.activation("fc/out", {3, 5});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                      output, fully_connected_options()))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): bias tensor 2 (\"fc/bias\") has shape [4], "
              "expected [5]");
    }
    SECTION("a bias scale far from input scale x weights scale (TFLM's 2% rule)") {
        spec.tensors[static_cast<std::size_t>(bias)].scales = {0.5f};
        spec.tensors[static_cast<std::size_t>(bias)].zero_points = {0};
        const int output = spec.activation("fc/out", {3, 5}, 1.0f, 0);
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                      output, fully_connected_options()))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): bias scale 0.5 differs too much from input "
              "scale x weights scale 0.125 (TFLM allows 2% of the output scale)");
    }
    SECTION("a fused RELU6 bound beyond int32 at a tiny output scale") {
        const int output = spec.activation("fc/out", {3, 5}, 1e-30f, 0);
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::FULLY_CONNECTED, {input, weights, bias},
                                      output, fully_connected_options(AF::RELU6)))) ==
              "operator 0 (FULLY_CONNECTED, \"fc/out\"): the fused activation's bound 6 does not "
              "fit an int32 at output scale 1e-30");
    }
}

TEST_CASE("AVERAGE_POOL_2D and MAX_POOL_2D: window and unchanged quantization", "[gen][validate]") {
    const auto code = GENERATE(fb::BuiltinOperator::AVERAGE_POOL_2D, fb::BuiltinOperator::MAX_POOL_2D);
    ModelSpec spec;
    const int input = spec.activation("in", {1, 5, 4, 3}, 0.5f, 2);
    SECTION("2x2 stride 2 VALID") {
        const int output = spec.activation("pool/out", {1, 2, 2, 3}, 0.5f, 2);
        const Model model = accepted(single_op(spec, code, {input}, output, pool2d_options(2, 2)));
        CHECK(std::get<Pool2dOptions>(model.operators[0].options).filter_height == 2);
    }
    SECTION("SAME rounds up") {
        const int output = spec.activation("pool/out", {1, 3, 2, 3}, 0.5f, 2);
        CHECK(refusal(build(single_op(spec, code, {input}, output, pool2d_options(2, 2, fb::Padding::SAME)))).empty());
    }
    SECTION("a different output zero point") {
        const int output = spec.activation("pool/out", {1, 2, 2, 3}, 0.5f, 3);
        CHECK_THAT(refusal(build(single_op(spec, code, {input}, output, pool2d_options(2, 2)))),
                   Catch::EndsWith("\"pool/out\"): input and output must have the same scale and zero point"));
    }
    SECTION("a 0x0 window") {
        const int output = spec.activation("pool/out", {1, 2, 2, 3}, 0.5f, 2);
        CHECK_THAT(refusal(build(single_op(spec, code, {input}, output, pool2d_options(0, 2)))),
                   Catch::EndsWith("the pooling window must be at least 1x1, but is 0x0"));
    }
}

TEST_CASE("ADD and MUL: broadcasting", "[gen][validate]") {
    const auto code = GENERATE(fb::BuiltinOperator::ADD, fb::BuiltinOperator::MUL);
    const OptionsWriter options = code == fb::BuiltinOperator::ADD ? add_options(AF::RELU) : mul_options(AF::RELU);
    ModelSpec spec;
    const int first = spec.activation("a", {1, 4, 4, 3});
    SECTION("[1,4,4,3] with [3]") {
        const int second = spec.activation("b", {3});
        const int output = spec.activation("sum", {1, 4, 4, 3});
        CHECK(refusal(build(single_op(spec, code, {first, second}, output, options))).empty());
    }
    SECTION("[1,4,4,3] with a constant [1,4,1,1]") {
        const int second = spec.constant_int8("b", {1, 4, 1, 1}, {0.5f});
        const int output = spec.activation("sum", {1, 4, 4, 3});
        CHECK(refusal(build(single_op(spec, code, {first, second}, output, options))).empty());
    }
    SECTION("shapes that do not broadcast") {
        const int second = spec.activation("b", {1, 4, 2, 3});
        const int output = spec.activation("sum", {1, 4, 4, 3});
        CHECK_THAT(refusal(build(single_op(spec, code, {first, second}, output, options))),
                   Catch::EndsWith("\"sum\"): input shapes [1,4,4,3] and [1,4,2,3] do not broadcast"));
    }
    SECTION("an output that is not the broadcast shape") {
        const int second = spec.activation("b", {1, 1, 1, 3});
        const int output = spec.activation("sum", {1, 4, 4, 1});
        CHECK_THAT(refusal(build(single_op(spec, code, {first, second}, output, options))),
                   Catch::EndsWith("has shape [1,4,4,1], expected [1,4,4,3]"));
    }
}

TEST_CASE("LOGISTIC and TANH: the int8 kernels' output quantization", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("x", {1, 140}, 0.1f, 3);
    SECTION("LOGISTIC 1/256 and -128") {
        const int output = spec.activation("y", {1, 140}, 1.0f / 256, -128);
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::LOGISTIC, {input}, output))).empty());
    }
    SECTION("TANH 1/128 and 0") {
        const int output = spec.activation("y", {1, 140}, 1.0f / 128, 0);
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::TANH, {input}, output))).empty());
    }
    SECTION("TANH with LOGISTIC's output quantization") {
        const int output = spec.activation("y", {1, 140}, 1.0f / 256, -128);
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::TANH, {input}, output))) ==
              "operator 0 (TANH, \"y\"): output tensor 1 (\"y\") must have scale 1/128 and zero point 0 "
              "(the int8 kernel's), not 0.00390625 and -128");
    }
}

TEST_CASE("MEAN: axes resolved, keep_dims", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 4, 4, 8});
    SECTION("axes [-3, 2] without keep_dims") {
        const int axis = spec.constant_int32("axis", {2}, {-3, 2});
        const int output = spec.activation("mean", {1, 8});
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::MEAN, {input, axis}, output,
                                               reducer_options(false)));
        CHECK(std::get<MeanOptions>(model.operators[0].options).axes == std::vector<int>{1, 2});
    }
    SECTION("a scalar axis with keep_dims") {
        const int axis = spec.constant_int32("axis", {}, {3});
        const int output = spec.activation("mean", {1, 4, 4, 1});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::MEAN, {input, axis}, output,
                                      reducer_options(true))))
                  .empty());
    }
    SECTION("axes computed at run time") {
        const int axis = spec.activation("axis", {2});
        spec.tensors[static_cast<std::size_t>(axis)].type = fb::TensorType::INT32;
        const int output = spec.activation("mean", {1, 8});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::MEAN, {input, axis}, output,
                                      reducer_options(false)))) ==
              "operator 0 (MEAN, \"mean\"): axis tensor 1 (\"axis\") must be a constant (data in the "
              "model), but is computed at run time");
    }
}

TEST_CASE("PAD and PADV2: paddings and the pad value", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 4, 4, 3}, 0.5f, -7);
    const int paddings = spec.constant_int32("paddings", {4, 2}, {0, 0, 1, 1, 2, 0, 0, 0});
    const int output = spec.activation("padded", {1, 6, 6, 3}, 0.5f, -7);
    SECTION("PAD fills with the output zero point") {
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::PAD, {input, paddings}, output));
        const auto& options = std::get<PadOptions>(model.operators[0].options);
        CHECK(options.paddings == std::vector<std::pair<int, int>>{{0, 0}, {1, 1}, {2, 0}, {0, 0}});
        CHECK(options.pad_value == -7);
    }
    SECTION("PADV2 fills with its constant") {
        const int value = spec.constant_int8("value", {1}, {0.5f});
        spec.tensors[static_cast<std::size_t>(value)].zero_points = {-7};
        spec.buffers[spec.tensors[static_cast<std::size_t>(value)].buffer].data = {0xfe};
        const Model model =
            accepted(single_op(spec, fb::BuiltinOperator::PADV2, {input, paddings, value}, output));
        CHECK(std::get<PadOptions>(model.operators[0].options).pad_value == -2);
    }
    SECTION("PADV2's constant quantized differently from the output") {
        const int value = spec.constant_int8("value", {1}, {0.5f});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::PADV2, {input, paddings, value}, output))) ==
              "operator 0 (PADV2, \"padded\"): constant value tensor 3 (\"value\") must have the "
              "output's scale and zero point");
    }
    SECTION("negative paddings") {
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[8] = 0xff;
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[9] = 0xff;
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[10] = 0xff;
        spec.buffers[spec.tensors[static_cast<std::size_t>(paddings)].buffer].data[11] = 0xff;
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::PAD, {input, paddings}, output))) ==
              "operator 0 (PAD, \"padded\"): paddings of dimension 1 are -1 and 1; they must not be negative");
    }
    SECTION("paddings of the wrong shape") {
        const int flat = spec.constant_int32("flat", {8}, {0, 0, 1, 1, 2, 0, 0, 0});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::PAD, {input, flat}, output))) ==
              "operator 0 (PAD, \"padded\"): paddings tensor 3 (\"flat\") has shape [8], expected [4,2]");
    }
}

TEST_CASE("CONCATENATION: axis and shapes", "[gen][validate]") {
    ModelSpec spec;
    const int first = spec.activation("a", {1, 2, 2, 3});
    const int second = spec.constant_int8("b", {1, 2, 2, 5}, {0.5f});
    const int output = spec.activation("cat", {1, 2, 2, 8});
    SECTION("axis -1 with a constant input") {
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::CONCATENATION, {first, second},
                                               output, concatenation_options(-1)));
        CHECK(std::get<ConcatenationOptions>(model.operators[0].options).axis == 3);
    }
    SECTION("axis out of range") {
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::CONCATENATION, {first, second}, output,
                                      concatenation_options(4)))) ==
              "operator 0 (CONCATENATION, \"cat\"): axis 4 is out of range for rank 4 (valid: -4 to 3)");
    }
    SECTION("inputs that differ off the axis") {
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::CONCATENATION, {first, second}, output,
                                      concatenation_options(2)))) ==
              "operator 0 (CONCATENATION, \"cat\"): input 0 tensor 0 (\"a\") has shape [1,2,2,3], which "
              "does not concatenate along axis 2 into [1,2,2,8]");
    }
}

TEST_CASE("RESHAPE and SQUEEZE: element counts and shape arguments", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 1, 1, 8});
    SECTION("RESHAPE with -1 in its shape argument") {
        const int shape = spec.constant_int32("shape", {2}, {-1, 8});
        const int output = spec.activation("out", {1, 8});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::RESHAPE, {input, shape}, output))).empty());
    }
    SECTION("RESHAPE to a different element count") {
        const int output = spec.activation("out", {1, 9});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::RESHAPE, {input}, output))) ==
              "operator 0 (RESHAPE, \"out\"): output shape [1,9] has 9 elements, input shape [1,1,1,8] has 8");
    }
    SECTION("SQUEEZE without dimensions removes every 1") {
        const int output = spec.activation("out", {8});
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::SQUEEZE, {input}, output,
                                               squeeze_options({})));
        CHECK(std::get<SqueezeOptions>(model.operators[0].options).axes == std::vector<int>{0, 1, 2});
    }
    SECTION("SQUEEZE of a dimension larger than 1") {
        const int output = spec.activation("out", {1, 1, 1});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::SQUEEZE, {input}, output, squeeze_options({-1})))) ==
              "operator 0 (SQUEEZE, \"out\"): cannot squeeze dimension 3 of shape [1,1,1,8]: its size is not 1");
    }
}

TEST_CASE("QUANTIZE and DEQUANTIZE: float32 only at their edges", "[gen][validate]") {
    ModelSpec spec;
    SECTION("float32 in, int8 out") {
        const int input = spec.float_tensor("x", {1, 640});
        const int output = spec.activation("q", {1, 640});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::QUANTIZE, {input}, output))).empty());
    }
    SECTION("int8 to int8 requantization") {
        const int input = spec.activation("x", {1, 640}, 0.3f, 1);
        const int output = spec.activation("q", {1, 640});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::QUANTIZE, {input}, output))).empty());
    }
    SECTION("int8 in, float32 out") {
        const int input = spec.activation("q", {1, 640});
        const int output = spec.float_tensor("y", {1, 640});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::DEQUANTIZE, {input}, output))).empty());
    }
    SECTION("float32 into any other operator") {
        const int input = spec.float_tensor("x", {1, 4});
        const int output = spec.activation("y", {1, 4}, 1.0f / 256, -128);
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::SOFTMAX, {input}, output, softmax_options()))) ==
              "operator 0 (SOFTMAX, \"y\"): input tensor 0 (\"x\") must be int8, not float32");
    }
}

TEST_CASE("RESIZE_NEAREST_NEIGHBOR: the size argument", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 4, 5, 18});
    const int size = spec.constant_int32("size", {2}, {8, 10});
    SECTION("double size") {
        const int output = spec.activation("up", {1, 8, 10, 18});
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::RESIZE_NEAREST_NEIGHBOR,
                                               {input, size}, output,
                                               resize_nearest_neighbor_options(false, true)));
        const auto& options = std::get<ResizeNearestNeighborOptions>(model.operators[0].options);
        CHECK(options.output_height == 8);
        CHECK(options.output_width == 10);
        CHECK(options.half_pixel_centers);
    }
    SECTION("an output that is not the given size") {
        const int output = spec.activation("up", {1, 8, 8, 18});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::RESIZE_NEAREST_NEIGHBOR, {input, size},
                                      output, resize_nearest_neighbor_options(false, false)))) ==
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
        return refusal(build(single_op(copy, fb::BuiltinOperator::STRIDED_SLICE, {input, b, e, s}, output,
                                       std::move(options))));
    };
    SECTION("stride 2 over part of a dimension") {
        CHECK(slice({0, 1, 0, 0}, {1, 5, 6, 3}, {1, 2, 1, 1}, {1, 2, 6, 3}, strided_slice_options(0, 0, 0)).empty());
    }
    SECTION("negative indices and masks") {
        CHECK(slice({0, -2, 99, 0}, {1, 6, 0, -1}, {1, 1, 1, 1}, {1, 2, 6, 2}, strided_slice_options(4, 4, 0)).empty());
    }
    SECTION("a backward stride") {
        CHECK(slice({0, 5, 0, 0}, {1, 0, 6, 3}, {1, -2, 1, 1}, {1, 3, 6, 3}, strided_slice_options(0, 0, 0)).empty());
    }
    SECTION("shrinking the batch axis") {
        CHECK(slice({0, 0, 0, 0}, {1, 6, 6, 3}, {1, 1, 1, 1}, {6, 6, 3}, strided_slice_options(0, 0, 1)).empty());
    }
    SECTION("shrinking to an index outside the dimension") {
        CHECK(slice({0, 6, 0, 0}, {1, 7, 6, 3}, {1, 1, 1, 1}, {1, 6, 3}, strided_slice_options(0, 0, 2)) ==
              "operator 0 (STRIDED_SLICE, \"slice\"): dimension 1 is shrunk to index 6, outside its size 6");
    }
    SECTION("a zero stride") {
        CHECK(slice({0, 0, 0, 0}, {1, 6, 6, 3}, {1, 0, 1, 1}, {1, 6, 6, 3}, strided_slice_options(0, 0, 0)) ==
              "operator 0 (STRIDED_SLICE, \"slice\"): the stride of dimension 1 is 0");
    }
    SECTION("an ellipsis mask") {
        CHECK(slice({0, 0, 0, 0}, {1, 6, 6, 3}, {1, 1, 1, 1}, {1, 6, 6, 3}, strided_slice_options(0, 0, 0, 2)) ==
              "operator 0 (STRIDED_SLICE, \"slice\"): ellipsis_mask is not supported (it is 2)");
    }
}

TEST_CASE("TRANSPOSE: the permutation", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("in", {1, 2, 3, 4});
    SECTION("NHWC to NCHW") {
        const int permutation = spec.constant_int32("perm", {4}, {0, 3, 1, 2});
        const int output = spec.activation("out", {1, 4, 2, 3});
        const Model model = accepted(single_op(spec, fb::BuiltinOperator::TRANSPOSE, {input, permutation}, output));
        CHECK(std::get<TransposeOptions>(model.operators[0].options).permutation == std::vector<int>{0, 3, 1, 2});
    }
    SECTION("a repeated dimension") {
        const int permutation = spec.constant_int32("perm", {4}, {0, 0, 1, 2});
        const int output = spec.activation("out", {1, 1, 2, 3});
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::TRANSPOSE, {input, permutation}, output))) ==
              "operator 0 (TRANSPOSE, \"out\"): permutation tensor 1 (\"perm\") is not a permutation of 0 to 3");
    }
}

TEST_CASE("SOFTMAX: beta", "[gen][validate]") {
    ModelSpec spec;
    const int input = spec.activation("logits", {1, 12});
    const int output = spec.activation("p", {1, 12}, 1.0f / 256, -128);
    SECTION("beta 0") {
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::SOFTMAX, {input}, output, softmax_options(0.0f)))) ==
              "operator 0 (SOFTMAX, \"p\"): beta is 0; it must be positive and finite");
    }
    SECTION("no options table") {
        CHECK(refusal(build(single_op(spec, fb::BuiltinOperator::SOFTMAX, {input}, output))) ==
              "operator 0 (SOFTMAX, \"p\"): has no SoftmaxOptions table");
    }
}
