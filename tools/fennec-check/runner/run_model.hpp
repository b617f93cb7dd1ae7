// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The part of fennec-check's runner that touches the model, shared by every target: load the
// inputs, invoke, hand back the outputs and, with layers on, every op's outputs right after the
// op ran. It knows nothing of files or processes: an `Io` object does the reading and writing,
// so the host runner (stdio) and a bare-metal runner (semihosting) differ only there. No heap,
// no exceptions: this compiles for a Cortex-M as it does for the host.
//
// An Io provides
//   bool read_input(std::size_t input, void* data, std::size_t bytes);  // false: refuse the case
//   void write_output(std::size_t output, const void* data, std::size_t bytes);
//   void write_layer(std::size_t op, std::size_t output, const void* data, std::size_t bytes);
//   void begin_invoke();  void end_invoke();   // around the one invoke that is measured
#pragma once

#include <cstddef>
#include <utility>

#include "fennec/graph/tensor.hpp"

namespace fennec::check {

template <class Model, class Io, std::size_t... I>
bool read_inputs(typename Model::Arena& arena, Io& io, std::index_sequence<I...> /*inputs*/) {
    return (io.read_input(I, Model::template input<I>(arena).data(),
                          tensor_at<I, typename Model::input_tensors>::bytes) &&
            ...);
}

template <class Model, class Io, std::size_t... I>
void write_outputs(const typename Model::Arena& arena, Io& io, std::index_sequence<I...> /*outputs*/) {
    (io.write_output(I, Model::template output<I>(arena).data(),
                     tensor_at<I, typename Model::output_tensors>::bytes),
     ...);
}

// Writes the tensors op K has just written.
template <class Model, std::size_t K, class Io, std::size_t... O>
void write_layer(const typename Model::Arena& arena, Io& io, std::index_sequence<O...> /*outputs*/) {
    using Written = typename Model::template op_at<K>::outputs;
    (io.write_layer(K, O, Model::template data<tensor_at<O, Written>>(arena),
                    tensor_at<O, Written>::bytes),
     ...);
}

// Runs one case: false when the Io refused an input (it has said why).
template <class Model, class Io>
bool run_model(typename Model::Arena& arena, Io& io, bool layers) {
    if (!read_inputs<Model>(arena, io, std::make_index_sequence<Model::input_count>{})) {
        return false;
    }
    io.begin_invoke();
    if (layers) {
        Model::invoke(arena, [&](auto op_index) {
            constexpr std::size_t k = decltype(op_index)::value;
            using Written = typename Model::template op_at<k>::outputs;
            write_layer<Model, k>(arena, io, std::make_index_sequence<Written::size>{});
        });
    } else {
        Model::invoke(arena);
    }
    io.end_invoke();
    write_outputs<Model>(arena, io, std::make_index_sequence<Model::output_count>{});
    return true;
}

}  // namespace fennec::check
