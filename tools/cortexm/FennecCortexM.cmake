# Cortex-M programs for QEMU, in a project configured with one of fennec's toolchain files
# (cmake/toolchains/cortex-m*.cmake):
#
#   include(<fennec>/tools/cortexm/FennecCortexM.cmake)
#   fennec_add_cortexm_executable(kernel_test SOURCES kernel_test.cpp LIBRARIES fennec::fennec)
#
# fennec_add_cortexm_executable(<target> SOURCES <files...> [CORE <core>] [LIBRARIES <libs...>]
#                               [STACK_SIZE <bytes>])
#   Builds <target> as bin/<target>.elf (and bin/<target>.map) with tools/cortexm's start-up
#   code and the linker script of the core's QEMU machine. CORE defaults to the toolchain's core
#   and must equal it when given. The program's main() return value becomes QEMU's exit status.
#   Its sources may include fennec_cortexm/semihost.hpp, print.hpp, icount.hpp and stack.hpp.
#   STACK_SIZE defaults to 8 KiB (2 KiB on the Cortex-M0, whose machine has 16 KiB of RAM).
#
# The project's warning flags (cmake/Warnings.cmake) apply to the program's own sources.
include_guard(GLOBAL)

set(FENNEC_CORTEXM_DIR "${CMAKE_CURRENT_LIST_DIR}")
get_filename_component(_fennec_cortexm_root "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
include("${_fennec_cortexm_root}/cmake/Warnings.cmake")

if(NOT FENNEC_CORTEXM_CORE)
    message(FATAL_ERROR "FennecCortexM.cmake: configure with a fennec toolchain file, e.g. "
        "-DCMAKE_TOOLCHAIN_FILE=${_fennec_cortexm_root}/cmake/toolchains/cortex-m4.cmake")
endif()

# Per core: the linker script (QEMU machine's memory map) and the default stack size.
set(_fennec_cortexm_cores cortex-m0 cortex-m3 cortex-m4 cortex-m7 cortex-m33 cortex-m55)
set(_fennec_cortexm_ld_cortex-m0 microbit.ld)
set(_fennec_cortexm_ld_cortex-m3 mps2.ld)
set(_fennec_cortexm_ld_cortex-m4 mps2.ld)
set(_fennec_cortexm_ld_cortex-m7 mps2.ld)
set(_fennec_cortexm_ld_cortex-m33 an505.ld)
set(_fennec_cortexm_ld_cortex-m55 an547.ld)
set(_fennec_cortexm_stack_cortex-m0 2048)

if(NOT FENNEC_CORTEXM_CORE IN_LIST _fennec_cortexm_cores)
    message(FATAL_ERROR "FennecCortexM.cmake: unknown core '${FENNEC_CORTEXM_CORE}' "
        "(known: ${_fennec_cortexm_cores})")
endif()

# The start-up code, once per project.
if(NOT TARGET fennec_cortexm_runtime)
    add_library(fennec_cortexm_runtime OBJECT "${FENNEC_CORTEXM_DIR}/startup.cpp")
    target_include_directories(fennec_cortexm_runtime PUBLIC "${FENNEC_CORTEXM_DIR}/include")
    target_compile_features(fennec_cortexm_runtime PUBLIC cxx_std_17)
    target_link_libraries(fennec_cortexm_runtime PRIVATE fennec_warnings)
endif()

function(fennec_add_cortexm_executable target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "CORE;STACK_SIZE" "SOURCES;LIBRARIES")
    if(ARG_UNPARSED_ARGUMENTS OR NOT ARG_SOURCES)
        message(FATAL_ERROR "fennec_add_cortexm_executable(${target} SOURCES <files...> "
            "[CORE <core>] [LIBRARIES <libs...>] [STACK_SIZE <bytes>])")
    endif()
    if(ARG_CORE AND NOT ARG_CORE STREQUAL FENNEC_CORTEXM_CORE)
        message(FATAL_ERROR "fennec_add_cortexm_executable(${target}): CORE ${ARG_CORE}, but this "
            "build's toolchain file is for ${FENNEC_CORTEXM_CORE}")
    endif()
    set(core "${FENNEC_CORTEXM_CORE}")
    set(stack_size 8192)
    if(DEFINED _fennec_cortexm_stack_${core})
        set(stack_size ${_fennec_cortexm_stack_${core}})
    endif()
    if(ARG_STACK_SIZE)
        set(stack_size ${ARG_STACK_SIZE})
    endif()

    add_executable(${target} ${ARG_SOURCES} $<TARGET_OBJECTS:fennec_cortexm_runtime>)
    target_include_directories(${target} PRIVATE "${FENNEC_CORTEXM_DIR}/include")
    target_compile_features(${target} PRIVATE cxx_std_17)
    target_link_libraries(${target} PRIVATE fennec_warnings ${ARG_LIBRARIES})
    set(map "${CMAKE_BINARY_DIR}/bin/${target}.map")
    target_link_options(${target} PRIVATE
        "-L${FENNEC_CORTEXM_DIR}/ld" "-T${_fennec_cortexm_ld_${core}}"
        "-Wl,--defsym=__stack_size=${stack_size}" "-Wl,-Map=${map}")
    set_target_properties(${target} PROPERTIES
        SUFFIX .elf
        RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bin"
        LINK_DEPENDS "${FENNEC_CORTEXM_DIR}/ld/sections.ld;${FENNEC_CORTEXM_DIR}/ld/${_fennec_cortexm_ld_${core}}")
endfunction()
