// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// QUANTIZE and DEQUANTIZE as graph nodes: float -> int8 at a model's float input, int8 -> float at
// its float output, and QUANTIZE between two int8 quantizations (Requantize).
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/quantize.hpp"
#include "fennec/kernels/portable/quantize.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"

namespace fennec::ops {

// TFLite's QUANTIZE with a float input: output = round(input / scale) + zero point, clamped.
//   Input               fennec::Tensor<Id, Shape, float>, usually the graph's input.
//   Output              fennec::Tensor (int8), the same shape.
//   OutputQuantization  a constexpr kernels::AffineQuantization with static storage duration: the
//                       output's float scale and zero point (the kernel divides by the scale in
//                       float, as TFLM does).
// Input and output differ in size, so they never share bytes.
template <class Input, class Output, const kernels::AffineQuantization& OutputQuantization>
struct Quantize : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(std::is_same_v<typename Input::element_type, float>,
                  "quantize: the input must be a float tensor (fennec::Tensor<Id, Shape, float>)");
    static_assert(detail::int8_tensors<Output>());
    // `auto`: the kernel's shape check runs when the graph type is formed (see Conv2d).
    static constexpr auto flat_size =
        kernels::quantize_flat_size<typename Input::shape, typename Output::shape>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::quantize(OutputQuantization, flat_size, memory.template data<Input>(),
                                    memory.template data<Output>());
    }
};

// TFLite's DEQUANTIZE to float: output = scale * (input - zero point).
//   Input              fennec::Tensor (int8).
//   Output             fennec::Tensor<Id, Shape, float>, the same shape; usually the graph's
//   output. InputQuantization  a constexpr kernels::AffineQuantization with static storage
//   duration: the
//                      input's float scale and zero point.
// Input and output differ in size, so they never share bytes.
template <class Input, class Output, const kernels::AffineQuantization& InputQuantization>
struct Dequantize : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(detail::int8_tensors<Input>());
    static_assert(std::is_same_v<typename Output::element_type, float>,
                  "dequantize: the output must be a float tensor (fennec::Tensor<Id, Shape, "
                  "float>)");
    static constexpr auto flat_size =
        kernels::dequantize_flat_size<typename Input::shape, typename Output::shape>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::dequantize(InputQuantization, flat_size, memory.template data<Input>(),
                                      memory.template data<Output>());
    }
};

// TFLite's QUANTIZE with an int8 input and an int8 output of another scale or zero point.
//   Input, Output  fennec::Tensor (int8), the same shape.
//   Quantization   a constexpr kernels::RequantizeQuantization with static storage duration, as
//                  kernels::requantize_quantization() derives it from both scales and zero points.
// In place: element i is read, then output i written, in order, so the output may overwrite the
// input.
template <class Input, class Output, const kernels::RequantizeQuantization& Quantization>
struct Requantize : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static constexpr int in_place_input = 0;
    static_assert(detail::int8_tensors<Input, Output>());
    static constexpr auto flat_size =
        kernels::requantize_flat_size<typename Input::shape, typename Output::shape>();

    template <class Memory>
    static void run(const Memory& memory, std::byte* /*scratch*/) {
        kernels::selected::requantize(Quantization, flat_size, memory.template data<Input>(),
                                      memory.template data<Output>());
    }
};

}  // namespace fennec::ops
