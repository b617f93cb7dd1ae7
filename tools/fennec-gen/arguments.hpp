// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The shape every fennec tool's command line has: positional arguments and options, where an
// option's value is the next argument or follows '=' ("--name kws" or "--name=kws"), and "--"
// ends the options. Each tool then says what its options mean.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fennec::gen {

// A command line the tool cannot use: exit status 2, with a pointer to --help.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Option {
    std::string name;   // "--name", "-o"
    std::string value;  // empty for a flag
};

struct Arguments {
    std::vector<std::string> positional;
    std::vector<Option> options;  // in command-line order
};

// Splits `args` (argv without the program). `with_value` are the options that take a value,
// `flags` those that take none. A UsageError for an unknown option, a missing value, or a value
// given to a flag.
[[nodiscard]] Arguments split_arguments(const std::vector<std::string_view>& args,
                                        std::initializer_list<std::string_view> with_value,
                                        std::initializer_list<std::string_view> flags);

}  // namespace fennec::gen
