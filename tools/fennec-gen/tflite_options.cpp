// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "tflite_options.hpp"

#include <string>

#include "error.hpp"
#include "tflite_subset_generated.h"

namespace fennec::gen {
namespace {

namespace fb = tflite;

// The reading context of one operator, for messages.
struct OptionsReader {
    const fb::Operator& source;
    const Model& model;
    const Operator& op;

    [[noreturn]] void fail(const std::string& problem) const { fail_operator(model, op, problem); }

    // The operator's table of type T (the union tag must be `expected`), or nullptr when the
    // operator has none. A table of another kind is refused.
    template <class T>
    const T* table(fb::BuiltinOptions expected) const {
        const fb::BuiltinOptions tag = source.builtin_options_type();
        if (tag == fb::BuiltinOptions::NONE || source.builtin_options() == nullptr) {
            return nullptr;
        }
        if (tag != expected) {
            const char* found = fb::EnumNameBuiltinOptions(tag);
            fail(std::string("options table is ") +
                 (*found != '\0' ? found
                                 : "of union type " + std::to_string(static_cast<int>(tag))) +
                 ", expected " + fb::EnumNameBuiltinOptions(expected));
        }
        return static_cast<const T*>(source.builtin_options());
    }

    // As table(), for operators whose option values have no usable default.
    template <class T>
    const T& required_table(fb::BuiltinOptions expected) const {
        const T* options = table<T>(expected);
        if (options == nullptr) {
            fail(std::string("has no ") + fb::EnumNameBuiltinOptions(expected) + " table");
        }
        return *options;
    }

    Activation activation(fb::ActivationFunctionType value) const {
        switch (value) {
            case fb::ActivationFunctionType::NONE:
                return Activation::none;
            case fb::ActivationFunctionType::RELU:
                return Activation::relu;
            case fb::ActivationFunctionType::RELU6:
                return Activation::relu6;
            case fb::ActivationFunctionType::RELU_N1_TO_1:
                return Activation::relu_n1_to_1;
            case fb::ActivationFunctionType::TANH:
            case fb::ActivationFunctionType::SIGN_BIT:
                fail(std::string("fused activation ") + fb::EnumNameActivationFunctionType(value) +
                     " is not supported (NONE, RELU, RELU6 and RELU_N1_TO_1 are)");
        }
        fail("unknown fused activation " + std::to_string(static_cast<int>(value)));
    }

    Padding padding(fb::Padding value) const {
        switch (value) {
            case fb::Padding::SAME:
                return Padding::same;
            case fb::Padding::VALID:
                return Padding::valid;
        }
        fail("unknown padding " + std::to_string(static_cast<int>(value)));
    }
};

std::vector<int> to_vector(const flatbuffers::Vector<std::int32_t>* values) {
    return values == nullptr ? std::vector<int>{}
                             : std::vector<int>(values->begin(), values->end());
}

// The fields CONV_2D and DEPTHWISE_CONV_2D share, from either's table.
template <class Table>
void read_conv_window(const OptionsReader& reader, const Table& table, Conv2dOptions& options) {
    options.padding = reader.padding(table.padding());
    options.stride_height = table.stride_h();
    options.stride_width = table.stride_w();
    options.dilation_height = table.dilation_h_factor();
    options.dilation_width = table.dilation_w_factor();
    options.activation = reader.activation(table.fused_activation_function());
}

Conv2dOptions conv2d_options(const OptionsReader& reader) {
    Conv2dOptions options;
    read_conv_window(reader,
                     reader.required_table<fb::Conv2DOptions>(fb::BuiltinOptions::Conv2DOptions),
                     options);
    return options;
}

DepthwiseConv2dOptions depthwise_conv2d_options(const OptionsReader& reader) {
    const auto& table = reader.required_table<fb::DepthwiseConv2DOptions>(
        fb::BuiltinOptions::DepthwiseConv2DOptions);
    DepthwiseConv2dOptions options;
    read_conv_window(reader, table, options);
    options.depth_multiplier = table.depth_multiplier();
    return options;
}

Pool2dOptions pool2d_options(const OptionsReader& reader) {
    const auto& table = reader.required_table<fb::Pool2DOptions>(fb::BuiltinOptions::Pool2DOptions);
    Pool2dOptions options;
    options.padding = reader.padding(table.padding());
    options.stride_height = table.stride_h();
    options.stride_width = table.stride_w();
    options.filter_height = table.filter_height();
    options.filter_width = table.filter_width();
    options.activation = reader.activation(table.fused_activation_function());
    return options;
}

FullyConnectedOptions fully_connected_options(const OptionsReader& reader) {
    FullyConnectedOptions options;
    const auto* table =
        reader.table<fb::FullyConnectedOptions>(fb::BuiltinOptions::FullyConnectedOptions);
    if (table != nullptr) {
        if (table->weights_format() != fb::FullyConnectedOptionsWeightsFormat::DEFAULT) {
            reader.fail(std::string("weights format ") +
                        fb::EnumNameFullyConnectedOptionsWeightsFormat(table->weights_format()) +
                        " is not supported (only DEFAULT is)");
        }
        options.activation = reader.activation(table->fused_activation_function());
        options.keep_num_dims = table->keep_num_dims();
    }
    return options;
}

SoftmaxOptions softmax_options(const OptionsReader& reader) {
    const auto& table =
        reader.required_table<fb::SoftmaxOptions>(fb::BuiltinOptions::SoftmaxOptions);
    return SoftmaxOptions{table.beta()};
}

ConcatenationOptions concatenation_options(const OptionsReader& reader) {
    ConcatenationOptions options;
    const auto* table =
        reader.table<fb::ConcatenationOptions>(fb::BuiltinOptions::ConcatenationOptions);
    if (table != nullptr) {
        options.axis = table->axis();
        // TFLM's CONCATENATION accepts no fused activation, and neither does fennec.
        if (reader.activation(table->fused_activation_function()) != Activation::none) {
            reader.fail(std::string("fused activation ") +
                        fb::EnumNameActivationFunctionType(table->fused_activation_function()) +
                        " is not supported on CONCATENATION (only NONE is)");
        }
    }
    return options;
}

template <class Options, class Table>
Options activation_only_options(const OptionsReader& reader, fb::BuiltinOptions expected) {
    Options options;
    if (const auto* table = reader.table<Table>(expected)) {
        options.activation = reader.activation(table->fused_activation_function());
    }
    return options;
}

StridedSliceOptions strided_slice_options(const OptionsReader& reader) {
    StridedSliceOptions options;
    const auto* table =
        reader.table<fb::StridedSliceOptions>(fb::BuiltinOptions::StridedSliceOptions);
    if (table != nullptr) {
        if (table->ellipsis_mask() != 0) {
            reader.fail("ellipsis_mask is not supported (it is " +
                        std::to_string(table->ellipsis_mask()) + ")");
        }
        if (table->new_axis_mask() != 0) {
            reader.fail("new_axis_mask is not supported (it is " +
                        std::to_string(table->new_axis_mask()) + ")");
        }
        if (table->offset()) {
            reader.fail("offset mode (end relative to begin) is not supported");
        }
        options.begin_mask = table->begin_mask();
        options.end_mask = table->end_mask();
        options.shrink_axis_mask = table->shrink_axis_mask();
    }
    return options;
}

}  // namespace

OpOptions read_options(const tflite::Operator& source, const Model& model, const Operator& op) {
    const OptionsReader reader{source, model, op};
    switch (op.op) {
        case BuiltinOp::conv_2d:
            return conv2d_options(reader);
        case BuiltinOp::depthwise_conv_2d:
            return depthwise_conv2d_options(reader);
        case BuiltinOp::average_pool_2d:
        case BuiltinOp::max_pool_2d:
            return pool2d_options(reader);
        case BuiltinOp::fully_connected:
            return fully_connected_options(reader);
        case BuiltinOp::softmax:
            return softmax_options(reader);
        case BuiltinOp::concatenation:
            return concatenation_options(reader);
        case BuiltinOp::add:
            return activation_only_options<AddOptions, fb::AddOptions>(
                reader, fb::BuiltinOptions::AddOptions);
        case BuiltinOp::mul:
            return activation_only_options<MulOptions, fb::MulOptions>(
                reader, fb::BuiltinOptions::MulOptions);
        case BuiltinOp::reshape: {
            const auto* table =
                reader.table<fb::ReshapeOptions>(fb::BuiltinOptions::ReshapeOptions);
            return ReshapeOptions{table != nullptr ? to_vector(table->new_shape())
                                                   : std::vector<int>{}};
        }
        case BuiltinOp::squeeze: {
            const auto* table =
                reader.table<fb::SqueezeOptions>(fb::BuiltinOptions::SqueezeOptions);
            SqueezeOptions options;
            if (table != nullptr) {
                options.squeeze_dims = to_vector(table->squeeze_dims());
            }
            return options;
        }
        case BuiltinOp::mean: {
            const auto* table =
                reader.table<fb::ReducerOptions>(fb::BuiltinOptions::ReducerOptions);
            MeanOptions options;
            options.keep_dims = table != nullptr && table->keep_dims();
            return options;
        }
        case BuiltinOp::pad:
            static_cast<void>(reader.table<fb::PadOptions>(fb::BuiltinOptions::PadOptions));
            return PadOptions{};
        case BuiltinOp::padv2:
            static_cast<void>(reader.table<fb::PadV2Options>(fb::BuiltinOptions::PadV2Options));
            return PadOptions{};
        case BuiltinOp::resize_nearest_neighbor: {
            const auto* table = reader.table<fb::ResizeNearestNeighborOptions>(
                fb::BuiltinOptions::ResizeNearestNeighborOptions);
            ResizeNearestNeighborOptions options;
            if (table != nullptr) {
                options.align_corners = table->align_corners();
                options.half_pixel_centers = table->half_pixel_centers();
            }
            return options;
        }
        case BuiltinOp::strided_slice:
            return strided_slice_options(reader);
        case BuiltinOp::transpose:
            static_cast<void>(
                reader.table<fb::TransposeOptions>(fb::BuiltinOptions::TransposeOptions));
            return TransposeOptions{};
        case BuiltinOp::quantize:
            static_cast<void>(
                reader.table<fb::QuantizeOptions>(fb::BuiltinOptions::QuantizeOptions));
            return std::monostate{};
        case BuiltinOp::dequantize:
            static_cast<void>(
                reader.table<fb::DequantizeOptions>(fb::BuiltinOptions::DequantizeOptions));
            return std::monostate{};
        case BuiltinOp::logistic:
        case BuiltinOp::tanh:
            // These take no options; TFLite writes none, and a stray table is ignored as TFLite
            // ignores it.
            return std::monostate{};
    }
    return std::monostate{};
}

}  // namespace fennec::gen
