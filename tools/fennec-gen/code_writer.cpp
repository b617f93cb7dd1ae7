// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "code_writer.hpp"

#include <charconv>

namespace fennec::gen {
namespace {

constexpr int indent_width = 4;
constexpr std::size_t column_limit = 100;

}  // namespace

void CodeWriter::line(std::string_view text) {
    if (!text.empty()) {
        text_.append(static_cast<std::size_t>(indent_ * indent_width), ' ');
        text_ += text;
    }
    text_ += '\n';
}

void CodeWriter::blank() {
    text_ += '\n';
}

void CodeWriter::comment(std::string_view text) {
    const std::size_t width = column_limit - static_cast<std::size_t>(indent_ * indent_width) - 3;
    std::string current;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        const std::string_view word = text.substr(start, end - start);
        if (!current.empty() && current.size() + 1 + word.size() > width) {
            line("// " + current);
            current.clear();
        }
        current += current.empty() ? std::string(word) : " " + std::string(word);
        start = end + 1;
    }
    line(current.empty() ? "//" : "// " + current);
}

void CodeWriter::open_namespace(std::string_view name) {
    line("namespace " + std::string(name) + " {");
}

void CodeWriter::close_namespace(std::string_view name) {
    line("}  // namespace " + std::string(name));
}

void CodeWriter::int_array(std::string_view declaration,
                           const std::vector<std::int64_t>& values,
                           std::size_t row_length) {
    line(std::string(declaration) + " = {");
    ++indent_;
    std::string row;
    for (std::size_t i = 0; i < values.size(); ++i) {
        row += std::to_string(values[i]);
        row += ',';
        if ((i + 1) % row_length == 0 || i + 1 == values.size()) {
            line(row);
            row.clear();
        } else {
            row += ' ';
        }
    }
    --indent_;
    line("};");
}

void CodeWriter::struct_initializer(std::string_view declaration,
                                    const std::vector<Field>& fields) {
    line(std::string(declaration) + " = {");
    this->fields(fields);
    line("};");
}

void CodeWriter::fields(const std::vector<Field>& fields) {
    ++indent_;
    for (const Field& field : fields) {
        const std::string comment = field.comment.empty() ? "" : "  // " + field.comment;
        if (field.fields.empty()) {
            line(field.value + "," + comment);
        } else {
            line("{" + comment);
            this->fields(field.fields);
            line("},");
        }
    }
    --indent_;
}

std::string float_literal(float value) {
    // The shortest decimal that reads back as the same float (the compiler rounds it back).
    char buffer[32];
    const std::to_chars_result end = std::to_chars(buffer, buffer + sizeof buffer, value);
    std::string text(buffer, end.ptr);
    if (text.find_first_of(".e") == std::string::npos) {
        text += ".0";
    }
    return text + "f";
}

std::string grouped(std::int64_t value) {
    const std::string digits = std::to_string(value < 0 ? -value : value);
    std::string text;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            text += ',';
        }
        text += digits[i];
    }
    return value < 0 ? "-" + text : text;
}

std::string joined(const std::vector<int>& values, std::string_view separator) {
    std::string text;
    for (std::size_t i = 0; i < values.size(); ++i) {
        text += (i == 0 ? "" : std::string(separator)) + std::to_string(values[i]);
    }
    return text;
}

}  // namespace fennec::gen
