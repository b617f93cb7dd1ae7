// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "cases.hpp"

#include <cstdint>
#include <fstream>
#include <set>
#include <system_error>

#include <nlohmann/json.hpp>

namespace fennec::check {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json read_json(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw CasesError(path.string() + ": cannot open");
    }
    json document = json::parse(file, nullptr, /*allow_exceptions=*/false);
    if (document.is_discarded()) {
        throw CasesError(path.string() + ": not valid JSON");
    }
    return document;
}

// A name that is one path component and nothing more.
bool is_plain_name(const std::string& name) {
    return !name.empty() && name != "." && name != ".." &&
           name.find_first_of("/\\") == std::string::npos && name.find('\0') == std::string::npos;
}

// A relative path that stays below its folder (no "..", not absolute).
bool stays_inside(const fs::path& path) {
    if (path.empty() || path.is_absolute()) {
        return false;
    }
    for (const fs::path& part : path) {
        if (part == "..") {
            return false;
        }
    }
    return true;
}

std::vector<fs::path> file_list(const json& entry, const char* key, const std::string& where,
                                const fs::path& folder) {
    const auto list = entry.find(key);
    if (list == entry.end() || !list->is_array()) {
        throw CasesError(where + ": \"" + key + "\" must be an array");
    }
    std::vector<fs::path> files;
    for (std::size_t k = 0; k < list->size(); ++k) {
        const json& item = (*list)[k];
        const std::string item_where = where + "." + key + "[" + std::to_string(k) + "]";
        const auto file = item.is_object() ? item.find("file") : item.end();
        if (file == item.end() || !file->is_string()) {
            throw CasesError(item_where + ": \"file\" must be a string");
        }
        const fs::path relative = file->get<std::string>();
        if (!stays_inside(relative)) {
            throw CasesError(item_where + ".file: must be a path inside the case's folder");
        }
        files.push_back(folder / relative);
    }
    return files;
}

}  // namespace

std::vector<CaseSpec> read_cases(const fs::path& cases_dir) {
    const fs::path manifest_path = cases_dir / "manifest.json";
    const json manifest = read_json(manifest_path);
    const std::string where = manifest_path.string();
    const auto cases = manifest.is_object() ? manifest.find("cases") : manifest.end();
    if (cases == manifest.end() || !cases->is_array()) {
        throw CasesError(where + ": \"cases\" must be an array");
    }
    std::vector<CaseSpec> specs;
    std::set<std::string> names;
    for (std::size_t c = 0; c < cases->size(); ++c) {
        const json& entry = (*cases)[c];
        const std::string case_where = where + ": cases[" + std::to_string(c) + "]";
        const auto name = entry.is_object() ? entry.find("name") : entry.end();
        if (name == entry.end() || !name->is_string() || !is_plain_name(name->get<std::string>())) {
            throw CasesError(case_where + ": \"name\" must be a folder name (no '/', not '.' or '..')");
        }
        CaseSpec spec;
        spec.name = name->get<std::string>();
        if (!names.insert(spec.name).second) {
            throw CasesError(case_where + ": the name \"" + spec.name + "\" is used twice");
        }
        spec.folder = cases_dir / spec.name;
        spec.inputs = file_list(entry, "inputs", case_where, spec.folder);
        spec.outputs = file_list(entry, "outputs", case_where, spec.folder);
        const auto tensors_dir = entry.find("tensors_dir");
        if (tensors_dir != entry.end()) {
            if (!tensors_dir->is_string() || !stays_inside(tensors_dir->get<std::string>())) {
                throw CasesError(case_where + ": \"tensors_dir\" must be a folder inside the case's");
            }
            spec.tensors = spec.folder / tensors_dir->get<std::string>();
        } else if (fs::is_directory(spec.folder / "tensors")) {
            spec.tensors = spec.folder / "tensors";
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

std::map<int, fs::path> tensor_dumps(const fs::path& tensors) {
    std::map<int, fs::path> dumps;
    // The dump's own manifest, where there is one, says which file holds which tensor.
    const fs::path manifest_path = tensors / "manifest.json";
    if (fs::exists(manifest_path)) {
        const json manifest = read_json(manifest_path);
        const auto list = manifest.is_object() ? manifest.find("tensors") : manifest.end();
        if (list != manifest.end() && list->is_array()) {
            for (const json& entry : *list) {
                const auto index = entry.is_object() ? entry.find("index") : entry.end();
                const auto file = entry.is_object() ? entry.find("file") : entry.end();
                if (index != entry.end() && index->is_number_integer() && file != entry.end() &&
                    file->is_string() && stays_inside(file->get<std::string>())) {
                    const std::int64_t value = index->get<std::int64_t>();
                    if (value >= 0 && value <= INT32_MAX) {
                        dumps.emplace(static_cast<int>(value), tensors / file->get<std::string>());
                    }
                }
            }
        }
        return dumps;
    }
    // Otherwise the golden data's naming: t<index>.bin.
    std::error_code error;
    for (const fs::directory_entry& entry : fs::directory_iterator(tensors, error)) {
        const std::string file = entry.path().filename().string();
        if (file.size() > 5 && file[0] == 't' && file.compare(file.size() - 4, 4, ".bin") == 0) {
            const std::string digits = file.substr(1, file.size() - 5);
            if (digits.size() <= 9 && digits.find_first_not_of("0123456789") == std::string::npos) {
                dumps.emplace(std::stoi(digits), entry.path());
            }
        }
    }
    return dumps;
}

}  // namespace fennec::check
