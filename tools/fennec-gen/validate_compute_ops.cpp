// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The rules of the operators that compute new values. Where a rule is TFLM's (its Prepare()
// refuses the model otherwise), the comment says so; the others are fennec's own limits.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "validate_ops.hpp"

namespace fennec::gen {
namespace {

// The kernels sum products into one int32 accumulator, which holds 2^16 int8 x int8 terms without
// overflow (kernels/fennec/kernels/params/conv2d.hpp); the typed kernel front ends refuse more.
constexpr std::int64_t max_accumulation_depth = std::int64_t{1} << 16;

void expect_window(const OpChecker& checker,
                   int stride_height,
                   int stride_width,
                   int dilation_height,
                   int dilation_width) {
    if (stride_height < 1 || stride_width < 1) {
        checker.fail("strides must be at least 1, but are " + std::to_string(stride_height) +
                     " (height) and " + std::to_string(stride_width) + " (width)");
    }
    if (dilation_height < 1 || dilation_width < 1) {
        checker.fail("dilations must be at least 1, but are " + std::to_string(dilation_height) +
                     " (height) and " + std::to_string(dilation_width) + " (width)");
    }
}

// The output height or width of a windowed op, which must leave at least one output.
std::int64_t window_output_size(const OpChecker& checker,
                                const char* dimension,
                                Padding padding,
                                int in_size,
                                int filter_size,
                                int stride,
                                int dilation) {
    const std::int64_t size = windowed_output_size(padding, in_size, filter_size, stride, dilation);
    if (size < 1) {
        checker.fail(std::string("the filter ") + dimension + " " + std::to_string(filter_size) +
                     " (dilation " + std::to_string(dilation) + ") does not fit the input " +
                     dimension + " " + std::to_string(in_size) + " with VALID padding");
    }
    return size;
}

void expect_accumulation_depth(const OpChecker& checker, std::int64_t depth, const char* what) {
    if (depth > max_accumulation_depth) {
        checker.fail(std::string(what) + " sums " + std::to_string(depth) +
                     " products per output, more than the 65536 an int32 accumulator holds safely");
    }
}

void expect_same_quantization(const OpChecker& checker, const Tensor& input, const Tensor& output) {
    // TFLM's pooling Prepare(): the kernels do not rescale, so input and output must agree.
    const double scale_difference = std::fabs(static_cast<double>(input.quantization.scales[0]) -
                                              static_cast<double>(output.quantization.scales[0]));
    if (scale_difference > 1.0e-6 ||
        input.quantization.zero_points[0] != output.quantization.zero_points[0]) {
        checker.fail("input and output must have the same scale and zero point");
    }
}

void expect_output_quantization(const OpChecker& checker,
                                const Tensor& output,
                                float scale,
                                std::int64_t zero_point,
                                const char* scale_text) {
    if (output.quantization.scales[0] != scale ||
        output.quantization.zero_points[0] != zero_point) {
        checker.fail("output " + tensor_location(output) + " must have scale " + scale_text +
                     " and zero point " + std::to_string(zero_point) +
                     " (the int8 kernel's), not " + number_text(output.quantization.scales[0]) +
                     " and " + std::to_string(output.quantization.zero_points[0]));
    }
}

// The tensors of CONV_2D and DEPTHWISE_CONV_2D: NHWC int8 input and output, a rank-4 constant
// int8 filter quantized along `filter_channel_dimension`, an optional bias.
struct ConvolutionTensors {
    const Tensor& input;
    const Tensor& filter;
    const Tensor* bias;
    const Tensor& output;
};

ConvolutionTensors expect_convolution_tensors(const OpChecker& checker,
                                              int filter_channel_dimension) {
    const DataFlow flow = checker.expect_int8_data_flow(2, 3, 4, 4);
    const Tensor& filter = checker.input(1, "filter");
    checker.expect_int8_weights(filter, "filter", filter_channel_dimension);
    checker.expect_rank(filter, "filter", 4);
    checker.expect_rank(flow.output, "output", 4);
    return {flow.input, filter, checker.optional_input(2), flow.output};
}

// The output shape from the window, the bias shape and the activation of a convolution.
void expect_convolution_output(const OpChecker& checker,
                               const ConvolutionTensors& tensors,
                               const Conv2dOptions& options,
                               int output_channels) {
    expect_window(checker, options.stride_height, options.stride_width, options.dilation_height,
                  options.dilation_width);
    const std::int64_t output_height =
        window_output_size(checker, "height", options.padding, tensors.input.shape[1],
                           tensors.filter.shape[1], options.stride_height, options.dilation_height);
    const std::int64_t output_width =
        window_output_size(checker, "width", options.padding, tensors.input.shape[2],
                           tensors.filter.shape[2], options.stride_width, options.dilation_width);
    checker.expect_shape(tensors.output, "output",
                         {tensors.input.shape[0], output_height, output_width, output_channels});
    if (tensors.bias != nullptr) {
        checker.expect_int32_bias(*tensors.bias, output_channels);
    }
    checker.expect_representable_activation(options.activation, tensors.output);
}

}  // namespace

void check_conv_2d(OpChecker& checker) {
    // NHWC input, OHWI filter.
    const ConvolutionTensors tensors = expect_convolution_tensors(checker, 0);
    const auto& options = std::get<Conv2dOptions>(checker.op().options);
    const int input_channels = tensors.input.shape[3];
    const int output_channels = tensors.filter.shape[0];
    if (tensors.filter.shape[3] != input_channels) {
        checker.fail("filter input channels (" + std::to_string(tensors.filter.shape[3]) +
                     ") must equal input channels (" + std::to_string(input_channels) +
                     "); grouped convolution is not supported");
    }
    expect_convolution_output(checker, tensors, options, output_channels);
    expect_accumulation_depth(
        checker, std::int64_t{tensors.filter.shape[1]} * tensors.filter.shape[2] * input_channels,
        "the filter");
}

void check_depthwise_conv_2d(OpChecker& checker) {
    // NHWC input, 1HW(C*M) filter.
    const ConvolutionTensors tensors = expect_convolution_tensors(checker, 3);
    const auto& options = std::get<DepthwiseConv2dOptions>(checker.op().options);
    const int input_channels = tensors.input.shape[3];
    const int output_channels = tensors.filter.shape[3];
    if (tensors.filter.shape[0] != 1) {
        checker.fail("filter " + tensor_location(tensors.filter) + " has shape " +
                     shape_text(tensors.filter.shape) +
                     "; it must be [1, height, width, channels]");
    }
    if (output_channels % input_channels != 0) {
        checker.fail("filter channels (" + std::to_string(output_channels) +
                     ") must be a multiple of input channels (" + std::to_string(input_channels) +
                     ")");
    }
    // TFLM's kernel loops over options.depth_multiplier and assumes it matches the filter.
    const int depth_multiplier = output_channels / input_channels;
    if (options.depth_multiplier != depth_multiplier) {
        checker.fail("depth_multiplier is " + std::to_string(options.depth_multiplier) + ", but " +
                     std::to_string(output_channels) + " filter channels over " +
                     std::to_string(input_channels) + " input channels make " +
                     std::to_string(depth_multiplier));
    }
    expect_convolution_output(checker, tensors, options, output_channels);
    expect_accumulation_depth(
        checker, std::int64_t{tensors.filter.shape[1]} * tensors.filter.shape[2], "the filter");
}

void check_fully_connected(OpChecker& checker) {
    checker.expect_input_count(2, 3);
    checker.expect_output_count(1);
    const Tensor& input = checker.input(0, "input");
    const Tensor& weights = checker.input(1, "weights");
    const Tensor* bias = checker.optional_input(2);
    const Tensor& output = checker.output();
    checker.expect_int8_activation(input, "input");
    checker.expect_rank_between(input, "input", 1, 8);
    checker.expect_int8_weights(weights, "weights", 0);
    checker.expect_rank(weights, "weights", 2);
    checker.expect_int8_activation(output, "output");
    checker.expect_rank_between(output, "output", 1, 8);
    const auto& options = std::get<FullyConnectedOptions>(checker.op().options);

    // Weights [output units, input units]; every row of input units is one batch.
    const int output_units = weights.shape[0];
    const int input_units = weights.shape[1];
    if (input.elements() % input_units != 0) {
        checker.fail("input " + tensor_location(input) + " has " +
                     std::to_string(input.elements()) +
                     " elements, not a multiple of the weights' " + std::to_string(input_units) +
                     " input units");
    }
    const std::int64_t batches = input.elements() / input_units;
    if (options.keep_num_dims) {
        std::vector<std::int64_t> expected(input.shape.begin(), input.shape.end());
        expected.back() = output_units;
        if (input.shape.back() != input_units) {
            checker.fail("with keep_num_dims, the input's last dimension must be the weights' " +
                         std::to_string(input_units) + " input units");
        }
        checker.expect_shape(output, "output", expected);
    } else if (output.shape.back() != output_units || output.elements() != batches * output_units) {
        checker.fail("output " + tensor_location(output) + " has shape " +
                     shape_text(output.shape) + ", but " + std::to_string(batches) +
                     " batches of " + std::to_string(output_units) + " units are expected");
    }
    if (bias != nullptr) {
        checker.expect_int32_bias(*bias, output_units);
        // TFLM's GetQuantizedConvolutionMultipler, for per-tensor weights: the bias scale must be
        // close to input scale * weight scale, because the kernel adds the bias unscaled.
        if (!weights.quantization.per_channel() && bias->quantization.present()) {
            const double product_scale = static_cast<double>(input.quantization.scales[0]) *
                                         static_cast<double>(weights.quantization.scales[0]);
            const double difference =
                std::fabs(product_scale - static_cast<double>(bias->quantization.scales[0]));
            if (difference / static_cast<double>(output.quantization.scales[0]) > 0.02) {
                checker.fail("bias scale " + number_text(bias->quantization.scales[0]) +
                             " differs too much from input scale x weights scale " +
                             number_text(product_scale) + " (TFLM allows 2% of the output scale)");
            }
        }
    }
    expect_accumulation_depth(checker, input_units, "each output");
    checker.expect_representable_activation(options.activation, output);
}

void check_pool_2d(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(1, 1, 4, 4);
    checker.expect_rank(output, "output", 4);
    const auto& options = std::get<Pool2dOptions>(checker.op().options);
    expect_window(checker, options.stride_height, options.stride_width, 1, 1);
    if (options.filter_height < 1 || options.filter_width < 1) {
        checker.fail("the pooling window must be at least 1x1, but is " +
                     std::to_string(options.filter_height) + "x" +
                     std::to_string(options.filter_width));
    }
    const std::int64_t output_height =
        window_output_size(checker, "height", options.padding, input.shape[1],
                           options.filter_height, options.stride_height, 1);
    const std::int64_t output_width =
        window_output_size(checker, "width", options.padding, input.shape[2], options.filter_width,
                           options.stride_width, 1);
    checker.expect_shape(output, "output",
                         {input.shape[0], output_height, output_width, input.shape[3]});
    expect_same_quantization(checker, input, output);
    checker.expect_representable_activation(options.activation, output);
}

void check_add_or_mul(OpChecker& checker) {
    checker.expect_input_count(2, 2);
    checker.expect_output_count(1);
    const Tensor& first = checker.input(0, "input");
    const Tensor& second = checker.input(1, "input");
    const Tensor& output = checker.output();
    for (const Tensor* tensor : {&first, &second, &output}) {
        const char* role = tensor == &output ? "output" : "input";
        checker.expect_int8_activation(*tensor, role);
        checker.expect_rank_between(*tensor, role, 0, 4);
    }
    // Broadcasting, as numpy does it: align the shapes at the right; each pair of dimensions must
    // be equal or contain a 1, and the output takes the larger.
    const std::size_t rank = std::max(first.shape.size(), second.shape.size());
    std::vector<std::int64_t> broadcast(rank);
    for (std::size_t i = 0; i < rank; ++i) {
        const std::int64_t a =
            i < rank - first.shape.size() ? 1 : first.shape[i - (rank - first.shape.size())];
        const std::int64_t b =
            i < rank - second.shape.size() ? 1 : second.shape[i - (rank - second.shape.size())];
        if (a != b && a != 1 && b != 1) {
            checker.fail("input shapes " + shape_text(first.shape) + " and " +
                         shape_text(second.shape) + " do not broadcast");
        }
        broadcast[i] = std::max(a, b);
    }
    checker.expect_shape(output, "output", broadcast);
    const Activation activation = checker.op().op == BuiltinOp::add
                                      ? std::get<AddOptions>(checker.op().options).activation
                                      : std::get<MulOptions>(checker.op().options).activation;
    checker.expect_representable_activation(activation, output);
}

void check_softmax(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(1, 1, 1, 8);
    checker.expect_shape(output, "output", widened(input.shape));
    // TFLM's softmax Prepare() for int8 output.
    expect_output_quantization(checker, output, 1.0f / 256, -128, "1/256");
    const float beta = std::get<SoftmaxOptions>(checker.op().options).beta;
    if (!std::isfinite(beta) || !(beta > 0.0f)) {
        checker.fail("beta is " + number_text(beta) + "; it must be positive and finite");
    }
}

void check_logistic_or_tanh(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(1, 1, 0, 8);
    checker.expect_shape(output, "output", widened(input.shape));
    // The int8 kernels produce a fixed output quantization (TFLM checks the zero point of
    // LOGISTIC; the converter always writes these values).
    if (checker.op().op == BuiltinOp::logistic) {
        expect_output_quantization(checker, output, 1.0f / 256, -128, "1/256");
    } else {
        expect_output_quantization(checker, output, 1.0f / 128, 0, "1/128");
    }
}

void check_mean(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(2, 2, 1, 4);
    const Tensor& axis = checker.input(1, "axis");
    checker.expect_rank_between(axis, "axis", 0, 1);

    auto& options = std::get<MeanOptions>(checker.op().options);
    std::vector<bool> reduced(input.shape.size(), false);
    for (const std::int32_t value : checker.int32_values(axis, "axis")) {
        reduced[static_cast<std::size_t>(checker.normalized_axis(value, input.rank(), "axis"))] =
            true;
    }
    options.axes.clear();
    std::vector<std::int64_t> expected;
    for (std::size_t d = 0; d < input.shape.size(); ++d) {
        if (reduced[d]) {
            options.axes.push_back(static_cast<int>(d));
            if (options.keep_dims) {
                expected.push_back(1);
            }
        } else {
            expected.push_back(input.shape[d]);
        }
    }
    checker.expect_shape(output, "output", expected);
}

void check_quantize(OpChecker& checker) {
    checker.expect_input_count(1, 1);
    checker.expect_output_count(1);
    const Tensor& input = checker.input(0, "input");
    const Tensor& output = checker.output();
    if (input.dtype != DType::float32) {
        checker.expect_int8_activation(input, "input (float32 or int8)");
    }
    checker.expect_int8_activation(output, "output");
    checker.expect_shape(output, "output", widened(input.shape));
}

void check_dequantize(OpChecker& checker) {
    checker.expect_input_count(1, 1);
    checker.expect_output_count(1);
    const Tensor& input = checker.input(0, "input");
    const Tensor& output = checker.output();
    checker.expect_int8_activation(input, "input");
    checker.expect_dtype(output, "output", DType::float32);
    checker.expect_shape(output, "output", widened(input.shape));
}

}  // namespace fennec::gen
