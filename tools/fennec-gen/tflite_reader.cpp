// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "tflite_reader.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <system_error>

#include "error.hpp"
#include "sha256.hpp"
#include "tflite_options.hpp"
#include "tflite_subset_generated.h"

namespace fennec::gen {
namespace {

namespace fb = tflite;

constexpr std::uint32_t supported_schema_version = 3;

// The TFLite builtin code of an operator-code entry: the larger of the 8-bit field (all that
// files before schema 3a set) and the 32-bit one (which newer files use for every code, keeping
// the 8-bit field at 127 or below). This is TFLite's GetBuiltinCode.
std::int32_t builtin_code(const fb::OperatorCode& code) {
    return std::max(static_cast<std::int32_t>(code.builtin_code()),
                    static_cast<std::int32_t>(code.deprecated_builtin_code()));
}

// TFLite's name for an operator code, for messages: "SVDF", "CUSTOM:TFLite_Detection_PostProcess".
std::string builtin_name(std::int32_t code, const fb::OperatorCode& entry) {
    if (code == static_cast<std::int32_t>(fb::BuiltinOperator::CUSTOM)) {
        const std::string custom = entry.custom_code() != nullptr ? entry.custom_code()->str() : "";
        const std::string shown = quote(custom);
        return "CUSTOM:" + shown.substr(1, shown.size() - 2);
    }
    const char* name = fb::EnumNameBuiltinOperator(static_cast<fb::BuiltinOperator>(code));
    return *name != '\0' ? std::string(name) : "BUILTIN_" + std::to_string(code);
}

void check_identifier(const std::vector<std::uint8_t>& bytes) {
    if (bytes.size() < 8) {
        fail("not a TFLite model: the file has only " + std::to_string(bytes.size()) +
             " bytes (a flatbuffer starts with an 8-byte header)");
    }
    const std::string identifier(reinterpret_cast<const char*>(bytes.data()) + 4, 4);
    if (identifier != fb::ModelIdentifier()) {
        fail("not a TFLite model: file identifier is " + quote(identifier) + ", expected \"" +
             fb::ModelIdentifier() + "\"");
    }
}

DType read_dtype(const fb::Tensor& source, const Tensor& tensor) {
    const auto raw = static_cast<int>(source.type());
    if (raw < 0 || raw > static_cast<int>(fb::TensorType::MAX)) {
        fail_tensor(tensor, "unknown element type " + std::to_string(raw));
    }
    return static_cast<DType>(raw);
}

using SharedBytes = std::shared_ptr<const std::vector<std::uint8_t>>;

// The constant bytes of a buffer: inline data, or, in files written with buffers outside the
// flatbuffer, the (offset, size) range of the file. Null for an empty buffer (no constant).
SharedBytes read_buffer(const fb::Buffer& buffer,
                        const std::vector<std::uint8_t>& file,
                        const Tensor& tensor) {
    const auto* inline_data = buffer.data();
    const bool has_inline = inline_data != nullptr && inline_data->size() > 0;
    const bool has_external = buffer.offset() > 1;
    if (has_inline && has_external) {
        fail_tensor(tensor, "its buffer has both inline data and an external offset");
    }
    if (has_inline) {
        return std::make_shared<const std::vector<std::uint8_t>>(inline_data->begin(),
                                                                 inline_data->end());
    }
    if (has_external) {
        const std::uint64_t offset = buffer.offset();
        const std::uint64_t size = buffer.size();
        if (offset > file.size() || size > file.size() - offset) {
            fail_tensor(tensor, "its buffer lies outside the file (offset " +
                                    std::to_string(offset) + ", " + std::to_string(size) +
                                    " bytes, file of " + std::to_string(file.size()) + " bytes)");
        }
        if (size > 0) {
            const auto begin = file.begin() + static_cast<std::ptrdiff_t>(offset);
            return std::make_shared<const std::vector<std::uint8_t>>(
                begin, begin + static_cast<std::ptrdiff_t>(size));
        }
    }
    return nullptr;
}

Quantization read_quantization(const fb::QuantizationParameters& source, const Tensor& tensor) {
    if (source.details_type() != 0) {
        fail_tensor(tensor, "custom quantization details (union type " +
                                std::to_string(source.details_type()) + ") are not supported");
    }
    Quantization quantization;
    if (source.scale() != nullptr) {
        quantization.scales.assign(source.scale()->begin(), source.scale()->end());
    }
    if (const auto* zero_points = source.zero_point()) {
        // The verifier checks the 4-byte alignment of a vector's length, not the 8-byte alignment
        // of 64-bit elements, so they are copied out rather than loaded in place (a fuzzer
        // finding: tests/gen/fuzz_regressions/misaligned_int64_zero_points.tflite).
        quantization.zero_points.resize(zero_points->size());
        for (std::size_t i = 0; i < quantization.zero_points.size(); ++i) {
            std::int64_t value;
            std::memcpy(&value, zero_points->Data() + i * sizeof value, sizeof value);
            quantization.zero_points[i] = flatbuffers::EndianScalar(value);
        }
    }
    quantization.quantized_dimension = source.quantized_dimension();
    return quantization;
}

void read_tensors(const fb::SubGraph& graph,
                  const fb::Model& root,
                  const std::vector<std::uint8_t>& file,
                  Model& model) {
    const auto* tensors = graph.tensors();
    const std::size_t buffer_count = root.buffers() != nullptr ? root.buffers()->size() : 0;
    const std::size_t tensor_count = tensors != nullptr ? tensors->size() : 0;
    model.tensors.reserve(tensor_count);
    // Each buffer is read once, when the first tensor needs it, and shared by later ones.
    std::vector<SharedBytes> buffers(buffer_count);
    std::vector<bool> buffer_read(buffer_count, false);
    for (std::size_t i = 0; i < tensor_count; ++i) {
        const fb::Tensor& source = *tensors->Get(static_cast<flatbuffers::uoffset_t>(i));
        Tensor& tensor = model.tensors.emplace_back();
        tensor.index = static_cast<int>(i);
        tensor.name = source.name() != nullptr ? source.name()->str() : "";
        tensor.dtype = read_dtype(source, tensor);
        if (source.shape() != nullptr) {
            tensor.shape.assign(source.shape()->begin(), source.shape()->end());
        }
        tensor.is_variable = source.is_variable();
        if (source.sparsity() != nullptr) {
            fail_tensor(tensor, "sparse tensors are not supported");
        }
        if (source.quantization() != nullptr) {
            tensor.quantization = read_quantization(*source.quantization(), tensor);
        }
        if (source.buffer() >= buffer_count) {
            fail_tensor(tensor, "buffer index " + std::to_string(source.buffer()) +
                                    " is out of range (the model has " +
                                    std::to_string(buffer_count) + " buffers)");
        }
        if (!buffer_read[source.buffer()]) {
            buffers[source.buffer()] =
                read_buffer(*root.buffers()->Get(source.buffer()), file, tensor);
            buffer_read[source.buffer()] = true;
        }
        tensor.data = buffers[source.buffer()];
    }
}

std::vector<int> read_graph_ends(const flatbuffers::Vector<std::int32_t>* indices,
                                 const char* role,
                                 const Model& model) {
    std::vector<int> ends;
    if (indices == nullptr) {
        return ends;
    }
    for (flatbuffers::uoffset_t i = 0; i < indices->size(); ++i) {
        const std::int32_t index = indices->Get(i);
        if (index < 0 || static_cast<std::size_t>(index) >= model.tensors.size()) {
            fail(std::string("graph ") + role + " " + std::to_string(i) + " is tensor " +
                 std::to_string(index) + ", but the subgraph has " +
                 std::to_string(model.tensors.size()) + " tensors");
        }
        ends.push_back(index);
    }
    return ends;
}

// "operator 5 (SVDF, "name")", for operators that have no BuiltinOp.
std::string unsupported_location(std::size_t index,
                                 const std::string& name,
                                 const fb::Operator& source,
                                 const Model& model) {
    std::string location = "operator " + std::to_string(index) + " (" + name;
    const auto* outputs = source.outputs();
    if (outputs != nullptr && outputs->size() > 0 && outputs->Get(0) >= 0 &&
        static_cast<std::size_t>(outputs->Get(0)) < model.tensors.size()) {
        location += ", " + quote(model.tensors[static_cast<std::size_t>(outputs->Get(0))].name);
    }
    return location + ")";
}

// The effective builtin code of every operator; refuses the first unsupported one, naming the
// model's other unsupported operators as well so that one run tells the whole story.
std::vector<std::int32_t> read_operator_codes(const fb::SubGraph& graph,
                                              const fb::Model& root,
                                              const Model& model) {
    const auto* operators = graph.operators();
    const auto* codes = root.operator_codes();
    const std::size_t code_count = codes != nullptr ? codes->size() : 0;
    const std::size_t operator_count = operators != nullptr ? operators->size() : 0;

    std::vector<std::int32_t> op_codes;
    std::string first_problem;
    std::set<std::string> unsupported_names;
    for (std::size_t i = 0; i < operator_count; ++i) {
        const fb::Operator& source = *operators->Get(static_cast<flatbuffers::uoffset_t>(i));
        if (source.opcode_index() >= code_count) {
            fail("operator " + std::to_string(i) + ": opcode index " +
                 std::to_string(source.opcode_index()) + " is out of range (the model has " +
                 std::to_string(code_count) + " operator codes)");
        }
        const fb::OperatorCode& entry = *codes->Get(source.opcode_index());
        const std::int32_t code = builtin_code(entry);
        if (!is_supported_builtin(code)) {
            const std::string name = builtin_name(code, entry);
            if (first_problem.empty()) {
                first_problem = unsupported_location(i, name, source, model) + ": " + name +
                                " is not supported by fennec";
            }
            unsupported_names.insert(name);
        }
        op_codes.push_back(code);
    }
    if (!first_problem.empty()) {
        if (unsupported_names.size() > 1) {
            std::string all;
            for (const std::string& name : unsupported_names) {
                all += (all.empty() ? "" : ", ") + name;
            }
            first_problem += " (unsupported operators in this model: " + all + ")";
        }
        fail(first_problem);
    }
    return op_codes;
}

void read_operators(const fb::SubGraph& graph, const fb::Model& root, Model& model) {
    const std::vector<std::int32_t> op_codes = read_operator_codes(graph, root, model);
    const auto tensor_count = static_cast<std::int64_t>(model.tensors.size());
    for (std::size_t i = 0; i < op_codes.size(); ++i) {
        const fb::Operator& source =
            *graph.operators()->Get(static_cast<flatbuffers::uoffset_t>(i));
        Operator& op = model.operators.emplace_back();
        op.index = static_cast<int>(i);
        op.op = static_cast<BuiltinOp>(op_codes[i]);
        op.version = root.operator_codes()->Get(source.opcode_index())->version();
        if (source.inputs() != nullptr) {
            op.inputs.assign(source.inputs()->begin(), source.inputs()->end());
        }
        if (source.outputs() != nullptr) {
            op.outputs.assign(source.outputs()->begin(), source.outputs()->end());
        }
        for (std::size_t k = 0; k < op.inputs.size(); ++k) {
            if (op.inputs[k] < -1 || op.inputs[k] >= tensor_count) {
                fail_operator(model, op,
                              "input " + std::to_string(k) + " is tensor " +
                                  std::to_string(op.inputs[k]) + ", but the subgraph has " +
                                  std::to_string(tensor_count) + " tensors");
            }
        }
        for (std::size_t k = 0; k < op.outputs.size(); ++k) {
            if (op.outputs[k] < 0 || op.outputs[k] >= tensor_count) {
                fail_operator(model, op,
                              "output " + std::to_string(k) + " is tensor " +
                                  std::to_string(op.outputs[k]) + ", but the subgraph has " +
                                  std::to_string(tensor_count) + " tensors");
            }
        }
        op.options = read_options(source, model, op);
    }
}

}  // namespace

std::vector<std::uint8_t> read_file_bytes(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        fail("cannot open: " + std::generic_category().message(errno));
    }
    std::vector<std::uint8_t> bytes;
    char chunk[65536];
    while (file) {
        file.read(chunk, sizeof chunk);
        bytes.insert(bytes.end(), chunk, chunk + file.gcount());
        if (bytes.size() > max_model_file_bytes) {
            fail("the file is larger than 2 GiB, the limit of a flatbuffer");
        }
    }
    if (file.bad()) {
        fail("cannot read: " + std::generic_category().message(errno));
    }
    return bytes;
}

Model read_tflite(const std::vector<std::uint8_t>& bytes, const std::string& path) {
    if (bytes.size() > max_model_file_bytes) {
        fail("the file is larger than 2 GiB, the limit of a flatbuffer");
    }
    check_identifier(bytes);
    flatbuffers::Verifier verifier(bytes.data(), bytes.size(), /*max_depth=*/64,
                                   /*max_tables=*/1000000);
    if (!fb::VerifyModelBuffer(verifier)) {
        fail("malformed TFLite file: the FlatBuffers verifier rejects it (truncated or corrupted)");
    }
    const fb::Model& root = *fb::GetModel(bytes.data());

    Model model;
    model.path = path;
    model.sha256 = sha256_hex(bytes.data(), bytes.size());
    model.schema_version = root.version();
    if (model.schema_version != supported_schema_version) {
        fail("schema version " + std::to_string(model.schema_version) +
             " is not supported (fennec reads version " + std::to_string(supported_schema_version) +
             ")");
    }
    if (root.description() != nullptr) {
        model.description = root.description()->str();
    }
    if (root.metadata() != nullptr) {
        for (const fb::Metadata* entry : *root.metadata()) {
            model.metadata_names.push_back(entry->name() != nullptr ? entry->name()->str() : "");
        }
    }

    const std::size_t subgraph_count = root.subgraphs() != nullptr ? root.subgraphs()->size() : 0;
    if (subgraph_count != 1) {
        fail("the model has " + std::to_string(subgraph_count) +
             " subgraphs; fennec reads models with exactly one");
    }
    const fb::SubGraph& graph = *root.subgraphs()->Get(0);
    read_tensors(graph, root, bytes, model);
    model.inputs = read_graph_ends(graph.inputs(), "input", model);
    model.outputs = read_graph_ends(graph.outputs(), "output", model);
    read_operators(graph, root, model);
    return model;
}

}  // namespace fennec::gen
