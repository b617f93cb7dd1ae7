// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// add on the shapes and quantization of ic_resnet8's residual adds, each through the typed kernel
// and through the size-erased kernel with a run-time geometry (see Form in bench_support.hpp).
// Items are output elements.
#include <cstdint>
#include <random>
#include <vector>

#include "bench_support.hpp"
#include "fennec/core/activation.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/add.hpp"

namespace fennec::bench {
namespace {

// add: both inputs of the same shape, each with the scale and zero point the model gives it.
template <class Layer, Form form>
struct AddBench {
    [[gnu::flatten]] static void run(benchmark::State& state) {
        using Tensor = typename Layer::TensorShape;
        constexpr kernels::AddQuantization quantization = Layer::quantization;
        const kernels::BroadcastGeometry geometry =
            opaque(kernels::add_geometry<Tensor, Tensor, Tensor>());

        std::mt19937 rng(seed_of(Layer::name));
        const std::vector<std::int8_t> input1 = random_int8(rng, Tensor::elements);
        const std::vector<std::int8_t> input2 = random_int8(rng, Tensor::elements);
        std::vector<std::int8_t> output(Tensor::elements);

        for (auto _ : state) {
            if constexpr (form == Form::typed) {
                kernels::portable::add<Tensor, Tensor, Tensor>(quantization, input1.data(),
                                                               input2.data(), output.data());
            } else {
                kernels::portable::add(geometry, quantization, input1.data(), input2.data(),
                                       output.data());
            }
            keep(output);
        }
        report(state, Tensor::elements, Layer::shape);
    }
};

struct IcAddFirst {
    static constexpr char name[] = "ic_add_32x32x16";
    static constexpr char shape[] = "ic_resnet8 op 3: add 32x32x16 + 32x32x16, relu";
    using TensorShape = Shape<1, 32, 32, 16>;
    static constexpr kernels::AddQuantization quantization = kernels::add_quantization(
        0.0393935516f, -128, 0.104194961f, 4, 0.0509456731f, -128, Activation::relu);
};

struct IcAddLast {
    static constexpr char name[] = "ic_add_8x8x64";
    static constexpr char shape[] = "ic_resnet8 op 11: add 8x8x64 + 8x8x64, relu";
    using TensorShape = Shape<1, 8, 8, 64>;
    static constexpr kernels::AddQuantization quantization = kernels::add_quantization(
        0.0838583037f, 38, 0.217243642f, -2, 0.127069145f, -128, Activation::relu);
};

[[maybe_unused]] const bool registered = register_layers<AddBench, IcAddFirst, IcAddLast>("add");

}  // namespace
}  // namespace fennec::bench
