// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "error.hpp"

#include <cstddef>
#include <iomanip>
#include <sstream>

namespace fennec::gen {

std::string quote(std::string_view text) {
    constexpr std::size_t max_shown = 80;
    static constexpr char hex_digits[] = "0123456789abcdef";
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size() && i < max_shown; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += static_cast<char>(byte);
        } else if (byte == '\n') {
            out += "\\n";
        } else if (byte < 0x20 || byte >= 0x7f) {
            out += "\\x";
            out += hex_digits[byte >> 4];
            out += hex_digits[byte & 0xf];
        } else {
            out += static_cast<char>(byte);
        }
    }
    if (text.size() > max_shown) {
        out += "...";
    }
    out += '"';
    return out;
}

std::string number_text(double value) {
    std::ostringstream text;
    text.imbue(std::locale::classic());
    text << std::setprecision(6) << value;
    return text.str();
}

std::string tensor_location(const Tensor& tensor) {
    return "tensor " + std::to_string(tensor.index) + " (" + quote(tensor.name) + ")";
}

std::string operator_location(const Model& model, const Operator& op) {
    std::string location = "operator " + std::to_string(op.index) + " (" + op.name();
    if (!op.outputs.empty() && op.outputs[0] >= 0 &&
        static_cast<std::size_t>(op.outputs[0]) < model.tensors.size()) {
        location += ", " + quote(model.tensors[static_cast<std::size_t>(op.outputs[0])].name);
    }
    return location + ")";
}

void fail(const std::string& problem) {
    throw ModelError(problem);
}

void fail_tensor(const Tensor& tensor, const std::string& problem) {
    throw ModelError(tensor_location(tensor) + ": " + problem);
}

void fail_operator(const Model& model, const Operator& op, const std::string& problem) {
    throw ModelError(operator_location(model, op) + ": " + problem);
}

}  // namespace fennec::gen
