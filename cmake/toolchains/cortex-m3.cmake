# Toolchain for the Cortex-M3: ARMv7-M, no DSP extension, no FPU (soft float).
# QEMU machine: mps2-an385.
set(FENNEC_CORTEXM_CORE cortex-m3)
set(FENNEC_CORTEXM_CPU_FLAGS "-mcpu=cortex-m3 -mthumb -mfloat-abi=soft")
include("${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake")
