// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 add for Cortex-M cores with Helium (MVE: Cortex-M55): same signatures and bit for bit
// the same outputs as portable::add, the oracle.
//
// How it differs from portable: four elements per vector, in int32 lanes, every step of TFLM's
// arithmetic one or a few lane-wise instructions whose constants (add's are per tensor) sit in
// core registers:
//   VLDRB.S32, VMLAS by 2^20 plus -zero point * 2^20   (value - zero point) << 20, per input
//   VQRDMULH, VSHR, VMLA, VRSHL                         the input's rescaling (rescale() below)
//   VADD, rescale, VADD zero point, VMAX, VMIN, VSTRB   the output
// About 20 instructions per 4 elements, 5 per element, where portable takes about 130 and
// arm_dsp about 30 on the M55. Element counts that are not a multiple of 4 end with one
// tail-predicated vector.
//
// Only inputs of the output's shape (no broadcast) take this path; broadcast shapes, zero points
// beyond +-255 and empty activation ranges go to arm_dsp::add (Helium cores have the DSP
// extension), which walks broadcasts element by element and falls back to portable::add in its
// turn.
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/add.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/add.hpp"
#include "fennec/kernels/portable/add.hpp"

#if FENNEC_HAS_MVE

#include <arm_mve.h>

namespace fennec::kernels::arm_mve {

static_assert(has_dsp, "arm_mve/add.hpp: Helium (MVE) implies the DSP extension");

namespace detail {

// A rescaling whose multiplier and right shift r (in [0, 31]) are the same in every lane, as
// add's per-tensor ones are: multiply_by_quantized_multiplier without a left shift, every
// constant in a core register (the vector registers stay free for the data):
//   VQRDMULH by a scalar     TFLM's rounding doubling high multiply
//   VSHR #31, VMLA by [r>=1] the tie fix of requantize.hpp: -1 on negative values when r >= 1,
//                            so that VRSHL's upward rounding rounds ties away from zero
//   VRSHL by -r              the rounding right shift
// (VQRDMULH never returns INT32_MIN, so the fix cannot wrap.)
struct UniformRescaling {
    std::int32_t multiplier;
    std::int32_t ties_away;  // 1 when r >= 1, else 0
    std::int32_t negated_right_shift;
};

[[nodiscard]] constexpr UniformRescaling uniform_rescaling(std::int32_t multiplier, int shift) {
    return UniformRescaling{multiplier, shift < 0 ? 1 : 0, shift};
}

[[gnu::always_inline]] inline int32x4_t rescale(int32x4_t x, const UniformRescaling& rescaling) {
    const int32x4_t high = vqrdmulhq_n_s32(x, rescaling.multiplier);
    const int32x4_t fixed = vmlaq_n_s32(high, vshrq_n_s32(high, 31), rescaling.ties_away);
    return vrshlq_n_s32(fixed, rescaling.negated_right_shift);
}

// Everything one call needs: per input, its zero point times -2^20 (so that one VMLAS by 2^20
// forms (value - zero point) << 20) and its rescaling; the output's rescaling, zero point and
// activation range.
struct AddConstants {
    std::int32_t input1_offset;
    UniformRescaling input1;
    std::int32_t input2_offset;
    UniformRescaling input2;
    UniformRescaling output;
    std::int32_t output_zero_point;
    ActivationRange activation;
};

// Largest |zero point| this path takes: |value - zero point| <= 383 keeps the shifted value below
// 2^29, where portable's int32 arithmetic cannot overflow either.
inline constexpr std::int32_t add_max_zero_point = 255;

[[nodiscard]] constexpr std::int32_t add_input_offset(std::int32_t zero_point) {
    return -zero_point * (std::int32_t{1} << add_input_left_shift);
}

// Four outputs, in int32 lanes within the activation range, from four widened values of each
// input; input_scale holds 2^20 in every lane.
[[gnu::always_inline]] inline int32x4_t add_int32x4(int32x4_t input1_values,
                                                    int32x4_t input2_values,
                                                    int32x4_t input_scale,
                                                    const AddConstants& constants,
                                                    int32x4_t activation_min,
                                                    int32x4_t activation_max) {
    const int32x4_t scaled1 = rescale(
        vmlasq_n_s32(input1_values, input_scale, constants.input1_offset), constants.input1);
    const int32x4_t scaled2 = rescale(
        vmlasq_n_s32(input2_values, input_scale, constants.input2_offset), constants.input2);
    const int32x4_t output = vaddq_n_s32(rescale(vaddq_s32(scaled1, scaled2), constants.output),
                                         constants.output_zero_point);
    return vminq_s32(vmaxq_s32(output, activation_min), activation_max);
}

// Inputs and output of one shape, `elements` long: about 20 instructions per four elements.
inline void add_flat(int elements,
                     const AddQuantization& quantization,
                     const std::int8_t* input1,
                     const std::int8_t* input2,
                     std::int8_t* output) {
    const AddConstants constants{
        add_input_offset(quantization.input1_zero_point),
        uniform_rescaling(quantization.input1_multiplier, quantization.input1_shift),
        add_input_offset(quantization.input2_zero_point),
        uniform_rescaling(quantization.input2_multiplier, quantization.input2_shift),
        uniform_rescaling(quantization.output_multiplier, quantization.output_shift),
        quantization.output.zero_point,
        quantization.output.activation};
    const int32x4_t input_scale = vdupq_n_s32(std::int32_t{1} << add_input_left_shift);
    const int32x4_t activation_min = vdupq_n_s32(constants.activation.min);
    const int32x4_t activation_max = vdupq_n_s32(constants.activation.max);
    int i = 0;
    for (; i + 4 <= elements; i += 4) {
        vstrbq_s32(output + i, add_int32x4(vldrbq_s32(input1 + i), vldrbq_s32(input2 + i),
                                           input_scale, constants, activation_min, activation_max));
    }
    if (i < elements) {
        // Inactive lanes load zero and are not stored.
        const mve_pred16_t active = vctp32q(static_cast<std::uint32_t>(elements - i));
        vstrbq_p_s32(output + i,
                     add_int32x4(vldrbq_z_s32(input1 + i, active), vldrbq_z_s32(input2 + i, active),
                                 input_scale, constants, activation_min, activation_max),
                     active);
    }
}

// Whether the vector path reproduces portable::add for these constants: the zero points are
// small enough (add_max_zero_point), the activation range is not empty, and the shifts are the
// right shifts add_quantization() makes.
[[nodiscard]] constexpr bool can_add_in_lanes(const AddQuantization& quantization) {
    const auto is_small = [](std::int32_t zero_point) {
        return zero_point >= -add_max_zero_point && zero_point <= add_max_zero_point;
    };
    const auto is_right_shift = [](int shift) { return shift <= 0 && shift >= -31; };
    return is_small(quantization.input1_zero_point) && is_small(quantization.input2_zero_point) &&
           is_right_shift(quantization.input1_shift) && is_right_shift(quantization.input2_shift) &&
           is_right_shift(quantization.output_shift) &&
           quantization.output.activation.min <= quantization.output.activation.max;
}

}  // namespace detail

// output = input1 + input2 in real terms: the contract of portable::add (TFLite broadcasting
// included) and its exact results. Reads exactly the input elements the output needs (the last
// vector's loads and stores are tail-predicated), writes every output element once, no scratch;
// the output may alias an input of its shape. Broadcast shapes take arm_dsp::add.
inline void add(const BroadcastGeometry& geometry,
                const AddQuantization& quantization,
                const std::int8_t* input1,
                const std::int8_t* input2,
                std::int8_t* output) {
    if (arm_dsp::detail::is_elementwise(geometry) && detail::can_add_in_lanes(quantization)) {
        detail::add_flat(broadcast_output_elements(geometry), quantization, input1, input2, output);
    } else {
        arm_dsp::add(geometry, quantization, input1, input2, output);
    }
}

// The typed form: the shapes are checked at compile time (see add_geometry()), and whether an
// input is broadcast is known there too.
template <class Input1Shape, class Input2Shape, class OutputShape>
void add(const AddQuantization& quantization,
         const std::int8_t* input1,
         const std::int8_t* input2,
         std::int8_t* output) {
    constexpr BroadcastGeometry geometry = add_geometry<Input1Shape, Input2Shape, OutputShape>();
    if constexpr (arm_dsp::detail::is_elementwise(geometry)) {
        if (detail::can_add_in_lanes(quantization)) {
            detail::add_flat(OutputShape::elements, quantization, input1, input2, output);
            return;
        }
    }
    arm_dsp::add(geometry, quantization, input1, input2, output);
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
