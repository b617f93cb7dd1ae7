// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Stands in for the model examples when they are not built (no fennec-gen, or no shared models):
// prints why and exits with CTest's skip code, so their tests are reported as skipped.
#include <cstdio>

int main(int argc, char** argv) {
    std::printf("skipped: %s\n", argc > 1 ? argv[1] : "the model examples are not built");
    return FENNEC_SKIP_RETURN_CODE;
}
