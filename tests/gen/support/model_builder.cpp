// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "model_builder.hpp"

#include <stdexcept>

#include "error.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

namespace fennec::gen::test {
namespace {

using flatbuffers::FlatBufferBuilder;
using flatbuffers::Offset;

template <class Table>
std::pair<fb::BuiltinOptions, Offset<void>> tagged(fb::BuiltinOptions tag, Offset<Table> table) {
    return {tag, table.Union()};
}

Offset<fb::Tensor> write_tensor(FlatBufferBuilder& builder, const TensorSpec& tensor) {
    Offset<fb::QuantizationParameters> quantization = 0;
    if (!tensor.scales.empty() || tensor.quantization_details_type != 0) {
        quantization = fb::CreateQuantizationParametersDirect(
            builder, nullptr, nullptr, &tensor.scales, &tensor.zero_points,
            tensor.quantization_details_type, tensor.quantized_dimension);
    }
    const Offset<fb::SparsityParameters> sparsity =
        tensor.sparse ? fb::CreateSparsityParameters(builder) : 0;
    return fb::CreateTensorDirect(builder, &tensor.shape, tensor.type, tensor.buffer,
                                  tensor.name.c_str(), quantization, tensor.is_variable, sparsity);
}

Offset<fb::SubGraph> write_subgraph(FlatBufferBuilder& builder, const ModelSpec& spec) {
    std::vector<Offset<fb::Tensor>> tensors;
    for (const TensorSpec& tensor : spec.tensors) {
        tensors.push_back(write_tensor(builder, tensor));
    }
    std::vector<Offset<fb::Operator>> operators;
    for (const OperatorSpec& op : spec.operators) {
        std::pair<fb::BuiltinOptions, Offset<void>> options{fb::BuiltinOptions::NONE, 0};
        if (op.options) {
            options = op.options(builder);
        }
        operators.push_back(fb::CreateOperatorDirect(builder, op.opcode_index, &op.inputs,
                                                     &op.outputs, options.first, options.second));
    }
    return fb::CreateSubGraphDirect(builder, &tensors, &spec.inputs, &spec.outputs, &operators,
                                    "main");
}

std::vector<std::uint8_t> pattern_bytes(std::size_t count) {
    std::vector<std::uint8_t> bytes(count);
    for (std::size_t i = 0; i < count; ++i) {
        bytes[i] = static_cast<std::uint8_t>((i * 37 + 11) % 251);
    }
    return bytes;
}

std::size_t element_count(const std::vector<int>& shape) {
    std::size_t count = 1;
    for (const int dim : shape) {
        count *= static_cast<std::size_t>(dim);
    }
    return count;
}

}  // namespace

int ModelSpec::activation(const std::string& name,
                          std::vector<int> shape,
                          float scale,
                          std::int64_t zero_point) {
    TensorSpec tensor;
    tensor.name = name;
    tensor.shape = std::move(shape);
    tensor.scales = {scale};
    tensor.zero_points = {zero_point};
    tensors.push_back(tensor);
    return static_cast<int>(tensors.size()) - 1;
}

int ModelSpec::float_tensor(const std::string& name, std::vector<int> shape) {
    TensorSpec tensor;
    tensor.name = name;
    tensor.type = fb::TensorType::FLOAT32;
    tensor.shape = std::move(shape);
    tensors.push_back(tensor);
    return static_cast<int>(tensors.size()) - 1;
}

int ModelSpec::constant_int8(const std::string& name,
                             std::vector<int> shape,
                             std::vector<float> scales,
                             int quantized_dimension) {
    buffers.push_back({pattern_bytes(element_count(shape)), 0, 0});
    TensorSpec tensor;
    tensor.name = name;
    tensor.shape = std::move(shape);
    tensor.buffer = static_cast<std::uint32_t>(buffers.size() - 1);
    tensor.zero_points.assign(scales.size(), 0);
    tensor.scales = std::move(scales);
    tensor.quantized_dimension = quantized_dimension;
    tensors.push_back(tensor);
    return static_cast<int>(tensors.size()) - 1;
}

int ModelSpec::constant_int32(const std::string& name,
                              std::vector<int> shape,
                              const std::vector<std::int32_t>& values) {
    std::vector<std::uint8_t> bytes;
    for (const std::int32_t value : values) {
        const auto word = static_cast<std::uint32_t>(value);
        for (int shift = 0; shift < 32; shift += 8) {
            bytes.push_back(static_cast<std::uint8_t>(word >> shift));
        }
    }
    buffers.push_back({bytes, 0, 0});
    TensorSpec tensor;
    tensor.name = name;
    tensor.type = fb::TensorType::INT32;
    tensor.shape = std::move(shape);
    tensor.buffer = static_cast<std::uint32_t>(buffers.size() - 1);
    tensors.push_back(tensor);
    return static_cast<int>(tensors.size()) - 1;
}

void ModelSpec::op(fb::BuiltinOperator code,
                   std::vector<int> op_inputs,
                   std::vector<int> op_outputs,
                   OptionsWriter options) {
    const auto value = static_cast<std::int32_t>(code);
    std::size_t index = 0;
    while (index < opcodes.size() && opcodes[index].builtin_code != value) {
        ++index;
    }
    if (index == opcodes.size()) {
        // Written as current converters do: the 8-bit field saturates at 127.
        opcodes.push_back({static_cast<std::int8_t>(value < 127 ? value : 127), value, "", 1});
    }
    operators.push_back({static_cast<std::uint32_t>(index), std::move(op_inputs),
                         std::move(op_outputs), std::move(options)});
}

int ModelSpec::tensor_index(const std::string& name) const {
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        if (tensors[i].name == name) {
            return static_cast<int>(i);
        }
    }
    throw std::invalid_argument("no tensor named " + name);
}

std::vector<std::uint8_t> build(const ModelSpec& spec) {
    FlatBufferBuilder builder;
    std::vector<Offset<fb::OperatorCode>> opcodes;
    for (const OpcodeSpec& code : spec.opcodes) {
        opcodes.push_back(fb::CreateOperatorCodeDirect(
            builder, code.deprecated_builtin_code,
            code.custom_code.empty() ? nullptr : code.custom_code.c_str(), code.version,
            static_cast<fb::BuiltinOperator>(code.builtin_code)));
    }
    std::vector<Offset<fb::SubGraph>> subgraphs;
    for (int copy = 0; copy < spec.subgraph_copies; ++copy) {
        subgraphs.push_back(write_subgraph(builder, spec));
    }
    std::vector<BufferSpec> buffer_specs = spec.buffers;
    std::vector<Offset<fb::Metadata>> metadata;
    for (const std::string& name : spec.metadata_names) {
        buffer_specs.push_back({std::vector<std::uint8_t>(name.begin(), name.end()), 0, 0});
        metadata.push_back(fb::CreateMetadataDirect(
            builder, name.c_str(), static_cast<std::uint32_t>(buffer_specs.size() - 1)));
    }
    std::vector<Offset<fb::Buffer>> buffers;
    for (const BufferSpec& buffer : buffer_specs) {
        Offset<flatbuffers::Vector<std::uint8_t>> data = 0;
        if (!buffer.data.empty()) {
            builder.ForceVectorAlignment(buffer.data.size(), sizeof(std::uint8_t), 16);
            data = builder.CreateVector(buffer.data);
        }
        buffers.push_back(fb::CreateBuffer(builder, data, buffer.offset, buffer.size));
    }
    const auto model =
        fb::CreateModelDirect(builder, spec.version, &opcodes, &subgraphs, spec.description.c_str(),
                              &buffers, nullptr, &metadata);
    fb::FinishModelBuffer(builder, model);
    std::vector<std::uint8_t> bytes(builder.GetBufferPointer(),
                                    builder.GetBufferPointer() + builder.GetSize());
    bytes.insert(bytes.end(), spec.trailing_bytes.begin(), spec.trailing_bytes.end());
    return bytes;
}

OptionsWriter conv2d_options(int stride,
                             fb::Padding padding,
                             fb::ActivationFunctionType activation,
                             int dilation) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::Conv2DOptions,
                      fb::CreateConv2DOptions(builder, padding, stride, stride, activation,
                                              dilation, dilation));
    };
}

OptionsWriter depthwise_conv2d_options(int stride,
                                       int depth_multiplier,
                                       fb::Padding padding,
                                       fb::ActivationFunctionType activation) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::DepthwiseConv2DOptions,
                      fb::CreateDepthwiseConv2DOptions(builder, padding, stride, stride,
                                                       depth_multiplier, activation));
    };
}

OptionsWriter pool2d_options(int filter, int stride, fb::Padding padding) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::Pool2DOptions,
                      fb::CreatePool2DOptions(builder, padding, stride, stride, filter, filter));
    };
}

OptionsWriter fully_connected_options(fb::ActivationFunctionType activation, bool keep_num_dims) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::FullyConnectedOptions,
                      fb::CreateFullyConnectedOptions(
                          builder, activation, fb::FullyConnectedOptionsWeightsFormat::DEFAULT,
                          keep_num_dims));
    };
}

OptionsWriter softmax_options(float beta) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::SoftmaxOptions, fb::CreateSoftmaxOptions(builder, beta));
    };
}

OptionsWriter concatenation_options(int axis) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::ConcatenationOptions,
                      fb::CreateConcatenationOptions(builder, axis));
    };
}

OptionsWriter add_options(fb::ActivationFunctionType activation) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::AddOptions, fb::CreateAddOptions(builder, activation));
    };
}

OptionsWriter mul_options(fb::ActivationFunctionType activation) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::MulOptions, fb::CreateMulOptions(builder, activation));
    };
}

OptionsWriter reshape_options() {
    return [](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::ReshapeOptions, fb::CreateReshapeOptions(builder));
    };
}

OptionsWriter squeeze_options(std::vector<int> squeeze_dims) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::SqueezeOptions,
                      fb::CreateSqueezeOptionsDirect(builder, &squeeze_dims));
    };
}

OptionsWriter reducer_options(bool keep_dims) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::ReducerOptions,
                      fb::CreateReducerOptions(builder, keep_dims));
    };
}

OptionsWriter strided_slice_options(int begin_mask,
                                    int end_mask,
                                    int shrink_axis_mask,
                                    int ellipsis_mask) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(fb::BuiltinOptions::StridedSliceOptions,
                      fb::CreateStridedSliceOptions(builder, begin_mask, end_mask, ellipsis_mask, 0,
                                                    shrink_axis_mask));
    };
}

OptionsWriter resize_nearest_neighbor_options(bool align_corners, bool half_pixel_centers) {
    return [=](FlatBufferBuilder& builder) {
        return tagged(
            fb::BuiltinOptions::ResizeNearestNeighborOptions,
            fb::CreateResizeNearestNeighborOptions(builder, align_corners, half_pixel_centers));
    };
}

ModelSpec tiny_classifier() {
    ModelSpec spec;
    const int input = spec.activation("input", {1, 4, 4, 2}, 0.5f, -1);
    const int filter = spec.constant_int8("conv/filter", {3, 3, 3, 2}, {0.01f, 0.02f, 0.03f}, 0);
    const int conv_bias = spec.constant_int32("conv/bias", {3}, {100, -200, 300});
    const int conv_out = spec.activation("conv/out", {1, 2, 2, 3}, 0.25f, -128);
    const int shape = spec.constant_int32("flatten/shape", {2}, {1, 12});
    const int flat = spec.activation("flatten/out", {1, 12}, 0.25f, -128);
    const int weights = spec.constant_int8("fc/weights", {4, 12}, {0.05f});
    const int fc_bias = spec.constant_int32("fc/bias", {4}, {7, -7, 70, -70});
    spec.tensors[static_cast<std::size_t>(fc_bias)].scales = {0.25f * 0.05f};
    spec.tensors[static_cast<std::size_t>(fc_bias)].zero_points = {0};
    const int logits = spec.activation("fc/out", {1, 4}, 0.2f, 5);
    const int probabilities = spec.activation("probabilities", {1, 4}, 1.0f / 256, -128);
    spec.op(fb::BuiltinOperator::CONV_2D, {input, filter, conv_bias}, {conv_out},
            conv2d_options(2, fb::Padding::SAME, fb::ActivationFunctionType::RELU));
    spec.op(fb::BuiltinOperator::RESHAPE, {conv_out, shape}, {flat}, reshape_options());
    spec.op(fb::BuiltinOperator::FULLY_CONNECTED, {flat, weights, fc_bias}, {logits},
            fully_connected_options());
    spec.op(fb::BuiltinOperator::SOFTMAX, {logits}, {probabilities}, softmax_options());
    spec.inputs = {input};
    spec.outputs = {probabilities};
    spec.metadata_names = {"min_runtime_version"};
    return spec;
}

ModelSpec every_operator_model() {
    using Op = fb::BuiltinOperator;
    ModelSpec spec;
    // Chain 1: data movement and element-wise int8 operators.
    const int features = spec.activation("features", {1, 4, 4, 3}, 0.5f, 0);
    const int pad_amounts = spec.constant_int32("padv2/paddings", {4, 2}, {0, 0, 1, 1, 1, 1, 0, 0});
    const int pad_value = spec.constant_int8("padv2/value", {}, {0.5f});
    const int padded = spec.activation("padv2/out", {1, 6, 6, 3}, 0.5f, 0);
    spec.op(Op::PADV2, {features, pad_amounts, pad_value}, {padded});
    const int begin = spec.constant_int32("slice/begin", {4}, {0, 1, 1, 0});
    const int end = spec.constant_int32("slice/end", {4}, {1, 5, 5, 3});
    const int strides = spec.constant_int32("slice/strides", {4}, {1, 1, 1, 1});
    const int sliced = spec.activation("slice/out", {1, 4, 4, 3}, 0.5f, 0);
    spec.op(Op::STRIDED_SLICE, {padded, begin, end, strides}, {sliced},
            strided_slice_options(0, 0, 0));
    const int product = spec.activation("mul/out", {1, 4, 4, 3}, 0.1f, 0);
    spec.op(Op::MUL, {sliced, features}, {product}, mul_options());
    const int bent = spec.activation("tanh/out", {1, 4, 4, 3}, 1.0f / 128, 0);
    spec.op(Op::TANH, {product}, {bent});
    const int joined = spec.activation("concat/out", {1, 4, 4, 6}, 0.5f, 0);
    spec.op(Op::CONCATENATION, {bent, features}, {joined}, concatenation_options(3));
    const int mean_axes = spec.constant_int32("mean/axes", {2}, {1, 2});
    const int averaged = spec.activation("mean/out", {1, 1, 1, 6}, 0.5f, 0);
    spec.op(Op::MEAN, {joined, mean_axes}, {averaged}, reducer_options(true));
    const int squeezed = spec.activation("squeeze/out", {1, 6}, 0.5f, 0);
    spec.op(Op::SQUEEZE, {averaged}, {squeezed}, squeeze_options({1, 2}));
    const int gated = spec.activation("gate", {1, 6}, 1.0f / 256, -128);
    spec.op(Op::LOGISTIC, {squeezed}, {gated});

    // Chain 2: float32 edges, windows, layout changes.
    const int image = spec.float_tensor("image", {1, 2, 2, 4});
    const int quantized = spec.activation("quantize/out", {1, 2, 2, 4}, 0.02f, -3);
    spec.op(Op::QUANTIZE, {image}, {quantized});
    const int size = spec.constant_int32("resize/size", {2}, {4, 4});
    const int resized = spec.activation("resize/out", {1, 4, 4, 4}, 0.02f, -3);
    spec.op(Op::RESIZE_NEAREST_NEIGHBOR, {quantized, size}, {resized},
            resize_nearest_neighbor_options(false, true));
    const int dw_filter =
        spec.constant_int8("dw/filter", {1, 3, 3, 4}, {0.1f, 0.1f, 0.2f, 0.2f}, 3);
    const int dw_bias = spec.constant_int32("dw/bias", {4}, {0, 1, 2, 3});
    const int dw_out = spec.activation("dw/out", {1, 4, 4, 4}, 0.05f, 1);
    spec.op(Op::DEPTHWISE_CONV_2D, {resized, dw_filter, dw_bias}, {dw_out},
            depthwise_conv2d_options(1, 1, fb::Padding::SAME, fb::ActivationFunctionType::RELU6));
    const int max_pooled = spec.activation("maxpool/out", {1, 2, 2, 4}, 0.05f, 1);
    spec.op(Op::MAX_POOL_2D, {dw_out}, {max_pooled}, pool2d_options(2, 2));
    const int avg_pooled = spec.activation("avgpool/out", {1, 1, 1, 4}, 0.05f, 1);
    spec.op(Op::AVERAGE_POOL_2D, {max_pooled}, {avg_pooled}, pool2d_options(2, 2));
    const int permutation = spec.constant_int32("transpose/perm", {4}, {0, 3, 1, 2});
    const int transposed = spec.activation("transpose/out", {1, 4, 1, 1}, 0.05f, 1);
    spec.op(Op::TRANSPOSE, {avg_pooled, permutation}, {transposed});
    const int new_shape = spec.constant_int32("reshape/shape", {2}, {1, 4});
    const int flat = spec.activation("reshape/out", {1, 4}, 0.05f, 1);
    spec.op(Op::RESHAPE, {transposed, new_shape}, {flat}, reshape_options());
    const int offsets = spec.constant_int8("add/offsets", {4}, {0.05f});
    const int shifted = spec.activation("add/out", {1, 4}, 0.1f, 0);
    spec.op(Op::ADD, {flat, offsets}, {shifted}, add_options(fb::ActivationFunctionType::RELU));
    const int pad_widths = spec.constant_int32("pad/paddings", {2, 2}, {0, 0, 1, 1});
    const int widened = spec.activation("pad/out", {1, 6}, 0.1f, 0);
    spec.op(Op::PAD, {shifted, pad_widths}, {widened});
    const int result = spec.float_tensor("result", {1, 6});
    spec.op(Op::DEQUANTIZE, {widened}, {result});

    spec.inputs = {features, image};
    spec.outputs = {gated, result};
    return spec;
}

ModelSpec single_operator(ModelSpec spec,
                          fb::BuiltinOperator code,
                          const std::vector<int>& inputs,
                          int output,
                          OptionsWriter options) {
    for (const int input : inputs) {
        if (input >= 0 && spec.tensors[static_cast<std::size_t>(input)].buffer == 0) {
            spec.inputs.push_back(input);
        }
    }
    spec.outputs = {output};
    spec.op(code, inputs, {output}, std::move(options));
    return spec;
}

Model read_and_validate(const std::vector<std::uint8_t>& bytes) {
    Model model = read_tflite(bytes, "test.tflite");
    validate(model);
    return model;
}

std::string refusal(const std::vector<std::uint8_t>& bytes) {
    try {
        static_cast<void>(read_and_validate(bytes));
        return "";
    } catch (const ModelError& error) {
        return error.what();
    }
}

}  // namespace fennec::gen::test
