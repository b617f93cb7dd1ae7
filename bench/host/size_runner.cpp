// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The smallest program that runs one model, for `size`: fill the input, invoke once, return an
// output byte. Built with FENNEC_SIZE_WITH_MODEL (fennec_size_<model>) it runs the model of
// bench_model.hpp; without it (fennec_size_baseline) it does the same work on a plain buffer, so
// the difference between the two is what the model and fennec's kernels add.
#include <cstddef>
#include <cstdint>

#if defined(FENNEC_SIZE_WITH_MODEL)
#include "bench_model.hpp"

namespace {
using Model = bench_model::ModelInt8;
Model::Arena arena;
}  // namespace

int main(int argc, char** /*argv*/) {
    std::int8_t* const input = Model::input<0>(arena).data();
    using InputTensor = fennec::tensor_at<0, Model::input_tensors>;
    for (std::size_t i = 0; i < InputTensor::elements; ++i) {
        input[i] = static_cast<std::int8_t>(static_cast<std::size_t>(argc) + i);
    }
    Model::invoke(arena);
    return Model::output<0>(arena).data()[0];
}
#else
namespace {
std::int8_t buffer[64];
}  // namespace

int main(int argc, char** /*argv*/) {
    for (std::size_t i = 0; i < sizeof buffer; ++i) {
        buffer[i] = static_cast<std::int8_t>(static_cast<std::size_t>(argc) + i);
    }
    return buffer[static_cast<std::size_t>(argc) % sizeof buffer];
}
#endif
