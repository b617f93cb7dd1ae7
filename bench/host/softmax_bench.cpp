// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// softmax on the classifier outputs of kws_dscnn and ic_resnet8, with their input scales, each
// through the typed kernel and through the size-erased kernel with a run-time geometry (see Form in
// bench_support.hpp). Items are output elements.
#include <cstdint>
#include <random>
#include <vector>

#include "bench_support.hpp"
#include "fennec/core/shape.hpp"
#include "fennec/kernels/portable/softmax.hpp"

namespace fennec::bench {
namespace {

// softmax over the last dimension with beta 1 and the model's input scale.
template <class Layer, Form form>
struct SoftmaxBench {
    [[gnu::flatten]] static void run(benchmark::State& state) {
        using Tensor = typename Layer::TensorShape;
        constexpr kernels::SoftmaxQuantization quantization =
            kernels::softmax_quantization(1.0f, Layer::input_scale);
        const kernels::SoftmaxGeometry geometry =
            opaque(kernels::softmax_geometry<Tensor, Tensor>());

        std::mt19937 rng(seed_of(Layer::name));
        const std::vector<std::int8_t> input = random_int8(rng, Tensor::elements);
        std::vector<std::int8_t> output(Tensor::elements);

        for (auto _ : state) {
            if constexpr (form == Form::typed) {
                kernels::portable::softmax<Tensor, Tensor>(quantization, input.data(),
                                                           output.data());
            } else {
                kernels::portable::softmax(geometry, quantization, input.data(), output.data());
            }
            keep(output);
        }
        report(state, Tensor::elements, Layer::shape);
    }
};

struct KwsSoftmax {
    static constexpr char name[] = "kws_softmax_12";
    static constexpr char shape[] = "kws_dscnn op 12: softmax 1x12";
    using TensorShape = Shape<1, 12>;
    static constexpr float input_scale = 0.14469251f;
};

struct IcSoftmax {
    static constexpr char name[] = "ic_softmax_10";
    static constexpr char shape[] = "ic_resnet8 op 15: softmax 1x10";
    using TensorShape = Shape<1, 10>;
    static constexpr float input_scale = 0.171853513f;
};

[[maybe_unused]] const bool registered =
    register_layers<SoftmaxBench, KwsSoftmax, IcSoftmax>("softmax");

}  // namespace
}  // namespace fennec::bench
