# The accelerated kernels against the portable ones on the emulated cores with the DSP extension
# (programs from firmware.cmake, cross-built by tests/cortexm/CMakeLists.txt). Included by
# tests/cortexm/CMakeLists.txt after its per-core builds. On the M55, selected:: is arm_mve
# (Helium), falling back to arm_dsp and portable where it has no kernel.
#
#   cortexm.accelerated.m4|m7|m33|m55   FENNEC_ACCELERATED_CASES_CI cases per kernel family
#   cortexm.accelerated.m4|m55.full     FENNEC_ACCELERATED_CASES_FULL cases (label full)
foreach(_core IN ITEMS cortex-m4 cortex-m7 cortex-m33 cortex-m55)
    string(REPLACE "cortex-" "" _short "${_core}")
    fennec_add_qemu_test(cortexm.accelerated.${_short} TARGET accelerated_test CORE ${_core}
        TIMEOUT 60)
endforeach()
foreach(_core IN ITEMS cortex-m4 cortex-m55)
    string(REPLACE "cortex-" "" _short "${_core}")
    fennec_add_qemu_test(cortexm.accelerated.${_short}.full TARGET accelerated_test_full
        CORE ${_core} TIMEOUT 300 LABELS full)
endforeach()
