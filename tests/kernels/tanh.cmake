# kernels.tanh: the portable kernel against TFLM's arithmetic re-derived in tests/reference (exact)
# and against the real tanh, on all 256 inputs of each random input quantization.
fennec_add_test(kernels.tanh SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_tanh.cpp LABELS kernels SWEEP)
