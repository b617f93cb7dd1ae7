// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>
#include <cstdint>
#include <numeric>
#include <type_traits>

#include "fennec/core/shape.hpp"
#include "fennec/core/tensor_view.hpp"

namespace {

using fennec::ConstTensorView;
using fennec::Shape;
using fennec::TensorView;

// A constant table to view at compile time: the values 0..11 as a 2x3x2 tensor.
constexpr std::int8_t twelve_values[12] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

}  // namespace

TEST_CASE("tensor_view: shape facts are compile-time constants", "[kernels][tensor_view]") {
    using View = TensorView<std::int8_t, Shape<1, 49, 10, 1>>;
    static_assert(View::rank == 4);
    static_assert(View::elements == 490);
    static_assert(View::size() == 490);
    static_assert(View::size_bytes() == 490);
    static_assert(View::dim(1) == 49 && View::dim(2) == 10);
    static_assert(std::is_same_v<View::value_type, std::int8_t>);
    static_assert(std::is_same_v<decltype(std::declval<View>().data()), std::int8_t*>);
    static_assert(
        std::is_same_v<decltype(std::declval<ConstTensorView<std::int8_t, Shape<4>>>().data()),
                       const std::int8_t*>);
    // A view is a pointer, nothing more.
    static_assert(sizeof(View) == sizeof(std::int8_t*));
    static_assert(std::is_trivially_copyable_v<View>);
    SUCCEED("checked at compile time");
}

TEST_CASE("tensor_view: element access follows TFLite's row-major layout",
          "[kernels][tensor_view]") {
    SECTION("NHWC coordinates address batch, row, column and channel") {
        std::int8_t memory[2 * 3 * 4 * 5] = {};
        const TensorView<std::int8_t, Shape<2, 3, 4, 5>> view(memory);
        view(1, 2, 3, 4) = 7;
        view(0, 1, 0, 2) = -3;
        CHECK(memory[((1 * 3 + 2) * 4 + 3) * 5 + 4] == 7);
        CHECK(memory[((0 * 3 + 1) * 4 + 0) * 5 + 2] == -3);
        CHECK(view[((1 * 3 + 2) * 4 + 3) * 5 + 4] == 7);
    }
    SECTION("a view of a constant table works in constant expressions") {
        constexpr ConstTensorView<std::int8_t, Shape<2, 3, 2>> view(twelve_values);
        static_assert(view(0, 0, 0) == 0);
        static_assert(view(1, 2, 1) == 11);
        static_assert(view(1, 0, 1) == 7);
        static_assert(view[5] == 5);
        SUCCEED("checked at compile time");
    }
    SECTION("begin and end cover every element once, in memory order") {
        std::int8_t memory[7] = {1, 2, 3, 4, 5, 6, 7};
        TensorView<std::int8_t, Shape<7>> view(memory);
        CHECK(std::accumulate(view.begin(), view.end(), 0) == 28);
        int count = 0;
        for (std::int8_t& value : view) {
            value = static_cast<std::int8_t>(-value);
            ++count;
        }
        CHECK(count == 7);
        CHECK(memory[6] == -7);
    }
    SECTION("a mutable view converts to a read-only view of the same memory") {
        std::int8_t memory[6] = {};
        const TensorView<std::int8_t, Shape<2, 3>> view(memory);
        const ConstTensorView<std::int8_t, Shape<2, 3>> read_only = view;
        view(1, 1) = 9;
        CHECK(read_only.data() == memory);
        CHECK(read_only(1, 1) == 9);
        static_assert(!std::is_convertible_v<ConstTensorView<std::int8_t, Shape<2, 3>>,
                                             TensorView<std::int8_t, Shape<2, 3>>>,
                      "a read-only view must not become writable");
        static_assert(!std::is_convertible_v<TensorView<std::int8_t, Shape<2, 3>>,
                                             TensorView<std::int8_t, Shape<3, 2>>>,
                      "changing the shape takes reshape()");
    }
    SECTION("only an array of exactly the shape's element count converts to a view") {
        static_assert(
            std::is_convertible_v<std::int8_t(&)[6], TensorView<std::int8_t, Shape<2, 3>>>);
        static_assert(
            !std::is_convertible_v<std::int8_t(&)[5], TensorView<std::int8_t, Shape<2, 3>>>);
        static_assert(!std::is_convertible_v<std::int8_t*, TensorView<std::int8_t, Shape<2, 3>>>,
                      "a raw pointer needs the explicit constructor");
        SUCCEED("checked at compile time");
    }
}

TEST_CASE("tensor_view: reshape is a view of the same bytes", "[kernels][tensor_view][reshape]") {
    SECTION("kws_dscnn op 10: 1x1x1x64 -> 1x64 before the fully connected layer") {
        std::int8_t memory[64] = {};
        const TensorView<std::int8_t, Shape<1, 1, 1, 64>> pooled(memory);
        const auto flat = fennec::reshape<Shape<1, 64>>(pooled);
        static_assert(std::is_same_v<decltype(flat), const TensorView<std::int8_t, Shape<1, 64>>>);
        CHECK(flat.data() == memory);
        flat(0, 63) = 5;
        CHECK(pooled(0, 0, 0, 63) == 5);
    }
    SECTION("micro_speech op 0: 1x1960 -> 1x49x40x1, the features as an image") {
        std::int8_t memory[1960] = {};
        const auto image =
            fennec::reshape<Shape<1, 49, 40, 1>>(TensorView<std::int8_t, Shape<1, 1960>>(memory));
        image(0, 48, 39, 0) = -1;
        CHECK(memory[1959] == -1);
    }
    SECTION("magic_wand_imu_int8_mltk op 5: 1x14x1x16 -> 1x224, read-only") {
        std::int8_t memory[224] = {};
        memory[17] = 4;
        const ConstTensorView<std::int8_t, Shape<1, 14, 1, 16>> features(memory);
        const auto flat = fennec::reshape<Shape<1, 224>>(features);
        static_assert(std::is_same_v<decltype(flat.data()), const std::int8_t*>);
        CHECK(flat(0, 17) == 4);
    }
    SECTION("reshape works in constant expressions") {
        constexpr ConstTensorView<std::int8_t, Shape<12>> flat(twelve_values);
        constexpr auto cube = fennec::reshape<Shape<2, 3, 2>>(flat);
        static_assert(cube(1, 1, 0) == 8);
        SUCCEED("checked at compile time");
    }
}

TEST_CASE("tensor_view: squeeze drops size-1 dimensions", "[kernels][tensor_view][squeeze]") {
    std::int8_t memory[64] = {};
    const TensorView<std::int8_t, Shape<1, 1, 1, 64>> pooled(memory);
    SECTION("without a target shape every size-1 dimension goes") {
        const auto squeezed = fennec::squeeze(pooled);
        static_assert(std::is_same_v<decltype(squeezed), const TensorView<std::int8_t, Shape<64>>>);
        CHECK(squeezed.data() == memory);
    }
    SECTION("with a target shape only the named size-1 dimensions go") {
        const auto squeezed = fennec::squeeze<Shape<1, 64>>(pooled);
        static_assert(
            std::is_same_v<decltype(squeezed), const TensorView<std::int8_t, Shape<1, 64>>>);
        CHECK(squeezed.data() == memory);
    }
    SECTION("size-1 dimensions between others") {
        static_assert(std::is_same_v<fennec::squeezed_shape_t<Shape<1, 5, 1, 3, 1>>, Shape<5, 3>>);
        static_assert(std::is_same_v<fennec::squeezed_shape_t<Shape<7>>, Shape<7>>);
        static_assert(fennec::detail::is_squeeze_of<Shape<1, 5, 1, 3, 1>, Shape<5, 1, 3>>());
        static_assert(fennec::detail::is_squeeze_of<Shape<1, 5, 1, 3, 1>, Shape<1, 5, 1, 3, 1>>());
        static_assert(!fennec::detail::is_squeeze_of<Shape<1, 5, 1, 3, 1>, Shape<3, 5>>());
        static_assert(!fennec::detail::is_squeeze_of<Shape<1, 5, 3>, Shape<15>>());
        static_assert(!fennec::detail::is_squeeze_of<Shape<5, 3>, Shape<5, 3, 1>>());
        SUCCEED("checked at compile time");
    }
    SECTION("a tensor of all size-1 dimensions squeezes to Shape<1>, fennec's smallest shape") {
        std::int8_t one[1] = {3};
        const auto squeezed = fennec::squeeze(TensorView<std::int8_t, Shape<1, 1, 1>>(one));
        static_assert(std::is_same_v<decltype(squeezed), const TensorView<std::int8_t, Shape<1>>>);
        CHECK(squeezed[0] == 3);
    }
}
