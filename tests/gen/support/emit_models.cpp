// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "support/emit_models.hpp"

namespace fennec::gen::test {

ModelSpec emittable_every_operator_model() {
    using Op = fb::BuiltinOperator;
    using Activation = fb::ActivationFunctionType;
    ModelSpec spec;
    spec.description = "fennec-gen emitter test: every operator";

    // Chain 1: data movement and element-wise int8 operators.
    const int features = spec.activation("features", {1, 4, 4, 3}, 0.5f, 0);
    const int pad_amounts = spec.constant_int32("padv2/paddings", {4, 2}, {0, 0, 1, 1, 1, 1, 0, 0});
    const int pad_value = spec.constant_int8("padv2/value", {}, {0.5f});
    const int padded = spec.activation("padv2/out", {1, 6, 6, 3}, 0.5f, 0);
    spec.op(Op::PADV2, {features, pad_amounts, pad_value}, {padded});
    const int begin = spec.constant_int32("slice/begin", {4}, {0, 1, 1, 0});
    const int end = spec.constant_int32("slice/end", {4}, {1, 5, 5, 3});
    const int strides = spec.constant_int32("slice/strides", {4}, {1, 1, 1, 1});
    const int sliced = spec.activation("slice/out", {1, 4, 4, 3}, 0.5f, 0);
    spec.op(Op::STRIDED_SLICE, {padded, begin, end, strides}, {sliced},
            strided_slice_options(0, 0, 0));
    const int product = spec.activation("mul/out", {1, 4, 4, 3}, 0.1f, 0);
    spec.op(Op::MUL, {sliced, features}, {product}, mul_options());
    const int bent = spec.activation("tanh/out", {1, 4, 4, 3}, 1.0f / 128, 0);
    spec.op(Op::TANH, {product}, {bent});
    const int rescaled = spec.activation("requantize/out", {1, 4, 4, 3}, 0.5f, 0);
    spec.op(Op::QUANTIZE, {bent}, {rescaled});
    const int joined = spec.activation("concat/out", {1, 4, 4, 6}, 0.5f, 0);
    spec.op(Op::CONCATENATION, {rescaled, features}, {joined}, concatenation_options(3));
    const int mean_axes = spec.constant_int32("mean/axes", {2}, {1, 2});
    const int averaged = spec.activation("mean/out", {1, 1, 1, 6}, 0.5f, 0);
    spec.op(Op::MEAN, {joined, mean_axes}, {averaged}, reducer_options(true));
    const int squeezed = spec.activation("squeeze/out", {1, 6}, 0.5f, 0);
    spec.op(Op::SQUEEZE, {averaged}, {squeezed}, squeeze_options({1, 2}));
    const int gated = spec.activation("gate", {1, 6}, 1.0f / 256, -128);
    spec.op(Op::LOGISTIC, {squeezed}, {gated});

    // Chain 2: float32 edges, windows, weights, layout changes.
    const int image = spec.float_tensor("image", {1, 2, 2, 4});
    const int quantized = spec.activation("quantize/out", {1, 2, 2, 4}, 0.02f, -3);
    spec.op(Op::QUANTIZE, {image}, {quantized});
    const int size = spec.constant_int32("resize/size", {2}, {4, 4});
    const int resized = spec.activation("resize/out", {1, 4, 4, 4}, 0.02f, -3);
    spec.op(Op::RESIZE_NEAREST_NEIGHBOR, {quantized, size}, {resized},
            resize_nearest_neighbor_options(false, true));
    const int conv_filter = spec.constant_int8("conv/filter", {4, 1, 1, 4}, {0.05f});
    const int conv_out = spec.activation("conv/out", {1, 4, 4, 4}, 0.02f, -3);
    spec.op(Op::CONV_2D, {resized, conv_filter, -1}, {conv_out}, conv2d_options(1));
    const int dw_filter =
        spec.constant_int8("dw/filter", {1, 3, 3, 4}, {0.1f, 0.1f, 0.2f, 0.2f}, 3);
    const int dw_bias = spec.constant_int32("dw/bias", {4}, {0, 1, 2, 3});
    const int dw_out = spec.activation("dw/out", {1, 4, 4, 4}, 0.05f, 1);
    spec.op(Op::DEPTHWISE_CONV_2D, {conv_out, dw_filter, dw_bias}, {dw_out},
            depthwise_conv2d_options(1, 1, fb::Padding::SAME, Activation::RELU6));
    const int max_pooled = spec.activation("maxpool/out", {1, 2, 2, 4}, 0.05f, 1);
    spec.op(Op::MAX_POOL_2D, {dw_out}, {max_pooled}, pool2d_options(2, 2));
    const int avg_pooled = spec.activation("avgpool/out", {1, 1, 1, 4}, 0.05f, 1);
    spec.op(Op::AVERAGE_POOL_2D, {max_pooled}, {avg_pooled}, pool2d_options(2, 2));
    const int permutation = spec.constant_int32("transpose/perm", {4}, {0, 3, 1, 2});
    const int transposed = spec.activation("transpose/out", {1, 4, 1, 1}, 0.05f, 1);
    spec.op(Op::TRANSPOSE, {avg_pooled, permutation}, {transposed});
    const int new_shape = spec.constant_int32("reshape/shape", {2}, {1, 4});
    const int flat = spec.activation("reshape/out", {1, 4}, 0.05f, 1);
    spec.op(Op::RESHAPE, {transposed, new_shape}, {flat}, reshape_options());
    const int fc_weights =
        spec.constant_int8("fc/weights", {4, 4}, {0.01f, 0.02f, 0.03f, 0.04f}, 0);
    const int fc_bias = spec.constant_int32("fc/bias", {4}, {10, -10, 20, -20});
    const int fc_out = spec.activation("fc/out", {1, 4}, 0.1f, 0);
    spec.op(Op::FULLY_CONNECTED, {flat, fc_weights, fc_bias}, {fc_out}, fully_connected_options());
    const int shifted = spec.activation("add/out", {1, 4}, 0.1f, 0);
    spec.op(Op::ADD, {fc_out, flat}, {shifted}, add_options(Activation::RELU));
    const int pad_widths = spec.constant_int32("pad/paddings", {2, 2}, {0, 0, 1, 1});
    const int widened = spec.activation("pad/out", {1, 6}, 0.1f, 0);
    spec.op(Op::PAD, {shifted, pad_widths}, {widened});
    const int probabilities = spec.activation("softmax/out", {1, 6}, 1.0f / 256, -128);
    spec.op(Op::SOFTMAX, {widened}, {probabilities}, softmax_options(1.0f));
    const int result = spec.float_tensor("result", {1, 6});
    spec.op(Op::DEQUANTIZE, {probabilities}, {result});

    spec.inputs = {features, image};
    spec.outputs = {gated, result};
    return spec;
}

}  // namespace fennec::gen::test
