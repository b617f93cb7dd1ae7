// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Stage 3 of fennec-gen: each operator's integer constants, computed on the host by the very
// constexpr helpers the kernels' params headers provide (kernels/fennec/kernels/params/*.hpp and
// fennec/core/activation.hpp), so a generated header and a hand-written graph get their multipliers
// from one code path, the one that repeats TFLM's Prepare() arithmetic. The device never sees a
// float scale, except QUANTIZE/DEQUANTIZE at a model's float edges, which compute in float as TFLM
// does.
//
// This stage also refuses what a validated model may still hold but fennec's kernels cannot compute
// bit-exact with TFLM (or at all): an ADD whose output multiplier is not below 1, a CONCATENATION
// whose inputs are quantized unlike its output, logistic/tanh input scales outside the kernels'
// range, constant activation operands, more than 6 dimensions, and the like. Each refusal is a
// ModelError naming the operator and its output tensor.
#pragma once

#include <cstdint>
#include <variant>
#include <vector>

#include "fennec/core/activation.hpp"
#include "fennec/kernels/params/add.hpp"
#include "fennec/kernels/params/logistic.hpp"
#include "fennec/kernels/params/mean.hpp"
#include "fennec/kernels/params/mul.hpp"
#include "fennec/kernels/params/quantize.hpp"
#include "fennec/kernels/params/softmax.hpp"
#include "model.hpp"

namespace fennec::gen {

// CONV_2D, DEPTHWISE_CONV_2D and FULLY_CONNECTED: weights, bias and the requantization. The
// multiplier/shift vectors hold one entry per output channel, or one for per-tensor weights.
struct WeightedLayer {
    const Tensor* filter = nullptr;
    const Tensor* bias = nullptr;  // nullptr when the op has none
    bool per_channel = false;
    std::int32_t input_zero_point = 0;
    std::vector<std::int32_t> output_multiplier;
    std::vector<std::int32_t> output_shift;
    std::int32_t output_zero_point = 0;
    Activation activation = Activation::none;
    ActivationRange activation_range{int8_min, int8_max};
};

// AVERAGE_POOL_2D and MAX_POOL_2D: only the fused activation's clamp.
struct PoolLayer {
    Activation activation = Activation::none;
    ActivationRange activation_range{int8_min, int8_max};
};

struct AddLayer {
    Activation activation = Activation::none;
    kernels::AddQuantization quantization{};
};

struct MulLayer {
    Activation activation = Activation::none;
    kernels::MulQuantization quantization{};
};

struct SoftmaxLayer {
    kernels::SoftmaxQuantization quantization{};
};

// LOGISTIC and TANH share their input scaling.
struct FixedPointInputLayer {
    kernels::FixedPointInputQuantization quantization{};
};

// QUANTIZE from float (the output's scale) and DEQUANTIZE (the input's scale).
struct AffineLayer {
    kernels::AffineQuantization quantization{};
};

// QUANTIZE from int8 to int8.
struct RequantizeLayer {
    kernels::RequantizeQuantization quantization{};
};

struct MeanLayer {
    kernels::MeanQuantization quantization{};
};

// Operators that move values without new constants (RESHAPE, SQUEEZE, PAD, PADV2, CONCATENATION,
// STRIDED_SLICE, TRANSPOSE, RESIZE_NEAREST_NEIGHBOR): everything they need is in their options.
struct LayoutLayer {};

using LayerConstants = std::variant<LayoutLayer,
                                    WeightedLayer,
                                    PoolLayer,
                                    AddLayer,
                                    MulLayer,
                                    SoftmaxLayer,
                                    FixedPointInputLayer,
                                    AffineLayer,
                                    RequantizeLayer,
                                    MeanLayer>;

// One entry per operator of the model, in order. Throws a ModelError for an operator fennec cannot
// compute bit-exact with TFLM.
[[nodiscard]] std::vector<LayerConstants> quantize(const Model& model);

// fennec::Shape holds 1 to 6 dimensions; TFLite's scalars (rank 0) are Shape<1>.
inline constexpr int max_shape_rank = 6;

}  // namespace fennec::gen
