# The part every fennec Cortex-M toolchain file shares: Debian's arm-none-eabi GCC with newlib and
# libstdc++ (packages gcc-arm-none-eabi, libnewlib-arm-none-eabi, libstdc++-arm-none-eabi-newlib),
# bare metal, C++17 without exceptions or RTTI. Not used on its own: a core's file
# (cortex-m0.cmake ... cortex-m55.cmake) sets FENNEC_CORTEXM_CORE and FENNEC_CORTEXM_CPU_FLAGS and
# then includes this one.
#
#   cmake -S <project> -B <build> -DCMAKE_TOOLCHAIN_FILE=<fennec>/cmake/toolchains/cortex-m4.cmake
#
# Release flags: -O2. Measured on fennec's portable kernels under QEMU (tools/cortexm/README.md):
# -O2 executes fewer instructions than -Os on every kernel (-Os gives up unrolling and
# hoisting) and about as many as -O3, whose unrolled copies cost flash for no fewer
# instructions. CMSIS-NN's own figures in ../shared/cortexm/README.md are within 1 % between -O2
# and -Ofast. MinSizeRel stays available for flash-bound builds.
if(NOT FENNEC_CORTEXM_CORE OR NOT FENNEC_CORTEXM_CPU_FLAGS)
    message(FATAL_ERROR "arm-none-eabi.cmake is included by a core's toolchain file "
        "(cmake/toolchains/cortex-m4.cmake, ...), not used directly")
endif()

set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_ASM_COMPILER arm-none-eabi-gcc)
# Compiler checks build a static library: a test executable would need a linker script.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Every translation unit: the core, one section per function and object (so --gc-sections drops
# what is unused), and the C++ runtime features fennec never needs.
set(_fennec_cortexm_common "${FENNEC_CORTEXM_CPU_FLAGS} -ffunction-sections -fdata-sections")
set(CMAKE_C_FLAGS_INIT "${_fennec_cortexm_common}")
set(CMAKE_ASM_FLAGS_INIT "${_fennec_cortexm_common}")
set(CMAKE_CXX_FLAGS_INIT "${_fennec_cortexm_common} -fno-exceptions -fno-rtti \
-fno-threadsafe-statics -fno-use-cxa-atexit")
# The release flags as cache entries: CMake's *_FLAGS_RELEASE_INIT would get its -O3 appended.
set(CMAKE_C_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "Flags of Release builds")
set(CMAKE_CXX_FLAGS_RELEASE "-O2 -DNDEBUG" CACHE STRING "Flags of Release builds")
# newlib-nano, and system calls as stubs (nosys): programs talk to the host through semihosting
# (tools/cortexm), and bring their own start-up code (-nostartfiles).
set(CMAKE_EXE_LINKER_FLAGS_INIT
    "-nostartfiles --specs=nano.specs --specs=nosys.specs -Wl,--gc-sections")
