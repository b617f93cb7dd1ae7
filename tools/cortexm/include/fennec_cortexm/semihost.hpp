// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Arm semihosting for bare-metal Cortex-M programs under QEMU (BKPT 0xAB: r0 = operation, r1 =
// argument, result in r0). QEMU needs `-semihosting-config enable=on,target=native`; run-qemu
// passes it. Every call here works on every core from the M0 to the M55.
//
// Output (write0, write_char) goes to QEMU's semihosting console: stderr, unless QEMU is given a
// chardev for it. The file calls open, read, write and close host files relative to QEMU's
// working directory; ":tt" names the console.
#pragma once

#include <cstddef>
#include <cstdint>

namespace fennec::cortexm::semihost {

// Operation numbers of the Arm semihosting specification (AArch32).
enum Operation : std::uint32_t {
    sys_open = 0x01,
    sys_close = 0x02,
    sys_writec = 0x03,
    sys_write0 = 0x04,
    sys_write = 0x05,
    sys_read = 0x06,
    sys_flen = 0x0C,
    sys_remove = 0x0E,
    sys_exit = 0x18,
    sys_exit_extended = 0x20,
};

// The reason code of a normal exit; with SYS_EXIT_EXTENDED its subcode becomes QEMU's exit status.
inline constexpr std::uint32_t application_exit = 0x20026;
// Any other reason makes QEMU exit with status 1 (plain SYS_EXIT carries no status on AArch32).
inline constexpr std::uint32_t run_time_error_unknown = 0x20023;

inline std::uint32_t call(Operation operation, const void* argument) {
    // The operation and its argument must sit in r0 and r1 when BKPT 0xAB executes.
    register std::uint32_t r0 __asm__("r0") = operation;
    register const void* r1 __asm__("r1") = argument;
    __asm__ volatile("bkpt 0xab" : "+r"(r0) : "r"(r1) : "memory");
    return r0;
}

// Writes a NUL-terminated string to the console.
inline void write0(const char* text) { call(sys_write0, text); }

inline void write_char(char c) { call(sys_writec, &c); }

// Ends the program; QEMU exits with `status` (0..255 reaches the shell as $?).
[[noreturn]] inline void exit(int status) {
    const std::uint32_t block[2] = {application_exit, static_cast<std::uint32_t>(status)};
    call(sys_exit_extended, block);
    // A host without SYS_EXIT_EXTENDED: plain SYS_EXIT still tells success (0) from failure (1).
    const std::uint32_t reason = status == 0 ? application_exit : run_time_error_unknown;
    call(sys_exit, reinterpret_cast<const void*>(reason));
    for (;;) {
    }
}

// File modes of SYS_OPEN (fopen's "r", "rb", ... in the specification's order).
enum class OpenMode : std::uint32_t { read = 0, read_binary = 1, write = 4, write_binary = 5 };

// Opens a host file; returns a handle, or -1 on failure.
inline int open(const char* path, std::size_t path_length, OpenMode mode) {
    const std::uint32_t block[3] = {static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(path)),
                                    static_cast<std::uint32_t>(mode),
                                    static_cast<std::uint32_t>(path_length)};
    return static_cast<int>(call(sys_open, block));
}

inline void close(int handle) {
    const std::uint32_t block[1] = {static_cast<std::uint32_t>(handle)};
    call(sys_close, block);
}

// Deletes a host file; returns true on success.
inline bool remove(const char* path, std::size_t path_length) {
    const std::uint32_t block[2] = {static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(path)),
                                    static_cast<std::uint32_t>(path_length)};
    return call(sys_remove, block) == 0;
}

// The length of an open file in bytes, or -1.
inline int file_length(int handle) {
    const std::uint32_t block[1] = {static_cast<std::uint32_t>(handle)};
    return static_cast<int>(call(sys_flen, block));
}

// Reads up to `bytes` bytes; returns how many were read.
inline std::size_t read(int handle, void* buffer, std::size_t bytes) {
    const std::uint32_t block[3] = {static_cast<std::uint32_t>(handle),
                                    static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(buffer)),
                                    static_cast<std::uint32_t>(bytes)};
    // SYS_READ returns the number of bytes NOT read.
    return bytes - call(sys_read, block);
}

// Writes `bytes` bytes; returns true when all were written.
inline bool write(int handle, const void* buffer, std::size_t bytes) {
    const std::uint32_t block[3] = {static_cast<std::uint32_t>(handle),
                                    static_cast<std::uint32_t>(reinterpret_cast<std::uintptr_t>(buffer)),
                                    static_cast<std::uint32_t>(bytes)};
    // SYS_WRITE returns the number of bytes NOT written.
    return call(sys_write, block) == 0;
}

}  // namespace fennec::cortexm::semihost
