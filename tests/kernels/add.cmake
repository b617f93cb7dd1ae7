# kernels.add: the portable kernel against tests/reference (exact) and the real sum, swept over
# random broadcast shapes; the typed form on model shapes.
# kernels.add.golden: the same executable on every ADD of the shared models, against TFLM's layer
# dumps (fused activations read from the .tflite files).
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.add SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_add.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.add.golden test_kernels_add)
