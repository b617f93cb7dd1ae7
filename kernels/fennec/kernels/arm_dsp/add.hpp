// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 add for Cortex-M cores with the DSP extension (M4, M7, M33): same signatures and bit
// for bit the same outputs as portable::add, the oracle.
//
// portable::add rescales each input with multiply_by_quantized_multiplier_smaller_than_one (a
// rounding doubling high multiply, then a rounding right shift) and the sum with
// fennec::requantize: three 64-bit products and their roundings per element. Here each of the
// three is one SMMLAR with its rounding folded into the accumulator operand (the derivation of
// requantize.hpp, which also holds for the inputs' right shifts):
//
//   X = 2 * ((value - zero_point) << 20)              one RSB with LSL, the zero point pre-shifted
//   scaled = SMMLAR(X, multiplier, offset) >> r       offset = 2^(r-1) + (X >> 31), or 0 if r = 0
//
// and the output is requantize_doubled of twice the sum, packed four at a time and clamped with
// the bytewise pair. Instruction budget (M4, 1x16x16x16 + 1x16x16x16 with ReLU): 31 per element,
// portable::add 82. Inputs of the output's shape (no broadcast) run as one flat loop; broadcast
// shapes use portable's broadcast walk with this element. Quantizations outside the derivation's
// bounds (negative multipliers, shifts outside [-31, 0], zero points beyond +-255) go to
// portable::add.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/intrinsics.hpp"
#include "fennec/kernels/arm_dsp/output_group.hpp"
#include "fennec/kernels/arm_dsp/requantize.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/add.hpp"
#include "fennec/kernels/portable/add.hpp"
#include "fennec/kernels/portable/broadcast.hpp"

#if FENNEC_HAS_DSP

namespace fennec::kernels::arm_dsp {

namespace detail {

// One input's rescaling, multiply_by_quantized_multiplier_smaller_than_one((value - zero point)
// << 20, multiplier, shift), as constants for one SMMLAR.
struct AddInputScaling {
    std::int32_t doubled_zero_point;  // zero point * 2^21
    std::int32_t multiplier;
    std::int32_t rounding;   // 2^(r-1) for r = -shift >= 1, else 0
    std::int32_t sign_mask;  // -1 for r >= 1 (a negative value rounds one lower), else 0
    int right_shift;         // r
};

// Largest |zero point| the constants allow: |value - zero point| <= 383 keeps X below 2^30.
inline constexpr std::int32_t max_add_zero_point = 255;

[[nodiscard]] constexpr bool can_scale_add_input(std::int32_t zero_point,
                                                 std::int32_t multiplier,
                                                 int shift) {
    return zero_point >= -max_add_zero_point && zero_point <= max_add_zero_point &&
           multiplier >= 0 && shift <= 0 && shift >= -31;
}

[[nodiscard]] constexpr AddInputScaling add_input_scaling(std::int32_t zero_point,
                                                          std::int32_t multiplier,
                                                          int shift) {
    const int right_shift = -shift;
    return AddInputScaling{zero_point * (std::int32_t{1} << (add_input_left_shift + 1)), multiplier,
                           right_shift >= 1 ? std::int32_t{1} << (right_shift - 1) : 0,
                           right_shift >= 1 ? -1 : 0, right_shift};
}

[[gnu::always_inline]] inline std::int32_t scale_add_input(std::int8_t value,
                                                           const AddInputScaling& scaling) {
    const std::int32_t doubled =
        std::int32_t{value} * (std::int32_t{1} << (add_input_left_shift + 1)) -
        scaling.doubled_zero_point;
    const std::int32_t offset = scaling.rounding + ((doubled >> 31) & scaling.sign_mask);
    return dsp::rounding_high_mul_add(doubled, scaling.multiplier, offset) >> scaling.right_shift;
}

// Everything one call needs per element.
struct AddConstants {
    AddInputScaling input1;
    AddInputScaling input2;
    DoubledRequantization doubled_output;  // valid when the output's doubled epilogue applies
    const AddQuantization* quantization;   // the exact epilogue's constants otherwise
};

// One output before the activation clamp (the exact epilogue also clamps; clamping again is
// harmless), as an int32 within int8.
template <bool IsDoubled>
[[gnu::always_inline]] inline std::int32_t add_value(std::int8_t input1_value,
                                                     std::int8_t input2_value,
                                                     const AddConstants& constants) {
    const std::int32_t raw_sum = scale_add_input(input1_value, constants.input1) +
                                 scale_add_input(input2_value, constants.input2);
    if constexpr (IsDoubled) {
        return requantize_doubled(2 * raw_sum, constants.doubled_output);
    } else {
        const AddQuantization& quantization = *constants.quantization;
        return fennec::requantize(raw_sum, quantization.output_multiplier,
                                  quantization.output_shift, quantization.output);
    }
}

// Inputs and output of one shape: four elements per step, packed, clamped and stored as a word.
template <bool IsDoubled, bool NeedsClamp>
inline void add_flat(int elements,
                     const AddConstants& constants,
                     const OutputClamp& clamp,
                     const std::int8_t* input1,
                     const std::int8_t* input2,
                     std::int8_t* output) {
    int i = 0;
    for (; i + 4 <= elements; i += 4) {
        const dsp::Int8x4 packed =
            dsp::pack_int8x4(add_value<IsDoubled>(input1[i], input2[i], constants),
                             add_value<IsDoubled>(input1[i + 1], input2[i + 1], constants),
                             add_value<IsDoubled>(input1[i + 2], input2[i + 2], constants),
                             add_value<IsDoubled>(input1[i + 3], input2[i + 3], constants));
        dsp::store_int8x4(output + i, clamp_int8x4<NeedsClamp>(packed, clamp.activation_min,
                                                               clamp.activation_max));
    }
    for (; i < elements; ++i) {
        output[i] = clamp_to_int8(add_value<IsDoubled>(input1[i], input2[i], constants),
                                  clamp.output.activation);
    }
}

// Whether neither input is broadcast: both are laid out exactly as the output.
[[nodiscard]] constexpr bool is_elementwise(const BroadcastGeometry& geometry) {
    int stride = 1;
    for (int axis = broadcast_rank - 1; axis >= 0; --axis) {
        const int size = geometry.output_shape[axis];
        if (size != 1 &&
            (geometry.input1_strides[axis] != stride || geometry.input2_strides[axis] != stride)) {
            return false;
        }
        stride *= size;
    }
    return true;
}

template <bool IsDoubled, bool NeedsClamp>
inline void add(const BroadcastGeometry& geometry,
                const AddConstants& constants,
                const OutputClamp& clamp,
                const std::int8_t* input1,
                const std::int8_t* input2,
                std::int8_t* output) {
    if (is_elementwise(geometry)) {
        add_flat<IsDoubled, NeedsClamp>(broadcast_output_elements(geometry), constants, clamp,
                                        input1, input2, output);
    } else {
        portable::broadcast_binary(
            geometry, input1, input2, output,
            [&](std::int8_t input1_value, std::int8_t input2_value) {
                return clamp_to_int8(add_value<IsDoubled>(input1_value, input2_value, constants),
                                     clamp.output.activation);
            });
    }
}

}  // namespace detail

// output = input1 + input2 in real terms, element by element with TFLite broadcasting: the
// contract of portable::add and its exact results. Reads exactly the input elements the output
// needs, writes every output element once, no scratch; the output may alias an input of the
// output's shape (every element is read before it is written).
inline void add(const BroadcastGeometry& geometry,
                const AddQuantization& quantization,
                const std::int8_t* input1,
                const std::int8_t* input2,
                std::int8_t* output) {
    if (!detail::can_scale_add_input(quantization.input1_zero_point, quantization.input1_multiplier,
                                     quantization.input1_shift) ||
        !detail::can_scale_add_input(quantization.input2_zero_point, quantization.input2_multiplier,
                                     quantization.input2_shift) ||
        quantization.output.activation.min < int8_min ||
        quantization.output.activation.max > int8_max ||
        quantization.output.activation.min > quantization.output.activation.max) {
        portable::add(geometry, quantization, input1, input2, output);
        return;
    }
    // |scaled input| <= |value - zero point| * 2^20 (the multipliers are below one), so twice
    // the sum stays within 4 * (128 + 255) * 2^20 < 2^31.
    const std::int64_t max_abs_doubled_sum =
        4 * (std::int64_t{int8_max + 1 + detail::max_add_zero_point} << add_input_left_shift) + 4;
    const bool is_doubled =
        can_requantize_doubled(quantization.output_multiplier, quantization.output_shift,
                               quantization.output, max_abs_doubled_sum);
    detail::AddConstants constants{};
    constants.input1 = detail::add_input_scaling(
        quantization.input1_zero_point, quantization.input1_multiplier, quantization.input1_shift);
    constants.input2 = detail::add_input_scaling(
        quantization.input2_zero_point, quantization.input2_multiplier, quantization.input2_shift);
    if (is_doubled) {
        constants.doubled_output = doubled_requantization(
            quantization.output_multiplier, quantization.output_shift, quantization.output);
    }
    constants.quantization = &quantization;
    const OutputClamp clamp = output_clamp(quantization.output);
    dispatch_epilogue(is_doubled, clamp.needs_clamp, [&](auto doubled, auto needs_clamp) {
        detail::add<decltype(doubled)::value, decltype(needs_clamp)::value>(
            geometry, constants, clamp, input1, input2, output);
    });
}

// The typed form: the shapes are checked at compile time (see add_geometry()).
template <class Input1Shape, class Input2Shape, class OutputShape>
inline void add(const AddQuantization& quantization,
                const std::int8_t* input1,
                const std::int8_t* input2,
                std::int8_t* output) {
    constexpr BroadcastGeometry geometry = add_geometry<Input1Shape, Input2Shape, OutputShape>();
    add(geometry, quantization, input1, input2, output);
}

}  // namespace fennec::kernels::arm_dsp

#endif  // FENNEC_HAS_DSP
