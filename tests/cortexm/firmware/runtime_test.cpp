// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Checks the bare-metal runtime of tools/cortexm on one core: .data and .bss set up, static
// constructors run, floating point usable (the FPU enabled on hard-float cores), semihosting file
// output and input, the stack high-water mark, and the instruction-count markers (exactly 10
// instructions between them; the CTest test checks the plugin's line). Exits with the number of
// failed checks, so 0 means every check passed.
#include <cstdint>
#include <cstring>

#include "fennec_cortexm/icount.hpp"
#include "fennec_cortexm/print.hpp"
#include "fennec_cortexm/semihost.hpp"
#include "fennec_cortexm/stack.hpp"

namespace {

namespace cortexm = fennec::cortexm;
namespace semihost = fennec::cortexm::semihost;

int failures = 0;

void check(bool ok, const char* what) {
    cortexm::print(ok ? "ok   " : "FAIL ", what, "\n");
    failures += ok ? 0 : 1;
}

int initialised = 42;       // .data
std::uint32_t zeroed;       // .bss

struct Constructed {
    int value;
    Constructed() : value{7} {}
};
Constructed constructed;    // .init_array

// Writes 1 KiB of stack.
__attribute__((noinline)) void use_stack() {
    volatile std::uint8_t block[1024];
    for (std::size_t i = 0; i < sizeof block; ++i) {
        block[i] = static_cast<std::uint8_t>(i);
    }
}

bool file_round_trip() {
    constexpr char path[] = "fennec_runtime_test.tmp";
    constexpr char text[] = "written by runtime_test";
    const int out = semihost::open(path, sizeof path - 1, semihost::OpenMode::write_binary);
    if (out < 0) {
        return false;
    }
    const bool written = semihost::write(out, text, sizeof text);
    semihost::close(out);
    const int in = semihost::open(path, sizeof path - 1, semihost::OpenMode::read_binary);
    if (in < 0) {
        return false;
    }
    char back[sizeof text] = {};
    const bool length_ok = semihost::file_length(in) == static_cast<int>(sizeof text);
    const bool read_ok = semihost::read(in, back, sizeof back) == sizeof back;
    semihost::close(in);
    const bool removed = semihost::remove(path, sizeof path - 1);
    return removed && written && length_ok && read_ok && std::memcmp(text, back, sizeof text) == 0;
}

}  // namespace

int main() {
    check(initialised == 42, ".data initialised");
    check(zeroed == 0, ".bss zeroed");
    check(constructed.value == 7, "static constructor ran");
    volatile float x = 1.5f;
    check(x * x == 2.25f, "float arithmetic");
    check(file_round_trip(), "semihosting file write, length and read");
    const std::size_t before = cortexm::stack_used_bytes();
    use_stack();
    const std::size_t after = cortexm::stack_used_bytes();
    check(after >= 1024 && after > before && after < cortexm::stack_size_bytes(),
          "stack high-water mark grows by the 1 KiB a call wrote");
    cortexm::print("stack used: ", std::uint32_t{static_cast<std::uint32_t>(after)}, " bytes\n");

    cortexm::icount_start();
    __asm__ volatile("nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop\n nop");
    cortexm::icount_stop();

    if (failures == 0) {
        cortexm::print("runtime_test: all checks passed\n");
    }
    return failures;
}
