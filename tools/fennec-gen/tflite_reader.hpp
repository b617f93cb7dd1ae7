// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Stage 1 of fennec-gen: a .tflite file (untrusted bytes) into a Model.
//
// The reader runs the FlatBuffers Verifier over the whole file first, so every offset, vector and
// string it then follows lies inside the file. On top of that it checks what it needs to build a
// self-consistent Model: the file identifier and schema version, exactly one subgraph, every
// tensor, buffer and operator-code index in range (an operator input may also be -1, "omitted"),
// constant data inside the file, dense affine quantization, and operators that fennec supports
// with option tables of the right kind. It refuses an unsupported operator by name (listing every
// other unsupported operator of the model too), before anything else about the operators.
// What needs the whole graph (shapes, dtypes, order, per-op rules) is validate()'s job.
//
// Every problem is a ModelError (see error.hpp); nothing else is thrown for any input bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "model.hpp"

namespace fennec::gen {

// Files above this size cannot be flatbuffers (32-bit offsets).
inline constexpr std::size_t max_model_file_bytes = 0x7fffffff;

// The bytes of the file at `path`; a ModelError ("cannot open: No such file or directory",
// "file is larger than 2 GiB") if it cannot be read.
[[nodiscard]] std::vector<std::uint8_t> read_file_bytes(const std::string& path);

// The model in `bytes` (`path` is recorded in Model::path, for messages and banners).
[[nodiscard]] Model read_tflite(const std::vector<std::uint8_t>& bytes, const std::string& path);

}  // namespace fennec::gen
