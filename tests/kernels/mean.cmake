# kernels.mean: the portable kernel against tests/reference/mean_reference.hpp (random sweeps over
# ranks 1-6 and axis sets, real MEAN layers through the typed form).
# kernels.mean.golden: the same executable on the shared models' MEAN ops, against TFLM's layer
# dumps; it pins down which TFLM code path the kernel reproduces.
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.mean SOURCES test_mean.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.mean.golden test_kernels_mean)
