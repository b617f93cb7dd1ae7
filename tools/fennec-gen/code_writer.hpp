// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The text side of fennec-gen's emitter: a CodeWriter collects C++ source line by line with the
// current indentation, and knows how to write the few kinds of thing a generated header holds
// (comments, namespaces, typed integer arrays in rows, struct initializers with a comment per
// field), so the header emitter (emit_header.cpp, emit_layers.cpp) says what to write, not how.
// Numbers are written locale-independently; nothing depends on time or on map order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fennec::gen {

// One field of a braced initializer: its C++ text and an optional trailing comment, or, when
// `fields` is not empty, a nested braced initializer of those fields (`value` is then unused).
struct Field {
    Field(std::string value_text, std::string comment_text = {})
        : value(std::move(value_text)), comment(std::move(comment_text)) {}
    static Field nested(std::string comment_text, std::vector<Field> nested_fields) {
        Field field({}, std::move(comment_text));
        field.fields = std::move(nested_fields);
        return field;
    }

    std::string value;
    std::string comment;
    std::vector<Field> fields;
};

class CodeWriter {
public:
    // A line at the current indentation (an empty line stays empty).
    void line(std::string_view text);
    void blank();
    // "// text", wrapped at 100 columns on word boundaries.
    void comment(std::string_view text);
    void open_namespace(std::string_view name);
    void close_namespace(std::string_view name);

    // `declaration` = {
    //     values, `row_length` per line,
    // };
    void int_array(std::string_view declaration,
                   const std::vector<std::int64_t>& values,
                   std::size_t row_length);

    // `declaration` = {
    //     field,  // comment
    //     {       // comment of a nested field
    //         field,
    //     },
    // };
    void struct_initializer(std::string_view declaration, const std::vector<Field>& fields);

    [[nodiscard]] const std::string& text() const { return text_; }

private:
    void fields(const std::vector<Field>& fields);

    std::string text_;
    int indent_ = 0;
};

// A float as a C++ literal that reads back as the same float: "0.5847030f", "1.0f", "1e-05f".
[[nodiscard]] std::string float_literal(float value);

// An integer with thousands separators, for comments: "3,487,968".
[[nodiscard]] std::string grouped(std::int64_t value);

// Values joined by `separator`: "1, 2, 3".
[[nodiscard]] std::string joined(const std::vector<int>& values, std::string_view separator);

}  // namespace fennec::gen
