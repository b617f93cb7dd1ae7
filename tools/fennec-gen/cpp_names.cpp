// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "cpp_names.hpp"

#include <algorithm>
#include <iterator>

namespace fennec::gen {
namespace {

// C++17 keywords and alternative tokens, plus those of C++20 so that generated code stays valid
// when a firmware project moves on.
constexpr std::string_view keywords[] = {
    "alignas",       "alignof",     "and",
    "and_eq",        "asm",         "auto",
    "bitand",        "bitor",       "bool",
    "break",         "case",        "catch",
    "char",          "char8_t",     "char16_t",
    "char32_t",      "class",       "compl",
    "concept",       "const",       "consteval",
    "constexpr",     "constinit",   "const_cast",
    "continue",      "co_await",    "co_return",
    "co_yield",      "decltype",    "default",
    "delete",        "do",          "double",
    "dynamic_cast",  "else",        "enum",
    "explicit",      "export",      "extern",
    "false",         "float",       "for",
    "friend",        "goto",        "if",
    "inline",        "int",         "long",
    "mutable",       "namespace",   "new",
    "noexcept",      "not",         "not_eq",
    "nullptr",       "operator",    "or",
    "or_eq",         "private",     "protected",
    "public",        "register",    "reinterpret_cast",
    "requires",      "return",      "short",
    "signed",        "sizeof",      "static",
    "static_assert", "static_cast", "struct",
    "switch",        "template",    "this",
    "thread_local",  "throw",       "true",
    "try",           "typedef",     "typeid",
    "typename",      "union",       "unsigned",
    "using",         "virtual",     "void",
    "volatile",      "wchar_t",     "while",
    "xor",           "xor_eq",
};

bool is_keyword(std::string_view name) {
    return std::find(std::begin(keywords), std::end(keywords), name) != std::end(keywords);
}

bool is_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

}  // namespace

bool is_cpp_identifier(std::string_view name) {
    if (name.empty() || !is_letter(name[0])) {
        return false;
    }
    if (!std::all_of(name.begin(), name.end(),
                     [](char c) { return is_letter(c) || is_digit(c); })) {
        return false;
    }
    const bool reserved = name.find("__") != std::string_view::npos ||
                          (name.size() > 1 && name[0] == '_' && name[1] >= 'A' && name[1] <= 'Z');
    return !reserved && !is_keyword(name);
}

std::string namespace_from_path(std::string_view path) {
    const std::size_t slash = path.find_last_of('/');
    std::string_view stem = slash == std::string_view::npos ? path : path.substr(slash + 1);
    const std::string_view extension = ".tflite";
    if (stem.size() > extension.size() &&
        stem.substr(stem.size() - extension.size()) == extension) {
        stem.remove_suffix(extension.size());
    }
    // Letters and digits stay; every run of anything else (underscores included) becomes one
    // underscore between words, so the result has no leading, trailing or double underscore.
    std::string name;
    bool pending_separator = false;
    for (const char c : stem) {
        if ((is_letter(c) && c != '_') || is_digit(c)) {
            if (pending_separator && !name.empty()) {
                name += '_';
            }
            pending_separator = false;
            name += c;
        } else {
            pending_separator = true;
        }
    }
    if (name.empty() || is_digit(name[0])) {
        name = name.empty() ? "model" : "model_" + name;
    }
    if (is_keyword(name)) {
        name += "_model";
    }
    return name;
}

std::string tensor_type_name(std::string_view name, int index) {
    constexpr std::size_t max_length = 32;
    std::string_view first = name.substr(0, name.find(';'));
    // Keep what follows the second '/' from the end, if there are two.
    const std::size_t last_slash = first.rfind('/');
    if (last_slash != std::string_view::npos && last_slash > 0) {
        const std::size_t second_slash = first.rfind('/', last_slash - 1);
        if (second_slash != std::string_view::npos) {
            first.remove_prefix(second_slash + 1);
        }
    }
    // Each run of letters and digits is a word that starts with a capital; nothing else is kept.
    std::string type;
    bool word_start = true;
    for (const char c : first) {
        const bool alphanumeric = (is_letter(c) && c != '_') || is_digit(c);
        if (!alphanumeric) {
            word_start = true;
            continue;
        }
        if (type.size() == max_length) {
            break;
        }
        type += word_start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        word_start = false;
    }
    if (type.empty()) {
        type = "Tensor";
    } else if (is_digit(type[0])) {
        type.insert(0, "T");
    }
    return type + "_" + std::to_string(index);
}

}  // namespace fennec::gen
