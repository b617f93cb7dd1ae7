// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The memory planner: tensor lifetimes in, arena offsets out.
//
// Written once, as constexpr code over any indexable container, so that the static graph runs it
// at compile time (std::array) to give Model::arena_bytes, and fennec-gen runs the very same
// function on the host (std::vector) for its reports: the two figures cannot disagree.
//
// A tensor is live from the op that produces it to the last op that reads it, both included;
// graph inputs are live from before the first op, graph outputs until after the last. Two
// tensors whose lifetimes intersect may not share bytes, unless one is declared an in-place
// alias of the other (a reshape, or an op whose output may overwrite its input as it goes): then
// they form one group that takes one place, sized for its largest member.
//
// Placement is greedy first-fit (each group goes at the lowest aligned offset free of every
// already placed group it meets in time), tried in a few orders (largest first, longest-lived
// first, earliest first); the smallest arena wins, ties going to the earlier order so the result
// is deterministic. Finding the true optimum is NP-hard; these orders land at the liveness lower
// bound on the MLPerf Tiny models, where TFLM's single largest-first order does not.
#pragma once

#include <array>
#include <cstddef>

namespace fennec {

// What the planner needs to know about one tensor (or one kernel's scratch buffer).
struct TensorLifetime {
    std::size_t bytes;
    int first_op;       // the op that writes it; -1 for a graph input
    int last_op;        // the last op that reads it; the op count for a graph output
    int alias_of = -1;  // index of a tensor whose bytes this one reuses in place, or -1
};

namespace detail {

[[nodiscard]] constexpr std::size_t align_up(std::size_t value, std::size_t alignment) {
    return (value + alignment - 1) / alignment * alignment;
}

// The tensor at the root of i's in-place alias chain.
template <class Lifetimes>
[[nodiscard]] constexpr std::size_t alias_root(const Lifetimes& tensors, std::size_t i) {
    while (tensors[i].alias_of >= 0) {
        i = static_cast<std::size_t>(tensors[i].alias_of);
    }
    return i;
}

enum class PlacementOrder { largest_first, longest_lived_first, earliest_first };
inline constexpr PlacementOrder placement_orders[] = {PlacementOrder::largest_first,
                                                      PlacementOrder::longest_lived_first,
                                                      PlacementOrder::earliest_first};

// Does group a go before group b in this order? Ties fall back to size, then index, so the
// order is total and the plan reproducible.
[[nodiscard]] constexpr bool goes_before(const TensorLifetime& a,
                                         std::size_t a_index,
                                         const TensorLifetime& b,
                                         std::size_t b_index,
                                         PlacementOrder order) {
    const int a_span = a.last_op - a.first_op;
    const int b_span = b.last_op - b.first_op;
    if (order == PlacementOrder::longest_lived_first && a_span != b_span) {
        return a_span > b_span;
    }
    if (order == PlacementOrder::earliest_first && a.first_op != b.first_op) {
        return a.first_op < b.first_op;
    }
    if (a.bytes != b.bytes) {
        return a.bytes > b.bytes;
    }
    return a_index < b_index;
}

[[nodiscard]] constexpr bool lifetimes_overlap(const TensorLifetime& a, const TensorLifetime& b) {
    return a.first_op <= b.last_op && b.first_op <= a.last_op;
}

}  // namespace detail

// Plans `count` tensors. Writes each tensor's offset into `offsets` (an alias gets its group's
// offset) and returns the arena size, a multiple of `alignment`. `candidate`, `groups`, `order`
// and `placed` are scratch with room for `count` entries: the caller owns them, so the same code
// runs on std::array at compile time and on std::vector in fennec-gen.
template <class Lifetimes, class Offsets, class Groups, class Indices>
[[nodiscard]] constexpr std::size_t plan_memory_into(const Lifetimes& tensors,
                                                     std::size_t count,
                                                     std::size_t alignment,
                                                     Offsets& offsets,
                                                     Offsets& candidate,
                                                     Groups& groups,
                                                     Indices& order,
                                                     Indices& placed) {
    // Merge each in-place alias chain into one group at its root: the union of the lifetimes
    // and the largest size. groups[i] is meaningful only where i is a root.
    for (std::size_t i = 0; i < count; ++i) {
        groups[i] = TensorLifetime{0, 0, -1, -1};
    }
    for (std::size_t i = 0; i < count; ++i) {
        TensorLifetime& group = groups[detail::alias_root(tensors, i)];
        const TensorLifetime& member = tensors[i];
        const bool first_member = group.last_op < group.first_op;
        group.bytes = first_member || member.bytes > group.bytes ? member.bytes : group.bytes;
        group.first_op = first_member || member.first_op < group.first_op ? member.first_op : group.first_op;
        group.last_op = first_member || member.last_op > group.last_op ? member.last_op : group.last_op;
    }

    std::size_t best_arena = 0;
    bool have_plan = false;
    for (const detail::PlacementOrder placement : detail::placement_orders) {
        // The groups in this placement order (insertion sort: a model has at most a few hundred).
        // A group of 0 bytes (an unused tensor id, an op without scratch) takes no room and meets
        // nothing: it sits at offset 0 and is left out of the sort and the placement, which keeps
        // the compile-time evaluation within clang's default constexpr step limit for models of
        // MobileNetV2's size.
        std::size_t group_count = 0;
        for (std::size_t i = 0; i < count; ++i) {
            if (detail::alias_root(tensors, i) != i) {
                continue;
            }
            if (groups[i].bytes == 0) {
                candidate[i] = 0;
                continue;
            }
            std::size_t slot = group_count++;
            while (slot > 0 && detail::goes_before(groups[i], i, groups[order[slot - 1]],
                                                   order[slot - 1], placement)) {
                order[slot] = order[slot - 1];
                --slot;
            }
            order[slot] = i;
        }

        // First fit: raise the offset past every placed group that meets this one both in time
        // and in space, until a whole pass finds no collision.
        std::size_t arena = 0;
        for (std::size_t k = 0; k < group_count; ++k) {
            const std::size_t current = order[k];
            const TensorLifetime& group = groups[current];
            std::size_t offset = 0;
            for (bool moved = true; moved;) {
                moved = false;
                for (std::size_t j = 0; j < k; ++j) {
                    // Time first: most pairs never live at once, and the test is the cheaper one.
                    const std::size_t other = placed[j];
                    const TensorLifetime& other_group = groups[other];
                    if (!detail::lifetimes_overlap(group, other_group)) {
                        continue;
                    }
                    const std::size_t other_offset = candidate[other];
                    const std::size_t other_end = other_offset + other_group.bytes;
                    if (offset < other_end && other_offset < offset + group.bytes) {
                        offset = detail::align_up(other_end, alignment);
                        moved = true;
                    }
                }
            }
            candidate[current] = offset;
            placed[k] = current;
            const std::size_t end = detail::align_up(offset + group.bytes, alignment);
            arena = arena > end ? arena : end;
        }

        if (!have_plan || arena < best_arena) {
            best_arena = arena;
            have_plan = true;
            for (std::size_t i = 0; i < count; ++i) {
                offsets[i] = candidate[detail::alias_root(tensors, i)];
            }
        }
    }
    return best_arena;
}

// The largest total of bytes live at any one op, every tensor counted on its own (issue 3's
// definition): no plan without in-place work can use less; aliasing can go below it.
template <class Lifetimes>
[[nodiscard]] constexpr std::size_t arena_lower_bound(const Lifetimes& tensors,
                                                      std::size_t count,
                                                      int op_count) {
    std::size_t bound = 0;
    for (int op = -1; op <= op_count; ++op) {
        std::size_t live = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const TensorLifetime& tensor = tensors[i];  // one access: cheaper to evaluate in constexpr
            if (tensor.first_op <= op && op <= tensor.last_op) {
                live += tensor.bytes;
            }
        }
        bound = bound > live ? bound : live;
    }
    return bound;
}

// The compile-time form: a plan over a fixed list of tensors.
template <std::size_t N>
struct MemoryPlan {
    std::array<std::size_t, N> offsets;
    std::size_t arena_bytes;
    std::size_t lower_bound_bytes;
};

template <std::size_t N>
[[nodiscard]] constexpr MemoryPlan<N> plan_memory(const std::array<TensorLifetime, N>& tensors,
                                                  int op_count,
                                                  std::size_t alignment = 16) {
    MemoryPlan<N> plan{};
    std::array<std::size_t, N> candidate{};
    std::array<TensorLifetime, N> groups{};
    std::array<std::size_t, N> order{};
    std::array<std::size_t, N> placed{};
    plan.arena_bytes =
        plan_memory_into(tensors, N, alignment, plan.offsets, candidate, groups, order, placed);
    plan.lower_bound_bytes = arena_lower_bound(tensors, N, op_count);
    return plan;
}

}  // namespace fennec
