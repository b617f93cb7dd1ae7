# kernels.softmax: the portable kernel against TFLM's arithmetic re-derived in tests/reference
# (exact) and against the real softmax, swept over rows of 1-1000 elements and betas 0.1-10.
# kernels.softmax.golden: the same executable on every int8 SOFTMAX of the shared models, against
# TFLM's layer dumps.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.softmax SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_softmax.cpp LABELS kernels
                SWEEP LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.softmax.golden test_kernels_softmax)
