// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A generated model header in use: this file includes one (FENNEC_MODEL_HEADER, namespace
// FENNEC_MODEL_NAMESPACE), so compiling it with the project's warnings proves the header compiles
// warning-free and Model::invoke (and ModelInt8::invoke) instantiate.
//
//   model_runner               runs Model once on a zeroed arena (a smoke test)
//   model_runner GOLDEN_FOLDER feeds every case's input_<k>.bin to Model (the model as converted,
//                              float edges included) and compares every output_<k>.bin byte for
//                              byte, one line per case:
//     <case>: ok
//     <case>: FAIL output 0 byte 7: expected 12, got 13
//
// Exit status 0 when every case matches, 1 otherwise, 77 (skipped) when the folder is missing.
#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include FENNEC_MODEL_HEADER

namespace {

namespace fs = std::filesystem;
using Model = FENNEC_MODEL_NAMESPACE::Model;

constexpr int exit_skipped = 77;

// The arena is static, as in firmware: some models need megabytes.
Model::Arena arena;

std::vector<char> read_bytes(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

template <std::size_t I>
bool load_input(const fs::path& folder) {
    using T = fennec::tensor_at<I, Model::input_tensors>;
    const std::vector<char> bytes = read_bytes(folder / ("input_" + std::to_string(I) + ".bin"));
    if (bytes.size() != T::bytes) {
        std::printf("%s: FAIL input %zu holds %zu bytes, the model takes %zu\n",
                    folder.filename().c_str(), I, bytes.size(), T::bytes);
        return false;
    }
    std::memcpy(Model::input<I>(arena).data(), bytes.data(), bytes.size());
    return true;
}

// Whether output I equals the golden bytes; prints the first difference if not.
template <std::size_t I>
bool output_matches(const fs::path& folder) {
    using T = fennec::tensor_at<I, Model::output_tensors>;
    const std::vector<char> expected =
        read_bytes(folder / ("output_" + std::to_string(I) + ".bin"));
    const auto* actual = reinterpret_cast<const char*>(Model::output<I>(arena).data());
    if (expected.size() != T::bytes) {
        std::printf("%s: FAIL output %zu: golden file holds %zu bytes, the model writes %zu\n",
                    folder.filename().c_str(), I, expected.size(), T::bytes);
        return false;
    }
    for (std::size_t k = 0; k < expected.size(); ++k) {
        if (expected[k] != actual[k]) {
            std::printf("%s: FAIL output %zu byte %zu: expected %d, got %d\n",
                        folder.filename().c_str(), I, k, expected[k], actual[k]);
            return false;
        }
    }
    return true;
}

template <std::size_t... Inputs, std::size_t... Outputs>
bool run_case(const fs::path& folder,
              std::index_sequence<Inputs...> /*inputs*/,
              std::index_sequence<Outputs...> /*outputs*/) {
    if (!(load_input<Inputs>(folder) && ...)) {
        return false;
    }
    Model::invoke(arena);
    return (output_matches<Outputs>(folder) && ...);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 1) {
        // Every header declares ModelInt8: Model without its float edges, or Model itself.
        using ModelInt8 = FENNEC_MODEL_NAMESPACE::ModelInt8;
        static ModelInt8::Arena int8_arena;
        Model::invoke(arena);
        ModelInt8::invoke(int8_arena);
        std::printf("invoked once (arena %zu bytes, int8 entry %zu bytes)\n", Model::arena_bytes,
                    ModelInt8::arena_bytes);
        return 0;
    }
    if (argc != 2 || !fs::is_directory(argv[1])) {
        std::printf("skipped: no golden folder found at %s\n", argv[1]);
        return exit_skipped;
    }
    std::vector<fs::path> cases;
    for (const fs::directory_entry& entry : fs::directory_iterator(argv[1])) {
        if (fs::exists(entry.path() / "input_0.bin")) {
            cases.push_back(entry.path());
        }
    }
    std::sort(cases.begin(), cases.end());
    int failed = 0;
    for (const fs::path& folder : cases) {
        const bool ok = run_case(folder, std::make_index_sequence<Model::input_count>{},
                                 std::make_index_sequence<Model::output_count>{});
        if (ok) {
            std::printf("%s: ok\n", folder.filename().c_str());
        }
        failed += ok ? 0 : 1;
    }
    std::printf("%zu passed, %d failed (arena %zu bytes)\n",
                cases.size() - static_cast<std::size_t>(failed), failed, Model::arena_bytes);
    return failed == 0 && !cases.empty() ? 0 : 1;
}
