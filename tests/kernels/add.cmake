# add: the portable kernel against tests/reference (exact) and the real sum, swept over random
# broadcast shapes; the typed form on model shapes.
fennec_add_test(kernels.add SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_add.cpp LABELS kernels SWEEP)
