# kernels.logistic: the portable kernel against TFLM's arithmetic re-derived in tests/reference
# (exact) and against the real sigmoid, on all 256 inputs of each random input quantization.
# kernels.logistic.golden: the same executable on every LOGISTIC of the shared models, against
# TFLM's layer dumps.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.logistic SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_logistic.cpp
                LABELS kernels SWEEP LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.logistic.golden test_kernels_logistic)
