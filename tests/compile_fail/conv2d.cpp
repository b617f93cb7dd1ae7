// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for conv2d: one layer per static_assert of conv2d_geometry() a user can hit.
// -DFENNEC_COMPILE_FAIL=<case> makes that case's layer commit its mistake, which must be rejected
// with the sentence conv2d.cmake gives for it; every other layer stays correct. Without the define
// all layers are correct and the file must compile (the twins). The file is only compiled, never
// run, so the layers need no buffers.
#include "fennec/kernels/portable/conv2d.hpp"

#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"

using fennec::Padding;
using fennec::Shape;
using fennec::Window;
using fennec::test::is_case;

template <class Input, class Filter, class Output, class LayerWindow>
void layer() {
    fennec::kernels::portable::conv2d<Input, Filter, Output, LayerWindow>({}, nullptr, nullptr,
                                                                          nullptr, nullptr);
}

// The layer most cases change one shape of: a 3x3 filter from 3 to 8 channels, stride 1, SAME.
using Input = Shape<1, 9, 9, 3>;
using Filter = Shape<8, 3, 3, 3>;
using Output = Shape<1, 9, 9, 8>;
using Same = Window<1, 1, Padding::same>;

void layers() {
    // The input must have rank 4 (NHWC): an NHW input without its batch dimension.
    layer<std::conditional_t<is_case("input_rank"), Shape<9, 9, 3>, Input>, Filter, Output, Same>();
    // The filter must have rank 4 (OHWI): [output channels, H * W * input channels].
    layer<Input, std::conditional_t<is_case("filter_rank"), Shape<8, 27>, Filter>, Output, Same>();
    // The output must have rank 4 (NHWC): an output flattened to [batch, H * W, channels].
    layer<Input, Filter, std::conditional_t<is_case("output_rank"), Shape<1, 81, 8>, Output>,
          Same>();
    // The shapes must be fennec::Shape types: the window passed where the filter shape belongs.
    layer<Input, std::conditional_t<is_case("not_a_shape"), Same, Filter>, Output, Same>();
    // Filter input channels must equal input channels: a filter for 4 over a 3-channel input.
    layer<Input, std::conditional_t<is_case("filter_input_channels"), Shape<8, 3, 3, 4>, Filter>,
          Output, Same>();
    // Output channels must equal filter output channels: 16 from a filter with 8.
    layer<Input, Filter, std::conditional_t<is_case("output_channels"), Shape<1, 9, 9, 16>, Output>,
          Same>();
    // Output batches must equal input batches: an output of batch 2 for an input of batch 1.
    layer<Input, Filter, std::conditional_t<is_case("batches"), Shape<2, 9, 9, 8>, Output>, Same>();
    // Output height must follow from stride and padding: stride 2 with SAME padding gives
    // ceil(9 / 2) = 5 rows, not 4.
    layer<Input, Filter,
          std::conditional_t<is_case("output_height"), Shape<1, 4, 5, 8>, Shape<1, 5, 5, 8>>,
          Window<2, 2, Padding::same>>();
    // Output width must follow from filter size, dilation and padding: a 3-wide filter with
    // dilation 2 and VALID padding spans 5 columns, leaving 9 - 5 + 1 = 5, not 7.
    layer<Input, Filter,
          std::conditional_t<is_case("output_width"), Shape<1, 5, 7, 8>, Shape<1, 5, 5, 8>>,
          Window<1, 1, Padding::valid, 2, 2>>();
    // With VALID padding the dilated filter must fit inside the input: a 5-row filter over a
    // 4-row input.
    layer<std::conditional_t<is_case("valid_filter_fits"), Shape<1, 4, 9, 3>, Shape<1, 5, 9, 3>>,
          Shape<8, 5, 3, 3>, Shape<1, 1, 7, 8>, Window<1, 1, Padding::valid>>();
    // A filter of more than 65536 terms could overflow the int32 accumulator: a 1x1 filter over
    // 65537 input channels (65536 is the most).
    layer<std::conditional_t<is_case("accumulation_depth"), Shape<1, 1, 1, 65537>,
                             Shape<1, 1, 1, 65536>>,
          std::conditional_t<is_case("accumulation_depth"), Shape<1, 1, 1, 65537>,
                             Shape<1, 1, 1, 65536>>,
          Shape<1, 1, 1, 1>, Same>();
}
