// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The static graph: a model as a C++ type.
//
//   using Model = fennec::Graph<fennec::TensorList<T0>,          // graph inputs
//                               fennec::TensorList<T4>,          // graph outputs
//                               Conv0, DepthwiseConv1, ...>;     // ops, in execution order
//
// From the op list alone the compiler derives each tensor's lifetime, checks that the graph is
// well formed (every tensor read is produced first, one size per tensor, no tensor written twice),
// runs the memory planner, and fixes Model::arena_bytes and every tensor's offset. invoke() is a
// fold over the op list: a straight line of kernel calls, with no interpreter, no virtual call and
// no table of function pointers.
//
// An op is any type with
//   using inputs  = TensorList<...>;   // activation tensors it reads, in order
//   using outputs = TensorList<...>;   // activation tensors it writes
//   static constexpr std::size_t scratch_bytes;  // kernel scratch, 0 if none
//   static constexpr int in_place_input;  // input whose bytes output 0 may overwrite as it is
//                                         // produced (element-wise ops), or -1
//   static constexpr bool is_view;        // output 0 is input 0's bytes under another shape
//   template <class Memory> static void run(const Memory&, std::byte* scratch);
// fennec::ops::OpDefaults provides the defaults; include/fennec/ops/ has one descriptor per op.
#pragma once

#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

#include "fennec/core/tensor_view.hpp"
#include "fennec/graph/arena.hpp"
#include "fennec/graph/memory_plan.hpp"
#include "fennec/graph/tensor.hpp"

namespace fennec {

namespace ops {

// The members an op descriptor may leave out.
struct OpDefaults {
    static constexpr std::size_t scratch_bytes = 0;
    static constexpr int in_place_input = -1;
    static constexpr bool is_view = false;
};

}  // namespace ops

namespace detail {

inline constexpr std::size_t max_op_inputs = 16;
inline constexpr std::size_t max_op_outputs = 4;

struct TensorUse {
    int id;
    std::size_t bytes;
};

// What the planner needs of one op, as plain data the constexpr analysis can loop over.
struct OpInfo {
    std::array<TensorUse, max_op_inputs> inputs;
    std::size_t input_count;
    std::array<TensorUse, max_op_outputs> outputs;
    std::size_t output_count;
    std::size_t scratch_bytes;
    int in_place_input;
    bool is_view;
};

template <class List>
struct TensorUses;
template <class... Tensors>
struct TensorUses<TensorList<Tensors...>> {
    static constexpr std::size_t count = sizeof...(Tensors);
    static constexpr std::array<TensorUse, sizeof...(Tensors)> uses = {
        TensorUse{Tensors::id, Tensors::bytes}...};
};

template <class Op>
[[nodiscard]] constexpr OpInfo op_info() {
    using Inputs = TensorUses<typename Op::inputs>;
    using Outputs = TensorUses<typename Op::outputs>;
    static_assert(Inputs::count <= max_op_inputs, "graph: an op reads at most 16 tensors");
    static_assert(Outputs::count >= 1 && Outputs::count <= max_op_outputs,
                  "graph: an op writes between 1 and 4 tensors");
    static_assert(!Op::is_view || (Inputs::count >= 1 && Outputs::count == 1 &&
                                   Inputs::uses[0].bytes == Outputs::uses[0].bytes),
                  "graph: a view op must show its first input's bytes as its one output");
    OpInfo info{};
    for (std::size_t i = 0; i < Inputs::count; ++i) {
        info.inputs[i] = Inputs::uses[i];
    }
    for (std::size_t i = 0; i < Outputs::count; ++i) {
        info.outputs[i] = Outputs::uses[i];
    }
    info.input_count = Inputs::count;
    info.output_count = Outputs::count;
    info.scratch_bytes = Op::scratch_bytes;
    info.in_place_input = Op::in_place_input;
    info.is_view = Op::is_view;
    return info;
}

template <std::size_t N>
[[nodiscard]] constexpr int max_id(const std::array<TensorUse, N>& uses, int so_far) {
    for (const TensorUse& use : uses) {
        so_far = use.id > so_far ? use.id : so_far;
    }
    return so_far;
}

template <std::size_t N>
[[nodiscard]] constexpr bool contains(const std::array<TensorUse, N>& uses, int id) {
    for (const TensorUse& use : uses) {
        if (use.id == id) {
            return true;
        }
    }
    return false;
}

// The outcome of analysing a graph: its well-formedness and every slot's lifetime. Slots
// [0, tensor_slots) are tensors by id; slot tensor_slots + k is op k's scratch buffer.
template <std::size_t SlotCount>
struct GraphAnalysis {
    std::array<TensorLifetime, SlotCount> lifetimes;
    bool one_size_per_tensor;
    bool written_once;
    bool reads_are_produced_first;
    bool outputs_are_produced;
};

template <std::size_t TensorSlots, std::size_t OpCount, std::size_t InputCount, std::size_t OutputCount>
[[nodiscard]] constexpr GraphAnalysis<TensorSlots + OpCount> analyze_graph(
    const std::array<OpInfo, OpCount>& ops,
    const std::array<TensorUse, InputCount>& graph_inputs,
    const std::array<TensorUse, OutputCount>& graph_outputs) {
    constexpr int never = -2;
    GraphAnalysis<TensorSlots + OpCount> result{};
    result.one_size_per_tensor = true;
    result.written_once = true;
    result.reads_are_produced_first = true;
    result.outputs_are_produced = true;

    std::array<bool, TensorSlots> declared{};
    std::array<int, TensorSlots> producer{};
    for (std::size_t id = 0; id < TensorSlots; ++id) {
        producer[id] = never;
        result.lifetimes[id] = TensorLifetime{0, 0, -1, -1};
    }
    auto declare = [&](const TensorUse& use) {
        const auto id = static_cast<std::size_t>(use.id);
        if (declared[id] && result.lifetimes[id].bytes != use.bytes) {
            result.one_size_per_tensor = false;
        }
        declared[id] = true;
        result.lifetimes[id].bytes = use.bytes;
    };

    for (const TensorUse& input : graph_inputs) {
        declare(input);
        producer[static_cast<std::size_t>(input.id)] = -1;
        result.lifetimes[static_cast<std::size_t>(input.id)].first_op = -1;
        result.lifetimes[static_cast<std::size_t>(input.id)].last_op = -1;
    }
    for (std::size_t k = 0; k < OpCount; ++k) {
        const OpInfo& op = ops[k];
        const int op_index = static_cast<int>(k);
        for (std::size_t i = 0; i < op.input_count; ++i) {
            const auto id = static_cast<std::size_t>(op.inputs[i].id);
            declare(op.inputs[i]);
            if (producer[id] == never) {
                result.reads_are_produced_first = false;
            }
            TensorLifetime& lifetime = result.lifetimes[id];
            lifetime.last_op = lifetime.last_op > op_index ? lifetime.last_op : op_index;
        }
        for (std::size_t o = 0; o < op.output_count; ++o) {
            const auto id = static_cast<std::size_t>(op.outputs[o].id);
            declare(op.outputs[o]);
            if (producer[id] != never) {
                result.written_once = false;
            }
            producer[id] = op_index;
            result.lifetimes[id].first_op = op_index;
            result.lifetimes[id].last_op = op_index;  // an output nobody reads still lives while written
        }
        result.lifetimes[TensorSlots + k] = TensorLifetime{op.scratch_bytes, op_index, op_index, -1};
    }
    for (const TensorUse& output : graph_outputs) {
        declare(output);
        if (producer[static_cast<std::size_t>(output.id)] == never) {
            result.outputs_are_produced = false;
        }
        result.lifetimes[static_cast<std::size_t>(output.id)].last_op = static_cast<int>(OpCount);
    }

    // In-place sharing. A view always shares its input's bytes (nothing is written). An op that
    // overwrites its input as it goes may share only if no tensor already sharing those bytes is
    // read after it, and the sizes agree.
    for (std::size_t k = 0; k < OpCount; ++k) {
        const OpInfo& op = ops[k];
        const int chosen_input = op.is_view ? 0 : op.in_place_input;
        if (chosen_input < 0 || static_cast<std::size_t>(chosen_input) >= op.input_count) {
            continue;
        }
        const TensorUse& input = op.inputs[static_cast<std::size_t>(chosen_input)];
        const TensorUse& output = op.outputs[0];
        if (input.bytes != output.bytes) {
            continue;
        }
        bool may_share = true;
        if (!op.is_view) {
            const std::size_t root = alias_root(result.lifetimes, static_cast<std::size_t>(input.id));
            for (std::size_t id = 0; id < TensorSlots; ++id) {
                if (alias_root(result.lifetimes, id) == root &&
                    result.lifetimes[id].last_op > static_cast<int>(k)) {
                    may_share = false;
                }
            }
        }
        if (may_share) {
            result.lifetimes[static_cast<std::size_t>(output.id)].alias_of = input.id;
        }
    }
    return result;
}

}  // namespace detail

template <class Inputs, class Outputs, class... Ops>
class Graph {
public:
    static constexpr std::size_t op_count = sizeof...(Ops);

private:
    static constexpr std::array<detail::OpInfo, op_count> op_infos = {detail::op_info<Ops>()...};
    static constexpr auto& graph_inputs = detail::TensorUses<Inputs>::uses;
    static constexpr auto& graph_outputs = detail::TensorUses<Outputs>::uses;

    [[nodiscard]] static constexpr int largest_id() {
        int largest = detail::max_id(graph_inputs, detail::max_id(graph_outputs, -1));
        for (const detail::OpInfo& op : op_infos) {
            largest = detail::max_id(op.inputs, largest);
            largest = detail::max_id(op.outputs, largest);
        }
        return largest;
    }

public:
    static constexpr std::size_t tensor_slots = static_cast<std::size_t>(largest_id() + 1);
    static constexpr auto analysis =
        detail::analyze_graph<tensor_slots>(op_infos, graph_inputs, graph_outputs);
    static_assert(analysis.one_size_per_tensor,
                  "graph: a tensor id is declared with two different shapes or element types");
    static_assert(analysis.written_once,
                  "graph: a tensor is written by two ops, or an op writes a graph input");
    static_assert(analysis.reads_are_produced_first,
                  "graph: an op reads a tensor that is neither a graph input nor written by an "
                  "earlier op (list the ops in execution order)");
    static_assert(analysis.outputs_are_produced,
                  "graph: a graph output is written by no op");

    static constexpr auto plan = plan_memory(analysis.lifetimes, static_cast<int>(op_count),
                                             arena_alignment);
    // RAM the model needs: every activation tensor and every scratch buffer, as planned.
    static constexpr std::size_t arena_bytes = plan.arena_bytes;
    // The most bytes live at any one op without in-place sharing (a figure of merit).
    static constexpr std::size_t arena_lower_bound_bytes = plan.lower_bound_bytes;
    using Arena = fennec::Arena<arena_bytes>;

    // Where tensor T lives in the arena.
    template <class T>
    [[nodiscard]] static constexpr std::size_t offset_of() {
        static_assert(static_cast<std::size_t>(T::id) < tensor_slots,
                      "graph: this tensor does not belong to the graph");
        return plan.offsets[static_cast<std::size_t>(T::id)];
    }

    template <class T>
    [[nodiscard]] static typename T::element_type* data(Arena& arena) {
        return reinterpret_cast<typename T::element_type*>(arena.bytes + offset_of<T>());
    }
    template <class T>
    [[nodiscard]] static const typename T::element_type* data(const Arena& arena) {
        return reinterpret_cast<const typename T::element_type*>(arena.bytes + offset_of<T>());
    }

    // The model's I-th input and output as typed views into the arena: firmware writes the input
    // through one and reads the output through the other, as with TFLM's input()/output().
    template <std::size_t I = 0>
    [[nodiscard]] static auto input(Arena& arena) {
        static_assert(I < Inputs::size, "graph: the model has fewer inputs than that");
        using T = tensor_at<I, Inputs>;
        return TensorView<typename T::element_type, typename T::shape>(data<T>(arena));
    }
    template <std::size_t I = 0>
    [[nodiscard]] static auto output(const Arena& arena) {
        static_assert(I < Outputs::size, "graph: the model has fewer outputs than that");
        using T = tensor_at<I, Outputs>;
        return ConstTensorView<typename T::element_type, typename T::shape>(data<T>(arena));
    }
    static constexpr std::size_t input_count = Inputs::size;
    static constexpr std::size_t output_count = Outputs::size;
    using input_tensors = Inputs;
    using output_tensors = Outputs;

    // What an op's run() sees: typed access to its tensors in this graph's arena.
    class Memory {
    public:
        explicit Memory(Arena& arena) : arena_(arena) {}
        template <class T>
        [[nodiscard]] typename T::element_type* data() const {
            return Graph::data<T>(arena_);
        }

    private:
        Arena& arena_;
    };

    // The K-th op of the graph, in execution order.
    template <std::size_t K>
    using op_at = std::tuple_element_t<K, std::tuple<Ops...>>;

    // Runs the model once: the input tensors must have been written, the outputs are then ready.
    static void invoke(Arena& arena) {
        run_ops(arena, [](auto /*op_index*/) {}, std::index_sequence_for<Ops...>{});
    }

    // The same, calling after_each_op(std::integral_constant<std::size_t, K>{}) right after op K
    // has run. That is the one moment op K's outputs are sure to be in the arena (a later op may
    // reuse their bytes), so it is where a checker compares them layer by layer, or a profiler
    // reads a cycle counter. op_at<K>::outputs names the tensors to look at.
    template <class AfterEachOp>
    static void invoke(Arena& arena, AfterEachOp&& after_each_op) {
        run_ops(arena, after_each_op, std::index_sequence_for<Ops...>{});
    }

private:
    template <class AfterEachOp, std::size_t... OpIndex>
    static void run_ops(Arena& arena, AfterEachOp&& after_each_op, std::index_sequence<OpIndex...>) {
        const Memory memory(arena);
        ((Ops::run(memory, arena.bytes + plan.offsets[tensor_slots + OpIndex]),
          after_each_op(std::integral_constant<std::size_t, OpIndex>{})),
         ...);
    }
};

}  // namespace fennec
