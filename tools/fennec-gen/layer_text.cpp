// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "layer_text.hpp"

#include <variant>

#include "code_writer.hpp"
#include "cpp_names.hpp"
#include "plan.hpp"

namespace fennec::gen {
namespace {

const Tensor& tensor_at(const Model& model, int index) {
    return model.tensors[static_cast<std::size_t>(index)];
}

const char* activation_name(Activation activation) {
    switch (activation) {
        case Activation::relu:
            return "relu";
        case Activation::relu6:
            return "relu6";
        case Activation::relu_n1_to_1:
            return "relu_n1_to_1";
        case Activation::none:
            break;
    }
    return "none";
}

std::string activation_text(Activation activation, ActivationRange range) {
    return std::string(activation_name(activation)) + " [" + std::to_string(range.min) + "," +
           std::to_string(range.max) + "]";
}

std::string padding_text(Padding padding) {
    return padding == Padding::same ? "SAME" : "VALID";
}

// "s1", "s2x1"; with ", d2" style dilation when it is not 1.
std::string pair_text(const char* prefix, int height, int width) {
    return prefix + std::to_string(height) + (height == width ? "" : "x" + std::to_string(width));
}

std::string window_text(int filter_height, int filter_width, const Conv2dOptions& options) {
    std::string text = std::to_string(filter_height) + "x" + std::to_string(filter_width) + " " +
                       pair_text("s", options.stride_height, options.stride_width);
    if (options.dilation_height != 1 || options.dilation_width != 1) {
        text += " " + pair_text("d", options.dilation_height, options.dilation_width);
    }
    return text + " " + padding_text(options.padding);
}

}  // namespace

std::string tensor_name(const Model& model, int index) {
    return tensor_type_name(tensor_at(model, index).name, index);
}

std::string shape_type(const std::vector<int>& shape) {
    return "fennec::Shape<" + (shape.empty() ? std::string("1") : joined(shape, ", ")) + ">";
}

std::string dims_text(const std::vector<int>& shape) {
    return shape.empty() ? std::string("1") : joined(shape, "x");
}

std::string tensor_type(const Tensor& tensor, int id) {
    return "fennec::Tensor<" + std::to_string(id) + ", " + shape_type(tensor.shape) +
           (tensor.dtype == DType::float32 ? ", float>" : ">");
}

LayerDescription describe_layer(const Model& model,
                                const Operator& op,
                                const LayerConstants& constants) {
    LayerDescription description;
    const Tensor& input = tensor_at(model, op.inputs[0]);
    const Tensor& output = tensor_at(model, op.outputs[0]);
    const auto shapes = [&](const std::vector<int>& tensors, const char* separator) {
        std::string text;
        for (std::size_t k = 0; k < tensors.size(); ++k) {
            text += (k == 0 ? "" : separator) + dims_text(tensor_at(model, tensors[k]).shape);
        }
        return text;
    };
    description.inputs = shapes({op.inputs[0]}, "");
    description.output = dims_text(output.shape);
    std::string& details = description.details;
    switch (op.op) {
        case BuiltinOp::conv_2d:
        case BuiltinOp::depthwise_conv_2d: {
            const auto& layer = std::get<WeightedLayer>(constants);
            const Conv2dOptions& options = op.op == BuiltinOp::conv_2d
                                               ? std::get<Conv2dOptions>(op.options)
                                               : static_cast<const Conv2dOptions&>(
                                                     std::get<DepthwiseConv2dOptions>(op.options));
            details = window_text(layer.filter->shape[1], layer.filter->shape[2], options);
            if (op.op == BuiltinOp::depthwise_conv_2d &&
                std::get<DepthwiseConv2dOptions>(op.options).depth_multiplier != 1) {
                details +=
                    " m" +
                    std::to_string(std::get<DepthwiseConv2dOptions>(op.options).depth_multiplier);
            }
            details += "  " + activation_text(layer.activation, layer.activation_range);
            break;
        }
        case BuiltinOp::fully_connected: {
            const auto& layer = std::get<WeightedLayer>(constants);
            details = activation_text(layer.activation, layer.activation_range);
            break;
        }
        case BuiltinOp::average_pool_2d:
        case BuiltinOp::max_pool_2d: {
            const auto& options = std::get<Pool2dOptions>(op.options);
            const auto& layer = std::get<PoolLayer>(constants);
            details = std::to_string(options.filter_height) + "x" +
                      std::to_string(options.filter_width) + " " +
                      pair_text("s", options.stride_height, options.stride_width) + " " +
                      padding_text(options.padding) + "  " +
                      activation_text(layer.activation, layer.activation_range);
            break;
        }
        case BuiltinOp::add:
        case BuiltinOp::mul: {
            description.inputs =
                shapes(activation_inputs(op), op.op == BuiltinOp::add ? " + " : " * ");
            const bool is_add = op.op == BuiltinOp::add;
            const Activation activation = is_add ? std::get<AddLayer>(constants).activation
                                                 : std::get<MulLayer>(constants).activation;
            const OutputQuantization& quantization =
                is_add ? std::get<AddLayer>(constants).quantization.output
                       : std::get<MulLayer>(constants).quantization.output;
            details = activation_text(activation, quantization.activation);
            break;
        }
        case BuiltinOp::concatenation:
            description.inputs = shapes(op.inputs, " + ");
            details = "axis " + std::to_string(std::get<ConcatenationOptions>(op.options).axis);
            break;
        case BuiltinOp::softmax:
            details = "beta " + float_literal(std::get<SoftmaxOptions>(op.options).beta);
            details.pop_back();  // no 'f' in a comment
            break;
        case BuiltinOp::quantize:
        case BuiltinOp::dequantize:
            description.inputs += std::string(" ") + dtype_name(input.dtype);
            description.output += std::string(" ") + dtype_name(output.dtype);
            break;
        case BuiltinOp::mean: {
            const auto& options = std::get<MeanOptions>(op.options);
            details = "axes " + joined(options.axes, ",") + (options.keep_dims ? " keep_dims" : "");
            break;
        }
        case BuiltinOp::pad:
        case BuiltinOp::padv2: {
            const auto& options = std::get<PadOptions>(op.options);
            details = "paddings";
            for (const auto& [before, after] : options.paddings) {
                details += " " + std::to_string(before) + "," + std::to_string(after);
            }
            details += "  value " + std::to_string(options.pad_value);
            break;
        }
        case BuiltinOp::reshape:
        case BuiltinOp::squeeze:
            details = "view (no copy)";
            break;
        case BuiltinOp::strided_slice: {
            const auto& options = std::get<StridedSliceOptions>(op.options);
            details = "begin " + joined(options.begin, ",") + " end " + joined(options.end, ",") +
                      " strides " + joined(options.strides, ",") + " masks " +
                      std::to_string(options.begin_mask) + "," + std::to_string(options.end_mask) +
                      "," + std::to_string(options.shrink_axis_mask);
            break;
        }
        case BuiltinOp::transpose:
            details =
                "permutation " + joined(std::get<TransposeOptions>(op.options).permutation, ",");
            break;
        case BuiltinOp::resize_nearest_neighbor: {
            const auto& options = std::get<ResizeNearestNeighborOptions>(op.options);
            details = std::string(options.align_corners ? "align_corners" : "") +
                      (options.half_pixel_centers ? "half_pixel_centers" : "");
            break;
        }
        case BuiltinOp::logistic:
        case BuiltinOp::tanh:
            break;
    }
    return description;
}

std::string layer_comment(const Model& model, const Operator& op, const LayerConstants& constants) {
    const LayerDescription description = describe_layer(model, op, constants);
    std::string text = "[" + std::to_string(op.index) + "] " + op.name() + "  " +
                       description.inputs + " -> " + description.output;
    return description.details.empty() ? text : text + "  " + description.details;
}

}  // namespace fennec::gen
