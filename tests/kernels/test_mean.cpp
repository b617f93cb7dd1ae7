// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The portable mean against the independent reference: seeded random tensors of rank 1 to 6 and
// random axis sets through the size-erased form, real MEAN layers through the typed form, and
// (tag [golden], its own CTest entry) the MEAN layers of the golden models on TFLM's own tensors,
// which is what pins down the TFLM code path params/mean.hpp describes.
#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "fennec/core/shape.hpp"
#include "fennec/kernels/params/mean.hpp"
#include "fennec/kernels/portable/mean.hpp"
#include "kernels/golden_tensors.hpp"
#include "reference/mean_reference.hpp"
#include "support/compare.hpp"
#include "support/random_quantization.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::Shape;
using fennec::kernels::KeepDims;
using fennec::kernels::MeanGeometry;
using fennec::kernels::MeanQuantization;
using fennec::kernels::ReductionAxes;
using fennec::reference::MeanLayer;
using fennec::test::first_difference;
using fennec::test::log_uniform;
using fennec::test::random_zero_point;
using fennec::test::uniform;

std::string dims_text(const MeanLayer& layer) {
    std::ostringstream text;
    for (std::size_t axis = 0; axis < layer.input_dims.size(); ++axis) {
        text << (axis == 0 ? "" : "x") << layer.input_dims[axis]
             << (layer.is_reduced[axis] ? "(mean)" : "");
    }
    return text.str();
}

MeanGeometry geometry_of(const MeanLayer& layer) {
    MeanGeometry geometry{};
    geometry.rank = static_cast<int>(layer.input_dims.size());
    for (int axis = 0; axis < geometry.rank; ++axis) {
        geometry.input_dims[axis] = layer.input_dims[static_cast<std::size_t>(axis)];
        geometry.is_reduced[axis] = layer.is_reduced[static_cast<std::size_t>(axis)];
    }
    return geometry;
}

struct RandomMean {
    MeanLayer layer;
    std::vector<std::int8_t> input;
};

// Rank 1..6 with small, often odd, dimensions (1s included) and any subset of axes averaged,
// the empty set too. One configuration in five keeps the quantization unchanged (the global
// average pool of MobileNet); the others draw both scales over six decades.
RandomMean random_mean(std::uint32_t seed) {
    std::mt19937 rng(seed);
    RandomMean random{};
    MeanLayer& layer = random.layer;
    const int rank = uniform(rng, 1, 6);
    const int max_dim = rank <= 2 ? 40 : (rank <= 4 ? 9 : 5);
    int elements = 1;
    for (int axis = 0; axis < rank; ++axis) {
        const int dim = uniform(rng, 0, 4) == 0 ? 1 : uniform(rng, 2, max_dim);
        layer.input_dims.push_back(dim);
        layer.is_reduced.push_back(uniform(rng, 0, 1) == 1);
        elements *= dim;
    }
    const bool same_quantization = uniform(rng, 0, 4) == 0;
    layer.input_zero_point = random_zero_point(rng);
    layer.output_zero_point = same_quantization ? layer.input_zero_point : random_zero_point(rng);
    const float input_scale = log_uniform(rng, 1e-4, 1.0);
    const float output_scale =
        same_quantization ? input_scale : input_scale * log_uniform(rng, 1e-2, 1e2);
    const fennec::QuantizedMultiplier multiplier =
        fennec::kernels::mean_scale_multiplier(input_scale, output_scale);
    layer.multiplier = multiplier.multiplier;
    layer.shift = multiplier.shift;

    random.input = fennec::test::random_int8_with_extreme_modes(rng, elements);
    return random;
}

std::vector<std::int8_t> run_mean(const MeanLayer& layer, const std::vector<std::int8_t>& input) {
    const MeanGeometry geometry = geometry_of(layer);
    const MeanQuantization quantization{layer.input_zero_point, layer.multiplier, layer.shift,
                                        layer.output_zero_point};
    std::vector<std::int8_t> output(
        static_cast<std::size_t>(fennec::kernels::mean_output_count(geometry)));
    fennec::kernels::portable::mean(geometry, quantization, input.data(), output.data());
    return output;
}

// A named MEAN through the typed form, against the reference on fixed random data.
template <class InputShape, class OutputShape, class Axes, KeepDims Keep>
void check_typed_mean(std::uint32_t seed, float input_scale, float output_scale) {
    constexpr MeanGeometry geometry =
        fennec::kernels::mean_geometry<InputShape, OutputShape, Axes, Keep>();
    std::mt19937 rng(seed);
    MeanLayer layer{};
    for (int axis = 0; axis < geometry.rank; ++axis) {
        layer.input_dims.push_back(geometry.input_dims[axis]);
        layer.is_reduced.push_back(geometry.is_reduced[axis]);
    }
    layer.input_zero_point = random_zero_point(rng);
    layer.output_zero_point = random_zero_point(rng);
    const auto multiplier = fennec::kernels::mean_scale_multiplier(input_scale, output_scale);
    layer.multiplier = multiplier.multiplier;
    layer.shift = multiplier.shift;
    std::vector<std::int8_t> input(InputShape::elements);
    for (auto& value : input) {
        value = uniform<std::int8_t>(rng, -128, 127);
    }
    std::vector<std::int8_t> actual(OutputShape::elements);
    fennec::kernels::portable::mean<InputShape, OutputShape, Axes, Keep>(
        {layer.input_zero_point, layer.multiplier, layer.shift, layer.output_zero_point},
        input.data(), actual.data());
    CAPTURE(seed, dims_text(layer), layer.input_zero_point, layer.output_zero_point);
    CHECK(first_difference(actual, fennec::reference::mean(layer, input)) == "");
}

// One MEAN of a golden model: TFLM's input through the typed kernel must give TFLM's output. The
// scales are the tensors' own (graph.json prints each float with 9 significant digits, which
// reads back to the same float), the axes and keep_dims the model's.
template <class InputShape, class OutputShape, class Axes, KeepDims Keep>
void check_golden_mean(const fennec::test::GoldenCase& golden_case,
                       int op_index,
                       float input_scale,
                       float output_scale) {
    const fennec::test::GoldenOp op = golden_case.op(op_index, "MEAN");
    REQUIRE(op.input.data.size() == std::size_t{InputShape::elements});
    REQUIRE(op.output.data.size() == std::size_t{OutputShape::elements});
    const auto multiplier = fennec::kernels::mean_scale_multiplier(input_scale, output_scale);
    std::vector<std::int8_t> actual(OutputShape::elements);
    fennec::kernels::portable::mean<InputShape, OutputShape, Axes, Keep>(
        {op.input.zero_point, multiplier.multiplier, multiplier.shift, op.output.zero_point},
        op.input.data.data(), actual.data());
    CAPTURE(op.where);
    CHECK(first_difference(actual, op.output.data) == "");
}

}  // namespace

TEST_CASE("mean matches the reference on random tensors and axes", "[kernels][mean][portable]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed())) {
        const RandomMean random = random_mean(seed);
        const MeanLayer& layer = random.layer;
        CAPTURE(seed, dims_text(layer), layer.input_zero_point, layer.output_zero_point,
                layer.multiplier, layer.shift);
        REQUIRE(first_difference(run_mean(layer, random.input),
                                 fennec::reference::mean(layer, random.input)) == "");
    }
}

TEST_CASE("mean typed form on real and edge shapes", "[kernels][mean][portable]") {
    SECTION("KWS MobileNetV2: 1x2x2x384 over {1, 2}, no keep_dims -> 1x384, scale changes") {
        check_typed_mean<Shape<1, 2, 2, 384>, Shape<1, 384>, ReductionAxes<1, 2>, KeepDims::no>(
            1, 0.022939343f, 0.00947433058f);
    }
    SECTION("MobileNetV2 global average: 1x7x7x1280 over {1, 2}, keep_dims, same scale") {
        check_typed_mean<Shape<1, 7, 7, 1280>, Shape<1, 1, 1, 1280>, ReductionAxes<2, 1>,
                         KeepDims::yes>(2, 0.0705478862f, 0.0705478862f);
    }
    SECTION("negative axis: 1x160x3x3 over {-1} -> 1x160x3") {
        check_typed_mean<Shape<1, 160, 3, 3>, Shape<1, 160, 3>, ReductionAxes<-1>, KeepDims::no>(
            3, 0.0485425256f, 0.0485425256f);
    }
    SECTION("an axis given twice counts once: 5x3 over {0, -2} -> 1x3") {
        check_typed_mean<Shape<5, 3>, Shape<1, 3>, ReductionAxes<0, -2>, KeepDims::yes>(4, 0.1f,
                                                                                        0.03f);
    }
    SECTION("every axis of a rank-1 tensor, no keep_dims: a scalar written as Shape<1>") {
        check_typed_mean<Shape<7>, Shape<1>, ReductionAxes<0>, KeepDims::no>(5, 0.5f, 0.25f);
    }
    SECTION("rank 6, non-adjacent axes {0, 2, 5}") {
        check_typed_mean<Shape<2, 3, 2, 1, 3, 5>, Shape<3, 1, 3>, ReductionAxes<0, 2, 5>,
                         KeepDims::no>(6, 0.02f, 0.5f);
    }
    SECTION("no axes: a requantizing copy") {
        check_typed_mean<Shape<3, 4>, Shape<3, 4>, ReductionAxes<>, KeepDims::yes>(7, 0.02f, 0.05f);
    }
}

TEST_CASE("mean_multiplier folds the element count as TFLM does", "[kernels][mean]") {
    // One element: nothing to fold.
    const fennec::QuantizedMultiplier one = fennec::quantize_multiplier(1.0);
    const auto single = fennec::kernels::mean_multiplier(one, 1);
    CHECK(single.multiplier == one.multiplier);
    CHECK(single.shift == one.shift);
    // 49 elements: shift by floor(log2 49) = 5, multiplier 2^30 * 32 / 49, truncated.
    const auto forty_nine = fennec::kernels::mean_multiplier(one, 49);
    CHECK(forty_nine.multiplier == static_cast<std::int32_t>((std::int64_t{1} << 35) / 49));
    CHECK(forty_nine.shift == one.shift - 5);
    // 3 elements: 2^31 / 3 = 715827882.67 truncates (rounding would give ...883; one multiplier
    // step rarely moves an output, so the random sweep cannot be relied on to see this).
    const auto three = fennec::kernels::mean_multiplier(one, 3);
    CHECK(three.multiplier == 715827882);
    CHECK(three.shift == one.shift - 1);
    // The fold stops where the shift would pass -31.
    const auto capped = fennec::kernels::mean_multiplier({1 << 30, -29}, 1024);
    CHECK(capped.shift == -31);
    CHECK(capped.multiplier == (1 << 22));  // 2^30 * 2^2 / 2^10
}

TEST_CASE("MEAN layers of the golden models match TFLM", "[.][golden][kernels][mean]") {
    const std::filesystem::path golden = fennec::test::golden_dir_or_skip();
    // kws_mobilenetv2_mltk op 68: scale changes, no keep_dims.
    for (const char* case_name : {"random_seed1", "all_zero_point"}) {
        const fennec::test::GoldenCase golden_case(golden, "kws_mobilenetv2_mltk", case_name);
        check_golden_mean<Shape<1, 2, 2, 384>, Shape<1, 384>, ReductionAxes<1, 2>, KeepDims::no>(
            golden_case, 68, 0.022939343f, 0.00947433058f);
    }
    // mobilenet_v2_224_pt op 81: same scale and zero point, 4-D over {1, 2} with keep_dims. A
    // truncating integer mean (TFLM's old same-quantization path) misses 612 of the 1280
    // outputs, the old rounding 4-D path and the float path 54 each.
    const fennec::test::GoldenCase dog(golden, "mobilenet_v2_224_pt", "real_dog_image");
    check_golden_mean<Shape<1, 7, 7, 1280>, Shape<1, 1, 1, 1280>, ReductionAxes<1, 2>,
                      KeepDims::yes>(dog, 81, 0.0705478862f, 0.0705478862f);
    // vww_mcunet_80x80_tinyengine ops 59 and 60: same quantization, one axis at a time.
    for (const char* case_name : {"random_seed1", "all_zero_point"}) {
        const fennec::test::GoldenCase golden_case(golden, "vww_mcunet_80x80_tinyengine",
                                                   case_name);
        check_golden_mean<Shape<1, 160, 3, 3>, Shape<1, 160, 3>, ReductionAxes<3>, KeepDims::no>(
            golden_case, 59, 0.0485425256f, 0.0485425256f);
        check_golden_mean<Shape<1, 160, 3>, Shape<1, 160>, ReductionAxes<2>, KeepDims::no>(
            golden_case, 60, 0.0485425256f, 0.0485425256f);
    }
}
