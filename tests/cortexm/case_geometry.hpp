// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Shapes for the Cortex-M kernel cases, shared by kernel_cases.hpp (portable kernels, host
// against target) and accelerated/accelerated_cases.hpp (accelerated against portable, on the
// target): sliding windows with TFLite's output sizes and padding, channel counts around the
// multiples the accelerated kernels group by, broadcast shape pairs, and conv2d / depthwise
// geometries drawn until their tensors fit a program's fixed buffers. Integer draws only
// (CaseRandom), so every build draws the same shapes; no heap.
#pragma once

#include "case_random.hpp"
#include "fennec/core/padding.hpp"
#include "fennec/kernels/params/conv2d.hpp"
#include "fennec/kernels/params/depthwise_conv2d.hpp"
#include "fennec/kernels/params/pooling.hpp"

namespace fennec::cortexm_test {

// A window (filter, stride, dilation, padding) and an input size it fits, with the output size
// and the top/left padding TFLite derives from them.
struct Window {
    int filter_height, filter_width, stride_height, stride_width, dilation_height, dilation_width;
    int input_height, input_width, output_height, output_width, padding_top, padding_left;
    bool is_same;
};

// Completes a window whose filter, strides, dilations and padding kind are set: an input of the
// smallest size the window fits (1 with SAME) up to `extra` more, then the output size and the
// padding.
inline void fit_input(CaseRandom& random, Window& w, int extra) {
    const int min_height =
        w.is_same ? 1 : effective_filter_size(w.filter_height, w.dilation_height);
    const int min_width = w.is_same ? 1 : effective_filter_size(w.filter_width, w.dilation_width);
    w.input_height = random.uniform(min_height, min_height + extra);
    w.input_width = random.uniform(min_width, min_width + extra);
    const Padding padding = w.is_same ? Padding::same : Padding::valid;
    w.output_height = compute_out_size(padding, w.input_height, w.filter_height, w.stride_height,
                                       w.dilation_height);
    w.output_width =
        compute_out_size(padding, w.input_width, w.filter_width, w.stride_width, w.dilation_width);
    w.padding_top = w.is_same ? compute_padding(w.stride_height, w.dilation_height, w.input_height,
                                                w.filter_height, w.output_height)
                              : 0;
    w.padding_left = w.is_same ? compute_padding(w.stride_width, w.dilation_width, w.input_width,
                                                 w.filter_width, w.output_width)
                               : 0;
}

// A window over a whole input of max_height / 2 x max_width / 2 up to max_height x max_width (a
// global pool), VALID.
inline Window whole_input_window(CaseRandom& random, int max_height, int max_width) {
    Window w{};
    w.input_height = random.uniform(max_height / 2, max_height);
    w.input_width = random.uniform(max_width / 2, max_width);
    w.filter_height = w.input_height;
    w.filter_width = w.input_width;
    w.stride_height = 1;
    w.stride_width = 1;
    w.dilation_height = 1;
    w.dilation_width = 1;
    w.output_height = 1;
    w.output_width = 1;
    return w;
}

// Channel counts 1..max. Half the draws fall just below, on or just above a multiple of 4 or 16
// (the group sizes of the DSP and Helium kernels, whose tails differ by the remainder); the rest
// are uniform.
inline int draw_channels(CaseRandom& random, int max) {
    if (random.one_in(2)) {
        const int multiple = random.one_in(2) ? 4 : 16;
        const int count = random.uniform(max < multiple + 1 ? 0 : 1, (max + 1) / multiple);
        const int channels = multiple * count + random.uniform(-2, 2);
        return channels < 1 ? 1 : (channels > max ? max : channels);
    }
    return random.uniform(1, max);
}

// A shape of rank `rank` with dimensions 1..max_dim and at most max_elements elements; returns
// the element count.
inline int draw_shape(CaseRandom& random, int* dims, int rank, int max_dim, int max_elements) {
    for (;;) {
        int elements = 1;
        for (int axis = 0; axis < rank; ++axis) {
            dims[axis] = random.uniform(1, max_dim);
            elements *= dims[axis];
        }
        if (elements <= max_elements) {
            return elements;
        }
    }
}

// Two shapes of rank <= 4 that broadcast: the smaller keeps or drops (to 1) each of its
// dimensions of the larger and may have a lower rank; either may come first. The larger's last
// dimension comes from draw_channels(max_channels) (0: like the others, 1..8).
inline void draw_broadcast_shapes(CaseRandom& random,
                                  int (&input1_dims)[4],
                                  int& input1_rank,
                                  int (&input2_dims)[4],
                                  int& input2_rank,
                                  int max_elements,
                                  int max_channels = 0) {
    int larger[4] = {};
    int smaller[4] = {};
    const int larger_rank = random.uniform(1, 4);
    for (;;) {
        const int elements = draw_shape(random, larger, larger_rank, 8, max_elements);
        if (max_channels == 0) {
            break;
        }
        const int outer = elements / larger[larger_rank - 1];
        larger[larger_rank - 1] = draw_channels(random, max_channels);
        if (outer * larger[larger_rank - 1] <= max_elements) {
            break;
        }
    }
    const int smaller_rank = random.uniform(1, larger_rank);
    for (int axis = 0; axis < smaller_rank; ++axis) {
        smaller[axis] = random.one_in(3) ? 1 : larger[larger_rank - smaller_rank + axis];
    }
    const bool larger_first = random.one_in(2);
    for (int axis = 0; axis < 4; ++axis) {
        input1_dims[axis] = larger_first ? larger[axis] : smaller[axis];
        input2_dims[axis] = larger_first ? smaller[axis] : larger[axis];
    }
    input1_rank = larger_first ? larger_rank : smaller_rank;
    input2_rank = larger_first ? smaller_rank : larger_rank;
}

// The fixed buffers of a test program: a drawn case must fit them.
struct Budget {
    int max_tensor_bytes;  // input and output
    int max_filter_bytes;
    int max_channels;  // bias and per-channel constants
    long max_macs;     // keeps a case short under QEMU
};

// What a conv2d or depthwise_conv2d case draws before its geometry: the window, the batches and
// the channels (output channels for conv2d, the depth multiplier for depthwise_conv2d).
struct ConvSizes {
    Window window;
    int batches;
    int input_channels;
    int output_channels_or_multiplier;
};

// A conv2d geometry from draw_sizes(random) -> ConvSizes, drawn again until it fits the budget.
template <class DrawSizes>
kernels::Conv2dGeometry draw_conv2d_geometry(CaseRandom& random,
                                             const Budget& budget,
                                             DrawSizes&& draw_sizes) {
    for (;;) {
        const ConvSizes sizes = draw_sizes(random);
        const Window& w = sizes.window;
        const int output_channels = sizes.output_channels_or_multiplier;
        const int depth = w.filter_height * w.filter_width * sizes.input_channels;
        const int input_bytes =
            sizes.batches * w.input_height * w.input_width * sizes.input_channels;
        const int output_bytes = sizes.batches * w.output_height * w.output_width * output_channels;
        if (input_bytes > budget.max_tensor_bytes ||
            output_channels * depth > budget.max_filter_bytes ||
            output_bytes > budget.max_tensor_bytes || output_channels > budget.max_channels ||
            long{output_bytes} * depth > budget.max_macs) {
            continue;
        }
        return kernels::Conv2dGeometry{sizes.batches,        w.input_height,  w.input_width,
                                       sizes.input_channels, w.filter_height, w.filter_width,
                                       w.output_height,      w.output_width,  output_channels,
                                       w.stride_height,      w.stride_width,  w.dilation_height,
                                       w.dilation_width,     w.padding_top,   w.padding_left};
    }
}

// A depthwise_conv2d geometry likewise.
template <class DrawSizes>
kernels::DepthwiseConv2dGeometry draw_depthwise_conv2d_geometry(CaseRandom& random,
                                                                const Budget& budget,
                                                                DrawSizes&& draw_sizes) {
    for (;;) {
        const ConvSizes sizes = draw_sizes(random);
        const Window& w = sizes.window;
        const int output_channels = sizes.input_channels * sizes.output_channels_or_multiplier;
        const int input_bytes =
            sizes.batches * w.input_height * w.input_width * sizes.input_channels;
        const int filter_bytes = w.filter_height * w.filter_width * output_channels;
        const int output_bytes = sizes.batches * w.output_height * w.output_width * output_channels;
        if (input_bytes > budget.max_tensor_bytes || filter_bytes > budget.max_filter_bytes ||
            output_bytes > budget.max_tensor_bytes || output_channels > budget.max_channels ||
            long{output_bytes} * w.filter_height * w.filter_width > budget.max_macs) {
            continue;
        }
        return kernels::DepthwiseConv2dGeometry{sizes.batches,
                                                w.input_height,
                                                w.input_width,
                                                sizes.input_channels,
                                                sizes.output_channels_or_multiplier,
                                                w.filter_height,
                                                w.filter_width,
                                                w.output_height,
                                                w.output_width,
                                                w.stride_height,
                                                w.stride_width,
                                                w.dilation_height,
                                                w.dilation_width,
                                                w.padding_top,
                                                w.padding_left};
    }
}

// A pooling geometry of a window, batches and channels (the caller checks the budget: pooling
// has no filter).
[[nodiscard]] inline kernels::Pool2dGeometry pool2d_geometry(const Window& w,
                                                             int batches,
                                                             int channels) {
    return kernels::Pool2dGeometry{batches,         w.input_height,  w.input_width,
                                   channels,        w.filter_height, w.filter_width,
                                   w.output_height, w.output_width,  w.stride_height,
                                   w.stride_width,  w.padding_top,   w.padding_left};
}

// Bytes of a geometry's tensors.
[[nodiscard]] inline int input_bytes(const kernels::Conv2dGeometry& g) {
    return g.batches * g.input_height * g.input_width * g.input_channels;
}
[[nodiscard]] inline int filter_bytes(const kernels::Conv2dGeometry& g) {
    return g.output_channels * g.filter_height * g.filter_width * g.input_channels;
}
[[nodiscard]] inline int output_bytes(const kernels::Conv2dGeometry& g) {
    return g.batches * g.output_height * g.output_width * g.output_channels;
}
[[nodiscard]] inline int input_bytes(const kernels::DepthwiseConv2dGeometry& g) {
    return g.batches * g.input_height * g.input_width * g.input_channels;
}
[[nodiscard]] inline int filter_bytes(const kernels::DepthwiseConv2dGeometry& g) {
    return g.filter_height * g.filter_width * g.input_channels * g.depth_multiplier;
}
[[nodiscard]] inline int output_bytes(const kernels::DepthwiseConv2dGeometry& g) {
    return g.batches * g.output_height * g.output_width * g.input_channels * g.depth_multiplier;
}
[[nodiscard]] inline int input_bytes(const kernels::Pool2dGeometry& g) {
    return g.batches * g.input_height * g.input_width * g.channels;
}
[[nodiscard]] inline int output_bytes(const kernels::Pool2dGeometry& g) {
    return g.batches * g.output_height * g.output_width * g.channels;
}

}  // namespace fennec::cortexm_test
