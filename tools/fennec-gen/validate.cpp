// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "validate.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "error.hpp"
#include "op_checker.hpp"
#include "validate_ops.hpp"

namespace fennec::gen {
namespace {

constexpr int max_rank = 8;
// Sizes and offsets are ints in generated code and in the kernels.
constexpr std::int64_t max_tensor_bytes = 0x7fffffff;

std::vector<bool> used_tensors(const Model& model) {
    std::vector<bool> used(model.tensors.size(), false);
    for (const int index : model.inputs) {
        used[static_cast<std::size_t>(index)] = true;
    }
    for (const int index : model.outputs) {
        used[static_cast<std::size_t>(index)] = true;
    }
    for (const Operator& op : model.operators) {
        for (const int index : op.inputs) {
            if (index >= 0) {
                used[static_cast<std::size_t>(index)] = true;
            }
        }
        for (const int index : op.outputs) {
            used[static_cast<std::size_t>(index)] = true;
        }
    }
    return used;
}

void check_shape(const Tensor& tensor) {
    if (tensor.rank() > max_rank) {
        fail_tensor(tensor, "rank " + std::to_string(tensor.rank()) +
                                " is above fennec's limit of " + std::to_string(max_rank));
    }
    const int element_size = dtype_size(tensor.dtype);
    if (element_size == 0) {
        fail_tensor(tensor,
                    std::string("element type ") + dtype_name(tensor.dtype) + " is not supported");
    }
    std::int64_t bytes = element_size;
    for (std::size_t d = 0; d < tensor.shape.size(); ++d) {
        if (tensor.shape[d] < 1) {
            fail_tensor(tensor, "dimension " + std::to_string(d) + " of shape " +
                                    shape_text(tensor.shape) + " is " +
                                    std::to_string(tensor.shape[d]) +
                                    "; dimensions must be positive");
        }
        bytes *= tensor.shape[d];  // stays below 2^62: both factors are below 2^31
        if (bytes > max_tensor_bytes) {
            fail_tensor(tensor, "shape " + shape_text(tensor.shape) + " of " +
                                    dtype_name(tensor.dtype) + " needs more than 2^31 - 1 bytes");
        }
    }
}

void check_constant_data(const Tensor& tensor) {
    if (tensor.is_constant() && static_cast<std::int64_t>(tensor.data->size()) != tensor.bytes()) {
        fail_tensor(tensor, "holds " + std::to_string(tensor.data->size()) +
                                " bytes of constant data, but shape " + shape_text(tensor.shape) +
                                " of " + dtype_name(tensor.dtype) + " needs " +
                                std::to_string(tensor.bytes()));
    }
}

void check_quantization(const Tensor& tensor) {
    const Quantization& quantization = tensor.quantization;
    if (tensor.dtype == DType::int8 && !quantization.present()) {
        fail_tensor(tensor, "int8 tensor without quantization (scale and zero point)");
    }
    // Quantization of other types means nothing to fennec: float32 edges are converted by
    // QUANTIZE/DEQUANTIZE with their int8 side's parameters, and an int32 bias's scale is implied
    // by its input and filter (converters write it inconsistently: person_detect's conv biases
    // name quantized dimension 3 of a rank-1 shape, which TFLM ignores as well).
    if (tensor.dtype != DType::int8) {
        return;
    }
    if (quantization.zero_points.size() != quantization.scales.size()) {
        fail_tensor(tensor, "quantization has " + std::to_string(quantization.scales.size()) +
                                " scales but " + std::to_string(quantization.zero_points.size()) +
                                " zero points");
    }
    if (quantization.per_channel()) {
        const int dimension = quantization.quantized_dimension;
        if (dimension < 0 || dimension >= tensor.rank()) {
            fail_tensor(tensor, "quantized dimension " + std::to_string(dimension) +
                                    " is out of range for shape " + shape_text(tensor.shape));
        }
        const auto channels =
            static_cast<std::size_t>(tensor.shape[static_cast<std::size_t>(dimension)]);
        if (quantization.scales.size() != channels) {
            fail_tensor(tensor, "quantization has " + std::to_string(quantization.scales.size()) +
                                    " scales, but dimension " + std::to_string(dimension) +
                                    " of shape " + shape_text(tensor.shape) + " has " +
                                    std::to_string(channels) + " entries");
        }
    }
    for (std::size_t i = 0; i < quantization.scales.size(); ++i) {
        const float scale = quantization.scales[i];
        if (!std::isfinite(scale) || !(scale > 0.0f)) {
            fail_tensor(tensor, "scale " + std::to_string(i) + " is " + number_text(scale) +
                                    "; scales must be positive and finite");
        }
    }
    for (const std::int64_t zero_point : quantization.zero_points) {
        if (zero_point < -128 || zero_point > 127) {
            fail_tensor(tensor,
                        "zero point " + std::to_string(zero_point) + " is outside the int8 range");
        }
    }
}

void check_tensors(const Model& model) {
    const std::vector<bool> used = used_tensors(model);
    for (const Tensor& tensor : model.tensors) {
        if (!used[static_cast<std::size_t>(tensor.index)]) {
            continue;
        }
        if (tensor.is_variable) {
            fail_tensor(tensor, "variable (state) tensors are not supported");
        }
        check_shape(tensor);
        check_constant_data(tensor);
        check_quantization(tensor);
    }
}

void mark_graph_ends(Model& model) {
    if (model.inputs.empty()) {
        fail("the model has no graph inputs");
    }
    if (model.outputs.empty()) {
        fail("the model has no graph outputs");
    }
    for (Tensor& tensor : model.tensors) {
        tensor.is_graph_input = false;
        tensor.is_graph_output = false;
        tensor.producer = -1;
    }
    for (std::size_t k = 0; k < model.inputs.size(); ++k) {
        Tensor& tensor = model.tensors[static_cast<std::size_t>(model.inputs[k])];
        const std::string where =
            "graph input " + std::to_string(k) + " is " + tensor_location(tensor);
        if (tensor.is_graph_input) {
            fail(where + ", which is already an earlier graph input");
        }
        if (tensor.is_constant()) {
            fail(where + ", which holds constant data");
        }
        tensor.is_graph_input = true;
    }
    for (std::size_t k = 0; k < model.outputs.size(); ++k) {
        Tensor& tensor = model.tensors[static_cast<std::size_t>(model.outputs[k])];
        const std::string where =
            "graph output " + std::to_string(k) + " is " + tensor_location(tensor);
        if (tensor.is_graph_output) {
            fail(where + ", which is already an earlier graph output");
        }
        if (tensor.is_graph_input) {
            fail(where + ", which is also a graph input");
        }
        if (tensor.is_constant()) {
            fail(where + ", which holds constant data");
        }
        tensor.is_graph_output = true;
    }
}

// Execution order: each operator reads only what exists when it runs, and each tensor has one
// writer. Records Tensor::producer.
void check_execution_order(Model& model) {
    std::vector<int> first_writer(model.tensors.size(), -1);
    for (const Operator& op : model.operators) {
        for (const int index : op.outputs) {
            if (first_writer[static_cast<std::size_t>(index)] == -1) {
                first_writer[static_cast<std::size_t>(index)] = op.index;
            }
        }
    }
    std::vector<bool> available(model.tensors.size(), false);
    for (const Tensor& tensor : model.tensors) {
        available[static_cast<std::size_t>(tensor.index)] =
            tensor.is_graph_input || tensor.is_constant();
    }
    for (const Operator& op : model.operators) {
        for (std::size_t k = 0; k < op.inputs.size(); ++k) {
            if (op.inputs[k] < 0 || available[static_cast<std::size_t>(op.inputs[k])]) {
                continue;
            }
            const Tensor& tensor = model.tensors[static_cast<std::size_t>(op.inputs[k])];
            const int writer = first_writer[static_cast<std::size_t>(tensor.index)];
            const std::string reads =
                "input " + std::to_string(k) + " reads " + tensor_location(tensor);
            if (writer == op.index) {
                fail_operator(model, op, reads + ", which this operator writes itself");
            }
            if (writer > op.index) {
                fail_operator(model, op,
                              reads + ", which operator " + std::to_string(writer) +
                                  " writes later; operators must come in execution order");
            }
            fail_operator(model, op,
                          reads +
                              ", which is neither a graph input, a constant, "
                              "nor the output of an earlier operator");
        }
        for (std::size_t k = 0; k < op.outputs.size(); ++k) {
            Tensor& tensor = model.tensors[static_cast<std::size_t>(op.outputs[k])];
            const std::string writes =
                "output " + std::to_string(k) + " is " + tensor_location(tensor);
            if (tensor.is_constant()) {
                fail_operator(model, op, writes + ", which holds constant data");
            }
            if (tensor.is_graph_input) {
                fail_operator(model, op, writes + ", which is a graph input");
            }
            if (tensor.producer != -1) {
                fail_operator(model, op,
                              writes + ", which operator " + std::to_string(tensor.producer) +
                                  " already writes");
            }
            tensor.producer = op.index;
            available[static_cast<std::size_t>(tensor.index)] = true;
        }
    }
    for (std::size_t k = 0; k < model.outputs.size(); ++k) {
        const Tensor& tensor = model.tensors[static_cast<std::size_t>(model.outputs[k])];
        if (tensor.producer == -1) {
            fail("graph output " + std::to_string(k) + " is " + tensor_location(tensor) +
                 ", which no operator writes");
        }
    }
}

void check_operator(OpChecker& checker) {
    switch (checker.op().op) {
        case BuiltinOp::conv_2d:
            return check_conv_2d(checker);
        case BuiltinOp::depthwise_conv_2d:
            return check_depthwise_conv_2d(checker);
        case BuiltinOp::fully_connected:
            return check_fully_connected(checker);
        case BuiltinOp::average_pool_2d:
        case BuiltinOp::max_pool_2d:
            return check_pool_2d(checker);
        case BuiltinOp::add:
        case BuiltinOp::mul:
            return check_add_or_mul(checker);
        case BuiltinOp::softmax:
            return check_softmax(checker);
        case BuiltinOp::logistic:
        case BuiltinOp::tanh:
            return check_logistic_or_tanh(checker);
        case BuiltinOp::mean:
            return check_mean(checker);
        case BuiltinOp::quantize:
            return check_quantize(checker);
        case BuiltinOp::dequantize:
            return check_dequantize(checker);
        case BuiltinOp::reshape:
            return check_reshape(checker);
        case BuiltinOp::squeeze:
            return check_squeeze(checker);
        case BuiltinOp::pad:
        case BuiltinOp::padv2:
            return check_pad(checker);
        case BuiltinOp::concatenation:
            return check_concatenation(checker);
        case BuiltinOp::strided_slice:
            return check_strided_slice(checker);
        case BuiltinOp::transpose:
            return check_transpose(checker);
        case BuiltinOp::resize_nearest_neighbor:
            return check_resize_nearest_neighbor(checker);
    }
    checker.fail("has no validation rules");
}

}  // namespace

void validate(Model& model) {
    check_tensors(model);
    mark_graph_ends(model);
    check_execution_order(model);
    for (Operator& op : model.operators) {
        OpChecker checker(model, op);
        check_operator(checker);
    }
}

}  // namespace fennec::gen
