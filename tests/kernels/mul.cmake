# mul: the portable kernel against tests/reference (exact) and the real product, swept over random
# broadcast shapes; the typed form on model-like shapes.
fennec_add_test(kernels.mul SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_mul.cpp LABELS kernels SWEEP)
