// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "emit_layers.hpp"

#include <cstdint>
#include <variant>

#include "layer_text.hpp"

namespace fennec::gen {
namespace {

// 1-D constant arrays (bias, multipliers, shifts) wrap at this many values per line.
constexpr std::size_t values_per_line = 16;

std::string padding_type(Padding padding) {
    return padding == Padding::same ? "fennec::Padding::same" : "fennec::Padding::valid";
}

std::string window_type(const Conv2dOptions& options) {
    std::string type = "fennec::Window<" + std::to_string(options.stride_height) + ", " +
                       std::to_string(options.stride_width) + ", " + padding_type(options.padding);
    if (options.dilation_height != 1 || options.dilation_width != 1) {
        type += ", " + std::to_string(options.dilation_height) + ", " +
                std::to_string(options.dilation_width);
    }
    return type + ">";
}

// The values of a constant tensor, little-endian as stored.
std::vector<std::int64_t> int8_values(const Tensor& tensor) {
    std::vector<std::int64_t> values;
    values.reserve(tensor.data->size());
    for (const std::uint8_t byte : *tensor.data) {
        values.push_back(static_cast<std::int8_t>(byte));
    }
    return values;
}

std::vector<std::int64_t> int32_values(const Tensor& tensor) {
    std::vector<std::int64_t> values;
    const std::vector<std::uint8_t>& bytes = *tensor.data;
    for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4) {
        const std::uint32_t word = std::uint32_t{bytes[i]} | std::uint32_t{bytes[i + 1]} << 8 |
                                   std::uint32_t{bytes[i + 2]} << 16 |
                                   std::uint32_t{bytes[i + 3]} << 24;
        values.push_back(static_cast<std::int32_t>(word));
    }
    return values;
}

std::vector<std::int64_t> widened(const std::vector<std::int32_t>& values) {
    return {values.begin(), values.end()};
}

// "64 * 10 * 4 * 1"
std::string extent_text(const std::vector<int>& shape) {
    return joined(shape, " * ");
}

// An OutputQuantization: the output zero point and the fused activation's clamp.
Field output_field(std::int32_t zero_point, ActivationRange range) {
    return {"{" + std::to_string(zero_point) + ", {" + std::to_string(range.min) + ", " +
                std::to_string(range.max) + "}}",
            "output: zero_point, activation {min, max}"};
}

// A template instantiation with one argument per line.
std::string instantiation(const std::string& name, const std::vector<std::string>& arguments) {
    std::string text = name + "<";
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        text += "\n    " + arguments[i] + (i + 1 == arguments.size() ? ">" : ",");
    }
    return text;
}

std::string int_list(const std::vector<int>& values) {
    return joined(values, ", ");
}

std::string mask_bool(bool value) {
    return value ? "true" : "false";
}

}  // namespace

std::string LayerEmitter::weights_array(const Tensor& filter,
                                        const char* name,
                                        std::size_t row_length) {
    const auto [previous, is_new] = written_.emplace(filter.data.get(), namespace_ + "::" + name);
    if (!is_new) {
        writer_.comment(std::string(name) + ": the bytes of " + previous->second);
        return previous->second;
    }
    writer_.int_array("alignas(16) inline constexpr std::int8_t " + std::string(name) + "[" +
                          extent_text(filter.shape) + "]",
                      int8_values(filter), row_length);
    return name;
}

std::string LayerEmitter::bias_array(const Tensor& bias) {
    const auto [previous, is_new] = written_.emplace(bias.data.get(), namespace_ + "::bias");
    if (!is_new) {
        writer_.comment("bias: the values of " + previous->second);
        return previous->second;
    }
    writer_.int_array(
        "alignas(16) inline constexpr std::int32_t bias[" + std::to_string(bias.elements()) + "]",
        int32_values(bias), values_per_line);
    return "bias";
}

void LayerEmitter::weighted(const Operator& op, const WeightedLayer& layer) {
    const Tensor& filter = *layer.filter;
    const std::vector<int>& shape = filter.shape;
    const std::string input = tensor_name(model_, op.inputs[0]);
    const std::string output = tensor_name(model_, op.outputs[0]);
    const std::string weights_kind = layer.per_channel ? "per output channel" : "per tensor";

    std::string filter_name;
    if (op.op == BuiltinOp::depthwise_conv_2d) {
        writer_.comment("Filter [1, height, width, channels], int8, symmetric, quantized " +
                        weights_kind + "; one row per filter tap.");
        filter_name = weights_array(filter, "filter", static_cast<std::size_t>(shape[3]));
    } else {
        const char* layout = op.op == BuiltinOp::conv_2d
                                 ? "OHWI [output channels, height, width, input channels]"
                                 : "[outputs, inputs]";
        writer_.comment(std::string("Filter ") + layout + ", int8, symmetric, quantized " +
                        weights_kind + "; one row per output channel.");
        filter_name =
            weights_array(filter, "filter", static_cast<std::size_t>(filter.elements() / shape[0]));
    }
    std::string bias_name = "nullptr";
    if (layer.bias != nullptr) {
        writer_.comment("Bias, one per output channel, in units of input scale x filter scale.");
        bias_name = bias_array(*layer.bias);
    }
    writer_.comment((layer.per_channel ? "Per output channel" : "Per tensor") +
                    std::string(", multiplier x 2^(shift - 31) = input scale x filter scale / "
                                "output scale."));
    const bool fully_connected_per_tensor =
        op.op == BuiltinOp::fully_connected && !layer.per_channel;
    if (!fully_connected_per_tensor) {
        writer_.int_array("inline constexpr std::int32_t output_multiplier[" +
                              std::to_string(layer.output_multiplier.size()) + "]",
                          widened(layer.output_multiplier), values_per_line);
        writer_.int_array("inline constexpr std::int32_t output_shift[" +
                              std::to_string(layer.output_shift.size()) + "]",
                          widened(layer.output_shift), values_per_line);
    }

    const Field output_quantization = output_field(layer.output_zero_point, layer.activation_range);
    std::vector<Field> quantization;
    std::string constants_type;
    if (op.op == BuiltinOp::fully_connected) {
        constants_type = layer.per_channel ? "fennec::ops::FullyConnectedPerChannelConstants"
                                           : "fennec::ops::FullyConnectedConstants";
        quantization = {{std::to_string(layer.input_zero_point), "input_zero_point"}};
        if (layer.per_channel) {
            quantization.push_back({"output_multiplier"});
            quantization.push_back({"output_shift"});
        } else {
            quantization.push_back(
                {std::to_string(layer.output_multiplier[0]), "output_multiplier"});
            quantization.push_back({std::to_string(layer.output_shift[0]), "output_shift"});
        }
    } else {
        constants_type = op.op == BuiltinOp::conv_2d ? "fennec::ops::Conv2dConstants"
                                                     : "fennec::ops::DepthwiseConv2dConstants";
        quantization = {{std::to_string(layer.input_zero_point), "input_zero_point"},
                        {"output_multiplier"},
                        {"output_shift"},
                        {std::string("fennec::kernels::WeightQuantization::") +
                             (layer.per_channel ? "per_channel" : "per_tensor"),
                         ""}};
    }
    quantization.push_back(output_quantization);
    writer_.struct_initializer(
        "inline constexpr " + constants_type + " constants",
        {{filter_name}, {bias_name}, Field::nested("quantization", quantization)});

    const std::string filter_shape = shape_type(shape);
    switch (op.op) {
        case BuiltinOp::conv_2d:
            writer_.line(
                "using op = " +
                instantiation("fennec::ops::Conv2d",
                              {input, output, filter_shape,
                               window_type(std::get<Conv2dOptions>(op.options)), "constants"}) +
                ";");
            break;
        case BuiltinOp::depthwise_conv_2d: {
            const auto& options = std::get<DepthwiseConv2dOptions>(op.options);
            writer_.line("using op = " +
                         instantiation("fennec::ops::DepthwiseConv2d",
                                       {input, output, filter_shape, window_type(options),
                                        std::to_string(options.depth_multiplier), "constants"}) +
                         ";");
            break;
        }
        default:
            writer_.line("using op = " +
                         instantiation(layer.per_channel ? "fennec::ops::FullyConnectedPerChannel"
                                                         : "fennec::ops::FullyConnected",
                                       {input, output, filter_shape, "constants"}) +
                         ";");
            break;
    }
}

void LayerEmitter::layer(const Operator& op, const LayerConstants& constants) {
    namespace_ = "layer" + std::to_string(op.index);
    writer_.comment(layer_comment(model_, op, constants));
    writer_.open_namespace(namespace_);
    const std::string input = tensor_name(model_, op.inputs[0]);
    const std::string output = tensor_name(model_, op.outputs[0]);
    const auto simple_op = [&](const char* descriptor, const std::vector<std::string>& arguments) {
        writer_.line("using op = " + instantiation(descriptor, arguments) + ";");
    };
    switch (op.op) {
        case BuiltinOp::conv_2d:
        case BuiltinOp::depthwise_conv_2d:
        case BuiltinOp::fully_connected:
            weighted(op, std::get<WeightedLayer>(constants));
            break;
        case BuiltinOp::average_pool_2d:
        case BuiltinOp::max_pool_2d: {
            const auto& options = std::get<Pool2dOptions>(op.options);
            const ActivationRange range = std::get<PoolLayer>(constants).activation_range;
            writer_.line("inline constexpr fennec::ActivationRange activation = {" +
                         std::to_string(range.min) + ", " + std::to_string(range.max) + "};");
            Conv2dOptions window;
            window.padding = options.padding;
            window.stride_height = options.stride_height;
            window.stride_width = options.stride_width;
            simple_op(op.op == BuiltinOp::average_pool_2d ? "fennec::ops::AveragePool2d"
                                                          : "fennec::ops::MaxPool2d",
                      {input, output, shape_type({options.filter_height, options.filter_width}),
                       window_type(window), "activation"});
            break;
        }
        case BuiltinOp::add: {
            const kernels::AddQuantization& q = std::get<AddLayer>(constants).quantization;
            writer_.struct_initializer(
                "inline constexpr fennec::kernels::AddQuantization quantization",
                {{std::to_string(q.input1_zero_point), "input1_zero_point"},
                 {std::to_string(q.input1_multiplier), "input1_multiplier"},
                 {std::to_string(q.input1_shift), "input1_shift"},
                 {std::to_string(q.input2_zero_point), "input2_zero_point"},
                 {std::to_string(q.input2_multiplier), "input2_multiplier"},
                 {std::to_string(q.input2_shift), "input2_shift"},
                 {std::to_string(q.output_multiplier), "output_multiplier"},
                 {std::to_string(q.output_shift), "output_shift"},
                 output_field(q.output.zero_point, q.output.activation)});
            simple_op("fennec::ops::Add",
                      {input, tensor_name(model_, op.inputs[1]), output, "quantization"});
            break;
        }
        case BuiltinOp::mul: {
            const kernels::MulQuantization& q = std::get<MulLayer>(constants).quantization;
            writer_.struct_initializer(
                "inline constexpr fennec::kernels::MulQuantization quantization",
                {{std::to_string(q.input1_zero_point), "input1_zero_point"},
                 {std::to_string(q.input2_zero_point), "input2_zero_point"},
                 {std::to_string(q.output_multiplier), "output_multiplier"},
                 {std::to_string(q.output_shift), "output_shift"},
                 output_field(q.output.zero_point, q.output.activation)});
            simple_op("fennec::ops::Mul",
                      {input, tensor_name(model_, op.inputs[1]), output, "quantization"});
            break;
        }
        case BuiltinOp::softmax: {
            const kernels::SoftmaxQuantization& q = std::get<SoftmaxLayer>(constants).quantization;
            writer_.struct_initializer(
                "inline constexpr fennec::kernels::SoftmaxQuantization quantization",
                {{std::to_string(q.input_multiplier), "input_multiplier"},
                 {std::to_string(q.input_left_shift), "input_left_shift"},
                 {std::to_string(q.diff_min), "diff_min"}});
            simple_op("fennec::ops::Softmax", {input, output, "quantization"});
            break;
        }
        case BuiltinOp::logistic:
        case BuiltinOp::tanh: {
            const bool is_logistic = op.op == BuiltinOp::logistic;
            const kernels::FixedPointInputQuantization& q =
                std::get<FixedPointInputLayer>(constants).quantization;
            writer_.struct_initializer(
                std::string("inline constexpr fennec::kernels::") +
                    (is_logistic ? "LogisticQuantization" : "TanhQuantization") + " quantization",
                {{std::to_string(q.input_zero_point), "input_zero_point"},
                 {std::to_string(q.input_range_radius), "input_range_radius"},
                 {std::to_string(q.input_multiplier), "input_multiplier"},
                 {std::to_string(q.input_left_shift), "input_left_shift"}});
            simple_op(is_logistic ? "fennec::ops::Logistic" : "fennec::ops::Tanh",
                      {input, output, "quantization"});
            break;
        }
        case BuiltinOp::quantize:
        case BuiltinOp::dequantize:
            if (const auto* affine = std::get_if<AffineLayer>(&constants)) {
                const bool is_quantize = op.op == BuiltinOp::quantize;
                writer_.struct_initializer(
                    "inline constexpr fennec::kernels::AffineQuantization quantization",
                    {{float_literal(affine->quantization.scale),
                      is_quantize ? "scale of the int8 output" : "scale of the int8 input"},
                     {std::to_string(affine->quantization.zero_point), "zero_point"}});
                simple_op(is_quantize ? "fennec::ops::Quantize" : "fennec::ops::Dequantize",
                          {input, output, "quantization"});
            } else {
                const kernels::RequantizeQuantization& q =
                    std::get<RequantizeLayer>(constants).quantization;
                writer_.struct_initializer(
                    "inline constexpr fennec::kernels::RequantizeQuantization quantization",
                    {{std::to_string(q.input_zero_point), "input_zero_point"},
                     {std::to_string(q.output_multiplier), "output_multiplier"},
                     {std::to_string(q.output_shift), "output_shift"},
                     {std::to_string(q.output_zero_point), "output_zero_point"}});
                simple_op("fennec::ops::Requantize", {input, output, "quantization"});
            }
            break;
        case BuiltinOp::mean: {
            const auto& options = std::get<MeanOptions>(op.options);
            const kernels::MeanQuantization& q = std::get<MeanLayer>(constants).quantization;
            writer_.struct_initializer(
                "inline constexpr fennec::kernels::MeanQuantization quantization",
                {{std::to_string(q.input_zero_point), "input_zero_point"},
                 {std::to_string(q.output_multiplier), "output_multiplier (input / output scale)"},
                 {std::to_string(q.output_shift), "output_shift"},
                 {std::to_string(q.output_zero_point), "output_zero_point"}});
            simple_op(
                "fennec::ops::Mean",
                {input, output, "fennec::kernels::ReductionAxes<" + int_list(options.axes) + ">",
                 options.keep_dims ? "fennec::kernels::KeepDims::yes"
                                   : "fennec::kernels::KeepDims::no",
                 "quantization"});
            break;
        }
        case BuiltinOp::pad:
        case BuiltinOp::padv2: {
            const auto& options = std::get<PadOptions>(op.options);
            std::vector<int> paddings;
            for (const auto& [before, after] : options.paddings) {
                paddings.push_back(before);
                paddings.push_back(after);
            }
            simple_op("fennec::ops::Pad",
                      {input, output, "fennec::kernels::Paddings<" + int_list(paddings) + ">",
                       std::to_string(options.pad_value)});
            break;
        }
        case BuiltinOp::concatenation: {
            std::vector<std::string> inputs;
            for (const int tensor : op.inputs) {
                inputs.push_back(tensor_name(model_, tensor));
            }
            std::string list = "fennec::TensorList<";
            for (std::size_t k = 0; k < inputs.size(); ++k) {
                list += (k == 0 ? "" : ", ") + inputs[k];
            }
            simple_op("fennec::ops::Concatenation",
                      {list + ">", output,
                       std::to_string(std::get<ConcatenationOptions>(op.options).axis)});
            break;
        }
        case BuiltinOp::reshape:
            simple_op("fennec::ops::Reshape", {input, output});
            break;
        case BuiltinOp::squeeze:
            simple_op("fennec::ops::Squeeze", {input, output});
            break;
        case BuiltinOp::strided_slice: {
            const auto& options = std::get<StridedSliceOptions>(op.options);
            simple_op(
                "fennec::ops::StridedSlice",
                {input, output, "fennec::kernels::SliceBegin<" + int_list(options.begin) + ">",
                 "fennec::kernels::SliceEnd<" + int_list(options.end) + ">",
                 "fennec::kernels::SliceStrides<" + int_list(options.strides) + ">",
                 "fennec::kernels::StridedSliceMasks<" +
                     int_list({options.begin_mask, options.end_mask, options.shrink_axis_mask}) +
                     ">"});
            break;
        }
        case BuiltinOp::transpose:
            simple_op("fennec::ops::Transpose",
                      {input, output,
                       "fennec::kernels::Permutation<" +
                           int_list(std::get<TransposeOptions>(op.options).permutation) + ">"});
            break;
        case BuiltinOp::resize_nearest_neighbor: {
            const auto& options = std::get<ResizeNearestNeighborOptions>(op.options);
            simple_op("fennec::ops::ResizeNearestNeighbor",
                      {input, output,
                       "fennec::kernels::ResizeNearestNeighborOptions<" +
                           mask_bool(options.align_corners) + ", " +
                           mask_bool(options.half_pixel_centers) + ">"});
            break;
        }
    }
    writer_.close_namespace(namespace_);
    writer_.blank();
}

}  // namespace fennec::gen
