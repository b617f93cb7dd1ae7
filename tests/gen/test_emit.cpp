// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// fennec-gen's back half on hand-made models: the constants of the quantize stage, its refusals,
// the plan (which must be the compiler's: the generated static_asserts check that in every build of
// a generated header), the int8 entry, the header's shape, the report and the summary.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "code_writer.hpp"
#include "cpp_names.hpp"
#include "emit_header.hpp"
#include "error.hpp"
#include "fennec/kernels/params/conv2d.hpp"
#include "fennec/kernels/params/fully_connected.hpp"
#include "plan.hpp"
#include "quantize.hpp"
#include "report.hpp"
#include "summary.hpp"
#include "support/emit_models.hpp"
#include "support/model_builder.hpp"
#include "support/run_tool.hpp"

using namespace fennec::gen;
using namespace fennec::gen::test;
using Op = fb::BuiltinOperator;

namespace {

// Everything the program writes for a model, made in this process.
struct Emitted {
    Model model;
    std::vector<LayerConstants> layers;
    ModelFigures figures;
    std::string header;
    std::string report;
};

Emitted emit(const ModelSpec& spec) {
    Emitted emitted{read_and_validate(build(spec)), {}, {}, {}, {}};
    emitted.layers = quantize(emitted.model);
    emitted.figures = model_figures(emitted.model);
    const HeaderSource source = make_header_source(emitted.model, emitted.layers, emitted.figures,
                                                   "test_model", "out/test_model.hpp", "9.9.9");
    emitted.header = emit_header(source);
    emitted.report = emit_report(source);
    return emitted;
}

// The message quantize() refuses the model with, or "".
std::string quantize_refusal(const ModelSpec& spec) {
    const Model model = read_and_validate(build(spec));
    try {
        static_cast<void>(quantize(model));
    } catch (const ModelError& error) {
        return error.what();
    }
    return "";
}

const TensorPlacement& placement(const GraphPlan& plan, const Model& model, const char* name) {
    const auto found =
        std::find_if(plan.tensors.begin(), plan.tensors.end(), [&](const TensorPlacement& tensor) {
            return model.tensors[static_cast<std::size_t>(tensor.tensor)].name == name;
        });
    REQUIRE(found != plan.tensors.end());
    return *found;
}

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t count = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) {
        ++count;
    }
    return count;
}

std::string read_text(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("tensor type names come from the model's names and indices", "[gen][emit]") {
    SECTION("the last two parts of the first fused name, in CamelCase") {
        CHECK(tensor_type_name(
                  "functional_1/activation/Relu;functional_1/batch_normalization/FusedBatchNormV3",
                  22) == "ActivationRelu_22");
        CHECK(tensor_type_name("model/conv2d_5/BiasAdd;model/conv2d_5/Conv2D", 28) ==
              "Conv2d5BiasAdd_28");
        CHECK(tensor_type_name("input_1", 0) == "Input1_0");
        CHECK(tensor_type_name("serving_default_input_1:0", 0) == "ServingDefaultInput10_0");
    }
    SECTION("no letters or digits, a leading digit, untrusted bytes") {
        CHECK(tensor_type_name("", 7) == "Tensor_7");
        CHECK(tensor_type_name(";/", 7) == "Tensor_7");
        CHECK(tensor_type_name("3d/out", 4) == "T3dOut_4");
        CHECK(tensor_type_name("a\"b\n\xff;c", 1) == "AB_1");
    }
    SECTION("at most 32 characters before the index") {
        const std::string name = tensor_type_name(std::string(100, 'x'), 123);
        CHECK(name == std::string("X") + std::string(31, 'x') + "_123");
        CHECK(is_cpp_identifier(name));
    }
}

TEST_CASE("floats are written as literals that read back exactly", "[gen][emit]") {
    CHECK(float_literal(0.5f) == "0.5f");
    CHECK(float_literal(1.0f) == "1.0f");
    CHECK(float_literal(1e-5f) == "1e-05f");
    for (const float value : {0.584703028f, 0.00390625f, 3.0518509e-5f, 1.0f / 3.0f, 123456.79f}) {
        CAPTURE(value);
        const std::string literal = float_literal(value);
        CHECK(std::strtof(literal.c_str(), nullptr) == value);
    }
}

TEST_CASE("the quantize stage takes its constants from the kernels' params helpers",
          "[gen][emit]") {
    const Model model = read_and_validate(build(tiny_classifier()));
    const std::vector<LayerConstants> layers = quantize(model);
    const Operator& conv = model.operators[0];
    const Tensor& input = model.tensors[static_cast<std::size_t>(conv.inputs[0])];
    const Tensor& filter = model.tensors[static_cast<std::size_t>(conv.inputs[1])];
    const Tensor& output = model.tensors[static_cast<std::size_t>(conv.outputs[0])];
    const auto& conv_layer = std::get<WeightedLayer>(layers[0]);
    REQUIRE(conv_layer.per_channel);
    REQUIRE(conv_layer.output_multiplier.size() == filter.quantization.scales.size());
    for (std::size_t c = 0; c < filter.quantization.scales.size(); ++c) {
        const fennec::QuantizedMultiplier expected = fennec::kernels::conv2d_channel_multiplier(
            input.quantization.scales[0], filter.quantization.scales[c],
            output.quantization.scales[0]);
        CHECK(conv_layer.output_multiplier[c] == expected.multiplier);
        CHECK(conv_layer.output_shift[c] == expected.shift);
    }
    CHECK(conv_layer.activation == fennec::Activation::relu);

    // FULLY_CONNECTED with per-tensor weights: TFLM's float product of the scales.
    const Operator& fc = model.operators[2];
    const auto& fc_layer = std::get<WeightedLayer>(layers[2]);
    const fennec::QuantizedMultiplier expected = fennec::kernels::fully_connected_output_multiplier(
        model.tensors[static_cast<std::size_t>(fc.inputs[0])].quantization.scales[0],
        model.tensors[static_cast<std::size_t>(fc.inputs[1])].quantization.scales[0],
        model.tensors[static_cast<std::size_t>(fc.outputs[0])].quantization.scales[0]);
    REQUIRE(fc_layer.output_multiplier.size() == 1);
    CHECK(fc_layer.output_multiplier[0] == expected.multiplier);
    CHECK(fc_layer.output_shift[0] == expected.shift);
    CHECK(std::holds_alternative<SoftmaxLayer>(layers[3]));
}

TEST_CASE("the quantize stage refuses what the kernels cannot compute bit-exact", "[gen][emit]") {
    SECTION("ADD whose output multiplier is not below 1") {
        ModelSpec spec;
        const int a = spec.activation("a", {1, 4}, 1.0f, 0);
        const int b = spec.activation("b", {1, 4}, 1.0f, 0);
        const int sum = spec.activation("sum", {1, 4}, 1e-7f, 0);
        CHECK_THAT(
            quantize_refusal(single_operator(spec, Op::ADD, {a, b}, sum, add_options())),
            Catch::StartsWith("operator 0 (ADD, \"sum\"): output scale 1e-07 is too small") &&
                Catch::Contains("output multiplier below 1"));
    }
    SECTION("CONCATENATION of inputs quantized unlike the output") {
        ModelSpec spec;
        const int a = spec.activation("a", {1, 4}, 0.5f, 0);
        const int b = spec.activation("b", {1, 4}, 0.25f, 0);
        const int joined = spec.activation("joined", {1, 8}, 0.5f, 0);
        CHECK_THAT(quantize_refusal(single_operator(spec, Op::CONCATENATION, {a, b}, joined,
                                                    concatenation_options(1))),
                   Catch::StartsWith("operator 0 (CONCATENATION, \"joined\"): input 1 tensor 1 "
                                     "(\"b\") has scale 0.25") &&
                       Catch::Contains("int8 concatenation needs them equal"));
    }
    SECTION("a constant operand") {
        ModelSpec spec;
        const int a = spec.activation("a", {1, 4}, 0.5f, 0);
        const int offsets = spec.constant_int8("offsets", {4}, {0.5f});
        const int sum = spec.activation("sum", {1, 4}, 0.5f, 0);
        CHECK_THAT(
            quantize_refusal(single_operator(spec, Op::ADD, {a, offsets}, sum, add_options())),
            Catch::StartsWith("operator 0 (ADD, \"sum\"): operand 1 tensor 1 (\"offsets\") is "
                              "a constant"));
    }
    SECTION("LOGISTIC with an input scale outside the kernel's range") {
        ModelSpec spec;
        const int x = spec.activation("x", {1, 4}, 16.0f, 0);
        const int y = spec.activation("y", {1, 4}, 1.0f / 256, -128);
        CHECK_THAT(quantize_refusal(single_operator(spec, Op::LOGISTIC, {x}, y)),
                   Catch::Contains("input scale 16 lies outside [2^-27, 8)"));
    }
    SECTION("SOFTMAX whose beta * input scale is too small") {
        ModelSpec spec;
        const int x = spec.activation("x", {1, 4}, 1e-9f, 0);
        const int y = spec.activation("y", {1, 4}, 1.0f / 256, -128);
        CHECK_THAT(quantize_refusal(single_operator(spec, Op::SOFTMAX, {x}, y, softmax_options())),
                   Catch::Contains("beta * input scale"));
    }
    SECTION("the first refusal of a model is the one reported") {
        CHECK_THAT(quantize_refusal(every_operator_model()),
                   Catch::StartsWith("operator 4 (CONCATENATION, \"concat/out\")"));
    }
}

TEST_CASE("the program refuses with one line naming file, operator and tensor, and writes nothing",
          "[gen][emit]") {
    ModelSpec spec;
    const int a = spec.activation("a", {1, 4}, 1.0f, 0);
    const int b = spec.activation("b", {1, 4}, 1.0f, 0);
    const int sum = spec.activation("sum", {1, 4}, 1e-7f, 0);
    const ScratchFolder folder;
    const std::string model = folder.write(
        "bad.tflite", build(single_operator(spec, Op::ADD, {a, b}, sum, add_options())));
    const ToolRun run = run_fennec_gen({model, "-o", (folder.path() / "bad.hpp").string(),
                                        "--summary-json", (folder.path() / "bad.json").string(),
                                        "--report", (folder.path() / "bad.html").string()});
    CHECK(run.exit_status == 1);
    CHECK_THAT(run.standard_error, Catch::StartsWith(model + ": operator 0 (ADD, \"sum\"): "));
    CHECK(std::count(run.standard_error.begin(), run.standard_error.end(), '\n') == 1);
    CHECK(folder.files() == std::vector<std::string>{"bad.tflite"});
}

TEST_CASE("the plan repeats the graph's analysis: views and in-place ops share bytes",
          "[gen][emit]") {
    // input 32 B -> conv 12 B -> reshape (view) -> fully_connected 4 B -> softmax (in place).
    const Model model = read_and_validate(build(tiny_classifier()));
    const GraphDescription graph = full_graph(model);
    REQUIRE(graph.ops.size() == 4);
    CHECK(graph.ops[1].is_view);
    CHECK(graph.ops[3].in_place_input == 0);
    const GraphPlan plan = plan_graph(model, graph);
    const TensorPlacement& conv = placement(plan, model, "conv/out");
    CHECK(placement(plan, model, "flatten/out").alias_of == conv.tensor);
    CHECK(placement(plan, model, "flatten/out").offset == conv.offset);
    CHECK(placement(plan, model, "probabilities").alias_of ==
          placement(plan, model, "fc/out").tensor);
    // Op 0 holds input and conv output at once: 44 bytes, 48 with 16-byte alignment.
    CHECK(plan.lower_bound_bytes == 44);
    CHECK(plan.arena_bytes == 48);
    CHECK(placement(plan, model, "input").first_op == -1);
    CHECK(placement(plan, model, "probabilities").last_op == 4);
}

TEST_CASE("the int8 entry leaves out the float edges", "[gen][emit]") {
    const Model with_edges = read_and_validate(build(emittable_every_operator_model()));
    const std::optional<GraphDescription> int8 = int8_graph(with_edges);
    REQUIRE(int8.has_value());
    CHECK(int8->ops.size() == with_edges.operators.size() - 2);
    const auto name_of = [&](int index) {
        return with_edges.tensors[static_cast<std::size_t>(index)].name;
    };
    CHECK(name_of(int8->inputs[0]) == "features");
    CHECK(name_of(int8->inputs[1]) == "quantize/out");
    CHECK(name_of(int8->outputs[0]) == "gate");
    CHECK(name_of(int8->outputs[1]) == "softmax/out");

    const Model int8_only = read_and_validate(build(tiny_classifier()));
    CHECK_FALSE(int8_graph(int8_only).has_value());
}

TEST_CASE("the header holds every layer, both entries and the plan checks", "[gen][emit]") {
    const Emitted emitted = emit(emittable_every_operator_model());
    const std::string& header = emitted.header;
    CHECK_THAT(header, Catch::StartsWith("// generated by fennec-gen 9.9.9 from test.tflite "
                                         "(sha256 " +
                                         emitted.model.sha256 +
                                         ") - do not edit; regenerate with: fennec-gen test.tflite "
                                         "-o test_model.hpp --name test_model\n"));
    CHECK_THAT(header, Catch::Contains("#pragma once\n") &&
                           Catch::Contains("#include \"fennec/fennec.hpp\"\n") &&
                           Catch::Contains("namespace test_model {\n"));
    const std::vector<std::string> descriptors = {"StridedSlice<",
                                                  "Mul<",
                                                  "Tanh<",
                                                  "Requantize<",
                                                  "Concatenation<",
                                                  "Mean<",
                                                  "Squeeze<",
                                                  "Logistic<",
                                                  "Quantize<",
                                                  "ResizeNearestNeighbor<",
                                                  "Conv2d<",
                                                  "DepthwiseConv2d<",
                                                  "MaxPool2d<",
                                                  "AveragePool2d<",
                                                  "Transpose<",
                                                  "Reshape<",
                                                  "FullyConnectedPerChannel<",
                                                  "Add<",
                                                  "Softmax<",
                                                  "Dequantize<"};
    for (const std::string& descriptor : descriptors) {
        CAPTURE(descriptor);
        CHECK(count_of(header, std::string("using op = fennec::ops::") + descriptor) == 1);
    }
    CHECK(count_of(header, "using op = fennec::ops::Pad<") == 2);  // PAD and PADV2
    CHECK(count_of(header, "\nnamespace layer") == emitted.model.operators.size());
    CHECK_THAT(
        header,
        Catch::Contains("// [0] PADV2  1x4x4x3 -> 1x6x6x3  paddings 0,0 1,1 1,1 0,0  value 11\n"));
    CHECK_THAT(header, Catch::Contains("// [11] CONV_2D  1x4x4x4 -> 1x4x4x4  1x1 s1 SAME  none "
                                       "[-128,127]\n"));
    // relu6 with output scale 0.05 and zero point 1: [1 + round(0 / 0.05), 1 + round(6 / 0.05)].
    CHECK_THAT(header,
               Catch::Contains("// [12] DEPTHWISE_CONV_2D  1x4x4x4 -> 1x4x4x4  3x3 s1 SAME  "
                               "relu6 [1,121]\n"));
    CHECK_THAT(header, Catch::Contains("using Model = fennec::Graph<\n    fennec::TensorList<") &&
                           Catch::Contains("using ModelInt8 = fennec::Graph<\n"));
    CHECK(count_of(header, "static_assert(Model::arena_bytes == ") == 1);
    CHECK(count_of(header, "static_assert(ModelInt8::arena_bytes == ") == 1);
    CHECK(count_of(header, "static_assert(Model::arena_lower_bound_bytes == ") == 1);
    // Inputs and outputs, with the int8 side's quantization.
    CHECK_THAT(header,
               Catch::Contains("inline constexpr float input1_scale = 0.02f;\n") &&
                   Catch::Contains("inline constexpr std::int32_t input1_zero_point = -3;\n") &&
                   Catch::Contains("using Output1Shape = fennec::Shape<1, 6>;\n"));
    // Weights as typed arrays, never bytes in hex.
    CHECK_THAT(header, Catch::Contains(
                           "alignas(16) inline constexpr std::int8_t filter[4 * 1 * 1 * 4] = {"));
    CHECK(header.find("0x") == std::string::npos);
}

TEST_CASE("the same model gives the same bytes", "[gen][emit]") {
    const Emitted first = emit(emittable_every_operator_model());
    const Emitted second = emit(emittable_every_operator_model());
    CHECK(first.header == second.header);
    CHECK(first.report == second.report);

    // The output folder does not show in the header: only the file names do.
    const ScratchFolder folder;
    const std::string model = folder.write("m.tflite", build(tiny_classifier()));
    std::filesystem::create_directories(folder.path() / "a");
    std::filesystem::create_directories(folder.path() / "b" / "c");
    for (const char* out : {"a/m.hpp", "b/c/m.hpp"}) {
        REQUIRE(run_fennec_gen({model, "-o", (folder.path() / out).string()}).exit_status == 0);
    }
    CHECK(read_text(folder.path() / "a/m.hpp") == read_text(folder.path() / "b/c/m.hpp"));
}

TEST_CASE("the report is one self-contained page with the layer table and the plan",
          "[gen][emit]") {
    const Emitted emitted = emit(tiny_classifier());
    const std::string& report = emitted.report;
    CHECK_THAT(report, Catch::StartsWith("<!DOCTYPE html>") && Catch::EndsWith("</html>\n"));
    for (const char* external : {"<script", "src=", "href=", "<link", "url(", "@import"}) {
        CAPTURE(external);
        CHECK(report.find(external) == std::string::npos);
    }
    CHECK(count_of(report, "<svg") == 1);
    CHECK(count_of(report, "<tr><td class=\"n\">") == emitted.model.operators.size());
    // One rectangle per tensor, titled with its name, plus the chart's background.
    CHECK(count_of(report, "<rect ") == 5 + 1);
    CHECK_THAT(report,
               Catch::Contains("<title>Probabilities_") && Catch::Contains("in place of FcOut_"));
}

TEST_CASE("the summary gives the arena figures of the header's Model", "[gen][emit]") {
    const Model model = read_and_validate(build(tiny_classifier()));
    const nlohmann::json summary = nlohmann::json::parse(summary_json(model, model_figures(model)));
    CHECK(summary["arena_bytes"] == 48);
    CHECK(summary["arena_lower_bound_bytes"] == 44);
}
