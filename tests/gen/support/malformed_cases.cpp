// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "malformed_cases.hpp"

#include <functional>
#include <utility>

#include "model_builder.hpp"

namespace fennec::gen::test {
namespace {

// Tensor indices of tiny_classifier().
constexpr int input = 0;
constexpr int filter = 1;
constexpr int conv_out = 3;
constexpr int reshape_shape = 4;
constexpr int logits = 8;
constexpr int probabilities = 9;

TensorSpec& tensor(ModelSpec& spec, int index) {
    return spec.tensors[static_cast<std::size_t>(index)];
}

std::vector<std::uint8_t> classifier_with(const std::function<void(ModelSpec&)>& change) {
    ModelSpec spec = tiny_classifier();
    change(spec);
    return build(spec);
}

// input [1,4,4,8] -> MEAN over `axes` (kept) -> [1,1,1,8].
std::vector<std::uint8_t> mean_model(const std::vector<std::int32_t>& axes) {
    ModelSpec spec;
    const int in = spec.activation("features", {1, 4, 4, 8});
    const int axis = spec.constant_int32("mean/axis", {static_cast<int>(axes.size())}, axes);
    const int out = spec.activation("mean/out", {1, 1, 1, 8});
    spec.op(fb::BuiltinOperator::MEAN, {in, axis}, {out}, reducer_options(true));
    spec.inputs = {in};
    spec.outputs = {out};
    return build(spec);
}

std::vector<std::uint8_t> text_bytes(const std::string& text) {
    return std::vector<std::uint8_t>(text.begin(), text.end());
}

}  // namespace

std::vector<MalformedCase> malformed_cases() {
    std::vector<MalformedCase> cases;
    const auto add = [&](std::string name, std::vector<std::uint8_t> bytes, std::string expected) {
        cases.push_back({std::move(name), std::move(bytes), std::move(expected)});
    };

    // The file as a whole.
    add("empty file", {},
        "not a TFLite model: the file has only 0 bytes (a flatbuffer starts with an 8-byte "
        "header)");
    add("a text file", text_bytes("# Models for fennec golden tests\n"),
        "not a TFLite model: file identifier is \"dels\", expected \"TFL3\"");
    {
        std::vector<std::uint8_t> bytes = build(tiny_classifier());
        bytes[7] = '2';
        add("file identifier TFL2", bytes,
            "not a TFLite model: file identifier is \"TFL2\", expected \"TFL3\"");
    }
    {
        std::vector<std::uint8_t> bytes = build(tiny_classifier());
        bytes[2] = 0xff;  // the root table offset now points far outside the file
        add("root offset outside the file", bytes,
            "malformed TFLite file: the FlatBuffers verifier rejects it (truncated or corrupted)");
    }
    add("schema version 2", classifier_with([](ModelSpec& spec) { spec.version = 2; }),
        "schema version 2 is not supported (fennec reads version 3)");
    add("two subgraphs", classifier_with([](ModelSpec& spec) { spec.subgraph_copies = 2; }),
        "the model has 2 subgraphs; fennec reads models with exactly one");

    // Indices.
    add("buffer index out of range",
        classifier_with([](ModelSpec& spec) { tensor(spec, filter).buffer = 99; }),
        "tensor 1 (\"conv/filter\"): buffer index 99 is out of range (the model has 7 buffers)");
    add("operator input index out of range",
        classifier_with([](ModelSpec& spec) { spec.operators[0].inputs[0] = 57; }),
        "operator 0 (CONV_2D, \"conv/out\"): input 0 is tensor 57, but the subgraph has 10 "
        "tensors");
    add("operator input index -2",
        classifier_with([](ModelSpec& spec) { spec.operators[2].inputs[2] = -2; }),
        "operator 2 (FULLY_CONNECTED, \"fc/out\"): input 2 is tensor -2, but the subgraph has 10 "
        "tensors");
    add("operator output index out of range",
        classifier_with([](ModelSpec& spec) { spec.operators[3].outputs[0] = 10; }),
        "operator 3 (SOFTMAX): output 0 is tensor 10, but the subgraph has 10 tensors");
    add("graph output index out of range",
        classifier_with([](ModelSpec& spec) { spec.outputs = {10}; }),
        "graph output 0 is tensor 10, but the subgraph has 10 tensors");
    add("opcode index out of range",
        classifier_with([](ModelSpec& spec) { spec.operators[1].opcode_index = 9; }),
        "operator 1: opcode index 9 is out of range (the model has 4 operator codes)");
    {
        const std::vector<std::uint8_t> bytes = classifier_with([](ModelSpec& spec) {
            spec.buffers[1] = {{}, 1000000, 54};
        });
        add("external buffer outside the file", bytes,
            "tensor 1 (\"conv/filter\"): its buffer lies outside the file (offset 1000000, 54 "
            "bytes, "
            "file of " +
                std::to_string(bytes.size()) + " bytes)");
    }

    // Shapes and data.
    add("negative dimension", classifier_with([](ModelSpec& spec) {
            tensor(spec, conv_out).shape = {1, -2, 2, 3};
        }),
        "tensor 3 (\"conv/out\"): dimension 1 of shape [1,-2,2,3] is -2; dimensions must be "
        "positive");
    add("zero dimension", classifier_with([](ModelSpec& spec) {
            tensor(spec, input).shape = {1, 0, 4, 2};
        }),
        "tensor 0 (\"input\"): dimension 1 of shape [1,0,4,2] is 0; dimensions must be positive");
    add("overflowing dimensions", classifier_with([](ModelSpec& spec) {
            tensor(spec, input).shape = {1, 65536, 65536, 2};
        }),
        "tensor 0 (\"input\"): shape [1,65536,65536,2] of int8 needs more than 2^31 - 1 bytes");
    add("shape disagrees with its buffer", classifier_with([](ModelSpec& spec) {
            tensor(spec, filter).shape = {3, 3, 3, 3};
        }),
        "tensor 1 (\"conv/filter\"): holds 54 bytes of constant data, but shape [3,3,3,3] of int8 "
        "needs 81");
    add("rank 9", classifier_with([](ModelSpec& spec) {
            tensor(spec, logits).shape = {1, 1, 1, 1, 1, 1, 1, 1, 4};
        }),
        "tensor 8 (\"fc/out\"): rank 9 is above fennec's limit of 8");
    add("a name that would break the line", classifier_with([](ModelSpec& spec) {
            tensor(spec, conv_out).name = "evil\nname\"\x01";
            tensor(spec, conv_out).shape = {1, -2, 2, 3};
        }),
        "tensor 3 (\"evil\\nname\\\"\\x01\"): dimension 1 of shape [1,-2,2,3] is -2; dimensions "
        "must be positive");

    // Tensor kinds and quantization.
    add("variable tensor",
        classifier_with([](ModelSpec& spec) { tensor(spec, conv_out).is_variable = true; }),
        "tensor 3 (\"conv/out\"): variable (state) tensors are not supported");
    add("sparse tensor",
        classifier_with([](ModelSpec& spec) { tensor(spec, filter).sparse = true; }),
        "tensor 1 (\"conv/filter\"): sparse tensors are not supported");
    add("int8 tensor without quantization", classifier_with([](ModelSpec& spec) {
            tensor(spec, logits).scales.clear();
            tensor(spec, logits).zero_points.clear();
        }),
        "tensor 8 (\"fc/out\"): int8 tensor without quantization (scale and zero point)");
    add("custom quantization details", classifier_with([](ModelSpec& spec) {
            tensor(spec, logits).quantization_details_type = 1;
        }),
        "tensor 8 (\"fc/out\"): custom quantization details (union type 1) are not supported");
    add("per-channel scale count", classifier_with([](ModelSpec& spec) {
            tensor(spec, filter).scales = {0.1f, 0.2f};
            tensor(spec, filter).zero_points = {0, 0};
        }),
        "tensor 1 (\"conv/filter\"): quantization has 2 scales, but dimension 0 of shape [3,3,3,2] "
        "has 3 entries");
    add("zero point outside int8",
        classifier_with([](ModelSpec& spec) { tensor(spec, input).zero_points = {300}; }),
        "tensor 0 (\"input\"): zero point 300 is outside the int8 range");
    add("zero scale",
        classifier_with([](ModelSpec& spec) { tensor(spec, conv_out).scales = {0.0f}; }),
        "tensor 3 (\"conv/out\"): scale 0 is 0; scales must be positive and finite");

    // Graph structure.
    add("reads a tensor produced later",
        classifier_with([](ModelSpec& spec) { std::swap(spec.operators[1], spec.operators[2]); }),
        "operator 1 (FULLY_CONNECTED, \"fc/out\"): input 0 reads tensor 5 (\"flatten/out\"), which "
        "operator 2 writes later; operators must come in execution order");
    add("reads its own output",
        classifier_with([](ModelSpec& spec) { spec.operators[3].inputs = {probabilities}; }),
        "operator 3 (SOFTMAX, \"probabilities\"): input 0 reads tensor 9 (\"probabilities\"), "
        "which "
        "this operator writes itself");
    add("reads a tensor nobody writes", classifier_with([](ModelSpec& spec) {
            spec.operators[2].inputs[0] = spec.activation("orphan", {1, 12});
        }),
        "operator 2 (FULLY_CONNECTED, \"fc/out\"): input 0 reads tensor 10 (\"orphan\"), which is "
        "neither a graph input, a constant, nor the output of an earlier operator");
    add("writes a constant",
        classifier_with([](ModelSpec& spec) { spec.operators[1].outputs = {reshape_shape}; }),
        "operator 1 (RESHAPE, \"flatten/shape\"): output 0 is tensor 4 (\"flatten/shape\"), which "
        "holds constant data");
    add("writes a tensor twice",
        classifier_with([](ModelSpec& spec) { spec.operators[1].outputs = {conv_out}; }),
        "operator 1 (RESHAPE, \"conv/out\"): output 0 is tensor 3 (\"conv/out\"), which operator 0 "
        "already writes");
    add("graph output never written", classifier_with([](ModelSpec& spec) {
            spec.outputs = {probabilities, spec.activation("unused", {1, 4})};
        }),
        "graph output 1 is tensor 10 (\"unused\"), which no operator writes");
    add("graph output that is a graph input", classifier_with([](ModelSpec& spec) {
            spec.outputs = {probabilities, input};
        }),
        "graph output 1 is tensor 0 (\"input\"), which is also a graph input");
    add("repeated graph input", classifier_with([](ModelSpec& spec) {
            spec.inputs = {input, input};
        }),
        "graph input 1 is tensor 0 (\"input\"), which is already an earlier graph input");

    // Operators.
    add("too few inputs",
        classifier_with([](ModelSpec& spec) { spec.operators[0].inputs = {input}; }),
        "operator 0 (CONV_2D, \"conv/out\"): takes 2 or 3 inputs, but has 1");
    add("axis out of range", mean_model({1, 7}),
        "operator 0 (MEAN, \"mean/out\"): axis 7 is out of range for rank 4 (valid: -4 to 3)");
    add("unsupported operator", classifier_with([](ModelSpec& spec) {
            spec.opcodes[3] = {44, 44, "", 1};
        }),
        "operator 3 (UNIDIRECTIONAL_SEQUENCE_LSTM, \"probabilities\"): "
        "UNIDIRECTIONAL_SEQUENCE_LSTM is "
        "not supported by fennec");
    add("custom operator", classifier_with([](ModelSpec& spec) {
            spec.opcodes[1] = {32, 32, "MyOp", 1};
        }),
        "operator 1 (CUSTOM:MyOp, \"flatten/out\"): CUSTOM:MyOp is not supported by fennec");
    add("fused activation TANH", classifier_with([](ModelSpec& spec) {
            spec.operators[0].options =
                conv2d_options(2, fb::Padding::SAME, fb::ActivationFunctionType::TANH);
        }),
        "operator 0 (CONV_2D, \"conv/out\"): fused activation TANH is not supported (NONE, RELU, "
        "RELU6 "
        "and RELU_N1_TO_1 are)");
    add("options table of another op",
        classifier_with([](ModelSpec& spec) { spec.operators[0].options = pool2d_options(3, 2); }),
        "operator 0 (CONV_2D, \"conv/out\"): options table is Pool2DOptions, expected "
        "Conv2DOptions");
    add("conv without options",
        classifier_with([](ModelSpec& spec) { spec.operators[0].options = {}; }),
        "operator 0 (CONV_2D, \"conv/out\"): has no Conv2DOptions table");
    add("filter channels disagree", classifier_with([](ModelSpec& spec) {
            tensor(spec, input).shape = {1, 4, 4, 3};
        }),
        "operator 0 (CONV_2D, \"conv/out\"): filter input channels (2) must equal input channels "
        "(3); "
        "grouped convolution is not supported");
    add("float32 between operators", classifier_with([](ModelSpec& spec) {
            tensor(spec, conv_out).type = fb::TensorType::FLOAT32;
        }),
        "operator 0 (CONV_2D, \"conv/out\"): output tensor 3 (\"conv/out\") must be int8, not "
        "float32");
    add("softmax output scale",
        classifier_with([](ModelSpec& spec) { tensor(spec, probabilities).scales = {0.5f}; }),
        "operator 3 (SOFTMAX, \"probabilities\"): output tensor 9 (\"probabilities\") must have "
        "scale 1/256 "
        "and zero point -128 (the int8 kernel's), not 0.5 and -128");
    add("output shape disagrees with stride", classifier_with([](ModelSpec& spec) {
            spec.operators[0].options =
                conv2d_options(1, fb::Padding::SAME, fb::ActivationFunctionType::RELU);
        }),
        "operator 0 (CONV_2D, \"conv/out\"): output tensor 3 (\"conv/out\") has shape [1,2,2,3], "
        "expected [1,4,4,3]");
    return cases;
}

}  // namespace fennec::gen::test
