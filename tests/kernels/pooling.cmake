# kernels.pooling: average_pool2d and max_pool2d against tests/reference/pooling_reference.hpp.
# kernels.pooling.golden: the same executable on the shared models' pooling ops, against TFLM's
# layer dumps.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.pooling SOURCES test_pooling.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.pooling.golden test_kernels_pooling)
