// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Every run of one builtin op in the shared golden data, with all its dumped input and output
// tensors (any dtype, with scale and zero point), plus the two operator options the element-wise
// golden tests need from the .tflite file: SOFTMAX's beta and ADD/MUL's fused activation. Built
// on golden_tensors.hpp (locating the data, skipping without it).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "fennec/core/activation.hpp"
#include "kernels/golden_tensors.hpp"

namespace fennec::test {

struct GoldenTensorData {
    int index;
    std::string dtype;  // "int8", "float32", ...
    std::vector<int> shape;
    float scale;  // 0 when the tensor is not quantized
    std::int32_t zero_point;
    std::vector<std::uint8_t> bytes;

    std::vector<std::int8_t> int8() const {
        return std::vector<std::int8_t>(bytes.begin(), bytes.end());
    }
    std::vector<float> float32() const {
        std::vector<float> values(bytes.size() / sizeof(float));
        std::memcpy(values.data(), bytes.data(), values.size() * sizeof(float));
        return values;
    }
};

// One operator of one model in one dumped case.
struct GoldenOpRun {
    std::string where;  // "<model>/<case> op <index>", for CAPTURE
    std::filesystem::path model_file;
    int op_index;
    std::vector<GoldenTensorData> inputs;
    std::vector<GoldenTensorData> outputs;
};

namespace detail {

inline std::vector<std::uint8_t> read_bytes(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw std::runtime_error("cannot open " + path.string());
    }
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

inline GoldenTensorData read_dumped_tensor(const std::filesystem::path& tensors_dir,
                                           const nlohmann::json& manifest,
                                           int index) {
    for (const auto& entry : manifest.at("tensors")) {
        if (entry.at("index").get<int>() != index) {
            continue;
        }
        const bool quantized = entry.contains("scale") && entry.at("scale").is_number();
        // The scales are float32 values printed with enough digits to read them back exactly.
        return {index,
                entry.at("dtype").get<std::string>(),
                entry.at("shape").get<std::vector<int>>(),
                quantized ? static_cast<float>(entry.at("scale").get<double>()) : 0.0f,
                quantized ? entry.at("zero_point").get<std::int32_t>() : 0,
                read_bytes(tensors_dir / entry.at("file").get<std::string>())};
    }
    throw std::runtime_error("tensor " + std::to_string(index) + " was not dumped");
}

}  // namespace detail

// Every run of `op_name` in every dumped case of every model in `golden`.
inline std::vector<GoldenOpRun> golden_op_runs(const std::filesystem::path& golden,
                                               const std::string& op_name) {
    std::vector<GoldenOpRun> runs;
    std::vector<std::filesystem::path> models;
    for (const auto& entry : std::filesystem::directory_iterator(golden)) {
        if (entry.is_directory() && std::filesystem::exists(entry.path() / "graph.json")) {
            models.push_back(entry.path());
        }
    }
    std::sort(models.begin(), models.end());
    for (const auto& model_dir : models) {
        const std::string model = model_dir.filename().string();
        const nlohmann::json graph = read_json(model_dir / "graph.json");
        const std::filesystem::path model_file =
            golden.parent_path() /
            read_json(model_dir / "manifest.json").at("model").get<std::string>();
        for (const std::string& case_name : dumped_cases(golden, model)) {
            const std::filesystem::path tensors_dir = model_dir / case_name / "tensors";
            const nlohmann::json manifest = read_json(tensors_dir / "manifest.json");
            for (const auto& op : graph.at("ops")) {
                if (op.at("op").get<std::string>() != op_name) {
                    continue;
                }
                const int op_index = op.at("index").get<int>();
                GoldenOpRun run{model + "/" + case_name + " op " + std::to_string(op_index),
                                model_file,
                                op_index,
                                {},
                                {}};
                for (const auto& index : op.at("inputs")) {
                    run.inputs.push_back(
                        detail::read_dumped_tensor(tensors_dir, manifest, index.get<int>()));
                }
                for (const auto& index : op.at("outputs")) {
                    run.outputs.push_back(
                        detail::read_dumped_tensor(tensors_dir, manifest, index.get<int>()));
                }
                runs.push_back(std::move(run));
            }
        }
    }
    return runs;
}

namespace detail {

// Just enough of a FlatBuffers reader to reach Model.subgraphs[0].operators[i].builtin_options
// (tensorflow/lite/schema/schema.fbs), every access bounds-checked.
class FlatbufferReader {
public:
    explicit FlatbufferReader(std::vector<std::uint8_t> bytes) : bytes_(std::move(bytes)) {}

    template <class T>
    T scalar(std::size_t position) const {
        if (position + sizeof(T) > bytes_.size()) {
            throw std::runtime_error("flatbuffer read out of bounds");
        }
        T value;
        std::memcpy(&value, bytes_.data() + position, sizeof(T));
        return value;
    }

    std::size_t root_table() const { return scalar<std::uint32_t>(0); }

    // Position of field `id` of the table at `table`, or 0 when the field is absent.
    std::size_t field(std::size_t table, int id) const {
        const std::size_t vtable = static_cast<std::size_t>(static_cast<std::int64_t>(table) -
                                                            scalar<std::int32_t>(table));
        const std::size_t vtable_size = scalar<std::uint16_t>(vtable);
        const std::size_t entry = 4 + 2 * static_cast<std::size_t>(id);
        if (entry + 2 > vtable_size) {
            return 0;
        }
        const std::uint16_t offset = scalar<std::uint16_t>(vtable + entry);
        return offset == 0 ? 0 : table + offset;
    }

    // The table or vector an offset field points at.
    std::size_t follow(std::size_t position) const {
        return position + scalar<std::uint32_t>(position);
    }

    // Element `i` of a vector of tables (the vector at `vector`).
    std::size_t table_in_vector(std::size_t vector, std::size_t i) const {
        if (i >= scalar<std::uint32_t>(vector)) {
            throw std::runtime_error("flatbuffer vector index out of range");
        }
        return follow(vector + 4 + 4 * i);
    }

private:
    std::vector<std::uint8_t> bytes_;
};

// The model file's reader, read once per file (the large models are megabytes).
inline const FlatbufferReader& model_reader(const std::filesystem::path& model_file) {
    static std::map<std::filesystem::path, FlatbufferReader> readers;
    auto found = readers.find(model_file);
    if (found == readers.end()) {
        found = readers.emplace(model_file, FlatbufferReader(read_bytes(model_file))).first;
    }
    return found->second;
}

// The builtin options table of operator `op_index` of subgraph 0, or 0 when it has none.
inline std::size_t builtin_options(const FlatbufferReader& model, int op_index) {
    constexpr int model_subgraphs = 2;
    constexpr int subgraph_operators = 3;
    constexpr int operator_builtin_options = 4;
    const std::size_t subgraph =
        model.table_in_vector(model.follow(model.field(model.root_table(), model_subgraphs)), 0);
    const std::size_t op =
        model.table_in_vector(model.follow(model.field(subgraph, subgraph_operators)),
                              static_cast<std::size_t>(op_index));
    const std::size_t options = model.field(op, operator_builtin_options);
    return options == 0 ? 0 : model.follow(options);
}

}  // namespace detail

// SoftmaxOptions.beta (field 0, float, default 0).
inline float softmax_beta(const std::filesystem::path& model_file, int op_index) {
    const detail::FlatbufferReader& model = detail::model_reader(model_file);
    const std::size_t options = detail::builtin_options(model, op_index);
    const std::size_t beta = options == 0 ? 0 : model.field(options, 0);
    return beta == 0 ? 0.0f : model.scalar<float>(beta);
}

// AddOptions / MulOptions.fused_activation_function (field 0, byte, default NONE); TFLite's
// ActivationFunctionType numbers NONE 0, RELU 1, RELU_N1_TO_1 2, RELU6 3.
inline Activation fused_activation(const std::filesystem::path& model_file, int op_index) {
    const detail::FlatbufferReader& model = detail::model_reader(model_file);
    const std::size_t options = detail::builtin_options(model, op_index);
    const std::size_t field = options == 0 ? 0 : model.field(options, 0);
    switch (field == 0 ? 0 : model.scalar<std::uint8_t>(field)) {
        case 0:
            return Activation::none;
        case 1:
            return Activation::relu;
        case 2:
            return Activation::relu_n1_to_1;
        case 3:
            return Activation::relu6;
        default:
            throw std::runtime_error(model_file.string() + ": unsupported fused activation");
    }
}

}  // namespace fennec::test
