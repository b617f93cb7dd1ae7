// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The int8 average_pool2d and max_pool2d for Cortex-M cores with Helium (MVE: Cortex-M55): same
// signatures and bit for bit the same outputs as portable's, the oracle.
//
// How they differ from the portable loops: NHWC keeps a pixel's channels contiguous, so the
// channels are the vector lanes and the window cells the loop.
// - max_pool2d: 16 channels per vector. Per window cell one VLDRB and one VMAX: 2 instructions
//   for 16 cells of the portable loop (which takes 5 to 6 per cell). The activation clamp is a
//   VMAX/VMIN pair on the result, one VSTRB stores 16 outputs.
// - average_pool2d: 8 channels per vector, summed in int16 lanes (a window of at most 256 int8
//   cells cannot overflow them): per cell one widening VLDRB.S16 and one VADD, 2 instructions for
//   8 cells. The division by the number of cells (TFLM: the sum moved half the divisor away from
//   zero, then truncated) becomes an exact multiplication by a reciprocal in int32 lanes, about
//   20 instructions per 8 outputs; the reciprocal is one UDIV per output pixel (a constant for
//   the typed form's full windows).
// Measured on the M55 (typed forms): KWS's 25x5 average pool over 64 channels 0.46 instructions
// per input element, the 2x2 max pool over 24x24x16 0.32 (CMSIS-NN: 1.17 and 2.75).
// Channel counts that are not a multiple of the lane count finish with one tail-predicated vector,
// which reads and writes only the tensors' elements. Windows inside the input need no clipping
// (window_walk.hpp); the typed form knows the channel count, the input width and the filter size,
// and the size-erased form has 2x2 and 3x3 windows in instantiations of their own, so their cell
// loops have constant bounds.
#pragma once

#include <cstdint>

#include "fennec/core/activation.hpp"
#include "fennec/kernels/arm_mve/window_walk.hpp"
#include "fennec/kernels/features.hpp"
#include "fennec/kernels/params/pooling.hpp"
#include "fennec/kernels/portable/pooling.hpp"

#if FENNEC_HAS_MVE

#include <arm_mve.h>

namespace fennec::kernels::arm_mve {

namespace detail {

// The largest window average_pool2d sums in int16 lanes: 256 cells of -128 make -32768, the
// lowest int16. Larger windows (no real model has one) go to the portable kernel.
inline constexpr int average_max_cells = 256;

// Lanes [0, count) of a vector of 16 or 8 lanes are active (count may exceed the lane count).
[[nodiscard]] inline mve_pred16_t first_lanes_8(int count) {
    return vctp8q(static_cast<std::uint32_t>(count));
}
[[nodiscard]] inline mve_pred16_t first_lanes_16(int count) {
    return vctp16q(static_cast<std::uint32_t>(count));
}

// The activation range of a pooling output in every lane, for ranges inside int8 (min <= max);
// NeedsClamp is false when the range is the whole of int8.
struct PoolClamp {
    std::int32_t min;
    std::int32_t max;
};

template <bool NeedsClamp>
[[gnu::always_inline]] inline int8x16_t clamp_int8x16(int8x16_t values, PoolClamp clamp) {
    if constexpr (NeedsClamp) {
        return vminq_s8(vmaxq_s8(values, vdupq_n_s8(static_cast<std::int8_t>(clamp.min))),
                        vdupq_n_s8(static_cast<std::int8_t>(clamp.max)));
    } else {
        (void)clamp;
        return values;
    }
}

template <bool NeedsClamp>
[[gnu::always_inline]] inline int16x8_t clamp_int16x8(int16x8_t values, PoolClamp clamp) {
    if constexpr (NeedsClamp) {
        return vminq_s16(vmaxq_s16(values, vdupq_n_s16(static_cast<std::int16_t>(clamp.min))),
                         vdupq_n_s16(static_cast<std::int16_t>(clamp.max)));
    } else {
        (void)clamp;
        return values;
    }
}

// Where one output pixel's window lies: cells points at its first cell inside the input, which
// spans `rows` x `columns` cells; cell (y, x) is at cells + y * row_stride + x * channels.
struct PoolCells {
    const std::int8_t* cells;
    int rows;
    int columns;
};

// The maximum of one output pixel, all channels: 16 per vector, the last vector tail-predicated.
template <bool NeedsClamp>
struct MaxPool {
    PoolClamp clamp;

    [[gnu::always_inline]] void pixel(PoolCells window,
                                      int row_stride,
                                      int channels,
                                      std::int8_t* output_pixel) const {
        const int8x16_t lowest = vdupq_n_s8(static_cast<std::int8_t>(int8_min));
        int c = 0;
        for (; c + 16 <= channels; c += 16) {
            int8x16_t maximum = lowest;
            for (int y = 0; y < window.rows; ++y) {
                for (int x = 0; x < window.columns; ++x) {
                    maximum = vmaxq_s8(maximum,
                                       vldrbq_s8(window.cells + y * row_stride + x * channels + c));
                }
            }
            vstrbq_s8(output_pixel + c, clamp_int8x16<NeedsClamp>(maximum, clamp));
        }
        if (c < channels) {
            // Inactive lanes load zero and are not stored.
            const mve_pred16_t active = first_lanes_8(channels - c);
            int8x16_t maximum = lowest;
            for (int y = 0; y < window.rows; ++y) {
                for (int x = 0; x < window.columns; ++x) {
                    maximum = vmaxq_s8(
                        maximum,
                        vldrbq_z_s8(window.cells + y * row_stride + x * channels + c, active));
                }
            }
            vstrbq_p_s8(output_pixel + c, clamp_int8x16<NeedsClamp>(maximum, clamp), active);
        }
    }
};

// sum / count rounded half away from zero, in int32 lanes, for |sum| <= 2^15 and 1 <= count <=
// 256. With reciprocal = ceil(2^31 / count) = count * reciprocal - e for some 0 <= e < count,
// n * reciprocal / 2^31 = n / count + n * e / (count * 2^31), and for 0 <= n < 2^16 the second
// term stays below 1 / count, too little to carry n / count past the next integer: so
// floor(n / count) = floor(2n * reciprocal / 2^32), one VMULH.U32. n is |sum| + count / 2 (TFLM's
// rounding on the magnitude); the sign comes back afterwards.
[[gnu::always_inline]] inline int32x4_t rounded_quotient(int32x4_t sum,
                                                         uint32x4_t reciprocal,
                                                         std::int32_t half_count) {
    const int32x4_t magnitude = vaddq_n_s32(vabsq_s32(sum), half_count);
    const uint32x4_t doubled = vreinterpretq_u32_s32(vaddq_s32(magnitude, magnitude));
    const int32x4_t quotient = vreinterpretq_s32_u32(vmulhq_u32(doubled, reciprocal));
    return vpselq_s32(vnegq_s32(quotient), quotient, vcmpltq_n_s32(sum, 0));
}

// The rounded averages of eight int16 sums, as int16 lanes: widened to int32 in two halves (even
// and odd lanes), divided, and narrowed back into place.
template <bool NeedsClamp>
[[gnu::always_inline]] inline int16x8_t average_int16x8(int16x8_t sum,
                                                        uint32x4_t reciprocal,
                                                        std::int32_t half_count,
                                                        PoolClamp clamp) {
    const int32x4_t even = rounded_quotient(vmovlbq_s16(sum), reciprocal, half_count);
    const int32x4_t odd = rounded_quotient(vmovltq_s16(sum), reciprocal, half_count);
    const int16x8_t averages = vmovntq_s32(vmovnbq_s32(vdupq_n_s16(0), even), odd);
    return clamp_int16x8<NeedsClamp>(averages, clamp);
}

// The average of one output pixel, all channels: 8 per vector, the last vector tail-predicated.
template <bool NeedsClamp>
struct AveragePool {
    PoolClamp clamp;

    [[gnu::always_inline]] void pixel(PoolCells window,
                                      int row_stride,
                                      int channels,
                                      std::int8_t* output_pixel) const {
        const int count = window.rows * window.columns;
        // ceil(2^31 / count) (see rounded_quotient); a constant for a constant window.
        const uint32x4_t reciprocal =
            vdupq_n_u32((0x7FFFFFFFu / static_cast<std::uint32_t>(count)) + 1u);
        const std::int32_t half_count = count / 2;
        int c = 0;
        for (; c + 8 <= channels; c += 8) {
            int16x8_t sum = vdupq_n_s16(0);
            for (int y = 0; y < window.rows; ++y) {
                for (int x = 0; x < window.columns; ++x) {
                    sum = vaddq_s16(sum,
                                    vldrbq_s16(window.cells + y * row_stride + x * channels + c));
                }
            }
            vstrbq_s16(output_pixel + c,
                       average_int16x8<NeedsClamp>(sum, reciprocal, half_count, clamp));
        }
        if (c < channels) {
            // Inactive lanes load zero and are not stored.
            const mve_pred16_t active = first_lanes_16(channels - c);
            int16x8_t sum = vdupq_n_s16(0);
            for (int y = 0; y < window.rows; ++y) {
                for (int x = 0; x < window.columns; ++x) {
                    sum = vaddq_s16(
                        sum,
                        vldrbq_z_s16(window.cells + y * row_stride + x * channels + c, active));
                }
            }
            vstrbq_p_s16(output_pixel + c,
                         average_int16x8<NeedsClamp>(sum, reciprocal, half_count, clamp), active);
        }
    }
};

// Every output pixel of a pooling layer through walk_windows: the whole window (rows and columns
// compile-time constants in the typed form, where FilterHeight and FilterWidth are not 0) or its
// part inside the input, handed to pool.pixel().
template <int Channels, int InputWidth, int FilterHeight, int FilterWidth, class Pool>
inline void pool2d(const Pool2dGeometry& geometry,
                   const Pool& pool,
                   const std::int8_t* input,
                   std::int8_t* output) {
    const int channels = Channels != 0 ? Channels : geometry.channels;
    const int input_width = InputWidth != 0 ? InputWidth : geometry.input_width;
    const int filter_height = FilterHeight != 0 ? FilterHeight : geometry.filter_height;
    const int filter_width = FilterWidth != 0 ? FilterWidth : geometry.filter_width;
    const int row_stride = input_width * channels;
    const WindowWalk walk{geometry.input_height,
                          input_width,
                          filter_height,
                          filter_width,
                          geometry.output_height,
                          geometry.output_width,
                          geometry.stride_height,
                          geometry.stride_width,
                          1,
                          1,
                          geometry.padding_top,
                          geometry.padding_left,
                          channels,
                          channels};
    // The sizes are read through accessors that prefer the compile-time constants, so the cell
    // loops see constants even where the walk is not inlined.
    struct Visitor {
        const Pool& pool;
        int row_stride;
        int channels;
        int filter_height;
        int filter_width;

        int cell_row_stride() const {
            return Channels != 0 && InputWidth != 0 ? InputWidth * Channels : row_stride;
        }
        int channel_count() const { return Channels != 0 ? Channels : channels; }

        [[gnu::always_inline]] void inside(const std::int8_t* cells, std::int8_t* output_pixel) {
            pool.pixel(PoolCells{cells, FilterHeight != 0 ? FilterHeight : filter_height,
                                 FilterWidth != 0 ? FilterWidth : filter_width},
                       cell_row_stride(), channel_count(), output_pixel);
        }
        [[gnu::always_inline]] void clipped(const std::int8_t* cells,
                                            TapRange rows,
                                            TapRange columns,
                                            std::int8_t* output_pixel) {
            pool.pixel(PoolCells{cells, rows.end - rows.begin, columns.end - columns.begin},
                       cell_row_stride(), channel_count(), output_pixel);
        }
    } visitor{pool, row_stride, channels, filter_height, filter_width};

    const int input_image_size = geometry.input_height * row_stride;
    const int output_image_size = geometry.output_height * geometry.output_width * channels;
    for (int batch = 0; batch < geometry.batches; ++batch) {
        walk_windows<Channels, InputWidth>(walk, input + batch * input_image_size,
                                           output + batch * output_image_size, visitor);
    }
}

// std::integral_constant without <type_traits>: a size a lambda can receive as a type.
template <int Value>
struct IntConstant {
    static constexpr int value = Value;
};

// Whether the vector clamp reproduces clamp_to_int8: the range is a non-empty sub-range of int8
// (every fused activation's is). Other ranges go to the portable kernel.
[[nodiscard]] constexpr bool is_int8_subrange(ActivationRange activation) {
    return activation.min >= int8_min && activation.min <= activation.max &&
           activation.max <= int8_max;
}

[[nodiscard]] constexpr bool needs_clamp(ActivationRange activation) {
    return activation.min > int8_min || activation.max < int8_max;
}

template <int Channels, int InputWidth, int FilterHeight, int FilterWidth>
inline void max_pool2d(const Pool2dGeometry& geometry,
                       ActivationRange activation,
                       const std::int8_t* input,
                       std::int8_t* output) {
    const PoolClamp clamp{activation.min, activation.max};
    if (!is_int8_subrange(activation)) {
        portable::max_pool2d(geometry, activation, input, output);
    } else if (needs_clamp(activation)) {
        pool2d<Channels, InputWidth, FilterHeight, FilterWidth>(geometry, MaxPool<true>{clamp},
                                                                input, output);
    } else {
        pool2d<Channels, InputWidth, FilterHeight, FilterWidth>(geometry, MaxPool<false>{clamp},
                                                                input, output);
    }
}

template <int Channels, int InputWidth, int FilterHeight, int FilterWidth>
inline void average_pool2d(const Pool2dGeometry& geometry,
                           ActivationRange activation,
                           const std::int8_t* input,
                           std::int8_t* output) {
    const PoolClamp clamp{activation.min, activation.max};
    if (!is_int8_subrange(activation) ||
        geometry.filter_height * geometry.filter_width > average_max_cells) {
        portable::average_pool2d(geometry, activation, input, output);
    } else if (needs_clamp(activation)) {
        pool2d<Channels, InputWidth, FilterHeight, FilterWidth>(geometry, AveragePool<true>{clamp},
                                                                input, output);
    } else {
        pool2d<Channels, InputWidth, FilterHeight, FilterWidth>(geometry, AveragePool<false>{clamp},
                                                                input, output);
    }
}

// The size-erased kernels, with 2x2 and 3x3 windows (the usual pools) in instantiations of their
// own whose cell loops unroll; the generated models call this form, one copy for all layers.
template <bool Average>
inline void pool2d_common_windows(const Pool2dGeometry& geometry,
                                  ActivationRange activation,
                                  const std::int8_t* input,
                                  std::int8_t* output) {
    const auto run = [&](auto window) {
        constexpr int size = decltype(window)::value;
        if constexpr (Average) {
            average_pool2d<0, 0, size, size>(geometry, activation, input, output);
        } else {
            max_pool2d<0, 0, size, size>(geometry, activation, input, output);
        }
    };
    if (geometry.filter_height == 2 && geometry.filter_width == 2) {
        run(IntConstant<2>{});
    } else if (geometry.filter_height == 3 && geometry.filter_width == 3) {
        run(IntConstant<3>{});
    } else {
        run(IntConstant<0>{});
    }
}

}  // namespace detail

// Average pooling, int8 NHWC: the contract of portable::average_pool2d and its exact results.
// Reads exactly the input's elements, writes every output element once, no scratch memory.
// Windows of more than 256 cells and activation ranges that are not a sub-range of int8 (no
// fused activation has one) take the portable kernel.
inline void average_pool2d(const Pool2dGeometry& geometry,
                           ActivationRange activation,
                           const std::int8_t* input,
                           std::int8_t* output) {
    detail::pool2d_common_windows<true>(geometry, activation, input, output);
}

// Max pooling, int8 NHWC: the contract of portable::max_pool2d and its exact results. Reads
// exactly the input's elements, writes every output element once, no scratch memory. Activation
// ranges that are not a sub-range of int8 take the portable kernel.
inline void max_pool2d(const Pool2dGeometry& geometry,
                       ActivationRange activation,
                       const std::int8_t* input,
                       std::int8_t* output) {
    detail::pool2d_common_windows<false>(geometry, activation, input, output);
}

// The typed forms: the geometry from compile-time shapes (see pool2d_geometry), the loops
// specialised on the channel count, the input width and the filter size.
template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void average_pool2d(ActivationRange activation,
                           const std::int8_t* input,
                           std::int8_t* output) {
    constexpr Pool2dGeometry geometry =
        pool2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    detail::average_pool2d<geometry.channels, geometry.input_width, geometry.filter_height,
                           geometry.filter_width>(geometry, activation, input, output);
}

template <class InputShape, class FilterShape, class OutputShape, class Window>
inline void max_pool2d(ActivationRange activation, const std::int8_t* input, std::int8_t* output) {
    constexpr Pool2dGeometry geometry =
        pool2d_geometry<InputShape, FilterShape, OutputShape, Window>();
    detail::max_pool2d<geometry.channels, geometry.input_width, geometry.filter_height,
                       geometry.filter_width>(geometry, activation, input, output);
}

}  // namespace fennec::kernels::arm_mve

#endif  // FENNEC_HAS_MVE
