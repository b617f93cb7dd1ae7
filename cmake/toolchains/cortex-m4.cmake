# Toolchain for the Cortex-M4F: ARMv7E-M with the DSP extension (__ARM_FEATURE_DSP) and the
# single-precision FPU, hard-float ABI. QEMU machine: mps2-an386.
set(FENNEC_CORTEXM_CORE cortex-m4)
set(FENNEC_CORTEXM_CPU_FLAGS "-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16")
include("${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake")
