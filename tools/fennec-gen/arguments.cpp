// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "arguments.hpp"

#include <algorithm>

namespace fennec::gen {

Arguments split_arguments(const std::vector<std::string_view>& args,
                          std::initializer_list<std::string_view> with_value,
                          std::initializer_list<std::string_view> flags) {
    const auto listed = [](std::initializer_list<std::string_view> names, std::string_view name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    Arguments split;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        // "-" alone is a positional argument (standard input, by convention).
        if (options_done || arg.empty() || arg[0] != '-' || arg == "-") {
            split.positional.emplace_back(arg);
            continue;
        }
        if (arg == "--") {
            options_done = true;
            continue;
        }
        const std::size_t equals = arg.find('=');
        Option option{std::string(arg.substr(0, equals)), ""};
        const bool is_flag = listed(flags, option.name);
        if (!is_flag && !listed(with_value, option.name)) {
            throw UsageError("unknown option " + option.name);
        }
        if (is_flag) {
            if (equals != std::string_view::npos) {
                throw UsageError(option.name + " takes no value");
            }
        } else if (equals != std::string_view::npos) {
            option.value = std::string(arg.substr(equals + 1));
        } else if (i + 1 < args.size()) {
            option.value = std::string(args[++i]);
        } else {
            throw UsageError(option.name + " needs a value");
        }
        split.options.push_back(std::move(option));
    }
    return split;
}

}  // namespace fennec::gen
