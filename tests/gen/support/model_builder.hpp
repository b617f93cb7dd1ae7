// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Hand-made .tflite files for fennec-gen's tests: a ModelSpec mirrors the parts of the format
// fennec reads, field by field, so a test can start from a small valid model, break exactly one
// thing, and serialize it with the FlatBuffers builder. Constant data is a fixed pattern; nothing
// here is random.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "model.hpp"
#include "tflite_subset_generated.h"

namespace fennec::gen::test {

namespace fb = fennec::gen::tflite;

// Writes one operator's options table and returns its union tag and offset.
using OptionsWriter = std::function<std::pair<fb::BuiltinOptions, flatbuffers::Offset<void>>(
    flatbuffers::FlatBufferBuilder&)>;

struct TensorSpec {
    std::string name;
    fb::TensorType type = fb::TensorType::INT8;
    std::vector<int> shape;
    std::uint32_t buffer = 0;   // 0: the empty sentinel, no constant data
    std::vector<float> scales;  // empty: no quantization table
    std::vector<std::int64_t> zero_points;
    int quantized_dimension = 0;
    std::uint8_t quantization_details_type = 0;
    bool is_variable = false;
    bool sparse = false;
};

struct OpcodeSpec {
    std::int8_t deprecated_builtin_code = 0;
    std::int32_t builtin_code = 0;
    std::string custom_code;
    int version = 1;
};

struct OperatorSpec {
    std::uint32_t opcode_index = 0;
    std::vector<int> inputs;
    std::vector<int> outputs;
    OptionsWriter options;  // empty: no options table
};

// Inline data, or (offset, size) of data stored after the flatbuffer.
struct BufferSpec {
    std::vector<std::uint8_t> data;
    std::uint64_t offset = 0;
    std::uint64_t size = 0;
};

struct ModelSpec {
    std::uint32_t version = 3;
    std::string description = "fennec-gen test model";
    std::vector<OpcodeSpec> opcodes;
    std::vector<BufferSpec> buffers{BufferSpec{}};
    std::vector<TensorSpec> tensors;
    std::vector<OperatorSpec> operators;
    std::vector<int> inputs;
    std::vector<int> outputs;
    int subgraph_copies = 1;
    std::vector<std::string> metadata_names;  // each names a buffer holding its name's bytes
    // Appended after the flatbuffer, for buffers with an external offset.
    std::vector<std::uint8_t> trailing_bytes;

    // Each returns the new tensor's index.
    int activation(const std::string& name,
                   std::vector<int> shape,
                   float scale = 0.5f,
                   std::int64_t zero_point = 0);
    int float_tensor(const std::string& name, std::vector<int> shape);
    // Symmetric int8 weights (zero points 0), per tensor (one scale) or per channel.
    int constant_int8(const std::string& name,
                      std::vector<int> shape,
                      std::vector<float> scales,
                      int quantized_dimension = 0);
    int constant_int32(const std::string& name,
                       std::vector<int> shape,
                       const std::vector<std::int32_t>& values);
    // Adds an operator, and an operator-code entry for `code` unless one exists.
    void op(fb::BuiltinOperator code,
            std::vector<int> inputs,
            std::vector<int> outputs,
            OptionsWriter options = {});

    [[nodiscard]] int tensor_index(const std::string& name) const;
};

[[nodiscard]] std::vector<std::uint8_t> build(const ModelSpec& spec);

// Options tables.
OptionsWriter conv2d_options(
    int stride,
    fb::Padding padding = fb::Padding::SAME,
    fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE,
    int dilation = 1);
OptionsWriter depthwise_conv2d_options(
    int stride,
    int depth_multiplier,
    fb::Padding padding = fb::Padding::SAME,
    fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE);
OptionsWriter pool2d_options(int filter, int stride, fb::Padding padding = fb::Padding::VALID);
OptionsWriter fully_connected_options(
    fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE,
    bool keep_num_dims = false);
OptionsWriter softmax_options(float beta = 1.0f);
OptionsWriter concatenation_options(int axis);
OptionsWriter add_options(fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE);
OptionsWriter mul_options(fb::ActivationFunctionType activation = fb::ActivationFunctionType::NONE);
OptionsWriter reshape_options();
OptionsWriter squeeze_options(std::vector<int> squeeze_dims);
OptionsWriter reducer_options(bool keep_dims);
OptionsWriter strided_slice_options(int begin_mask,
                                    int end_mask,
                                    int shrink_axis_mask,
                                    int ellipsis_mask = 0);
OptionsWriter resize_nearest_neighbor_options(bool align_corners, bool half_pixel_centers);

// A small valid classifier: input [1,4,4,2] -> CONV_2D 3x3 stride 2 (per-channel, RELU)
// -> [1,2,2,3] -> RESHAPE -> [1,12] -> FULLY_CONNECTED (per-tensor) -> [1,4] -> SOFTMAX.
[[nodiscard]] ModelSpec tiny_classifier();

// A valid model with every operator fennec supports, in two chains:
//   int8 [1,4,4,3] -> PADV2 -> STRIDED_SLICE -> MUL -> TANH -> CONCATENATION -> MEAN -> SQUEEZE
//   -> LOGISTIC -> [1,6]
//   float32 [1,2,2,4] -> QUANTIZE -> RESIZE_NEAREST_NEIGHBOR -> DEPTHWISE_CONV_2D -> MAX_POOL_2D
//   -> AVERAGE_POOL_2D -> TRANSPOSE -> RESHAPE -> ADD -> PAD -> DEQUANTIZE -> float32 [1,6]
// (CONV_2D, FULLY_CONNECTED and SOFTMAX are in tiny_classifier()).
[[nodiscard]] ModelSpec every_operator_model();

// `spec` plus one operator reading `inputs` and writing `output`; the operator's non-constant
// inputs become the graph inputs and its output the graph output.
[[nodiscard]] ModelSpec single_operator(ModelSpec spec,
                                        fb::BuiltinOperator code,
                                        const std::vector<int>& inputs,
                                        int output,
                                        OptionsWriter options = {});

// Reads and validates `bytes` in this process: "" when the model is accepted, otherwise the
// ModelError's message.
[[nodiscard]] std::string refusal(const std::vector<std::uint8_t>& bytes);

// Reads and validates `bytes` in this process; a refusal throws ModelError.
[[nodiscard]] Model read_and_validate(const std::vector<std::uint8_t>& bytes);

}  // namespace fennec::gen::test
