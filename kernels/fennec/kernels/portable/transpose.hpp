// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Portable int8 TRANSPOSE, bit-exact with TFLM's reference Transpose (a pure permutation of bytes).
#pragma once

#include <cstdint>

#include "fennec/kernels/params/transpose.hpp"

namespace fennec::kernels::portable {

// Permutes the dimensions of `input`: output[i_0, ..., i_5] = input at the index whose
// permutation[k]-th coordinate is i_k.
//
// Contract: input holds the input_shape elements of `geometry` in row-major order; output receives
// input_shape[permutation[i]] elements along dimension i, every element written exactly once and
// in order. Values are copied unchanged, so input and output share their quantization. No scratch;
// input and output must not overlap.
inline void transpose(const TransposeGeometry& geometry,
                      const std::int8_t* input,
                      std::int8_t* output) {
    // Parameters.
    const int* const input_shape = geometry.input_shape;
    const int* const permutation = geometry.permutation;
    int input_stride[transpose_max_rank] = {};
    input_stride[transpose_max_rank - 1] = 1;
    for (int axis = transpose_max_rank - 2; axis >= 0; --axis) {
        input_stride[axis] = input_stride[axis + 1] * input_shape[axis + 1];
    }
    // One step along output dimension i is one step along input dimension permutation[i].
    int output_shape[transpose_max_rank] = {};
    int input_step[transpose_max_rank] = {};
    for (int axis = 0; axis < transpose_max_rank; ++axis) {
        output_shape[axis] = input_shape[permutation[axis]];
        input_step[axis] = input_stride[permutation[axis]];
    }

    // Loops, over the output in memory order, gathering each element from its input offset.
    for (int out_0 = 0; out_0 < output_shape[0]; ++out_0) {
        const int offset_0 = out_0 * input_step[0];
        for (int out_1 = 0; out_1 < output_shape[1]; ++out_1) {
            const int offset_1 = offset_0 + out_1 * input_step[1];
            for (int out_2 = 0; out_2 < output_shape[2]; ++out_2) {
                const int offset_2 = offset_1 + out_2 * input_step[2];
                for (int out_3 = 0; out_3 < output_shape[3]; ++out_3) {
                    const int offset_3 = offset_2 + out_3 * input_step[3];
                    for (int out_4 = 0; out_4 < output_shape[4]; ++out_4) {
                        const int offset_4 = offset_3 + out_4 * input_step[4];
                        for (int out_5 = 0; out_5 < output_shape[5]; ++out_5) {
                            *output++ = input[offset_4 + out_5 * input_step[5]];
                        }
                    }
                }
            }
        }
    }
}

// The typed form: shapes and permutation are checked at compile time (see transpose_geometry()).
template <class InputShape, class OutputShape, class PermutationType>
void transpose(const std::int8_t* input, std::int8_t* output) {
    constexpr TransposeGeometry geometry =
        transpose_geometry<InputShape, OutputShape, PermutationType>();
    transpose(geometry, input, output);
}

}  // namespace fennec::kernels::portable
