// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-fail tests for the op descriptors (include/fennec/ops/) and the graph checks a
// hand-written graph can hit. Each case forms a graph (or an op) type and never instantiates
// invoke(): the checks fire when the type is formed. -DFENNEC_COMPILE_FAIL=<case> makes that
// case's graph commit its mistake, which must be rejected with the sentence ops.cmake gives for
// it; every other graph stays correct. Without the define all are correct and the file must
// compile (the twins).
#include <array>
#include <cstdint>
#include <type_traits>

#include "compile_fail_case.hpp"
#include "fennec/graph/graph.hpp"
#include "fennec/ops/concatenation.hpp"
#include "fennec/ops/fully_connected.hpp"
#include "fennec/ops/logistic.hpp"
#include "fennec/ops/quantize.hpp"
#include "fennec/ops/reshape.hpp"

using fennec::Graph;
using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;
using fennec::ops::Logistic;
using fennec::test::is_case;

constexpr fennec::kernels::LogisticQuantization logistic_quantization =
    fennec::kernels::logistic_quantization(0.05f, 0);
constexpr fennec::kernels::AffineQuantization affine_quantization = {0.1f, 3};

namespace read_before_written {
// Two ops listed out of execution order, so the first reads a tensor the second has not written.
using Input = Tensor<0, Shape<2, 8>>;
using Hidden = Tensor<1, Shape<2, 8>>;
using Output = Tensor<2, Shape<2, 8>>;
using First = Logistic<Input, Hidden, logistic_quantization>;
using Second = Logistic<Hidden, Output, logistic_quantization>;
using Model = std::conditional_t<is_case("read_before_written"),
                                 Graph<TensorList<Input>, TensorList<Output>, Second, First>,
                                 Graph<TensorList<Input>, TensorList<Output>, First, Second>>;
static_assert(Model::arena_bytes > 0);
}  // namespace read_before_written

namespace written_twice {
// A copy-pasted op writes the same tensor id as the op before it.
using Input = Tensor<0, Shape<2, 8>>;
using Hidden = Tensor<1, Shape<2, 8>>;
using Output = Tensor<is_case("written_twice") ? 1 : 2, Shape<2, 8>>;
using Model = Graph<TensorList<Input>,
                    TensorList<Output>,
                    Logistic<Input, Hidden, logistic_quantization>,
                    Logistic<Hidden, Output, logistic_quantization>>;
static_assert(Model::arena_bytes > 0);
}  // namespace written_twice

namespace two_shapes {
// One tensor id declared twice, with two shapes of different sizes.
using Input = Tensor<0, Shape<2, 8>>;
using Hidden = Tensor<1, Shape<2, 8>>;
using HiddenShape = std::conditional_t<is_case("two_shapes"), Shape<2, 9>, Shape<2, 8>>;
using HiddenAgain = Tensor<1, HiddenShape>;
using Output = Tensor<2, HiddenShape>;
using Model = Graph<TensorList<Input>,
                    TensorList<Output>,
                    Logistic<Input, Hidden, logistic_quantization>,
                    Logistic<HiddenAgain, Output, logistic_quantization>>;
static_assert(Model::arena_bytes > 0);
}  // namespace two_shapes

namespace output_not_written {
// The graph's output names a tensor no op writes (the last op's output was meant).
using Input = Tensor<0, Shape<2, 8>>;
using Output = Tensor<1, Shape<2, 8>>;
using GraphOutput =
    std::conditional_t<is_case("output_not_written"), Tensor<2, Shape<2, 8>>, Output>;
using Model = Graph<TensorList<Input>,
                    TensorList<GraphOutput>,
                    Logistic<Input, Output, logistic_quantization>>;
static_assert(Model::arena_bytes > 0);
}  // namespace output_not_written

namespace shape_mismatch {
// A fully connected layer's output tensor has one unit fewer than its weights. The descriptor
// forwards the shapes to the kernel's typed front end, whose check fires as soon as the graph
// type is formed.
constexpr std::array<std::int8_t, 4 * 16> weights{};
constexpr fennec::ops::FullyConnectedConstants constants = {
    weights.data(), nullptr, {0, 1 << 30, 0, {0, {-128, 127}}}};
using Input = Tensor<0, Shape<1, 16>>;
using Output = Tensor<1, Shape<1, is_case("shape_mismatch") ? 3 : 4>>;
using Model = Graph<TensorList<Input>,
                    TensorList<Output>,
                    fennec::ops::FullyConnected<Input, Output, Shape<4, 16>, constants>>;
static_assert(Model::arena_bytes > 0);
}  // namespace shape_mismatch

namespace int8_tensors {
// A float sensor tensor fed straight to an int8 op, without a Quantize in front.
using Input = std::
    conditional_t<is_case("int8_tensors"), Tensor<0, Shape<2, 8>, float>, Tensor<0, Shape<2, 8>>>;
using Output = Tensor<1, Shape<2, 8>>;
using Model =
    Graph<TensorList<Input>, TensorList<Output>, Logistic<Input, Output, logistic_quantization>>;
static_assert(Model::arena_bytes > 0);
}  // namespace int8_tensors

namespace quantize_float_input {
// Quantize given an int8 input (int8 -> int8 is Requantize).
using Input = std::conditional_t<is_case("quantize_float_input"),
                                 Tensor<0, Shape<1, 10>>,
                                 Tensor<0, Shape<1, 10>, float>>;
using Output = Tensor<1, Shape<1, 10>>;
using Model = Graph<TensorList<Input>,
                    TensorList<Output>,
                    fennec::ops::Quantize<Input, Output, affine_quantization>>;
static_assert(Model::arena_bytes > 0);
}  // namespace quantize_float_input

namespace dequantize_float_output {
// Dequantize given an int8 output tensor (Tensor's element type defaults to int8).
using Input = Tensor<0, Shape<1, 10>>;
using Output = std::conditional_t<is_case("dequantize_float_output"),
                                  Tensor<1, Shape<1, 10>>,
                                  Tensor<1, Shape<1, 10>, float>>;
using Model = Graph<TensorList<Input>,
                    TensorList<Output>,
                    fennec::ops::Dequantize<Input, Output, affine_quantization>>;
static_assert(Model::arena_bytes > 0);
}  // namespace dequantize_float_output

namespace concatenation_inputs {
// Concatenation's inputs given one by one instead of as a TensorList.
using A = Tensor<0, Shape<2, 3>>;
using B = Tensor<1, Shape<2, 5>>;
using Output = Tensor<2, Shape<2, 8>>;
using Join = std::conditional_t<is_case("concatenation_inputs"),
                                fennec::ops::Concatenation<A, Output, 1>,
                                fennec::ops::Concatenation<TensorList<A, B>, Output, 1>>;
static_assert(Join::inputs::size > 0);
}  // namespace concatenation_inputs

namespace reshape_element_count {
// A reshape to a shape with fewer elements (a flatten that forgot a dimension).
using Input = Tensor<0, Shape<1, 4, 4, 8>>;
using Output =
    Tensor<1, std::conditional_t<is_case("reshape_element_count"), Shape<1, 32>, Shape<1, 128>>>;
static_assert(fennec::ops::Reshape<Input, Output>::is_view);
}  // namespace reshape_element_count

namespace squeeze_non_unit {
// A squeeze that drops a dimension of size 2.
using Input = Tensor<0, Shape<1, 2, 1, 5>>;
using Output =
    Tensor<1, std::conditional_t<is_case("squeeze_non_unit"), Shape<1, 10>, Shape<2, 5>>>;
static_assert(fennec::ops::Squeeze<Input, Output>::is_view);
}  // namespace squeeze_non_unit

namespace view_element_type {
// A reshape whose output is declared int8 while its input is float.
using Input = Tensor<0, Shape<1, 4, 4>, float>;
using Output = std::
    conditional_t<is_case("view_element_type"), Tensor<1, Shape<16>>, Tensor<1, Shape<16>, float>>;
static_assert(fennec::ops::Reshape<Input, Output>::is_view);
}  // namespace view_element_type
