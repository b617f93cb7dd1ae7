# kernels.transpose: the portable kernel against tests/reference/transpose_reference.hpp.
# kernels.transpose.golden: the same executable on the shared models' ops, against TFLM's layer dumps.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.transpose SOURCES test_transpose.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.transpose.golden test_kernels_transpose)
