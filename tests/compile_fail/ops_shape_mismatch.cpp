// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The mistake: a fully connected layer's output tensor has one unit fewer than its weights. The
// descriptor forwards the shapes to the kernel's typed front end, whose check fires as soon as the
// graph type is formed: this file never instantiates invoke().
#include <array>
#include <cstdint>

#include "fennec/graph/graph.hpp"
#include "fennec/ops/fully_connected.hpp"

using fennec::Shape;
using fennec::Tensor;
using fennec::TensorList;

constexpr std::array<std::int8_t, 4 * 16> weights{};
constexpr fennec::ops::FullyConnectedConstants constants = {
    weights.data(), nullptr, {0, 1 << 30, 0, {0, {-128, 127}}}};
using Input = Tensor<0, Shape<1, 16>>;
#ifdef FENNEC_COMPILE_FAIL
using Output = Tensor<1, Shape<1, 3>>;
#else
using Output = Tensor<1, Shape<1, 4>>;
#endif
using Model = fennec::Graph<TensorList<Input>, TensorList<Output>,
                            fennec::ops::FullyConnected<Input, Output, Shape<4, 16>, constants>>;

static_assert(Model::arena_bytes > 0);
