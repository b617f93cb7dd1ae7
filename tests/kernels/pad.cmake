# kernels.pad: the portable kernel against tests/reference/pad_reference.hpp.
# kernels.pad.golden: the same executable on the shared models' ops, against TFLM's layer dumps.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.pad SOURCES test_pad.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.pad.golden test_kernels_pad)
