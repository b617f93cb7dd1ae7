// Copyright 2026 The fennec Authors. SPDX-License-Identifier: Apache-2.0
//
// Counting mismatches in sweeps of millions of cases. A Catch2 assertion per case would cost more
// than the case itself and a broken primitive would print a million lines, so a sweep counts its
// mismatches, reports the first few with their inputs, and checks the count once at the end:
//
//     if (mismatches.report(got != want)) {
//         CAPTURE(x, exponent);
//         CHECK(got == want);
//     }
//     ...
//     CHECK(mismatches.count == 0);
#pragma once

namespace fennec::test {

struct Mismatches {
    static constexpr int reported = 8;
    long long count = 0;
    long long cases = 0;

    // Counts a case; true for the first few mismatches, for which the caller CAPTUREs and CHECKs.
    bool report(bool mismatch) {
        ++cases;
        return mismatch && ++count <= reported;
    }
};

}  // namespace fennec::test
