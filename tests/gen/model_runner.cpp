// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A generated model header in use: this file includes one (FENNEC_MODEL_HEADER, namespace
// FENNEC_MODEL_NAMESPACE), so compiling it with the project's warnings proves the header compiles
// warning-free and that Model::invoke and ModelInt8::invoke instantiate; running it invokes both
// once on zeroed arenas. Whether the results equal TFLite's is fennec-check's job (tests/check).
#include <cstdio>

#include FENNEC_MODEL_HEADER

namespace {

using Model = FENNEC_MODEL_NAMESPACE::Model;
// Every header declares ModelInt8: Model without its float edges, or Model itself.
using ModelInt8 = FENNEC_MODEL_NAMESPACE::ModelInt8;

// Static, as in firmware.
Model::Arena arena;
ModelInt8::Arena int8_arena;

}  // namespace

int main() {
    Model::invoke(arena);
    ModelInt8::invoke(int8_arena);
    std::printf("invoked once (arena %zu bytes, int8 entry %zu bytes)\n", Model::arena_bytes,
                ModelInt8::arena_bytes);
    return 0;
}
