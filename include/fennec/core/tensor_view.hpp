// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Non-owning, typed views of tensor memory. A TensorView<std::int8_t, Shape<1, 49, 10, 1>> is a
// pointer whose shape is part of its type: firmware reads a model's input and output through one,
// and RESHAPE and SQUEEZE are nothing more than a new view of the same bytes (TFLM's reshape.cc
// copies only when its planner gave the output a buffer of its own; fennec's planner never does).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "fennec/core/shape.hpp"

namespace fennec {

// The dimensions of a fennec::Shape as an array, for code that takes shapes as run-time data (the
// size-erased kernels' geometry builders): shape_dims<Shape<1, 8, 10, 32>>.data().
template <class TensorShape>
inline constexpr std::array<int, 0> shape_dims{};

template <int... Dims>
inline constexpr std::array<int, sizeof...(Dims)> shape_dims<Shape<Dims...>>{Dims...};

// A view of Shape::elements consecutive values of type T in row-major order (TFLite's layout, last
// dimension fastest). T may be const-qualified: TensorView<const std::int8_t, S> is the read-only
// view, and a mutable view converts to it implicitly. Copying a view copies the pointer, never the
// data. Element access is unchecked, as with a raw pointer: the shape in the type is the contract.
template <class T, class TensorShape>
class TensorView {
    static_assert(is_shape_v<TensorShape>, "TensorView: the shape must be a fennec::Shape type");

public:
    using element_type = T;
    using value_type = std::remove_cv_t<T>;
    using shape_type = TensorShape;
    using iterator = T*;

    static constexpr int rank = TensorShape::rank;
    static constexpr int elements = TensorShape::elements;

    // A view of the memory at `data`, which must hold `elements` values. (Arrays are left to the
    // next constructor, which checks their length.)
    template <class Pointer,
              std::enable_if_t<std::is_convertible_v<Pointer, T*> &&
                                   !std::is_array_v<std::remove_reference_t<Pointer>>,
                               int> = 0>
    constexpr explicit TensorView(Pointer&& data) noexcept : data_(data) {}

    // A view of a whole array of exactly `elements` values; any other length does not convert.
    constexpr TensorView(T (&array)[static_cast<std::size_t>(elements)]) noexcept : data_(array) {}

    // A mutable view converts to the read-only view of the same tensor.
    template <class U,
              std::enable_if_t<std::is_same_v<const U, T> && !std::is_same_v<U, T>, int> = 0>
    constexpr TensorView(TensorView<U, TensorShape> view) noexcept : data_(view.data()) {}

    [[nodiscard]] constexpr T* data() const noexcept { return data_; }
    [[nodiscard]] static constexpr std::size_t size() noexcept {
        return static_cast<std::size_t>(elements);
    }
    [[nodiscard]] static constexpr std::size_t size_bytes() noexcept { return size() * sizeof(T); }
    // Dimension i of the shape; i must lie in [0, rank).
    [[nodiscard]] static constexpr int dim(int i) { return TensorShape::dim(i); }

    [[nodiscard]] constexpr iterator begin() const noexcept { return data_; }
    [[nodiscard]] constexpr iterator end() const noexcept { return data_ + elements; }

    // The element at flat (row-major) position `index`.
    [[nodiscard]] constexpr T& operator[](std::size_t index) const noexcept { return data_[index]; }

    // The element at one index per dimension, e.g. view(batch, y, x, channel) for NHWC.
    template <class... Indices>
    [[nodiscard]] constexpr T& operator()(Indices... indices) const noexcept {
        static_assert(sizeof...(Indices) == static_cast<std::size_t>(rank),
                      "TensorView: element access needs exactly one index per dimension");
        static_assert((std::is_integral_v<Indices> && ...),
                      "TensorView: element indices must be integers");
        const int coordinates[] = {static_cast<int>(indices)...};
        int offset = 0;
        for (int axis = 0; axis < rank; ++axis) {
            offset += coordinates[axis] * TensorShape::stride(axis);
        }
        return data_[offset];
    }

private:
    T* data_;
};

// The read-only view, for inputs.
template <class T, class TensorShape>
using ConstTensorView = TensorView<const T, TensorShape>;

namespace detail {

template <int... Dims>
struct DimList {};

// The shape left after dropping every size-1 dimension; Shape<1> when nothing is left, because a
// fennec::Shape has at least one dimension (TFLite would produce a rank-0 scalar there).
template <class Kept, int... Rest>
struct Squeezed;

template <int... Kept>
struct Squeezed<DimList<Kept...>> {
    using type = Shape<Kept...>;
};

template <>
struct Squeezed<DimList<>> {
    using type = Shape<1>;
};

template <int... Kept, int First, int... Rest>
struct Squeezed<DimList<Kept...>, First, Rest...> {
    using type = typename std::conditional_t<First == 1,
                                             Squeezed<DimList<Kept...>, Rest...>,
                                             Squeezed<DimList<Kept..., First>, Rest...>>::type;
};

template <class TensorShape>
struct SqueezeAll;

template <int... Dims>
struct SqueezeAll<Shape<Dims...>> {
    using type = typename Squeezed<DimList<>, Dims...>::type;
};

// True when NewShape is OldShape with some size-1 dimensions left out and nothing else changed.
template <class OldShape, class NewShape>
[[nodiscard]] constexpr bool is_squeeze_of() {
    int new_axis = 0;
    for (int old_axis = 0; old_axis < OldShape::rank; ++old_axis) {
        const int old_dim = OldShape::dim(old_axis);
        if (new_axis < NewShape::rank && old_dim == NewShape::dim(new_axis)) {
            ++new_axis;
        } else if (old_dim != 1) {
            return false;
        }
    }
    return new_axis == NewShape::rank;
}

}  // namespace detail

// The shape of squeeze(view): OldShape without its size-1 dimensions.
template <class OldShape>
using squeezed_shape_t = typename detail::SqueezeAll<OldShape>::type;

// TFLite's RESHAPE: the same bytes under a new compile-time shape.
template <class NewShape, class T, class OldShape>
[[nodiscard]] constexpr TensorView<T, NewShape> reshape(TensorView<T, OldShape> view) noexcept {
    static_assert(is_shape_v<NewShape>, "reshape: the target shape must be a fennec::Shape type");
    static_assert(NewShape::elements == OldShape::elements,
                  "reshape: the target shape must have as many elements as the old one (a reshape "
                  "reinterprets the same bytes, it cannot add or drop any)");
    return TensorView<T, NewShape>(view.data());
}

// TFLite's SQUEEZE with explicit squeeze_dims: the same bytes under NewShape, which must be the
// old shape with only size-1 dimensions removed.
template <class NewShape, class T, class OldShape>
[[nodiscard]] constexpr TensorView<T, NewShape> squeeze(TensorView<T, OldShape> view) noexcept {
    static_assert(is_shape_v<NewShape>, "squeeze: the target shape must be a fennec::Shape type");
    static_assert(detail::is_squeeze_of<OldShape, NewShape>(),
                  "squeeze: the target shape must be the old shape with only size-1 dimensions "
                  "removed");
    return TensorView<T, NewShape>(view.data());
}

// TFLite's SQUEEZE without squeeze_dims: every size-1 dimension removed.
template <class T, class OldShape>
[[nodiscard]] constexpr TensorView<T, squeezed_shape_t<OldShape>> squeeze(
    TensorView<T, OldShape> view) noexcept {
    return TensorView<T, squeezed_shape_t<OldShape>>(view.data());
}

}  // namespace fennec
