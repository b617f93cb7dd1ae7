// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// C++ names for generated code: whether a string may name a namespace, the namespace a model
// gets when --name is not given, and the type name of each tensor.
#pragma once

#include <string>
#include <string_view>

namespace fennec::gen {

// An identifier that is not a C++17 keyword and not reserved to the implementation (no double
// underscore, no leading underscore followed by a capital).
[[nodiscard]] bool is_cpp_identifier(std::string_view name);

// The model file's stem made into an identifier: "models/kws-dscnn.v2.tflite" -> "kws_dscnn_v2";
// a stem that starts with a digit gets "model_" in front, a keyword gets "_model" after it.
[[nodiscard]] std::string namespace_from_path(std::string_view path);

// The type name of a model's tensor in generated code: the last two '/' parts of the name's first
// ';' part (converters join fused ops' names with ';'), in CamelCase, at most 32 characters, then
// '_' and the tensor's index, which makes it unique: "model/conv2d_5/BiasAdd;..." and 28 give
// "Conv2d5BiasAdd_28"; an empty name gives "Tensor_28".
[[nodiscard]] std::string tensor_type_name(std::string_view name, int index);

}  // namespace fennec::gen
