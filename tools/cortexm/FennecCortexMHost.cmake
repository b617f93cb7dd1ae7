# The host build's side of the Cortex-M programs: it cross-builds them, one build tree per core,
# and registers CTest tests that run them under QEMU.
#
#   include(<fennec>/tools/cortexm/FennecCortexMHost.cmake)
#
# FENNEC_CORTEXM_TOOLS_FOUND   arm-none-eabi-g++ and qemu-system-arm are both on the PATH
# fennec_icount_plugin         the instruction-count QEMU plugin (a host module), when found
#
# fennec_add_cortexm_build(<core> SOURCE_DIR <dir> [CMAKE_ARGS <args...>] [DEPENDS <targets...>])
#   Configures <dir> (a project using FennecCortexM.cmake) with cmake/toolchains/<core>.cmake in
#   Release into <build>/cortexm-<core>, and builds it every time the host build runs (its own
#   build is incremental), after DEPENDS. Target: cortexm-<core>. Does nothing without the tools.
#
# fennec_add_qemu_test(<name> TARGET <program> CORE <core> [COUNT_INSTRUCTIONS] [TIMEOUT <s>]
#                      [LABELS <labels...>] [PASS_REGULAR_EXPRESSION <regex>])
#   Runs <build>/cortexm-<core>/bin/<program>.elf under QEMU through tools/cortexm/run-qemu; the
#   test passes on exit status 0 (or on output matching PASS_REGULAR_EXPRESSION). With
#   COUNT_INSTRUCTIONS the plugin prints the instruction count of every marked region. Without
#   the tools the test is still registered, and reports itself skipped (exit status 77).
include_guard(GLOBAL)
include(ExternalProject)

set(FENNEC_CORTEXM_DIR "${CMAKE_CURRENT_LIST_DIR}")
get_filename_component(_fennec_cortexm_root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
set(FENNEC_CORTEXM_RUNNER "${FENNEC_CORTEXM_DIR}/run-qemu")

find_program(FENNEC_ARM_NONE_EABI_GXX arm-none-eabi-g++)
find_program(FENNEC_QEMU_SYSTEM_ARM qemu-system-arm)
if(FENNEC_ARM_NONE_EABI_GXX AND FENNEC_QEMU_SYSTEM_ARM)
    set(FENNEC_CORTEXM_TOOLS_FOUND TRUE)
else()
    set(FENNEC_CORTEXM_TOOLS_FOUND FALSE)
    message(STATUS "fennec: arm-none-eabi-g++ or qemu-system-arm not found; the Cortex-M tests "
        "will be reported as skipped (Debian: gcc-arm-none-eabi libnewlib-arm-none-eabi "
        "libstdc++-arm-none-eabi-newlib qemu-system-arm)")
endif()

# The plugin is C, built for the host, against the subset of QEMU's plugin API it declares itself
# (Debian ships no qemu-plugin.h). Include this file at directory scope: it enables C for it.
if(FENNEC_CORTEXM_TOOLS_FOUND AND NOT TARGET fennec_icount_plugin)
    enable_language(C)
    add_library(fennec_icount_plugin MODULE "${FENNEC_CORTEXM_DIR}/icount_plugin.c")
    set_target_properties(fennec_icount_plugin PROPERTIES PREFIX "" OUTPUT_NAME icount_plugin
        LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/lib")
    target_compile_options(fennec_icount_plugin PRIVATE -Wall -Wextra -Werror)
endif()

function(fennec_add_cortexm_build core)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "SOURCE_DIR" "CMAKE_ARGS;DEPENDS")
    set(toolchain "${_fennec_cortexm_root}/cmake/toolchains/${core}.cmake")
    if(NOT EXISTS "${toolchain}")
        message(FATAL_ERROR "fennec_add_cortexm_build: no toolchain file ${toolchain}")
    endif()
    set(binary_dir "${CMAKE_BINARY_DIR}/cortexm-${core}")
    set_property(GLOBAL PROPERTY FENNEC_CORTEXM_BINARY_DIR_${core} "${binary_dir}")
    if(NOT FENNEC_CORTEXM_TOOLS_FOUND)
        return()
    endif()
    ExternalProject_Add(cortexm-${core}
        SOURCE_DIR "${ARG_SOURCE_DIR}"
        BINARY_DIR "${binary_dir}"
        PREFIX "${CMAKE_BINARY_DIR}/cortexm-${core}-steps"
        CMAKE_ARGS
            "-DCMAKE_TOOLCHAIN_FILE=${toolchain}"
            -DCMAKE_BUILD_TYPE=Release
            "-DFENNEC_SOURCE_DIR=${_fennec_cortexm_root}"
            ${ARG_CMAKE_ARGS}
        BUILD_ALWAYS ON
        INSTALL_COMMAND ""
        DEPENDS ${ARG_DEPENDS})
endfunction()

function(fennec_add_qemu_test name)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "COUNT_INSTRUCTIONS" "TARGET;CORE;TIMEOUT"
        "LABELS;PASS_REGULAR_EXPRESSION")
    if(NOT ARG_TARGET OR NOT ARG_CORE)
        message(FATAL_ERROR "fennec_add_qemu_test(${name} TARGET <program> CORE <core> ...)")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    get_property(binary_dir GLOBAL PROPERTY FENNEC_CORTEXM_BINARY_DIR_${ARG_CORE})
    if(NOT FENNEC_CORTEXM_TOOLS_FOUND)
        set(command "${FENNEC_CORTEXM_RUNNER}" --skip
            "arm-none-eabi-g++ or qemu-system-arm was not found when the build was configured")
    elseif(NOT binary_dir)
        message(FATAL_ERROR "fennec_add_qemu_test(${name}): no fennec_add_cortexm_build for "
            "${ARG_CORE}")
    else()
        set(command "${FENNEC_CORTEXM_RUNNER}" --core ${ARG_CORE} --timeout ${ARG_TIMEOUT})
        if(ARG_COUNT_INSTRUCTIONS)
            list(APPEND command --icount "$<TARGET_FILE:fennec_icount_plugin>")
        endif()
        list(APPEND command "${binary_dir}/bin/${ARG_TARGET}.elf")
    endif()
    add_test(NAME ${name} COMMAND ${command})
    # CTest's limit leaves run-qemu the time to stop QEMU and say so itself.
    math(EXPR ctest_timeout "${ARG_TIMEOUT} + 15")
    set_tests_properties(${name} PROPERTIES
        LABELS "cortexm;${ARG_LABELS}"
        SKIP_RETURN_CODE 77
        TIMEOUT ${ctest_timeout})
    if(ARG_PASS_REGULAR_EXPRESSION AND FENNEC_CORTEXM_TOOLS_FOUND)
        set_tests_properties(${name} PROPERTIES
            PASS_REGULAR_EXPRESSION "${ARG_PASS_REGULAR_EXPRESSION}")
    endif()
endfunction()
