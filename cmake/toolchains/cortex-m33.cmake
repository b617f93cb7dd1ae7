# Toolchain for the Cortex-M33: ARMv8-M Mainline with DSP and the single-precision FPU,
# hard-float ABI. QEMU machine: mps2-an505 (code and data at the Secure aliases).
set(FENNEC_CORTEXM_CORE cortex-m33)
set(FENNEC_CORTEXM_CPU_FLAGS "-mcpu=cortex-m33 -mthumb -mfloat-abi=hard -mfpu=fpv5-sp-d16")
include("${CMAKE_CURRENT_LIST_DIR}/arm-none-eabi.cmake")
