// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The reader and the graph-level validation, in process: a small valid model is read into the
// expected Model, every hand-made malformed file is refused with its message, and no truncation
// or single-byte corruption of a valid file gets past the reader unnoticed or crashes it.
#include <catch2/catch.hpp>
#include <string>
#include <variant>
#include <vector>

#include "error.hpp"
#include "summary.hpp"
#include "support/malformed_cases.hpp"
#include "support/model_builder.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

using namespace fennec::gen;
using namespace fennec::gen::test;

TEST_CASE("a valid model is read into the model representation", "[gen][reader]") {
    const std::vector<std::uint8_t> bytes = build(tiny_classifier());
    const Model model = read_and_validate(bytes);

    CHECK(model.path == "test.tflite");
    CHECK(model.sha256.size() == 64);
    CHECK(model.schema_version == 3);
    CHECK(model.description == "fennec-gen test model");
    CHECK(model.metadata_names == std::vector<std::string>{"min_runtime_version"});
    REQUIRE(model.tensors.size() == 10);
    REQUIRE(model.operators.size() == 4);
    CHECK(model.inputs == std::vector<int>{0});
    CHECK(model.outputs == std::vector<int>{9});

    SECTION("tensors: shapes, quantization, constant data, graph roles, producers") {
        const Tensor& input = model.tensors[0];
        CHECK(input.name == "input");
        CHECK(input.dtype == DType::int8);
        CHECK(input.shape == std::vector<int>{1, 4, 4, 2});
        CHECK(input.quantization.scales == std::vector<float>{0.5f});
        CHECK(input.quantization.zero_points == std::vector<std::int64_t>{-1});
        CHECK(input.is_graph_input);
        CHECK_FALSE(input.is_constant());
        CHECK(input.producer == -1);

        const Tensor& filter = model.tensors[1];
        CHECK(filter.is_constant());
        CHECK(filter.data->size() == 54);
        CHECK(filter.quantization.per_channel());
        CHECK(filter.quantization.quantized_dimension == 0);

        const Tensor& bias = model.tensors[2];
        CHECK(bias.dtype == DType::int32);
        CHECK(*bias.data ==
              std::vector<std::uint8_t>{100, 0, 0, 0, 0x38, 0xff, 0xff, 0xff, 0x2c, 1, 0, 0});

        CHECK(model.tensors[3].producer == 0);
        CHECK(model.tensors[9].producer == 3);
        CHECK(model.tensors[9].is_graph_output);
    }

    SECTION("operators: codes, inputs, outputs and options") {
        const Operator& conv = model.operators[0];
        CHECK(conv.op == BuiltinOp::conv_2d);
        CHECK(std::string(conv.name()) == "CONV_2D");
        CHECK(conv.inputs == std::vector<int>{0, 1, 2});
        CHECK(conv.outputs == std::vector<int>{3});
        const auto& conv_options = std::get<Conv2dOptions>(conv.options);
        CHECK(conv_options.padding == fennec::Padding::same);
        CHECK(conv_options.stride_height == 2);
        CHECK(conv_options.stride_width == 2);
        CHECK(conv_options.dilation_height == 1);
        CHECK(conv_options.activation == fennec::Activation::relu);

        CHECK(model.operators[1].op == BuiltinOp::reshape);
        CHECK(model.operators[2].op == BuiltinOp::fully_connected);
        CHECK_FALSE(std::get<FullyConnectedOptions>(model.operators[2].options).keep_num_dims);
        CHECK(std::get<SoftmaxOptions>(model.operators[3].options).beta == 1.0f);
    }
}

TEST_CASE("a model with every supported operator is accepted", "[gen][reader]") {
    const Model model = read_and_validate(build(every_operator_model()));
    REQUIRE(model.operators.size() == 18);
    CHECK(model.tensors[static_cast<std::size_t>(model.inputs[1])].dtype == DType::float32);
    const ModelFigures figures = model_figures(model);
    CHECK(figures.op_counts.size() == 18);
    // Data constants: depthwise filter (36) and bias (4), the ADD operand (4). The PADV2 value
    // and the shape-like tensors are arguments.
    CHECK(figures.params == 44);
    CHECK(figures.weight_bytes == 36 + 16 + 4);
    CHECK(figures.macs == 4 * 4 * 4 * 9);
}

TEST_CASE("every malformed file is refused with its message", "[gen][reader]") {
    for (const MalformedCase& malformed : malformed_cases()) {
        CAPTURE(malformed.name);
        CHECK(refusal(malformed.bytes) == malformed.expected);
    }
}

TEST_CASE("a valid file cut short at any byte is refused", "[gen][reader]") {
    const std::vector<std::uint8_t> bytes = build(tiny_classifier());
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        CAPTURE(size, bytes.size());
        const std::vector<std::uint8_t> prefix(bytes.begin(),
                                               bytes.begin() + static_cast<std::ptrdiff_t>(size));
        CHECK_FALSE(refusal(prefix).empty());
    }
}

TEST_CASE("single-byte corruption anywhere is refused or read, never a crash", "[gen][reader]") {
    // A flipped byte may land in weights (still a valid model) or in structure (refused); either
    // way read_tflite and validate return normally or throw ModelError, which refusal() catches.
    const std::vector<std::uint8_t> bytes = build(tiny_classifier());
    std::size_t refused = 0;
    for (std::size_t position = 0; position < bytes.size(); ++position) {
        for (const std::uint8_t value :
             {std::uint8_t{0x00}, std::uint8_t{0xff}, std::uint8_t{0x80}}) {
            std::vector<std::uint8_t> corrupted = bytes;
            corrupted[position] = value;
            refused += refusal(corrupted).empty() ? 0u : 1u;
        }
    }
    CHECK(refused > bytes.size());
}

TEST_CASE("operator codes follow TFLite's rule for the two code fields", "[gen][reader]") {
    ModelSpec spec = tiny_classifier();
    SECTION("an old file sets only the 8-bit field") {
        for (OpcodeSpec& code : spec.opcodes) {
            code.builtin_code = 0;
        }
        CHECK(refusal(build(spec)).empty());
    }
    SECTION("a newer file may leave the 8-bit field at 0") {
        for (OpcodeSpec& code : spec.opcodes) {
            code.deprecated_builtin_code = 0;
        }
        CHECK(refusal(build(spec)).empty());
    }
    SECTION("codes above 127 live in the 32-bit field only") {
        spec.opcodes[1] = {127, 130, "", 1};
        CHECK(
            refusal(build(spec)) ==
            "operator 1 (BROADCAST_TO, \"flatten/out\"): BROADCAST_TO is not supported by fennec");
    }
    SECTION("entries may repeat, one per operator") {
        spec.opcodes.push_back(spec.opcodes[0]);
        spec.opcodes.push_back(spec.opcodes[0]);
        spec.operators[0].opcode_index = 5;
        CHECK(refusal(build(spec)).empty());
    }
    SECTION("every unsupported operator is named at once") {
        spec.opcodes[1] = {94, 94, "", 1};  // FILL
        spec.opcodes[3] = {27, 27, "", 1};  // SVDF
        CHECK(refusal(build(spec)) ==
              "operator 1 (FILL, \"flatten/out\"): FILL is not supported by fennec (unsupported "
              "operators in this model: FILL, SVDF)");
    }
}

TEST_CASE("constant data stored after the flatbuffer is read", "[gen][reader]") {
    // Files over 2 GB keep buffers outside the flatbuffer, located by (offset, size).
    ModelSpec spec = tiny_classifier();
    const std::vector<std::uint8_t> filter_bytes = spec.buffers[1].data;
    spec.buffers[1] = {{}, 2, filter_bytes.size()};
    const std::size_t flatbuffer_size =
        build(spec).size();  // the offset's value does not change it
    spec.buffers[1].offset = flatbuffer_size;
    spec.trailing_bytes = filter_bytes;
    const Model model = read_and_validate(build(spec));
    CHECK(model.tensors[1].is_constant());
    CHECK(*model.tensors[1].data == filter_bytes);

    SECTION("a buffer cannot have both inline and external data") {
        spec.buffers[1].data = filter_bytes;
        CHECK(refusal(build(spec)) ==
              "tensor 1 (\"conv/filter\"): its buffer has both inline data and an external offset");
    }
}

TEST_CASE("tensors that share a buffer share its bytes", "[gen][reader]") {
    // Converters deduplicate equal constants; a hostile file could point thousands of tensors at
    // one large buffer, so the bytes are held once, not copied per tensor.
    ModelSpec spec = tiny_classifier();
    TensorSpec alias = spec.tensors[1];
    alias.name = "conv/filter_alias";
    spec.tensors.push_back(alias);
    const Model model = read_and_validate(build(spec));
    REQUIRE(model.tensors[10].is_constant());
    CHECK(model.tensors[10].data == model.tensors[1].data);
}

TEST_CASE("unknown metadata is recorded by name and otherwise skipped", "[gen][reader]") {
    ModelSpec spec = tiny_classifier();
    spec.metadata_names = {"SL_PARAMSv1", "min_runtime_version", ""};
    const Model model = read_and_validate(build(spec));
    CHECK(model.metadata_names ==
          std::vector<std::string>{"SL_PARAMSv1", "min_runtime_version", ""});
}

TEST_CASE("error locations quote names safely", "[gen][reader]") {
    CHECK(quote("plain/name_1") == "\"plain/name_1\"");
    CHECK(quote("a\"b\\c\nd\te") == "\"a\\\"b\\\\c\\nd\\x09e\"");
    CHECK(quote(std::string("\xff\x00", 2)) == "\"\\xff\\x00\"");
    CHECK(quote(std::string(100, 'x')) == "\"" + std::string(80, 'x') + "...\"");
}
