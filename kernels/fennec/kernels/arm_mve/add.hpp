// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 add for Cortex-M cores with Helium (MVE: Cortex-M55): same signatures and bit for bit
// the same outputs as portable::add, the oracle.
//
// How it differs from portable: four elements per vector, in int32 lanes, every step of TFLM's
// arithmetic one or a few lane-wise instructions (requantize.hpp's multiply_by_quantized_multiplier
// is TFLM's rounding doubling high multiply and rounding right shift, exactly):
//   VLDRB.S32, VSHL #20, VSUB zero point << 20      (value - zero point) << 20, per input
//   multiply_by_quantized_multiplier (no left shift) the input's rescaling, 4 instructions
//   VADD                                            the raw sum
//   requantize (no left shift), VSTRB.32            the output's rescaling, zero point, clamp
// About 25 instructions per 4 elements, 6 per element, where portable takes about 60. Element
// counts that are not a multiple of 4 end with one tail-predicated vector.
//
// Only inputs of the output's shape (no broadcast) take this path; broadcast shapes, zero points
// beyond +-255 and empty activation ranges go to arm_dsp::add (Helium cores have the DSP
// extension), which walks broadcasts element by element and falls back to portable::add in its
// turn.
#pragma once

#include <cstdint>

#include "fennec/core/requantize.hpp"
#include "fennec/kernels/arm_dsp/add.hpp"
#include "fennec/kernels/arm_mve/requantize.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/add.hpp"
#include "fennec/kernels/portable/add.hpp"

#if FENNEC_HAS_MVE

#include <arm_mve.h>

namespace fennec::kernels::arm_mve {

static_assert(has_dsp, "arm_mve/add.hpp: Helium (MVE) implies the DSP extension");

namespace detail {

// One input's rescaling in every lane: its zero point already shifted by 20 bits (the shift then
// applies to the raw value alone), and its multiplier and right shift.
struct AddInputLanes {
    std::int32_t shifted_zero_point;
    LaneRequantization scaling;
};

// Largest |zero point| this path takes: |value - zero point| <= 383 keeps the shifted value below
// 2^29, where portable's int32 arithmetic cannot overflow either.
inline constexpr std::int32_t add_max_zero_point = 255;

[[nodiscard]] inline AddInputLanes add_input_lanes(std::int32_t zero_point,
                                                   std::int32_t multiplier,
                                                   int shift) {
    return AddInputLanes{
        static_cast<std::int32_t>(static_cast<std::uint32_t>(zero_point) << add_input_left_shift),
        splat_lane_requantization(multiplier, shift)};
}

// multiply_by_quantized_multiplier_smaller_than_one((value - zero point) << 20, ...) on four
// lanes of widened input values.
[[gnu::always_inline]] inline int32x4_t scale_add_input(int32x4_t values,
                                                        const AddInputLanes& input) {
    const int32x4_t shifted =
        vsubq_n_s32(vshlq_n_s32(values, add_input_left_shift), input.shifted_zero_point);
    return multiply_by_quantized_multiplier<false>(shifted, input.scaling);
}

// The outputs of four elements, in int32 lanes, clamped to the activation range.
struct AddLanes {
    AddInputLanes input1;
    AddInputLanes input2;
    LaneRequantization output_scaling;
    LaneOutput output;
};

[[gnu::always_inline]] inline int32x4_t add_int32x4(int32x4_t input1_values,
                                                    int32x4_t input2_values,
                                                    const AddLanes& lanes) {
    const int32x4_t raw_sum = vaddq_s32(scale_add_input(input1_values, lanes.input1),
                                        scale_add_input(input2_values, lanes.input2));
    return requantize<false>(raw_sum, lanes.output_scaling, lanes.output);
}

// Inputs and output of one shape, `elements` long.
inline void add_flat(int elements,
                     const AddQuantization& quantization,
                     const std::int8_t* input1,
                     const std::int8_t* input2,
                     std::int8_t* output) {
    const AddLanes lanes{
        add_input_lanes(quantization.input1_zero_point, quantization.input1_multiplier,
                        quantization.input1_shift),
        add_input_lanes(quantization.input2_zero_point, quantization.input2_multiplier,
                        quantization.input2_shift),
        splat_lane_requantization(quantization.output_multiplier, quantization.output_shift),
        lane_output(quantization.output)};
    int i = 0;
    for (; i + 4 <= elements; i += 4) {
        store_int8x4(output + i,
                     add_int32x4(vldrbq_s32(input1 + i), vldrbq_s32(input2 + i), lanes));
    }
    if (i < elements) {
        // Inactive lanes load zero and are not stored.
        const int count = elements - i;
        const mve_pred16_t active = vctp32q(static_cast<std::uint32_t>(count));
        store_int8x4(
            output + i,
            add_int32x4(vldrbq_z_s32(input1 + i, active), vldrbq_z_s32(input2 + i, active), lanes),
            count);
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
