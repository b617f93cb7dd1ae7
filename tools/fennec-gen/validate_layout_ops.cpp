// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The rules of the operators that move int8 values without computing new ones. Each resolves the
// constant argument tensors TFLite gives it (shape, paddings, bounds, permutation, size) into the
// operator's options and checks the output shape they imply. Rank limits are TFLM's.
#include <algorithm>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "validate_ops.hpp"

namespace fennec::gen {
namespace {

// One dimension of a strided slice, TFLite's way (strided_slice_logic.h): negative indices count
// from the end, masked bounds take the whole dimension, and both bounds are clamped into the
// dimension ([0, size] going forward, [-1, size - 1] going backward).
struct SliceBounds {
    std::int64_t start;
    std::int64_t stop;
};

SliceBounds slice_bounds(std::int64_t size,
                         std::int64_t begin,
                         std::int64_t end,
                         std::int64_t stride,
                         bool begin_masked,
                         bool end_masked,
                         bool shrink) {
    const std::int64_t low = stride > 0 ? 0 : -1;
    const std::int64_t high = stride > 0 ? size : size - 1;
    std::int64_t start = begin_masked ? (stride > 0 ? low : high) : begin;
    if (start < 0) {
        start += size;
    }
    start = std::clamp(start, low, high);
    if (shrink) {
        return {start, start + 1};
    }
    std::int64_t stop = end_masked ? (stride > 0 ? high : low) : end;
    if (stop < 0 && !end_masked) {
        stop += size;
    }
    stop = std::clamp(stop, low, high);
    return {start, stop};
}

}  // namespace

void check_reshape(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(1, 2, 0, 8);
    if (output.elements() != input.elements()) {
        checker.fail("output shape " + shape_text(output.shape) + " has " +
                     std::to_string(output.elements()) + " elements, input shape " +
                     shape_text(input.shape) + " has " + std::to_string(input.elements()));
    }
    // The optional shape argument must describe the output shape (one entry may be -1, "the rest").
    if (const Tensor* shape = checker.optional_input(1)) {
        checker.expect_rank(*shape, "shape", 1);
        const std::vector<std::int32_t> values = checker.int32_values(*shape, "shape");
        bool matches = values.size() == output.shape.size();
        int wildcards = 0;
        for (std::size_t d = 0; matches && d < values.size(); ++d) {
            wildcards += values[d] == -1 ? 1 : 0;
            matches = values[d] == output.shape[d] || (values[d] == -1 && wildcards == 1);
        }
        if (!matches) {
            checker.fail("shape argument " + tensor_location(*shape) +
                         " does not describe the output shape " + shape_text(output.shape));
        }
    }
}

void check_squeeze(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(1, 1, 0, 8);
    auto& options = std::get<SqueezeOptions>(checker.op().options);
    std::vector<bool> removed(input.shape.size(), false);
    for (const int dim : options.squeeze_dims) {
        const int axis = checker.normalized_axis(dim, input.rank(), "squeeze dimension");
        if (input.shape[static_cast<std::size_t>(axis)] != 1) {
            checker.fail("cannot squeeze dimension " + std::to_string(axis) + " of shape " +
                         shape_text(input.shape) + ": its size is not 1");
        }
        removed[static_cast<std::size_t>(axis)] = true;
    }
    options.axes.clear();
    std::vector<std::int64_t> expected;
    for (std::size_t d = 0; d < input.shape.size(); ++d) {
        // Without squeeze_dims, every dimension of size 1 goes.
        if (removed[d] || (options.squeeze_dims.empty() && input.shape[d] == 1)) {
            options.axes.push_back(static_cast<int>(d));
        } else {
            expected.push_back(input.shape[d]);
        }
    }
    checker.expect_shape(output, "output", expected);
}

void check_pad(OpChecker& checker) {
    const std::size_t input_count = checker.op().op == BuiltinOp::padv2 ? 3 : 2;
    const auto [input, output] = checker.expect_int8_data_flow(input_count, input_count, 1, 5);
    const Tensor& paddings = checker.input(1, "paddings");
    checker.expect_shape(paddings, "paddings", {input.rank(), 2});
    const std::vector<std::int32_t> values = checker.int32_values(paddings, "paddings");

    auto& options = std::get<PadOptions>(checker.op().options);
    options.paddings.clear();
    std::vector<std::int64_t> expected;
    for (std::size_t d = 0; d < input.shape.size(); ++d) {
        const std::int32_t before = values[2 * d];
        const std::int32_t after = values[2 * d + 1];
        if (before < 0 || after < 0) {
            checker.fail("paddings of dimension " + std::to_string(d) + " are " +
                         std::to_string(before) + " and " + std::to_string(after) +
                         "; they must not be negative");
        }
        options.paddings.emplace_back(before, after);
        expected.push_back(std::int64_t{input.shape[d]} + before + after);
    }
    checker.expect_shape(output, "output", expected);

    if (input_count == 3) {
        // TFLM's PadPrepare(): the pad value must be quantized exactly as the output.
        const Tensor& value = checker.input(2, "constant value");
        checker.expect_int8_activation(value, "constant value");
        checker.expect_constant(value, "constant value");
        if (value.elements() != 1) {
            checker.fail("constant value " + tensor_location(value) + " must hold one element");
        }
        if (value.quantization.scales[0] != output.quantization.scales[0] ||
            value.quantization.zero_points[0] != output.quantization.zero_points[0]) {
            checker.fail("constant value " + tensor_location(value) +
                         " must have the output's scale and zero point");
        }
        options.pad_value = static_cast<std::int8_t>((*value.data)[0]);
    } else {
        // PAD fills with real 0, which is the output zero point.
        options.pad_value = static_cast<int>(output.quantization.zero_points[0]);
    }
}

void check_concatenation(OpChecker& checker) {
    checker.expect_input_count(1, 1000);
    checker.expect_output_count(1);
    const Tensor& output = checker.output();
    checker.expect_int8_activation(output, "output");
    checker.expect_rank_between(output, "output", 1, 4);
    auto& options = std::get<ConcatenationOptions>(checker.op().options);
    options.axis = checker.normalized_axis(options.axis, output.rank(), "axis");
    const auto axis = static_cast<std::size_t>(options.axis);

    std::vector<std::int64_t> expected = widened(output.shape);
    expected[axis] = 0;
    for (std::size_t k = 0; k < checker.op().inputs.size(); ++k) {
        const Tensor& input = checker.input(k, "input");
        checker.expect_int8_activation(input, "input");
        bool fits = input.rank() == output.rank();
        for (std::size_t d = 0; fits && d < input.shape.size(); ++d) {
            fits = d == axis || input.shape[d] == output.shape[d];
        }
        if (!fits) {
            checker.fail("input " + std::to_string(k) + " " + tensor_location(input) +
                         " has shape " + shape_text(input.shape) +
                         ", which does not concatenate along axis " + std::to_string(axis) +
                         " into " + shape_text(output.shape));
        }
        expected[axis] += input.shape[axis];
    }
    checker.expect_shape(output, "output", expected);
}

void check_strided_slice(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(4, 4, 1, 4);
    auto& options = std::get<StridedSliceOptions>(checker.op().options);
    const char* roles[] = {"begin", "end", "strides"};
    std::vector<int>* targets[] = {&options.begin, &options.end, &options.strides};
    for (std::size_t k = 0; k < 3; ++k) {
        const Tensor& argument = checker.input(k + 1, roles[k]);
        checker.expect_shape(argument, roles[k], {input.rank()});
        const std::vector<std::int32_t> values = checker.int32_values(argument, roles[k]);
        targets[k]->assign(values.begin(), values.end());
    }

    std::vector<std::int64_t> expected;
    for (std::size_t d = 0; d < input.shape.size(); ++d) {
        const std::int64_t stride = options.strides[d];
        if (stride == 0) {
            checker.fail("the stride of dimension " + std::to_string(d) + " is 0");
        }
        const bool shrink = (options.shrink_axis_mask >> d & 1) != 0;
        const SliceBounds bounds = slice_bounds(input.shape[d], options.begin[d], options.end[d],
                                                stride, (options.begin_mask >> d & 1) != 0,
                                                (options.end_mask >> d & 1) != 0, shrink);
        if (shrink) {
            if (bounds.start < 0 || bounds.start >= input.shape[d]) {
                checker.fail("dimension " + std::to_string(d) + " is shrunk to index " +
                             std::to_string(options.begin[d]) + ", outside its size " +
                             std::to_string(input.shape[d]));
            }
            continue;
        }
        // ceil((stop - start) / stride), never negative.
        const std::int64_t span = bounds.stop - bounds.start;
        const std::int64_t size =
            stride > 0 ? (span + stride - 1) / stride : (span + stride + 1) / stride;
        expected.push_back(std::max<std::int64_t>(size, 0));
    }
    checker.expect_shape(output, "output", expected);
}

void check_transpose(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(2, 2, 1, 5);
    const Tensor& permutation = checker.input(1, "permutation");
    checker.expect_shape(permutation, "permutation", {input.rank()});
    auto& options = std::get<TransposeOptions>(checker.op().options);
    options.permutation.clear();
    std::vector<bool> seen(input.shape.size(), false);
    std::vector<std::int64_t> expected;
    for (const std::int32_t value : checker.int32_values(permutation, "permutation")) {
        if (value < 0 || value >= input.rank() || seen[static_cast<std::size_t>(value)]) {
            checker.fail("permutation " + tensor_location(permutation) +
                         " is not a permutation of 0 to " + std::to_string(input.rank() - 1));
        }
        seen[static_cast<std::size_t>(value)] = true;
        options.permutation.push_back(value);
        expected.push_back(input.shape[static_cast<std::size_t>(value)]);
    }
    checker.expect_shape(output, "output", expected);
}

void check_resize_nearest_neighbor(OpChecker& checker) {
    const auto [input, output] = checker.expect_int8_data_flow(2, 2, 4, 4);
    const Tensor& size = checker.input(1, "size");
    checker.expect_shape(size, "size", {2});
    const std::vector<std::int32_t> values = checker.int32_values(size, "size");
    auto& options = std::get<ResizeNearestNeighborOptions>(checker.op().options);
    if (options.align_corners && options.half_pixel_centers) {
        checker.fail("align_corners and half_pixel_centers cannot both be set");
    }
    options.output_height = values[0];
    options.output_width = values[1];
    checker.expect_shape(output, "output", {input.shape[0], values[0], values[1], input.shape[3]});
}

}  // namespace fennec::gen
