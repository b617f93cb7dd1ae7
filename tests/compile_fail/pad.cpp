// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for pad: one pad per static_assert of pad_geometry() a user can hit.
// -DFENNEC_COMPILE_FAIL=<case> makes that case's pad commit its mistake, which must be rejected
// with the sentence pad.cmake gives for it; every other pad stays correct. Without the define all
// pads are correct and the file must compile (the twins). The file is only compiled, never run,
// so the pads need no buffers.
#include "fennec/kernels/portable/pad.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/core/shape.hpp"

using fennec::Shape;
using fennec::kernels::Paddings;
using fennec::test::is_case;

template <class Input, class Output, class PadPaddings>
void pad() {
    fennec::kernels::portable::pad<Input, Output, PadPaddings>(0, nullptr, nullptr);
}

void pads() {
    // An output shape that is not input + paddings (MobileNetV2's 112x112 padded by 1 is
    // 114x114).
    pad<Shape<1, 112, 112, 32>,
        std::conditional_t<is_case("output_shape"), Shape<1, 113, 113, 32>, Shape<1, 114, 114, 32>>,
        Paddings<0, 0, 1, 1, 1, 1, 0, 0>>();
    // Paddings for height and width only, where TFLite wants a pair for every dimension.
    pad<Shape<1, 8, 8, 4>, Shape<1, 10, 10, 4>,
        std::conditional_t<is_case("paddings_rank"), Paddings<1, 1, 1, 1>,
                           Paddings<0, 0, 1, 1, 1, 1, 0, 0>>>();
    // An output of another rank than the input.
    pad<Shape<8, 4>, std::conditional_t<is_case("output_rank"), Shape<1, 10, 4>, Shape<10, 4>>,
        Paddings<1, 1, 0, 0>>();
    // A negative padding (a crop), which PAD does not do even when the sizes add up.
    pad<Shape<6, 4>, std::conditional_t<is_case("negative_padding"), Shape<6, 4>, Shape<8, 4>>,
        std::conditional_t<is_case("negative_padding"), Paddings<-1, 1, 0, 0>,
                           Paddings<1, 1, 0, 0>>>();
    // An odd number of padding values, so one dimension lacks its after-padding.
    pad<Shape<6, 4>, Shape<8, 5>,
        std::conditional_t<is_case("odd_paddings"), Paddings<1, 1, 1>, Paddings<1, 1, 1, 0>>>();
}
