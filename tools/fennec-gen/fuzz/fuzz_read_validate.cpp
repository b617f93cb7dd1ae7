// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// libFuzzer entry point: any bytes through read_tflite(), validate() and the summary figures.
// The only acceptable outcomes are a model or a ModelError; anything else (another exception, a
// crash, a sanitizer report, a hang or a memory blow-up) is a finding.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "error.hpp"
#include "summary.hpp"
#include "tflite_reader.hpp"
#include "validate.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // A vector, as read_file_bytes() gives: its storage is aligned as the verifier assumes.
    const std::vector<std::uint8_t> bytes(data, data + size);
    try {
        fennec::gen::Model model = fennec::gen::read_tflite(bytes, "fuzz.tflite");
        fennec::gen::validate(model);
        static_cast<void>(fennec::gen::model_figures(model));
    } catch (const fennec::gen::ModelError&) {
    }
    return 0;
}
