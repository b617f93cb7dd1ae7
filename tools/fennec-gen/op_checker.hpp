// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Part of validate (stage 2): the vocabulary the per-operator rules are written in. An OpChecker
// looks at one operator and fails with a message that names the operator, the tensor's role in it
// ("filter", "bias", "axis") and the rule: "filter must be int8, not float32". Internal to the
// validate*.cpp files.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "error.hpp"
#include "model.hpp"

namespace fennec::gen {

// "[1,49,10,1]"
[[nodiscard]] std::string shape_text(const std::vector<int>& shape);
[[nodiscard]] std::string shape_text(const std::vector<std::int64_t>& shape);

// A shape in 64-bit arithmetic, to compute derived shapes without overflow.
[[nodiscard]] std::vector<std::int64_t> widened(const std::vector<int>& shape);

// The two tensors most operators are about: their data input (input 0) and their output.
struct DataFlow {
    const Tensor& input;
    const Tensor& output;
};

class OpChecker {
public:
    OpChecker(Model& model, Operator& op) : model_(model), op_(op) {}

    [[nodiscard]] Operator& op() const { return op_; }
    [[noreturn]] void fail(const std::string& problem) const {
        fail_operator(model_, op_, problem);
    }

    // The operator takes between `min` and `max` inputs (an omitted optional input, -1, counts).
    void expect_input_count(std::size_t min, std::size_t max) const;
    void expect_output_count(std::size_t count) const;

    // Input k, which must be present (not past the end, not -1).
    [[nodiscard]] const Tensor& input(std::size_t k, const char* role) const;
    // Input k, or nullptr when the operator leaves it out (fewer inputs, or -1).
    [[nodiscard]] const Tensor* optional_input(std::size_t k) const;
    [[nodiscard]] const Tensor& output(std::size_t k = 0) const;

    void expect_dtype(const Tensor& tensor, const char* role, DType dtype) const;
    void expect_rank(const Tensor& tensor, const char* role, int rank) const;
    void expect_rank_between(const Tensor& tensor, const char* role, int min, int max) const;
    void expect_constant(const Tensor& tensor, const char* role) const;
    void expect_shape(const Tensor& tensor,
                      const char* role,
                      const std::vector<std::int64_t>& shape) const;

    // The frame most operators share: between `min_inputs` and `max_inputs` inputs, one output,
    // input 0 an int8 activation of rank `min_rank` to `max_rank`, the output an int8 activation.
    [[nodiscard]] DataFlow expect_int8_data_flow(std::size_t min_inputs,
                                                 std::size_t max_inputs,
                                                 int min_rank,
                                                 int max_rank) const;

    // An int8 activation: dtype int8 and one scale and zero point for the whole tensor.
    void expect_int8_activation(const Tensor& tensor, const char* role) const;
    // Constant int8 weights, symmetric (every zero point 0) and quantized per tensor or per
    // channel along `channel_dimension`.
    void expect_int8_weights(const Tensor& tensor, const char* role, int channel_dimension) const;
    // An optional constant int32 bias of shape [channels].
    void expect_int32_bias(const Tensor& tensor, int channels) const;

    // The values of a constant int32 argument tensor (axes, paddings, a permutation, ...).
    [[nodiscard]] std::vector<std::int32_t> int32_values(const Tensor& tensor,
                                                         const char* role) const;

    // The fused activation's bounds quantized with the output scale must fit an int32, as TFLite's
    // CalculateActivationRangeQuantized requires.
    void expect_representable_activation(Activation activation, const Tensor& output) const;

    // A dimension index in [-rank, rank), made non-negative.
    [[nodiscard]] int normalized_axis(std::int64_t axis, int rank, const char* role) const;

private:
    Model& model_;
    Operator& op_;
};

// TFLite's output size of a windowed op (conv, depthwise, pooling) along one spatial dimension,
// in 64-bit arithmetic: SAME gives ceil(in / stride), VALID ceil((in - dilated filter + 1) /
// stride). Zero or less when a VALID window does not fit.
[[nodiscard]] std::int64_t windowed_output_size(Padding padding,
                                                std::int64_t in_size,
                                                std::int64_t filter_size,
                                                std::int64_t stride,
                                                std::int64_t dilation);

}  // namespace fennec::gen
