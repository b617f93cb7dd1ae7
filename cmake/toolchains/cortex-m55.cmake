# Toolchain for the Cortex-M55: ARMv8.1-M with Helium (__ARM_FEATURE_MVE = 3: integer and float
# MVE), DSP and the double-precision FPU, hard-float ABI. No -mfpu: GCC 12's default (auto) takes
# the FPU and MVE from -mcpu. Debian's GCC 12 links the v8-m.main+dp multilib for these flags,
# whose newlib runs unchanged on v8.1-M. QEMU machine: mps3-an547 (Secure aliases, TCMs).
set(FENNEC_CORTEXM_CORE cortex-m55)
set(FENNEC_CORTEXM_CPU_FLAGS "-mcpu=cortex-m55 -mthumb -mfloat-abi=hard")
include("${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake")
