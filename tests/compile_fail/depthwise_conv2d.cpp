// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for depthwise_conv2d: one layer per static_assert of
// depthwise_conv2d_geometry() a user can hit. -DFENNEC_COMPILE_FAIL=<case> makes that case's layer
// commit its mistake, which must be rejected with the sentence conv2d.cmake gives for it; every
// other layer stays correct. Without the define all layers are correct and the file must compile
// (the twins). The file is only compiled, never run, so the layers need no buffers.
#include "fennec/kernels/portable/depthwise_conv2d.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;
using fennec::test::is_case;

template <class Input, class Filter, class Output, class LayerWindow, int DepthMultiplier>
void layer() {
    fennec::kernels::portable::depthwise_conv2d<Input, Filter, Output, LayerWindow,
                                                DepthMultiplier>({}, nullptr, nullptr, nullptr,
                                                                 nullptr);
}

// The layer most cases change one shape of: a 3x3 filter over 4 channels with depth multiplier 2,
// stride 1, SAME padding.
using Input = Shape<1, 9, 9, 4>;
using Filter = Shape<1, 3, 3, 8>;
using Output = Shape<1, 9, 9, 8>;
using Same = Window<1, 1, Padding::same>;

void layers() {
    // The input must have rank 4 (NHWC): an NHW input without its batch dimension.
    layer<std::conditional_t<is_case("input_rank"), Shape<9, 9, 4>, Input>, Filter, Output, Same,
          2>();
    // The filter must have rank 4 (1 x H x W x channels): a filter without its leading 1.
    layer<Input, std::conditional_t<is_case("filter_rank"), Shape<3, 3, 8>, Filter>, Output, Same,
          2>();
    // The output must have rank 4 (NHWC): an output flattened to [batch, H * W, channels].
    layer<Input, Filter, std::conditional_t<is_case("output_rank"), Shape<1, 81, 8>, Output>, Same,
          2>();
    // The shapes must be fennec::Shape types: the window passed where the filter shape belongs.
    layer<Input, std::conditional_t<is_case("not_a_shape"), Same, Filter>, Output, Same, 2>();
    // The depth multiplier must be at least 1: a depth multiplier of 0.
    layer<Input, Filter, Output, Same, is_case("depth_multiplier") ? 0 : 2>();
    // Output channels must equal input channels * depth multiplier: 4 output channels from 4
    // input channels with multiplier 2.
    layer<Input, Filter, std::conditional_t<is_case("output_channels"), Shape<1, 9, 9, 4>, Output>,
          Same, 2>();
    // The filter is 1 x H x W x (input channels * depth multiplier): a filter laid out like a
    // conv2d filter (OHWI).
    layer<Input, std::conditional_t<is_case("filter_leading_dim"), Shape<8, 3, 3, 1>, Filter>,
          Output, Same, 2>();
    // Filter channels must equal input channels * depth multiplier: a filter of 4 channels for 4
    // input channels with multiplier 2.
    layer<Input, std::conditional_t<is_case("filter_channels"), Shape<1, 3, 3, 4>, Filter>, Output,
          Same, 2>();
    // Output batches must equal input batches: an output of batch 2 for an input of batch 1.
    layer<Input, Filter, std::conditional_t<is_case("batches"), Shape<2, 9, 9, 8>, Output>, Same,
          2>();
    // Output height must follow from stride and padding: stride 2 with SAME padding gives
    // ceil(9 / 2) = 5 rows, not 4.
    layer<Input, Filter,
          std::conditional_t<is_case("output_height"), Shape<1, 4, 5, 8>, Shape<1, 5, 5, 8>>,
          Window<2, 2, Padding::same>, 2>();
    // Output width must follow from filter size, dilation and padding: a 3-wide filter with
    // dilation 2 and VALID padding spans 5 columns, leaving 9 - 5 + 1 = 5, not 7.
    layer<Input, Filter,
          std::conditional_t<is_case("output_width"), Shape<1, 5, 7, 8>, Shape<1, 5, 5, 8>>,
          Window<1, 1, Padding::valid, 2, 2>, 2>();
    // With VALID padding the dilated filter must fit inside the input: a 5-row filter over a
    // 4-row input.
    layer<std::conditional_t<is_case("valid_filter_fits"), Shape<1, 4, 9, 4>, Shape<1, 5, 9, 4>>,
          Shape<1, 5, 3, 8>, Shape<1, 1, 7, 8>, Window<1, 1, Padding::valid>, 2>();
    // A filter of more than 65536 taps could overflow the int32 accumulator: a 257x256 filter
    // (256x256 is the most).
    layer<Shape<1, 1, 1, 1>,
          std::conditional_t<is_case("accumulation_depth"), Shape<1, 257, 256, 1>,
                             Shape<1, 256, 256, 1>>,
          Shape<1, 1, 1, 1>, Same, 1>();
}
