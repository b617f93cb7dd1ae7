# kernels.quantize: quantize (float -> int8), dequantize (int8 -> float) and requantize
# (int8 -> int8) against tests/reference, bit for bit.
# kernels.quantize.golden: the same executable on every float QUANTIZE and DEQUANTIZE of the
# shared models, against TFLM's layer dumps.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.quantize SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_quantize.cpp
                LABELS kernels SWEEP LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.quantize.golden test_kernels_quantize)
