// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Compile-time tensor shapes. A shape is a type, Shape<1, 49, 10, 1>, so every size a kernel
// loops over is a constant the compiler can check and unroll. Dimensions are in TFLite's order
// (row-major, last dimension fastest; NHWC for images).
#pragma once

#include <cstddef>

namespace fennec {

template <int... Dims>
struct Shape {
    static_assert(sizeof...(Dims) >= 1 && sizeof...(Dims) <= 6,
                  "Shape: a tensor has between 1 and 6 dimensions");
    static_assert(((Dims > 0) && ...), "Shape: every dimension must be positive");

    static constexpr int rank = static_cast<int>(sizeof...(Dims));
    static constexpr int elements = (Dims * ...);

    // Dimension i; i must lie in [0, rank).
    [[nodiscard]] static constexpr int dim(int i) {
        constexpr int dims[] = {Dims...};
        return dims[i];
    }

    // Number of elements one step along dimension i skips in memory.
    [[nodiscard]] static constexpr int stride(int i) {
        int result = 1;
        for (int d = rank - 1; d > i; --d) {
            result *= dim(d);
        }
        return result;
    }
};

namespace detail {
template <class T>
struct IsShape {
    static constexpr bool value = false;
};
template <int... Dims>
struct IsShape<Shape<Dims...>> {
    static constexpr bool value = true;
};
}  // namespace detail

template <class T>
inline constexpr bool is_shape_v = detail::IsShape<T>::value;

// Two shapes with the same dimensions in the same order.
template <class A, class B>
[[nodiscard]] constexpr bool same_shape() {
    if (A::rank != B::rank) {
        return false;
    }
    for (int i = 0; i < A::rank; ++i) {
        if (A::dim(i) != B::dim(i)) {
            return false;
        }
    }
    return true;
}

}  // namespace fennec
