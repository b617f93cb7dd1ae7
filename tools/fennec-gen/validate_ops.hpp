// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Part of validate (stage 2): the rules of each operator, one function per op family. Internal to
// the validate*.cpp files. Each runs after the tensor and graph checks of validate.cpp, so every
// tensor an operator names exists, has a valid shape and consistent quantization.
#pragma once

#include "op_checker.hpp"

namespace fennec::gen {

// validate_compute_ops.cpp: operators that compute new values.
void check_conv_2d(OpChecker& checker);
void check_depthwise_conv_2d(OpChecker& checker);
void check_fully_connected(OpChecker& checker);
void check_pool_2d(OpChecker& checker);
void check_add_or_mul(OpChecker& checker);
void check_softmax(OpChecker& checker);
void check_logistic_or_tanh(OpChecker& checker);
void check_mean(OpChecker& checker);
void check_quantize(OpChecker& checker);
void check_dequantize(OpChecker& checker);

// validate_layout_ops.cpp: operators that move values without changing them.
void check_reshape(OpChecker& checker);
void check_squeeze(OpChecker& checker);
void check_pad(OpChecker& checker);
void check_concatenation(OpChecker& checker);
void check_strided_slice(OpChecker& checker);
void check_transpose(OpChecker& checker);
void check_resize_nearest_neighbor(OpChecker& checker);

}  // namespace fennec::gen
