// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <array>
#include <cstddef>
#include <random>
#include <vector>

#include "fennec/graph/memory_plan.hpp"
#include "support/sweep.hpp"

namespace {

using fennec::TensorLifetime;

struct HostPlan {
    std::vector<std::size_t> offsets;
    std::size_t arena_bytes;
};

HostPlan plan_on_host(const std::vector<TensorLifetime>& tensors, std::size_t alignment) {
    const std::size_t n = tensors.size();
    std::vector<std::size_t> offsets(n), candidate(n), order(n), placed(n);
    std::vector<TensorLifetime> groups(n);
    const std::size_t arena = fennec::plan_memory_into(tensors, n, alignment, offsets, candidate,
                                                       groups, order, placed);
    return {offsets, arena};
}

std::size_t root_of(const std::vector<TensorLifetime>& tensors, std::size_t i) {
    while (tensors[i].alias_of >= 0) {
        i = static_cast<std::size_t>(tensors[i].alias_of);
    }
    return i;
}

// Every property a plan must have: aligned offsets inside the arena, and no two tensors of
// different alias groups that are live at the same op sharing a byte.
void require_valid(const std::vector<TensorLifetime>& tensors, const HostPlan& plan, std::size_t alignment) {
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        CAPTURE(i);
        REQUIRE(plan.offsets[i] % alignment == 0);
        REQUIRE(plan.offsets[i] + tensors[i].bytes <= plan.arena_bytes);
        REQUIRE(plan.offsets[i] == plan.offsets[root_of(tensors, i)]);
        for (std::size_t j = i + 1; j < tensors.size(); ++j) {
            if (root_of(tensors, i) == root_of(tensors, j)) {
                continue;
            }
            const bool meet_in_time = tensors[i].first_op <= tensors[j].last_op &&
                                      tensors[j].first_op <= tensors[i].last_op;
            const bool meet_in_space = plan.offsets[i] < plan.offsets[j] + tensors[j].bytes &&
                                       plan.offsets[j] < plan.offsets[i] + tensors[i].bytes;
            CAPTURE(j);
            REQUIRE_FALSE((meet_in_time && meet_in_space));
        }
    }
}

// A three-op chain: input -> a -> b -> output. Neighbours overlap in time, so a ping-pong of two
// buffers is optimal.
constexpr std::array<TensorLifetime, 4> chain = {{
    {100, -1, 0},  // graph input, read by op 0
    {200, 0, 1},   // op 0 -> op 1
    {100, 1, 2},   // op 1 -> op 2
    {50, 2, 3},    // graph output
}};
constexpr auto chain_plan = fennec::plan_memory(chain, 3, 4);
static_assert(chain_plan.arena_bytes == 300, "the planner runs at compile time and ping-pongs");
static_assert(chain_plan.lower_bound_bytes == 300, "the lower bound runs at compile time");

}  // namespace

TEST_CASE("plan_memory reuses bytes of tensors whose lifetimes do not meet", "[graph][memory_plan]") {
    SECTION("a chain ping-pongs between two places") {
        const HostPlan plan = plan_on_host({chain.begin(), chain.end()}, 4);
        CHECK(plan.arena_bytes == chain_plan.arena_bytes);
        CHECK(plan.offsets[0] == plan.offsets[2]);
        require_valid({chain.begin(), chain.end()}, plan, 4);
    }
    SECTION("tensors live at the same op never share bytes") {
        const std::vector<TensorLifetime> all_live = {{10, -1, 5}, {20, 0, 5}, {30, 1, 5}};
        const HostPlan plan = plan_on_host(all_live, 1);
        CHECK(plan.arena_bytes == 60);
        require_valid(all_live, plan, 1);
    }
    SECTION("offsets and the arena size honour the alignment") {
        const std::vector<TensorLifetime> odd = {{5, -1, 1}, {7, 0, 2}, {3, 1, 3}};
        const HostPlan plan = plan_on_host(odd, 16);
        CHECK(plan.arena_bytes % 16 == 0);
        require_valid(odd, plan, 16);
    }
}

TEST_CASE("an in-place alias shares its root's bytes and goes below the lower bound", "[graph][memory_plan]") {
    // op 0 computes b from the graph input a element by element, in place; op 1 reads b.
    const std::vector<TensorLifetime> elementwise = {{64, -1, 0}, {64, 0, 1, 0}, {8, 1, 2}};
    const HostPlan plan = plan_on_host(elementwise, 4);
    CHECK(plan.offsets[1] == plan.offsets[0]);
    CHECK(plan.arena_bytes == 72);
    CHECK(fennec::arena_lower_bound(elementwise, elementwise.size(), 2) == 128);
    require_valid(elementwise, plan, 4);
}

TEST_CASE("random graphs get valid, deterministic plans no larger than the sum of sizes", "[graph][memory_plan]") {
    for (const std::uint32_t seed : fennec::test::sweep_seeds(Catch::rngSeed(), 2000, 200)) {
        std::mt19937 rng(seed);
        const int op_count = fennec::test::uniform(rng, 1, 40);
        const int tensor_count = fennec::test::uniform(rng, 1, 60);
        const std::size_t alignment = std::size_t{1} << fennec::test::uniform(rng, 0, 4);
        std::vector<TensorLifetime> tensors;
        std::size_t total = 0;
        for (int i = 0; i < tensor_count; ++i) {
            const int first = fennec::test::uniform(rng, -1, op_count - 1);
            const int last = fennec::test::uniform(rng, first + 1, op_count);
            const auto bytes = static_cast<std::size_t>(fennec::test::uniform(rng, 1, 5000));
            const bool alias = i > 0 && fennec::test::uniform(rng, 0, 5) == 0;
            tensors.push_back({bytes, first, last, alias ? fennec::test::uniform(rng, 0, i - 1) : -1});
            total += (bytes + alignment - 1) / alignment * alignment;
        }
        CAPTURE(seed, op_count, tensor_count, alignment);
        const HostPlan plan = plan_on_host(tensors, alignment);
        require_valid(tensors, plan, alignment);
        REQUIRE(plan.arena_bytes <= total);
        const HostPlan again = plan_on_host(tensors, alignment);
        REQUIRE(again.offsets == plan.offsets);
        bool any_alias = false;
        for (const auto& t : tensors) {
            any_alias = any_alias || t.alias_of >= 0;
        }
        if (!any_alias && alignment == 1) {
            REQUIRE(plan.arena_bytes >= fennec::arena_lower_bound(tensors, tensors.size(), op_count));
        }
    }
}
