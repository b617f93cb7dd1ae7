# conv2d and depthwise_conv2d: the portable kernels against tests/reference, swept (SWEEP: CI and
# full counts) and through the typed form on MLPerf Tiny layer shapes.
fennec_add_test(kernels.conv2d SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_conv2d.cpp LABELS kernels SWEEP)
fennec_add_test(kernels.depthwise_conv2d SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_depthwise_conv2d.cpp
                LABELS kernels SWEEP)
