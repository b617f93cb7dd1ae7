// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// One whole model: ModelInt8::invoke on a static arena, as firmware runs it. The build compiles
// this file once per model (bench_model.hpp names the model; see model_figures.cmake) and links
// the objects into one program, so each model's names stay in this file's unnamed namespace.
//
// Each iteration copies a fixed random input into the arena first (the arena's input bytes may be
// reused for later tensors), which costs far less than a microsecond against the milliseconds of
// an invoke. Items are the model's MACs (fennec-gen's summary), so items_per_second reads as MAC/s.
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "bench_model.hpp"
#include "bench_support.hpp"

namespace {

using Model = bench_model::ModelInt8;
using InputTensor = fennec::tensor_at<0, Model::input_tensors>;

// Static, as in firmware: some arenas are larger than a comfortable stack.
Model::Arena arena;

void invoke(benchmark::State& state) {
    std::mt19937 rng(fennec::bench::seed_of(bench_model_name));
    const std::vector<std::int8_t> input =
        fennec::bench::random_int8(rng, static_cast<int>(InputTensor::bytes));

    for (auto _ : state) {
        std::memcpy(Model::input<0>(arena).data(), input.data(), input.size());
        Model::invoke(arena);
        benchmark::DoNotOptimize(Model::output<0>(arena).data());
        benchmark::ClobberMemory();
    }
    fennec::bench::report(state, bench_model_macs, "Model::invoke");
    state.counters["arena_bytes"] = static_cast<double>(bench_model_arena_bytes);
}

[[maybe_unused]] const auto* const registered =
    benchmark::RegisterBenchmark((std::string("model/") + bench_model_name).c_str(), invoke)
        -> Unit(benchmark::kMicrosecond);

}  // namespace
