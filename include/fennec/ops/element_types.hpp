// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The element types op descriptors accept. fennec's kernels are int8 throughout; only Quantize
// reads float (a model's float input) and only Dequantize writes it (a model's float output). A
// float tensor handed to any other op is a slip in a hand-written graph: it is reported here as a
// sentence, when the graph type is formed, instead of as a pointer conversion deep inside run().
#pragma once

#include <cstdint>
#include <type_traits>

namespace fennec::ops::detail {

template <class... Tensors>
inline constexpr bool are_int8 = (std::is_same_v<typename Tensors::element_type, std::int8_t> &&
                                  ...);

// Used as `static_assert(detail::int8_tensors<Input, Output>());` in a descriptor's body, so the
// check runs with the descriptor's instantiation. Returns true: the sentence is the one error.
template <class... Tensors>
[[nodiscard]] constexpr bool int8_tensors() {
    static_assert(are_int8<Tensors...>,
                  "ops: every activation tensor of this op must be int8 (fennec::Tensor's default "
                  "element type); only Quantize reads float and only Dequantize writes it");
    return true;
}

}  // namespace fennec::ops::detail
