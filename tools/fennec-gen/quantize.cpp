// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "quantize.hpp"

#include <cstddef>
#include <string>

#include "error.hpp"
#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/kernels/params/concatenation.hpp"
#include "fennec/kernels/params/conv2d.hpp"
#include "fennec/kernels/params/fixed_point_input.hpp"
#include "fennec/kernels/params/fully_connected.hpp"
#include "fennec/kernels/params/tanh.hpp"
#include "plan.hpp"

namespace fennec::gen {
namespace {

// The largest left shift multiply_by_quantized_multiplier takes (fennec/core/fixed_point.hpp).
constexpr int max_multiplier_shift = 30;

// The inputs of the logistic and tanh kernels' input scaling: an input scale times 2^27 must give a
// multiplier whose shift lies in [1, 30] (params/fixed_point_input.hpp).
constexpr double min_fixed_point_input_scale = 1.0 / (1 << 27);
constexpr double max_fixed_point_input_scale = 8.0;

class OpQuantizer {
public:
    OpQuantizer(const Model& model, const Operator& op) : model_(model), op_(op) {}

    [[noreturn]] void fail(const std::string& problem) const {
        fail_operator(model_, op_, problem);
    }

    [[nodiscard]] const Tensor& input(std::size_t k) const { return tensor(op_.inputs[k]); }
    [[nodiscard]] const Tensor* optional_input(std::size_t k) const {
        return k < op_.inputs.size() && op_.inputs[k] >= 0 ? &input(k) : nullptr;
    }
    [[nodiscard]] const Tensor& output() const { return tensor(op_.outputs[0]); }
    [[nodiscard]] const Operator& op() const { return op_; }

    // A multiplier whose shift the kernels' requantization takes.
    [[nodiscard]] QuantizedMultiplier checked(QuantizedMultiplier multiplier,
                                              const char* what) const {
        if (multiplier.shift > max_multiplier_shift) {
            fail(std::string(what) + " is 2^" + std::to_string(multiplier.shift - 1) +
                 " or more, beyond the 2^30 the kernels' requantization takes");
        }
        return multiplier;
    }

private:
    [[nodiscard]] const Tensor& tensor(int index) const {
        return model_.tensors[static_cast<std::size_t>(index)];
    }

    const Model& model_;
    const Operator& op_;
};

float scale_of(const Tensor& tensor) {
    return tensor.quantization.scales[0];
}

std::int32_t zero_point_of(const Tensor& tensor) {
    return static_cast<std::int32_t>(tensor.quantization.zero_points[0]);
}

// CONV_2D, DEPTHWISE_CONV_2D (weights quantized along `channel_dimension` of the filter) and
// FULLY_CONNECTED: one multiplier per output channel, each from the params helper TFLM's Prepare
// corresponds to.
WeightedLayer weighted_layer(const OpQuantizer& quantizer,
                             int channel_dimension,
                             Activation activation,
                             QuantizedMultiplier (*channel_multiplier)(float, float, float),
                             const char* multiplier_name) {
    const Tensor& input = quantizer.input(0);
    const Tensor& output = quantizer.output();
    WeightedLayer layer;
    layer.filter = &quantizer.input(1);
    layer.bias = quantizer.optional_input(2);
    layer.per_channel = layer.filter->quantization.per_channel();
    layer.input_zero_point = zero_point_of(input);
    layer.output_zero_point = zero_point_of(output);
    layer.activation = activation;
    layer.activation_range =
        activation_range(activation, scale_of(output), layer.output_zero_point);
    const std::size_t channels =
        layer.per_channel ? static_cast<std::size_t>(
                                layer.filter->shape[static_cast<std::size_t>(channel_dimension)])
                          : 1;
    for (std::size_t c = 0; c < channels; ++c) {
        const QuantizedMultiplier multiplier = quantizer.checked(
            channel_multiplier(scale_of(input), layer.filter->quantization.scales[c],
                               scale_of(output)),
            multiplier_name);
        layer.output_multiplier.push_back(multiplier.multiplier);
        layer.output_shift.push_back(multiplier.shift);
    }
    return layer;
}

FixedPointInputLayer fixed_point_input_layer(const OpQuantizer& quantizer) {
    const Tensor& input = quantizer.input(0);
    const double scale = static_cast<double>(scale_of(input));
    if (scale < min_fixed_point_input_scale || scale >= max_fixed_point_input_scale) {
        quantizer.fail("input scale " + number_text(scale) +
                       " lies outside [2^-27, 8), the range of the int8 " + quantizer.op().name() +
                       " kernel's input scaling");
    }
    // LOGISTIC and TANH derive the same constants (params/logistic.hpp, params/tanh.hpp).
    return {quantizer.op().op == BuiltinOp::logistic
                ? kernels::logistic_quantization(scale_of(input), zero_point_of(input))
                : kernels::tanh_quantization(scale_of(input), zero_point_of(input))};
}

SoftmaxLayer softmax_layer(const OpQuantizer& quantizer, const SoftmaxOptions& options) {
    const float input_scale = scale_of(quantizer.input(0));
    // TFLM's Prepare requires beta * input_scale * 2^26 > 1 (QuantizeMultiplierGreaterThanOne),
    // softmax_quantization() assumes it, and the kernel shifts left by at most 30. The scaling is
    // the one softmax_quantization() starts from.
    const QuantizedMultiplier scaling = preprocess_softmax_scaling(
        static_cast<double>(options.beta), static_cast<double>(input_scale),
        kernels::softmax_scaled_diff_integer_bits);
    const bool greater_than_one =
        scaling.shift > 1 || (scaling.shift == 1 && scaling.multiplier > (1 << 30));
    if (!greater_than_one || scaling.shift > max_multiplier_shift) {
        quantizer.fail("beta * input scale (" + number_text(options.beta) + " * " +
                       number_text(input_scale) +
                       ") must lie in (2^-26, 2^4) for the int8 softmax kernel");
    }
    return {kernels::softmax_quantization(options.beta, input_scale)};
}

AddLayer add_layer(const OpQuantizer& quantizer, Activation activation) {
    const Tensor& first = quantizer.input(0);
    const Tensor& second = quantizer.input(1);
    const Tensor& output = quantizer.output();
    AddLayer layer{activation,
                   kernels::add_quantization(scale_of(first), zero_point_of(first),
                                             scale_of(second), zero_point_of(second),
                                             scale_of(output), zero_point_of(output), activation)};
    // TFLM's Prepare quantizes 2 * max(input scales) / (2^20 * output scale) as a multiplier
    // smaller than one; a shift above 0 means it is 1 or more.
    if (layer.quantization.output_shift > 0) {
        quantizer.fail("output scale " + number_text(scale_of(output)) +
                       " is too small for the input scales " + number_text(scale_of(first)) +
                       " and " + number_text(scale_of(second)) +
                       ": the int8 add kernel needs an output multiplier below 1");
    }
    return layer;
}

MulLayer mul_layer(const OpQuantizer& quantizer, Activation activation) {
    const Tensor& first = quantizer.input(0);
    const Tensor& second = quantizer.input(1);
    const Tensor& output = quantizer.output();
    MulLayer layer{activation,
                   kernels::mul_quantization(scale_of(first), zero_point_of(first),
                                             scale_of(second), zero_point_of(second),
                                             scale_of(output), zero_point_of(output), activation)};
    static_cast<void>(
        quantizer.checked({layer.quantization.output_multiplier, layer.quantization.output_shift},
                          "the output multiplier (input scales / output scale)"));
    return layer;
}

LayerConstants quantize_layer(const OpQuantizer& quantizer) {
    const Operator& op = quantizer.op();
    const Tensor& input = quantizer.input(0);
    const Tensor& output = quantizer.output();
    switch (op.op) {
        case BuiltinOp::conv_2d:
        case BuiltinOp::depthwise_conv_2d: {
            // TFLM prepares both alike, per channel along the filter's output dimension: 0 of
            // OHWI, 3 of a depthwise 1HW(C*M) filter.
            const bool depthwise = op.op == BuiltinOp::depthwise_conv_2d;
            const Activation activation =
                depthwise ? std::get<DepthwiseConv2dOptions>(op.options).activation
                          : std::get<Conv2dOptions>(op.options).activation;
            return weighted_layer(quantizer, depthwise ? 3 : 0, activation,
                                  kernels::conv2d_channel_multiplier,
                                  "the output multiplier (input scale * filter scale / output "
                                  "scale)");
        }
        case BuiltinOp::fully_connected: {
            // Per-tensor weights: the float product of input and weight scale, then a double
            // division (TFLM's GetQuantizedConvolutionMultipler); per-channel: all in double.
            const auto& options = std::get<FullyConnectedOptions>(op.options);
            const bool per_channel = quantizer.input(1).quantization.per_channel();
            return weighted_layer(quantizer, 0, options.activation,
                                  per_channel ? kernels::fully_connected_channel_multiplier
                                              : kernels::fully_connected_output_multiplier,
                                  "the output multiplier (input scale * weights scale / output "
                                  "scale)");
        }
        case BuiltinOp::average_pool_2d:
        case BuiltinOp::max_pool_2d: {
            const Activation activation = std::get<Pool2dOptions>(op.options).activation;
            return PoolLayer{activation,
                             activation_range(activation, scale_of(output), zero_point_of(output))};
        }
        case BuiltinOp::add:
            return add_layer(quantizer, std::get<AddOptions>(op.options).activation);
        case BuiltinOp::mul:
            return mul_layer(quantizer, std::get<MulOptions>(op.options).activation);
        case BuiltinOp::softmax:
            return softmax_layer(quantizer, std::get<SoftmaxOptions>(op.options));
        case BuiltinOp::logistic:
        case BuiltinOp::tanh:
            return fixed_point_input_layer(quantizer);
        case BuiltinOp::quantize:
            if (input.dtype == DType::float32) {
                return AffineLayer{{scale_of(output), zero_point_of(output)}};
            } else {
                const kernels::RequantizeQuantization quantization =
                    kernels::requantize_quantization(scale_of(input), zero_point_of(input),
                                                     scale_of(output), zero_point_of(output));
                static_cast<void>(
                    quantizer.checked({quantization.output_multiplier, quantization.output_shift},
                                      "the multiplier (input scale / output scale)"));
                return RequantizeLayer{quantization};
            }
        case BuiltinOp::dequantize:
            return AffineLayer{{scale_of(input), zero_point_of(input)}};
        case BuiltinOp::mean: {
            const QuantizedMultiplier multiplier =
                quantizer.checked(kernels::mean_scale_multiplier(scale_of(input), scale_of(output)),
                                  "the multiplier (input scale / output scale)");
            std::int64_t count = 1;
            for (const int axis : std::get<MeanOptions>(op.options).axes) {
                count *= input.shape[static_cast<std::size_t>(axis)];
            }
            if (count > kernels::mean_max_reduced_count) {
                quantizer.fail("each output averages " + std::to_string(count) +
                               " elements, more than the 2^23 the int32 sum holds");
            }
            return MeanLayer{{zero_point_of(input), multiplier.multiplier, multiplier.shift,
                              zero_point_of(output)}};
        }
        case BuiltinOp::concatenation: {
            // TFLM's int8 CONCATENATION copies bytes and requires every input to be quantized as
            // the output (exact equality).
            if (op.inputs.size() > static_cast<std::size_t>(kernels::concatenation_max_inputs)) {
                quantizer.fail("it joins " + std::to_string(op.inputs.size()) +
                               " inputs; TFLM's limit is 10");
            }
            for (std::size_t k = 0; k < op.inputs.size(); ++k) {
                const Tensor& joined = quantizer.input(k);
                if (scale_of(joined) != scale_of(output) ||
                    zero_point_of(joined) != zero_point_of(output)) {
                    quantizer.fail("input " + std::to_string(k) + " " + tensor_location(joined) +
                                   " has scale " + number_text(scale_of(joined)) +
                                   " and zero point " + std::to_string(zero_point_of(joined)) +
                                   ", the output " + number_text(scale_of(output)) + " and " +
                                   std::to_string(zero_point_of(output)) +
                                   "; int8 concatenation needs them equal");
                }
            }
            return LayoutLayer{};
        }
        case BuiltinOp::strided_slice: {
            const auto& options = std::get<StridedSliceOptions>(op.options);
            for (std::size_t d = 0; d < options.strides.size(); ++d) {
                if ((options.shrink_axis_mask >> d & 1) != 0 && options.strides[d] < 0) {
                    quantizer.fail("dimension " + std::to_string(d) +
                                   " is shrunk with a negative stride, for which TFLM's kernel "
                                   "writes nothing");
                }
            }
            return LayoutLayer{};
        }
        default:
            return LayoutLayer{};
    }
}

// What every op's tensors must be for fennec's static graph: activations in the arena (no
// constant operands), at most 6 dimensions.
void check_graph_tensors(const Model& model, const OpQuantizer& quantizer) {
    const Operator& op = quantizer.op();
    std::vector<int> tensors = activation_inputs(op);
    for (std::size_t k = 0; k < tensors.size(); ++k) {
        const Tensor& tensor = model.tensors[static_cast<std::size_t>(tensors[k])];
        if (tensor.is_constant()) {
            quantizer.fail("operand " + std::to_string(k) + " " + tensor_location(tensor) +
                           " is a constant; fennec's ops read activations from the arena only");
        }
    }
    tensors.insert(tensors.end(), op.outputs.begin(), op.outputs.end());
    for (const int index : tensors) {
        const Tensor& tensor = model.tensors[static_cast<std::size_t>(index)];
        if (tensor.rank() > max_shape_rank) {
            quantizer.fail(tensor_location(tensor) + " has " + std::to_string(tensor.rank()) +
                           " dimensions; fennec's shapes hold at most 6");
        }
    }
}

}  // namespace

std::vector<LayerConstants> quantize(const Model& model) {
    std::vector<LayerConstants> layers;
    layers.reserve(model.operators.size());
    for (const Operator& op : model.operators) {
        const OpQuantizer quantizer(model, op);
        check_graph_tensors(model, quantizer);
        layers.push_back(quantize_layer(quantizer));
    }
    return layers;
}

}  // namespace fennec::gen
