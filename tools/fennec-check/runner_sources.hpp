// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// The runner's source files (runner/), built into fennec-check as text so the program needs no
// data files beside it. CMake writes runner_sources.cpp from runner_sources.cpp.in.
#pragma once

namespace fennec::check {

extern const char* const run_model_source;
extern const char* const host_runner_source;
extern const char* const cortexm_runner_source;

}  // namespace fennec::check
