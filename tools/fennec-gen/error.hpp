// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// How fennec-gen reports a problem with a model: a ModelError whose message says where and what,
// one line, without the file name, which main() puts in front:
//
//   kws.tflite: operator 7 (DEPTHWISE_CONV_2D, "dw_conv_3"): fused activation TANH is not supported
//   kws.tflite: tensor 12 ("conv1/weights"): dimension 2 is -3; dimensions must be positive
//   kws.tflite: not a TFLite model: file identifier is "PK\x03\x04", expected "TFL3"
//
// Names come from the file, so they are quoted and escaped: a name can never break the line.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

#include "model.hpp"

namespace fennec::gen {

class ModelError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// `text` in double quotes, with quotes, backslashes and bytes outside printable ASCII escaped
// (\" \\ \n \xNN), cut to its first 80 bytes (marked by "...").
[[nodiscard]] std::string quote(std::string_view text);

// A number as messages show it: at most 6 significant digits, no trailing zeros ("0.00390625",
// "1e-30", "6").
[[nodiscard]] std::string number_text(double value);

// "tensor 12 ("conv1/weights")"
[[nodiscard]] std::string tensor_location(const Tensor& tensor);

// "operator 7 (DEPTHWISE_CONV_2D, "dw_conv_3")": the op's name and its first output's name.
[[nodiscard]] std::string operator_location(const Model& model, const Operator& op);

[[noreturn]] void fail(const std::string& problem);
[[noreturn]] void fail_tensor(const Tensor& tensor, const std::string& problem);
[[noreturn]] void fail_operator(const Model& model, const Operator& op, const std::string& problem);

}  // namespace fennec::gen
