// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "model.hpp"

namespace fennec::gen {

const char* dtype_name(DType dtype) {
    switch (dtype) {
        case DType::float32:
            return "float32";
        case DType::float16:
            return "float16";
        case DType::int32:
            return "int32";
        case DType::uint8:
            return "uint8";
        case DType::int64:
            return "int64";
        case DType::string:
            return "string";
        case DType::boolean:
            return "bool";
        case DType::int16:
            return "int16";
        case DType::complex64:
            return "complex64";
        case DType::int8:
            return "int8";
        case DType::float64:
            return "float64";
        case DType::complex128:
            return "complex128";
        case DType::uint64:
            return "uint64";
        case DType::resource:
            return "resource";
        case DType::variant:
            return "variant";
        case DType::uint32:
            return "uint32";
        case DType::uint16:
            return "uint16";
        case DType::int4:
            return "int4";
    }
    return "unknown";
}

int dtype_size(DType dtype) {
    switch (dtype) {
        case DType::boolean:
        case DType::int8:
        case DType::uint8:
            return 1;
        case DType::float16:
        case DType::int16:
        case DType::uint16:
            return 2;
        case DType::float32:
        case DType::int32:
        case DType::uint32:
            return 4;
        case DType::float64:
        case DType::int64:
        case DType::uint64:
        case DType::complex64:
            return 8;
        case DType::complex128:
            return 16;
        case DType::string:
        case DType::resource:
        case DType::variant:
        case DType::int4:
            return 0;
    }
    return 0;
}

const char* op_name(BuiltinOp op) {
    switch (op) {
        case BuiltinOp::add:
            return "ADD";
        case BuiltinOp::average_pool_2d:
            return "AVERAGE_POOL_2D";
        case BuiltinOp::concatenation:
            return "CONCATENATION";
        case BuiltinOp::conv_2d:
            return "CONV_2D";
        case BuiltinOp::depthwise_conv_2d:
            return "DEPTHWISE_CONV_2D";
        case BuiltinOp::dequantize:
            return "DEQUANTIZE";
        case BuiltinOp::fully_connected:
            return "FULLY_CONNECTED";
        case BuiltinOp::logistic:
            return "LOGISTIC";
        case BuiltinOp::max_pool_2d:
            return "MAX_POOL_2D";
        case BuiltinOp::mul:
            return "MUL";
        case BuiltinOp::reshape:
            return "RESHAPE";
        case BuiltinOp::softmax:
            return "SOFTMAX";
        case BuiltinOp::tanh:
            return "TANH";
        case BuiltinOp::pad:
            return "PAD";
        case BuiltinOp::transpose:
            return "TRANSPOSE";
        case BuiltinOp::mean:
            return "MEAN";
        case BuiltinOp::squeeze:
            return "SQUEEZE";
        case BuiltinOp::strided_slice:
            return "STRIDED_SLICE";
        case BuiltinOp::padv2:
            return "PADV2";
        case BuiltinOp::resize_nearest_neighbor:
            return "RESIZE_NEAREST_NEIGHBOR";
        case BuiltinOp::quantize:
            return "QUANTIZE";
    }
    return "UNKNOWN";
}

bool is_supported_builtin(std::int32_t code) {
    switch (static_cast<BuiltinOp>(code)) {
        case BuiltinOp::add:
        case BuiltinOp::average_pool_2d:
        case BuiltinOp::concatenation:
        case BuiltinOp::conv_2d:
        case BuiltinOp::depthwise_conv_2d:
        case BuiltinOp::dequantize:
        case BuiltinOp::fully_connected:
        case BuiltinOp::logistic:
        case BuiltinOp::max_pool_2d:
        case BuiltinOp::mul:
        case BuiltinOp::reshape:
        case BuiltinOp::softmax:
        case BuiltinOp::tanh:
        case BuiltinOp::pad:
        case BuiltinOp::transpose:
        case BuiltinOp::mean:
        case BuiltinOp::squeeze:
        case BuiltinOp::strided_slice:
        case BuiltinOp::padv2:
        case BuiltinOp::resize_nearest_neighbor:
        case BuiltinOp::quantize:
            return true;
    }
    return false;
}

std::int64_t Tensor::elements() const {
    std::int64_t count = 1;
    for (const int dim : shape) {
        count *= dim;
    }
    return count;
}

std::int64_t Tensor::bytes() const {
    return elements() * dtype_size(dtype);
}

bool is_data_input(BuiltinOp op, std::size_t position) {
    switch (op) {
        // Input 0 is the data; the rest describe what to do with it.
        case BuiltinOp::reshape:
        case BuiltinOp::mean:
        case BuiltinOp::pad:
        case BuiltinOp::padv2:
        case BuiltinOp::resize_nearest_neighbor:
        case BuiltinOp::strided_slice:
        case BuiltinOp::transpose:
            return position == 0;
        default:
            return true;
    }
}

}  // namespace fennec::gen
