// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every host benchmark shares: seeded random tensors, per-channel quantization drawn the way
// a converter produces it, and the registration of one benchmark per named layer.
//
// Figures are throughput: items processed = multiply-accumulates (MACs) per call, so Google
// Benchmark's items_per_second reads as MAC/s. Pooling counts the input cells read, add and
// softmax count elements, as ../shared/cortexm/cmsis_nn_icounts.csv does.
#pragma once

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "fennec/core/quantize_multiplier.hpp"
#include "fennec/kernels/params/conv2d.hpp"

namespace fennec::bench {

// A seed that depends only on the benchmark's name, so every run and every compiler sees the
// same data (FNV-1a).
[[nodiscard]] inline std::uint32_t seed_of(const std::string& name) {
    std::uint32_t hash = 2166136261u;
    for (const char c : name) {
        hash = (hash ^ static_cast<std::uint8_t>(c)) * 16777619u;
    }
    return hash;
}

[[nodiscard]] inline std::vector<std::int8_t> random_int8(std::mt19937& rng,
                                                          int count,
                                                          int lowest = -128,
                                                          int highest = 127) {
    std::uniform_int_distribution<int> value(lowest, highest);
    std::vector<std::int8_t> values(static_cast<std::size_t>(count));
    for (auto& v : values) {
        v = static_cast<std::int8_t>(value(rng));
    }
    return values;
}

// Biases in the range a trained int8 conv carries (the CMSIS-NN counts used +-1000).
[[nodiscard]] inline std::vector<std::int32_t> random_bias(std::mt19937& rng, int count) {
    std::uniform_int_distribution<std::int32_t> value(-1000, 1000);
    std::vector<std::int32_t> values(static_cast<std::size_t>(count));
    for (auto& v : values) {
        v = value(rng);
    }
    return values;
}

// One multiplier/shift pair per output channel, derived as fennec-gen derives them: from float
// scales through conv2d_channel_multiplier (TFLite's QuantizeMultiplier). The filter scales are
// drawn so that the real multiplier input_scale * filter_scale / output_scale lies in
// [2^-k / 2, 2^-k) with k = 7 + log4(accumulation_depth): an accumulator of typical size then
// lands inside the int8 output range, as in a trained layer (and in the CMSIS-NN counts).
struct ChannelMultipliers {
    std::vector<std::int32_t> multiplier;
    std::vector<std::int32_t> shift;
};

[[nodiscard]] inline ChannelMultipliers random_channel_multipliers(std::mt19937& rng,
                                                                   int channels,
                                                                   int accumulation_depth) {
    constexpr float input_scale = 0.05f;
    constexpr float output_scale = 0.05f;
    const double exponent = 7.0 + std::log2(static_cast<double>(accumulation_depth)) / 2.0;
    std::uniform_real_distribution<double> mantissa(0.5, 1.0);
    ChannelMultipliers result;
    for (int c = 0; c < channels; ++c) {
        const auto filter_scale = static_cast<float>(mantissa(rng) * std::exp2(-exponent));
        const QuantizedMultiplier q =
            kernels::conv2d_channel_multiplier(input_scale, filter_scale, output_scale);
        result.multiplier.push_back(q.multiplier);
        result.shift.push_back(q.shift);
    }
    return result;
}

// The tensors and constants of one conv2d or depthwise_conv2d layer, drawn from a seed: int8
// input, symmetric int8 weights, int32 bias, per-channel multipliers; input and output zero point
// -128 and the activation range [-128, 127] (a conv followed by ReLU, and the CMSIS-NN counts).
struct ConvolutionData {
    std::vector<std::int8_t> input;
    std::vector<std::int8_t> filter;
    std::vector<std::int32_t> bias;
    ChannelMultipliers multipliers;

    // Points into this object: keep it alive while the quantization is in use.
    [[nodiscard]] kernels::Conv2dQuantization quantization() const {
        return {-128, multipliers.multiplier.data(), multipliers.shift.data(),
                kernels::WeightQuantization::per_channel, OutputQuantization{-128, {-128, 127}}};
    }
};

[[nodiscard]] inline ConvolutionData random_convolution(const std::string& name,
                                                        int input_elements,
                                                        int filter_elements,
                                                        int output_channels,
                                                        int accumulation_depth) {
    std::mt19937 rng(seed_of(name));
    ConvolutionData data;
    data.input = random_int8(rng, input_elements);
    data.filter = random_int8(rng, filter_elements, -127, 127);
    data.bias = random_bias(rng, output_channels);
    data.multipliers = random_channel_multipliers(rng, output_channels, accumulation_depth);
    return data;
}

// How a benchmark calls its kernel. typed: the typed front end, whose geometry is a compile-time
// constant, so the compiler can specialise the loops for the shape once it inlines the kernel.
// runtime: the size-erased kernel with a geometry the compiler cannot see through, as when a call
// is not inlined; generated models call the size-erased kernels with a constexpr geometry, and
// whether that becomes the one or the other is the compiler's inlining decision (see README.md).
// Every family's run() is [[gnu::flatten]] (everything it calls is inlined), so that `typed` is
// always the kernel specialised for the layer's constant shape and `runtime` always the generic
// loops, whatever else the translation unit holds; the whole-model benchmarks measure what the
// compiler's own inlining choices give.
enum class Form { typed, runtime };

[[nodiscard]] constexpr const char* form_name(Form form) {
    return form == Form::typed ? "typed" : "runtime";
}

// A copy of `value` that the optimizer must treat as unknown.
template <class T>
[[nodiscard]] T opaque(T value) {
    benchmark::DoNotOptimize(value);
    return value;
}

// Keeps the kernel's output alive and its stores in place.
inline void keep(std::vector<std::int8_t>& output) {
    benchmark::DoNotOptimize(output.data());
    benchmark::ClobberMemory();
}

// Ends a benchmark: items = work units per call times calls, and the layer's shape as the label.
inline void report(benchmark::State& state, std::int64_t items_per_call, const char* shape) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * items_per_call);
    state.counters["items_per_call"] = static_cast<double>(items_per_call);
    state.SetLabel(shape);
}

// Registers Bench<Layer, form>::run as "<family>/<Layer::name>/<form>" for every Layer and both
// forms. A Layer names its benchmark (`name`, the CSV's layer column where it comes from there),
// states its shape in words (`shape`) and carries the compile-time shapes its Bench reads.
template <template <class, Form> class Bench, class Layer>
void register_layer(const std::string& family) {
    const std::string name = family + "/" + Layer::name + "/";
    benchmark::RegisterBenchmark((name + form_name(Form::typed)).c_str(),
                                 &Bench<Layer, Form::typed>::run)
        ->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark((name + form_name(Form::runtime)).c_str(),
                                 &Bench<Layer, Form::runtime>::run)
        ->Unit(benchmark::kMicrosecond);
}

template <template <class, Form> class Bench, class... Layers>
bool register_layers(const char* family) {
    (register_layer<Bench, Layers>(family), ...);
    return true;
}

}  // namespace fennec::bench
