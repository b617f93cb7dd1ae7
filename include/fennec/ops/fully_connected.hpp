// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// FULLY_CONNECTED as a graph node, with per-tensor weights (one scale, TFLite's usual form) or
// per-channel weights (one scale per output): binds the kernel to its tensors and its constants.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "fennec/graph/graph.hpp"
#include "fennec/kernels/params/fully_connected.hpp"
#include "fennec/kernels/portable/fully_connected.hpp"
#include "fennec/kernels/select.hpp"
#include "fennec/ops/element_types.hpp"
#include "fennec/ops/specialization.hpp"

namespace fennec::ops {

// One FULLY_CONNECTED layer's constants with per-tensor weights. filter is [output size, input
// size] row-major; bias one int32 per output, or nullptr; quantization the input zero point, the
// single multiplier/shift (fully_connected_output_multiplier) and the output zero point with the
// fused activation's range.
struct FullyConnectedConstants {
    const std::int8_t* filter;
    const std::int32_t* bias;
    kernels::FullyConnectedQuantization quantization;
};

// The same with per-channel weights: quantization points at one multiplier and one shift per
// output (fully_connected_channel_multiplier).
struct FullyConnectedPerChannelConstants {
    const std::int8_t* filter;
    const std::int32_t* bias;
    kernels::FullyConnectedPerChannelQuantization quantization;
};

namespace detail {

// Both weight forms: the same tensors and geometry; the constants' type picks the kernel.
template <class Input,
          class Output,
          class FilterShape,
          class ConstantsType,
          const ConstantsType& Constants>
struct FullyConnectedOp : OpDefaults {
    using inputs = TensorList<Input>;
    using outputs = TensorList<Output>;
    static_assert(int8_tensors<Input, Output>());
    // `auto`: the kernel's shape checks run when the graph type is formed (see Conv2d).
    static constexpr auto geometry = kernels::
        fully_connected_geometry<typename Input::shape, FilterShape, typename Output::shape>();

    template <class Memory>
    FENNEC_DETAIL_LAYER_RUN static void run(const Memory& memory, std::byte* /*scratch*/) {
        if constexpr (std::is_same_v<ConstantsType, FullyConnectedPerChannelConstants>) {
            kernels::selected::fully_connected_per_channel(
                geometry, Constants.quantization, memory.template data<Input>(), Constants.filter,
                Constants.bias, memory.template data<Output>());
        } else {
            kernels::selected::fully_connected(geometry, Constants.quantization,
                                               memory.template data<Input>(), Constants.filter,
                                               Constants.bias, memory.template data<Output>());
        }
    }
};

}  // namespace detail

// TFLite's FULLY_CONNECTED on int8 tensors, per-tensor weights.
//   Input        fennec::Tensor of any rank, read as [batches, input size].
//   Output       fennec::Tensor whose last dimension is the output size and whose other
//                dimensions multiply to batches ([batches, output size], or keep_num_dims).
//   FilterShape  fennec::Shape<output size, input size>.
//   Constants    a constexpr FullyConnectedConstants with static storage duration.
// The output cannot overlap the input (every output reads a whole input row).
template <class Input, class Output, class FilterShape, const FullyConnectedConstants& Constants>
using FullyConnected =
    detail::FullyConnectedOp<Input, Output, FilterShape, FullyConnectedConstants, Constants>;

// The same op with per-channel weights; Constants is a FullyConnectedPerChannelConstants.
template <class Input,
          class Output,
          class FilterShape,
          const FullyConnectedPerChannelConstants& Constants>
using FullyConnectedPerChannel = detail::
    FullyConnectedOp<Input, Output, FilterShape, FullyConnectedPerChannelConstants, Constants>;

}  // namespace fennec::ops
