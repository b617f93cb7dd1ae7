# The accelerated-kernel programs, part of a Cortex-M project configured with one of fennec's
# toolchain files (tests/cortexm/firmware includes this file). Built on cores with the DSP
# extension only; elsewhere selected:: is the portable kernel and there is nothing to compare.
#
#   accelerated_test        FENNEC_ACCELERATED_CASES_CI random cases per kernel family
#   accelerated_test_full   FENNEC_ACCELERATED_CASES_FULL cases (CTest label `full`)
#   bench_accelerated       instruction counts of CMSIS-NN's table layers, portable and arm_dsp
#                           (built on request by the host's bench-accelerated target)
if(NOT FENNEC_CORTEXM_CORE MATCHES "^cortex-m(4|7|33|55)$")
    return()
endif()
set(FENNEC_ACCELERATED_CASES_CI 60 CACHE STRING "Random cases per accelerated kernel family (CI)")
set(FENNEC_ACCELERATED_CASES_FULL 500 CACHE STRING
    "Random cases per accelerated kernel family (label full)")

set(_fennec_accelerated_dir "${CMAKE_CURRENT_LIST_DIR}")
foreach(_variant IN ITEMS ci full)
    if(_variant STREQUAL "ci")
        set(_target accelerated_test)
        set(_cases ${FENNEC_ACCELERATED_CASES_CI})
    else()
        set(_target accelerated_test_full)
        set(_cases ${FENNEC_ACCELERATED_CASES_FULL})
    endif()
    fennec_add_cortexm_executable(${_target}
        SOURCES "${_fennec_accelerated_dir}/accelerated_test.cpp" LIBRARIES fennec::fennec)
    target_include_directories(${_target} PRIVATE "${_fennec_accelerated_dir}"
        "${_fennec_accelerated_dir}/..")
    target_compile_definitions(${_target} PRIVATE FENNEC_ACCELERATED_CASES=${_cases})
endforeach()

fennec_add_cortexm_executable(bench_accelerated
    SOURCES "${_fennec_accelerated_dir}/bench_accelerated.cpp" LIBRARIES fennec::fennec)
set_target_properties(bench_accelerated PROPERTIES EXCLUDE_FROM_ALL ON)
# The layers and their data are the layer benchmark's (bench/cortexm/cmsis_nn_layers.hpp).
target_include_directories(bench_accelerated PRIVATE "${FENNEC_SOURCE_DIR}/bench/cortexm")
target_compile_options(bench_accelerated PRIVATE -fconstexpr-ops-limit=1000000000
    -fconstexpr-loop-limit=1000000)
