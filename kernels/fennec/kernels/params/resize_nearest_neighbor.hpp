// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// What every resize_nearest_neighbor kernel variant shares: the geometry of one
// RESIZE_NEAREST_NEIGHBOR, the source index each output row and column copies from (computed the
// way TFLM computes it, bit for bit, in integer arithmetic), and the typed front end.
#pragma once

#include <cstdint>

#include "fennec/core/shape.hpp"

namespace fennec::kernels {

// The sizes one resize works on: input NHWC [batches, input_height, input_width, channels], output
// NHWC [batches, output_height, output_width, channels], and the op's two options. Heights and
// widths must stay below 2^23 (the index arithmetic below relies on it; no tensor comes close).
struct ResizeNearestNeighborGeometry {
    int batches;
    int input_height;
    int input_width;
    int channels;
    int output_height;
    int output_width;
    bool align_corners;
    bool half_pixel_centers;
};

namespace detail::binary32 {

// A non-negative IEEE 754 binary32 value as significand * 2^exponent, the significand in
// [2^23, 2^24), or significand 0 for zero. Only the normal range is needed here.
struct Value {
    std::uint64_t significand;
    int exponent;
};

[[nodiscard]] constexpr int bit_length(std::uint64_t value) {
    int length = 0;
    for (; value != 0; value >>= 1) {
        ++length;
    }
    return length;
}

// value * 2^exponent rounded to binary32 the IEEE 754 default way: to nearest, ties to even.
// value must lie below 2^63.
[[nodiscard]] constexpr Value round(std::uint64_t value, int exponent) {
    if (value == 0) {
        return {0, 0};
    }
    const int excess_bits = bit_length(value) - 24;
    if (excess_bits <= 0) {
        return {value << -excess_bits, exponent + excess_bits};
    }
    const std::uint64_t kept = value >> excess_bits;
    const std::uint64_t dropped = value & ((std::uint64_t{1} << excess_bits) - 1);
    const std::uint64_t half = std::uint64_t{1} << (excess_bits - 1);
    const bool round_up = dropped > half || (dropped == half && (kept & 1) != 0);
    const std::uint64_t rounded = kept + (round_up ? 1 : 0);
    // Rounding up 2^24 - 1 carries into a 25th bit.
    if (rounded == std::uint64_t{1} << 24) {
        return {rounded >> 1, exponent + excess_bits + 1};
    }
    return {rounded, exponent + excess_bits};
}

// numerator / denominator rounded to binary32, as a float division of two integers that are exact
// as floats (both below 2^24) rounds it. The quotient is computed to at least 26 bits, two beyond
// binary32's 24, and a lowest "sticky" bit records whether anything is left over: then rounding
// that value rounds exactly as rounding the infinitely precise quotient would.
[[nodiscard]] constexpr Value divide(std::uint64_t numerator, std::uint64_t denominator) {
    if (numerator == 0) {
        return {0, 0};
    }
    const int shift = 26 + bit_length(denominator) - bit_length(numerator);
    const std::uint64_t scaled = numerator << shift;
    const std::uint64_t quotient = scaled / denominator;
    const std::uint64_t sticky = scaled % denominator != 0 ? 1 : 0;
    return round(2 * quotient + sticky, -shift - 1);
}

[[nodiscard]] constexpr int floor(Value value) {
    if (value.exponent >= 0) {
        return static_cast<int>(value.significand << value.exponent);
    }
    // A significand below 2^24 shifted right by 24 or more places is 0.
    return value.exponent <= -24 ? 0 : static_cast<int>(value.significand >> -value.exponent);
}

// std::round's rule: to nearest, halves away from zero (values here are never negative).
[[nodiscard]] constexpr int round_half_away(Value value) {
    if (value.exponent >= 0) {
        return static_cast<int>(value.significand << value.exponent);
    }
    if (value.exponent <= -25) {
        return 0;  // below 2^-1, so it rounds to 0
    }
    const std::uint64_t half = std::uint64_t{1} << (-value.exponent - 1);
    return static_cast<int>((value.significand + half) >> -value.exponent);
}

}  // namespace detail::binary32

// The input row (or column) that output row (or column) `output_index` copies.
//
// TFLM's GetNearestNeighbor computes this in binary32: scale = input_size / output_size, or
// (input_size - 1) / (output_size - 1) with align_corners and more than one output; position =
// (output_index + offset) * scale with offset 0.5 under half_pixel_centers, else 0; then floor, or
// std::round with align_corners; then at most input_size - 1. (TFLM also clamps at 0 under
// half_pixel_centers, which never binds: every term is non-negative.) The float results are not
// always the exact rational ones: from 14 rows to 46, output row 23 copies input row 6 in binary32
// but 7 in exact arithmetic. So this function repeats each binary32 rounding step in integers:
// the same index on every target, FPU or not, with no floating point in the kernel.
// tests/kernels/test_resize_nearest_neighbor.cpp compares it with the float computation for every
// index of every size pair up to 96.
[[nodiscard]] constexpr int nearest_neighbor_source_index(int output_index,
                                                          int input_size,
                                                          int output_size,
                                                          bool align_corners,
                                                          bool half_pixel_centers) {
    const bool scales_corner_to_corner = align_corners && output_size > 1;
    const detail::binary32::Value scale = detail::binary32::divide(
        static_cast<std::uint64_t>(scales_corner_to_corner ? input_size - 1 : input_size),
        static_cast<std::uint64_t>(scales_corner_to_corner ? output_size - 1 : output_size));
    // output_index + offset is exact in binary32 (twice it is an integer below 2^24), so the only
    // rounding left is the product's.
    const std::uint64_t twice_sample_point =
        2 * static_cast<std::uint64_t>(output_index) + (half_pixel_centers ? 1 : 0);
    const detail::binary32::Value position =
        detail::binary32::round(twice_sample_point * scale.significand, scale.exponent - 1);
    const int source_index = align_corners ? detail::binary32::round_half_away(position)
                                           : detail::binary32::floor(position);
    return source_index < input_size - 1 ? source_index : input_size - 1;
}

// RESIZE_NEAREST_NEIGHBOR's options as a type (TFLite's ResizeNearestNeighborOptions; both false
// by default, as in the models here).
template <bool AlignCorners = false, bool HalfPixelCenters = false>
struct ResizeNearestNeighborOptions {
    static constexpr bool align_corners = AlignCorners;
    static constexpr bool half_pixel_centers = HalfPixelCenters;
};

namespace detail {

template <class InputShape, class OutputShape>
inline constexpr bool resize_ranks_are_4 = InputShape::rank == 4 && OutputShape::rank == 4;

}  // namespace detail

// The typed front end: the geometry of a resize over compile-time NHWC shapes, with every mismatch
// reported as a sentence. The output height and width are the op's size tensor.
template <class InputShape, class OutputShape, class Options = ResizeNearestNeighborOptions<>>
[[nodiscard]] constexpr ResizeNearestNeighborGeometry resize_nearest_neighbor_geometry() {
    static_assert(
        is_shape_v<InputShape> && is_shape_v<OutputShape>,
        "resize_nearest_neighbor: the input and output shapes must be fennec::Shape types");
    static_assert(InputShape::rank == 4,
                  "resize_nearest_neighbor: the input must have rank 4 (NHWC)");
    static_assert(OutputShape::rank == 4,
                  "resize_nearest_neighbor: the output must have rank 4 (NHWC)");
    // The remaining checks read dimensions 0..3, which only exist at rank 4; skipping them keeps
    // a rank error to one message.
    if constexpr (detail::resize_ranks_are_4<InputShape, OutputShape>) {
        static_assert(OutputShape::dim(0) == InputShape::dim(0),
                      "resize_nearest_neighbor: output batches must equal input batches");
        static_assert(OutputShape::dim(3) == InputShape::dim(3),
                      "resize_nearest_neighbor: output channels must equal input channels (only "
                      "height and width are resized)");
        return ResizeNearestNeighborGeometry{
            InputShape::dim(0),     InputShape::dim(1),          InputShape::dim(2),
            InputShape::dim(3),     OutputShape::dim(1),         OutputShape::dim(2),
            Options::align_corners, Options::half_pixel_centers,
        };
    } else {
        return ResizeNearestNeighborGeometry{};
    }
}

}  // namespace fennec::kernels
