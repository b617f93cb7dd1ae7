// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// A generated model on a Cortex-M core, on its golden cases: the model header
// (FENNEC_MODEL_HEADER, namespace FENNEC_MODEL_NAMESPACE, written by fennec-gen on the host) and
// the golden inputs and outputs (FENNEC_MODEL_GOLDEN_HEADER, written by
// tools/cortexm/embed_golden.cmake) are compiled in. Each case's inputs go into the arena,
// Model::invoke runs between the instruction-count markers, and every output is compared byte for
// byte:
//     <case>: ok
//     <case>: FAIL output 0 byte 7: expected 12, got 13
// Exit status 0 when every case matches, 1 otherwise.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <utility>

#include "fennec_cortexm/icount.hpp"
#include "fennec_cortexm/print.hpp"
#include "fennec_cortexm/stack.hpp"
#include FENNEC_MODEL_HEADER
#include FENNEC_MODEL_GOLDEN_HEADER

namespace {

namespace cortexm = fennec::cortexm;
using cortexm::print;
using Model = FENNEC_MODEL_NAMESPACE::Model;
namespace golden = FENNEC_MODEL_NAMESPACE::golden;

Model::Arena arena;

template <std::size_t I>
bool load_input(const golden::GoldenCase& golden_case) {
    using T = fennec::tensor_at<I, Model::input_tensors>;
    const golden::GoldenTensor& input = golden_case.inputs[I];
    if (input.size != T::bytes) {
        print(golden_case.name, ": FAIL input ", std::uint32_t{I}, " holds ",
              static_cast<std::uint32_t>(input.size), " bytes, the model takes ",
              static_cast<std::uint32_t>(T::bytes), "\n");
        return false;
    }
    std::memcpy(Model::input<I>(arena).data(), input.bytes, input.size);
    return true;
}

// Whether output I equals the golden bytes; prints the first difference if not.
template <std::size_t I>
bool output_matches(const golden::GoldenCase& golden_case) {
    using T = fennec::tensor_at<I, Model::output_tensors>;
    const golden::GoldenTensor& expected = golden_case.outputs[I];
    const auto* actual = reinterpret_cast<const std::uint8_t*>(Model::output<I>(arena).data());
    if (expected.size != T::bytes) {
        print(golden_case.name, ": FAIL output ", std::uint32_t{I}, ": golden file holds ",
              static_cast<std::uint32_t>(expected.size), " bytes, the model writes ",
              static_cast<std::uint32_t>(T::bytes), "\n");
        return false;
    }
    for (std::size_t k = 0; k < expected.size; ++k) {
        if (expected.bytes[k] != actual[k]) {
            print(golden_case.name, ": FAIL output ", std::uint32_t{I}, " byte ",
                  static_cast<std::uint32_t>(k), ": expected ", std::uint32_t{expected.bytes[k]},
                  ", got ", std::uint32_t{actual[k]}, "\n");
            return false;
        }
    }
    return true;
}

template <std::size_t... Inputs, std::size_t... Outputs>
bool run_case(const golden::GoldenCase& golden_case,
              std::index_sequence<Inputs...> /*inputs*/,
              std::index_sequence<Outputs...> /*outputs*/) {
    if (!(load_input<Inputs>(golden_case) && ...)) {
        return false;
    }
    print(golden_case.name, ": invoke\n");
    cortexm::icount_start();
    Model::invoke(arena);
    cortexm::icount_stop();
    return (output_matches<Outputs>(golden_case) && ...);
}

}  // namespace

int main() {
    static_assert(golden::input_count == Model::input_count &&
                      golden::output_count == Model::output_count,
                  "model_test: the golden cases must have the model's inputs and outputs");
    int failed = 0;
    for (const golden::GoldenCase& golden_case : golden::cases) {
        const bool ok = run_case(golden_case, std::make_index_sequence<Model::input_count>{},
                                 std::make_index_sequence<Model::output_count>{});
        if (ok) {
            print(golden_case.name, ": ok\n");
        }
        failed += ok ? 0 : 1;
    }
    print(static_cast<std::int32_t>(golden::case_count - failed), " passed, ",
          static_cast<std::int32_t>(failed), " failed (arena ",
          static_cast<std::uint32_t>(Model::arena_bytes), " bytes, stack ",
          static_cast<std::uint32_t>(cortexm::stack_used_bytes()), " bytes)\n");
    return failed == 0 ? 0 : 1;
}
