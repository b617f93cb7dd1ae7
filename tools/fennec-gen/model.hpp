// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The in-memory model fennec-gen works on: what read_tflite() extracted from a .tflite file and
// validate() has checked and completed. Plain structs with no tie to FlatBuffers, so every later
// stage (quantize, plan, emit) and every test can use them without the file format.
//
// After validate() a Model is a promise: every index is in range, operators are in an order in
// which each reads only graph inputs, constants and outputs of earlier operators, every shape is
// positive and fits an int, every constant holds exactly product(shape) * element size bytes,
// every int8 tensor has its quantization, and every operator satisfies its op's rules (see
// validate.hpp), with the parameters it takes from constant tensors resolved into its options.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/core/padding.hpp"

namespace fennec::gen {

// Element types, numbered as TFLite's TensorType.
enum class DType : std::uint8_t {
    float32 = 0,
    float16 = 1,
    int32 = 2,
    uint8 = 3,
    int64 = 4,
    string = 5,
    boolean = 6,
    int16 = 7,
    complex64 = 8,
    int8 = 9,
    float64 = 10,
    complex128 = 11,
    uint64 = 12,
    resource = 13,
    variant = 14,
    uint32 = 15,
    uint16 = 16,
    int4 = 17,
};

// "int8", "float32", ... (TFLite's names in lower case).
[[nodiscard]] const char* dtype_name(DType dtype);

// Bytes per element, or 0 for types without a fixed element size (string, resource, variant,
// packed int4).
[[nodiscard]] int dtype_size(DType dtype);

// The builtin operators fennec supports, numbered as TFLite's BuiltinOperator. A Model holds no
// other operator: read_tflite() refuses the rest by name.
enum class BuiltinOp : std::int32_t {
    add = 0,
    average_pool_2d = 1,
    concatenation = 2,
    conv_2d = 3,
    depthwise_conv_2d = 4,
    dequantize = 6,
    fully_connected = 9,
    logistic = 14,
    max_pool_2d = 17,
    mul = 18,
    reshape = 22,
    softmax = 25,
    tanh = 28,
    pad = 34,
    transpose = 39,
    mean = 40,
    squeeze = 43,
    strided_slice = 45,
    padv2 = 60,
    resize_nearest_neighbor = 97,
    quantize = 114,
};

// TFLite's name of the operator ("CONV_2D").
[[nodiscard]] const char* op_name(BuiltinOp op);

// Whether fennec supports the builtin operator with this TFLite code.
[[nodiscard]] bool is_supported_builtin(std::int32_t code);

// Affine quantization, real = scale * (q - zero_point). One entry per tensor, or one per index
// of dimension quantized_dimension (per-channel weights). Empty when the tensor has none.
struct Quantization {
    std::vector<float> scales;
    std::vector<std::int64_t> zero_points;
    int quantized_dimension = 0;

    [[nodiscard]] bool present() const { return !scales.empty(); }
    [[nodiscard]] bool per_channel() const { return scales.size() > 1; }
};

struct Tensor {
    int index = 0;
    std::string name;
    DType dtype = DType::float32;
    std::vector<int> shape;  // empty for a scalar
    Quantization quantization;
    // A constant tensor's bytes, little-endian and row-major as in the file; null for tensors
    // computed at run time. Tensors that share a buffer in the file (converters deduplicate
    // constants) share it here, so no file can make fennec-gen hold its data more than once.
    std::shared_ptr<const std::vector<std::uint8_t>> data;
    bool is_variable = false;
    bool is_graph_input = false;
    bool is_graph_output = false;
    // The operator that writes the tensor; -1 for graph inputs, constants and unused tensors.
    int producer = -1;

    // Product of the dimensions (1 for a scalar) and that times the element size. Meaningful once
    // validate() has checked the shape (positive dimensions, at most 2^31 - 1 bytes).
    [[nodiscard]] std::int64_t elements() const;
    [[nodiscard]] std::int64_t bytes() const;
    [[nodiscard]] int rank() const { return static_cast<int>(shape.size()); }
    [[nodiscard]] bool is_constant() const { return data != nullptr; }
};

// Operator options, one struct per option table fennec reads. Parameters that TFLite passes as
// constant input tensors (axes, paddings, permutations, ...) are resolved by validate() into the
// fields marked "resolved"; read_tflite() leaves those empty.

struct Conv2dOptions {
    Padding padding = Padding::same;
    int stride_height = 1;
    int stride_width = 1;
    int dilation_height = 1;
    int dilation_width = 1;
    Activation activation = Activation::none;
};

// The window of a conv, plus how many output channels each input channel feeds.
struct DepthwiseConv2dOptions : Conv2dOptions {
    int depth_multiplier = 1;  // output channels / input channels
};

// AVERAGE_POOL_2D and MAX_POOL_2D.
struct Pool2dOptions {
    Padding padding = Padding::same;
    int stride_height = 1;
    int stride_width = 1;
    int filter_height = 1;
    int filter_width = 1;
    Activation activation = Activation::none;
};

struct FullyConnectedOptions {
    Activation activation = Activation::none;
    bool keep_num_dims = false;
};

struct SoftmaxOptions {
    float beta = 1.0f;
};

struct ConcatenationOptions {
    int axis = 0;  // as stored; validate() makes it non-negative
};

struct AddOptions {
    Activation activation = Activation::none;
};

struct MulOptions {
    Activation activation = Activation::none;
};

struct ReshapeOptions {
    std::vector<int> new_shape;  // as stored in the option table (informative; may be empty)
};

struct SqueezeOptions {
    std::vector<int> squeeze_dims;  // as stored; validate() resolves them to the removed axes
    std::vector<int> axes;          // resolved: the removed input axes, ascending
};

struct MeanOptions {
    bool keep_dims = false;
    std::vector<int> axes;  // resolved: the reduced input axes, ascending, without repeats
};

// PAD and PADV2.
struct PadOptions {
    std::vector<std::pair<int, int>> paddings;  // resolved: (before, after) per input dimension
    int pad_value = 0;  // resolved: PADV2's constant, or PAD's output zero point (real 0)
};

struct ResizeNearestNeighborOptions {
    bool align_corners = false;
    bool half_pixel_centers = false;
    int output_height = 0;  // resolved from the size tensor
    int output_width = 0;
};

struct StridedSliceOptions {
    int begin_mask = 0;
    int end_mask = 0;
    int shrink_axis_mask = 0;
    std::vector<int> begin;  // resolved from the begin, end and strides tensors, as stored
    std::vector<int> end;    // (negative indices and masks still to be applied, TFLite's way)
    std::vector<int> strides;
};

struct TransposeOptions {
    std::vector<int> permutation;  // resolved: output dimension i is input dimension perm[i]
};

// std::monostate: the operator has no options (LOGISTIC, TANH, QUANTIZE, DEQUANTIZE).
using OpOptions = std::variant<std::monostate,
                               Conv2dOptions,
                               DepthwiseConv2dOptions,
                               Pool2dOptions,
                               FullyConnectedOptions,
                               SoftmaxOptions,
                               ConcatenationOptions,
                               AddOptions,
                               MulOptions,
                               ReshapeOptions,
                               SqueezeOptions,
                               MeanOptions,
                               PadOptions,
                               ResizeNearestNeighborOptions,
                               StridedSliceOptions,
                               TransposeOptions>;

struct Operator {
    int index = 0;
    BuiltinOp op = BuiltinOp::add;
    int version = 1;          // the operator code's version (informative)
    std::vector<int> inputs;  // tensor indices; -1 marks an omitted optional input
    std::vector<int> outputs;
    OpOptions options;

    [[nodiscard]] const char* name() const { return op_name(op); }
};

// Whether input `position` of `op` is data the operator computes with (an activation, weights,
// a bias, a constant operand) rather than an argument that describes the computation (a shape,
// axes, paddings, a permutation, a size, slice bounds, PADV2's pad value). Data constants count
// as parameters; argument constants become template arguments or literals in generated code.
[[nodiscard]] bool is_data_input(BuiltinOp op, std::size_t position);

struct Model {
    std::string path;    // as given on the command line
    std::string sha256;  // of the whole file, lower-case hex
    std::uint32_t schema_version = 0;
    std::string description;  // the converter's note ("MLIR Converted.", ...)
    std::vector<std::string> metadata_names;
    std::vector<Tensor> tensors;
    std::vector<Operator> operators;  // in execution order
    std::vector<int> inputs;          // graph input tensor indices
    std::vector<int> outputs;         // graph output tensor indices
};

}  // namespace fennec::gen
