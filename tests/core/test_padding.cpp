// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// padding.hpp against the definitions of windowed ops, computed by counting rather than by
// formula: VALID has one output per window position that fits inside the input, SAME has
// ceil(in / stride) outputs and pads the smallest total amount that lets the last window fit,
// putting the odd row or column at the end (TFLite's ComputePaddingWithOffset). Every input size
// 1..64, filter size 1..9, stride 1..3, dilation 1..3, both paddings.
#include <catch2/catch.hpp>
#include <cstdint>

#include "core/mismatches.hpp"
#include "fennec/core/padding.hpp"

namespace {

using fennec::Padding;
using fennec::test::Mismatches;

// Window positions start at 0, stride, 2 stride, ...; count those whose last tap is inside.
int count_valid_windows(int in_size, int effective_filter_size, int stride) {
    int count = 0;
    for (int start = 0; start + effective_filter_size <= in_size; start += stride) {
        ++count;
    }
    return count;
}

// The smallest out with out * stride >= in_size.
int count_same_outputs(int in_size, int stride) {
    int out = 0;
    while (out * stride < in_size) {
        ++out;
    }
    return out;
}

// The smallest total padding with which `out` windows fit: the last window's last tap, at
// (out - 1) * stride + effective_filter_size - 1 in padded coordinates, must be inside.
int smallest_total_padding(int in_size, int effective_filter_size, int stride, int out) {
    int total = 0;
    while ((out - 1) * stride + effective_filter_size > in_size + total) {
        ++total;
    }
    return total;
}

}  // namespace

// The constexpr forms, with the KWS DS-CNN's first conv: 49x10 input, 10x4 filter, stride 2, SAME.
static_assert(fennec::effective_filter_size(3, 1) == 3);
static_assert(fennec::effective_filter_size(3, 2) == 5);
static_assert(fennec::compute_out_size(Padding::same, 49, 10, 2) == 25);
static_assert(fennec::compute_out_size(Padding::same, 10, 4, 2) == 5);
static_assert(fennec::compute_padding(2, 1, 49, 10, 25) == 4);  // total 9: 4 before, 5 after
static_assert(fennec::compute_padding(2, 1, 10, 4, 5) == 1);    // total 2
static_assert(fennec::compute_out_size(Padding::valid, 10, 3, 1) == 8);
static_assert(fennec::compute_out_size(Padding::valid, 10, 3, 1, 2) == 6);
static_assert(fennec::compute_padding(1, 1, 10, 3, 8) == 0);
using StridedWindow = fennec::Window<2, 3, Padding::same, 1, 2>;
static_assert(StridedWindow::stride_height == 2 && StridedWindow::stride_width == 3);
static_assert(StridedWindow::padding == Padding::same);
static_assert(StridedWindow::dilation_height == 1 && StridedWindow::dilation_width == 2);
static_assert(fennec::Window<1, 1, Padding::valid>::dilation_height == 1);
// window_geometry: both dimensions of the same KWS layer at once, and a dilated VALID window.
constexpr fennec::WindowGeometry kws_first_conv =
    fennec::window_geometry<fennec::Window<2, 2, Padding::same>>(49, 10, 10, 4);
static_assert(kws_first_conv.output_height == 25 && kws_first_conv.output_width == 5);
static_assert(kws_first_conv.padding_top == 4 && kws_first_conv.padding_left == 1);
static_assert(kws_first_conv.filter_fits_input);
constexpr fennec::WindowGeometry dilated_valid =
    fennec::window_geometry<fennec::Window<1, 1, Padding::valid, 2, 1>>(10, 4, 3, 5);
static_assert(dilated_valid.output_height == 6 && dilated_valid.padding_top == 0);
static_assert(!dilated_valid.filter_fits_input);  // 5 columns of filter over 4 of input

TEST_CASE("compute_out_size and compute_padding match the window definitions", "[core][padding]") {
    Mismatches mismatches;
    for (int in_size = 1; in_size <= 64; ++in_size) {
        for (int filter_size = 1; filter_size <= 9; ++filter_size) {
            for (int stride = 1; stride <= 3; ++stride) {
                for (int dilation = 1; dilation <= 3; ++dilation) {
                    const int effective = (filter_size - 1) * dilation + 1;
                    CAPTURE(in_size, filter_size, stride, dilation);

                    const int same_out = fennec::compute_out_size(Padding::same, in_size,
                                                                  filter_size, stride, dilation);
                    const int same_total =
                        smallest_total_padding(in_size, effective, stride, same_out);
                    const int same_before =
                        fennec::compute_padding(stride, dilation, in_size, filter_size, same_out);
                    const bool same_ok = same_out == count_same_outputs(in_size, stride) &&
                                         same_before == same_total / 2;
                    if (mismatches.report(!same_ok)) {
                        CHECK(same_out == count_same_outputs(in_size, stride));
                        CHECK(same_before == same_total / 2);
                    }

                    // VALID: the windows that fit, and no padding. With no window fitting, TFLite's
                    // formula gives 0 or a negative size (the model is invalid); fennec the same.
                    const int valid_out = fennec::compute_out_size(Padding::valid, in_size,
                                                                   filter_size, stride, dilation);
                    const int windows = count_valid_windows(in_size, effective, stride);
                    const int tflite_formula = (in_size + stride - effective) / stride;
                    const bool valid_ok =
                        valid_out == tflite_formula &&
                        (windows > 0 ? valid_out == windows : valid_out <= 0) &&
                        (windows == 0 || fennec::compute_padding(stride, dilation, in_size,
                                                                 filter_size, valid_out) == 0);
                    if (mismatches.report(!valid_ok)) {
                        CAPTURE(valid_out, windows, tflite_formula);
                        CHECK(valid_ok);
                    }
                }
            }
        }
    }
    CHECK(mismatches.cases == 2 * 64 * 9 * 3 * 3);
    CHECK(mismatches.count == 0);
}
