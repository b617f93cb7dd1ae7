# The accelerated kernels against the portable ones on the emulated cores with the DSP extension
# (programs from firmware.cmake, cross-built by tests/cortexm/CMakeLists.txt). Included by
# tests/cortexm/CMakeLists.txt after its per-core builds.
#
#   cortexm.accelerated.m4|m7|m33   FENNEC_ACCELERATED_CASES_CI cases per kernel family
#   cortexm.accelerated.m4.full     FENNEC_ACCELERATED_CASES_FULL cases (label full)
foreach(_core IN ITEMS cortex-m4 cortex-m7 cortex-m33)
    string(REPLACE "cortex-" "" _short "${_core}")
    fennec_add_qemu_test(cortexm.accelerated.${_short} TARGET accelerated_test CORE ${_core}
        TIMEOUT 60)
endforeach()
fennec_add_qemu_test(cortexm.accelerated.m4.full TARGET accelerated_test_full CORE cortex-m4
    TIMEOUT 300 LABELS full)
