// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "op_checker.hpp"

#include <cmath>
#include <cstring>

namespace fennec::gen {
namespace {

template <class Int>
std::string join_shape(const std::vector<Int>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        text += (i == 0 ? "" : ",") + std::to_string(shape[i]);
    }
    return text + "]";
}

std::string count_text(std::size_t min, std::size_t max) {
    if (min == max) {
        return std::to_string(min);
    }
    return max == min + 1 ? std::to_string(min) + " or " + std::to_string(max)
                          : std::to_string(min) + " to " + std::to_string(max);
}

}  // namespace

std::string shape_text(const std::vector<int>& shape) {
    return join_shape(shape);
}
std::string shape_text(const std::vector<std::int64_t>& shape) {
    return join_shape(shape);
}

std::vector<std::int64_t> widened(const std::vector<int>& shape) {
    return std::vector<std::int64_t>(shape.begin(), shape.end());
}

DataFlow OpChecker::expect_int8_data_flow(std::size_t min_inputs,
                                          std::size_t max_inputs,
                                          int min_rank,
                                          int max_rank) const {
    expect_input_count(min_inputs, max_inputs);
    expect_output_count(1);
    const Tensor& input = this->input(0, "input");
    const Tensor& output = this->output();
    expect_int8_activation(input, "input");
    expect_rank_between(input, "input", min_rank, max_rank);
    expect_int8_activation(output, "output");
    return {input, output};
}

void OpChecker::expect_input_count(std::size_t min, std::size_t max) const {
    if (op_.inputs.size() < min || op_.inputs.size() > max) {
        fail("takes " + count_text(min, max) + " inputs, but has " +
             std::to_string(op_.inputs.size()));
    }
}

void OpChecker::expect_output_count(std::size_t count) const {
    if (op_.outputs.size() != count) {
        fail("takes " + std::to_string(count) + " output" + (count == 1 ? "" : "s") + ", but has " +
             std::to_string(op_.outputs.size()));
    }
}

const Tensor& OpChecker::input(std::size_t k, const char* role) const {
    const Tensor* tensor = optional_input(k);
    if (tensor == nullptr) {
        fail(std::string("input ") + std::to_string(k) + " (" + role + ") is missing");
    }
    return *tensor;
}

const Tensor* OpChecker::optional_input(std::size_t k) const {
    if (k >= op_.inputs.size() || op_.inputs[k] < 0) {
        return nullptr;
    }
    return &model_.tensors[static_cast<std::size_t>(op_.inputs[k])];
}

const Tensor& OpChecker::output(std::size_t k) const {
    return model_.tensors[static_cast<std::size_t>(op_.outputs.at(k))];
}

void OpChecker::expect_dtype(const Tensor& tensor, const char* role, DType dtype) const {
    if (tensor.dtype != dtype) {
        fail(std::string(role) + " " + tensor_location(tensor) + " must be " + dtype_name(dtype) +
             ", not " + dtype_name(tensor.dtype));
    }
}

void OpChecker::expect_rank(const Tensor& tensor, const char* role, int rank) const {
    if (tensor.rank() != rank) {
        fail(std::string(role) + " " + tensor_location(tensor) + " must have rank " +
             std::to_string(rank) + ", but has shape " + shape_text(tensor.shape));
    }
}

void OpChecker::expect_rank_between(const Tensor& tensor,
                                    const char* role,
                                    int min,
                                    int max) const {
    if (tensor.rank() < min || tensor.rank() > max) {
        fail(std::string(role) + " " + tensor_location(tensor) + " must have rank " +
             std::to_string(min) + " to " + std::to_string(max) + ", but has shape " +
             shape_text(tensor.shape));
    }
}

void OpChecker::expect_constant(const Tensor& tensor, const char* role) const {
    if (!tensor.is_constant()) {
        fail(std::string(role) + " " + tensor_location(tensor) +
             " must be a constant (data in the model), but is computed at run time");
    }
}

void OpChecker::expect_shape(const Tensor& tensor,
                             const char* role,
                             const std::vector<std::int64_t>& shape) const {
    if (widened(tensor.shape) != shape) {
        fail(std::string(role) + " " + tensor_location(tensor) + " has shape " +
             shape_text(tensor.shape) + ", expected " + shape_text(shape));
    }
}

void OpChecker::expect_int8_activation(const Tensor& tensor, const char* role) const {
    expect_dtype(tensor, role, DType::int8);
    // validate() has checked that every int8 tensor is quantized with matching array lengths.
    if (tensor.quantization.per_channel()) {
        fail(std::string(role) + " " + tensor_location(tensor) +
             " must be quantized per tensor, but has " +
             std::to_string(tensor.quantization.scales.size()) + " scales");
    }
}

void OpChecker::expect_int8_weights(const Tensor& tensor,
                                    const char* role,
                                    int channel_dimension) const {
    expect_dtype(tensor, role, DType::int8);
    expect_constant(tensor, role);
    const Quantization& quantization = tensor.quantization;
    if (quantization.per_channel() && quantization.quantized_dimension != channel_dimension) {
        fail(std::string(role) + " " + tensor_location(tensor) +
             " must be quantized per channel along dimension " + std::to_string(channel_dimension) +
             ", not " + std::to_string(quantization.quantized_dimension));
    }
    for (const std::int64_t zero_point : quantization.zero_points) {
        if (zero_point != 0) {
            fail(std::string(role) + " " + tensor_location(tensor) + " has zero point " +
                 std::to_string(zero_point) + "; int8 weights must be symmetric (zero point 0)");
        }
    }
}

void OpChecker::expect_int32_bias(const Tensor& tensor, int channels) const {
    expect_dtype(tensor, "bias", DType::int32);
    expect_constant(tensor, "bias");
    expect_shape(tensor, "bias", {channels});
}

std::vector<std::int32_t> OpChecker::int32_values(const Tensor& tensor, const char* role) const {
    expect_dtype(tensor, role, DType::int32);
    expect_constant(tensor, role);
    // validate() has checked that data holds elements() * 4 bytes.
    std::vector<std::int32_t> values(tensor.data->size() / 4);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::uint8_t* bytes = &(*tensor.data)[4 * i];
        const std::uint32_t word =
            static_cast<std::uint32_t>(bytes[0]) | static_cast<std::uint32_t>(bytes[1]) << 8 |
            static_cast<std::uint32_t>(bytes[2]) << 16 | static_cast<std::uint32_t>(bytes[3]) << 24;
        std::int32_t value;
        std::memcpy(&value, &word, sizeof value);  // two's complement, as the file stores it
        values[i] = value;
    }
    return values;
}

void OpChecker::expect_representable_activation(Activation activation, const Tensor& output) const {
    const float scale = output.quantization.scales.at(0);
    float bound = 0.0f;
    switch (activation) {
        case Activation::none:
        case Activation::relu:
            return;  // bounds 0 and the int8 limits: always representable
        case Activation::relu6:
            bound = 6.0f;
            break;
        case Activation::relu_n1_to_1:
            bound = 1.0f;
            break;
    }
    const double quantized = std::round(static_cast<double>(bound / scale));
    if (!(std::fabs(quantized) < 2147483000.0)) {
        fail("the fused activation's bound " + number_text(bound) +
             " does not fit an int32 at output scale " + number_text(scale));
    }
}

int OpChecker::normalized_axis(std::int64_t axis, int rank, const char* role) const {
    if (axis < -rank || axis >= rank) {
        fail(std::string(role) + " " + std::to_string(axis) + " is out of range for rank " +
             std::to_string(rank) + " (valid: " + std::to_string(-rank) + " to " +
             std::to_string(rank - 1) + ")");
    }
    return static_cast<int>(axis < 0 ? axis + rank : axis);
}

std::int64_t windowed_output_size(Padding padding,
                                  std::int64_t in_size,
                                  std::int64_t filter_size,
                                  std::int64_t stride,
                                  std::int64_t dilation) {
    if (padding == Padding::same) {
        return (in_size + stride - 1) / stride;
    }
    const std::int64_t dilated_filter = (filter_size - 1) * dilation + 1;
    const std::int64_t span = in_size - dilated_filter + stride;
    return span <= 0 ? 0 : span / stride;
}

}  // namespace fennec::gen
