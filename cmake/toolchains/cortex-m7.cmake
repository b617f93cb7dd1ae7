# Toolchain for the Cortex-M7: ARMv7E-M with DSP and the double-precision FPU (fpv5-d16),
# hard-float ABI. QEMU machine: mps2-an500.
set(FENNEC_CORTEXM_CORE cortex-m7)
set(FENNEC_CORTEXM_CPU_FLAGS "-mcpu=cortex-m7 -mthumb -mfloat-abi=hard -mfpu=fpv5-d16")
include("${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake")
