// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
#include "targets.hpp"

namespace fennec::check {

namespace {

const std::vector<CortexmTarget>& cortexm_targets() {
    // The M0 stands in for the RP2040's M0+ (QEMU has no M0+); its machine has 16 KiB of RAM.
    static const std::vector<CortexmTarget> targets = {
        {"cortex-m0", {"-mcpu=cortex-m0", "-mthumb", "-mfloat-abi=soft"}, "microbit.ld", "microbit", 2048},
        {"cortex-m3", {"-mcpu=cortex-m3", "-mthumb", "-mfloat-abi=soft"}, "mps2.ld", "mps2-an385", 8192},
        {"cortex-m4",
         {"-mcpu=cortex-m4", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv4-sp-d16"},
         "mps2.ld",
         "mps2-an386",
         8192},
        {"cortex-m7",
         {"-mcpu=cortex-m7", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv5-d16"},
         "mps2.ld",
         "mps2-an500",
         8192},
        {"cortex-m33",
         {"-mcpu=cortex-m33", "-mthumb", "-mfloat-abi=hard", "-mfpu=fpv5-sp-d16"},
         "an505.ld",
         "mps2-an505",
         8192},
        {"cortex-m55", {"-mcpu=cortex-m55", "-mthumb", "-mfloat-abi=hard"}, "an547.ld", "mps3-an547", 8192},
    };
    return targets;
}

}  // namespace

std::optional<CortexmTarget> cortexm_target(const std::string& name) {
    for (const CortexmTarget& target : cortexm_targets()) {
        if (target.core == name) {
            return target;
        }
    }
    return std::nullopt;
}

std::string target_names() {
    std::string names = "host";
    for (const CortexmTarget& target : cortexm_targets()) {
        names += ", " + target.core;
    }
    return names;
}

}  // namespace fennec::check
