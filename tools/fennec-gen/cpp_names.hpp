// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// C++ names for generated code: whether a string may name a namespace, and the namespace a model
// gets when --name is not given.
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

}  // namespace fennec::gen
