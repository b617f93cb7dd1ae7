# kernels.resize_nearest_neighbor: the portable kernel and its integer source-index arithmetic
# against tests/reference/resize_nearest_neighbor_reference.hpp (TFLM's float computation).
# kernels.resize_nearest_neighbor.golden: the same executable on the shared models' ops, against
# TFLM's layer dumps.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.resize_nearest_neighbor SOURCES test_resize_nearest_neighbor.cpp
                LABELS kernels SWEEP LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.resize_nearest_neighbor.golden test_kernels_resize_nearest_neighbor)
