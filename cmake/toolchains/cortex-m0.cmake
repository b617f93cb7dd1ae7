# Toolchain for the Cortex-M0: ARMv6-M, no FPU (soft float). It stands in for the RP2040's
# Cortex-M0+, which QEMU 7.2 lacks; both run the same instruction set. QEMU machine: microbit.
set(FENNEC_CORTEXM_CORE cortex-m0)
set(FENNEC_CORTEXM_CPU_FLAGS "-mcpu=cortex-m0 -mthumb -mfloat-abi=soft")
include("${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake")
