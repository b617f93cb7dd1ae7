# The part every fennec Cortex-M toolchain file shares: Debian's arm-none-eabi GCC with newlib and
# libstdc++ (packages gcc-arm-none-eabi, libnewlib-arm-none-eabi, libstdc++-arm-none-eabi-newlib),
# bare metal, C++17 without exceptions or RTTI. Not used on its own: a core's file
# (cortex-m0.cmake ... cortex-m55.cmake) sets FENNEC_CORTEXM_CORE and FENNEC_CORTEXM_CPU_FLAGS and
# then includes this one.
#
#   cmake -S <project> -B <build> -DCMAKE_TOOLCHAIN_FILE=<fennec>/cmake/toolchains/cortex-m4.cmake
#
# Release flags: -O3. Measured with bench-cortexm (the layers of CMSIS-NN's instruction-count
# table through fennec's portable kernels, typed forms, on the M4): -O3 executes 1.0x to 3.4x
# fewer instructions than -O2 (KWS conv1 3.8 M vs 10.9 M, VWW dw 4.4 M vs 12.7 M; equal on the
# fully connected layers) for 0.2 % more flash, because it inlines the size-erased kernel into
# its typed form and specialises the loops on the constant geometry. -Os executes 1.1x to 2.4x
# more than -O2. MinSizeRel stays available for flash-bound builds.
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
# The release flags as cache entries (CMake appends its own defaults to *_FLAGS_RELEASE_INIT).
# An existing build tree keeps the flags it was first configured with.
set(CMAKE_C_FLAGS_RELEASE "-O3 -DNDEBUG" CACHE STRING "Flags of Release builds")
set(CMAKE_CXX_FLAGS_RELEASE "-O3 -DNDEBUG" CACHE STRING "Flags of Release builds")
# newlib-nano, and system calls as stubs (nosys): programs talk to the host through semihosting
# (tools/cortexm), and bring their own start-up code (-nostartfiles).
set(CMAKE_EXE_LINKER_FLAGS_INIT
    "-nostartfiles --specs=nano.specs --specs=nosys.specs -Wl,--gc-sections")
