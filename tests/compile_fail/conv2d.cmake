# The static_asserts of conv2d_geometry() and depthwise_conv2d_geometry(): each case is compiled
# with FENNEC_COMPILE_FAIL (must fail with the sentence) and without it (the twin must compile).
fennec_add_compile_fail_test(conv2d_input_rank SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_input_rank.cpp
    ERROR "conv2d: the input must have rank 4")
fennec_add_compile_fail_test(conv2d_filter_rank SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_filter_rank.cpp
    ERROR "conv2d: the filter must have rank 4")
fennec_add_compile_fail_test(conv2d_output_rank SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_output_rank.cpp
    ERROR "conv2d: the output must have rank 4")
fennec_add_compile_fail_test(conv2d_not_a_shape SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_not_a_shape.cpp
    ERROR "conv2d: the input, filter and output shapes must be fennec::Shape types")
fennec_add_compile_fail_test(conv2d_filter_input_channels SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_filter_input_channels.cpp
    ERROR "conv2d: filter input channels")
fennec_add_compile_fail_test(conv2d_output_channels SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_output_channels.cpp
    ERROR "conv2d: output channels must equal filter output channels")
fennec_add_compile_fail_test(conv2d_batches SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_batches.cpp
    ERROR "conv2d: output batches must equal input batches")
fennec_add_compile_fail_test(conv2d_output_height SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_output_height.cpp
    ERROR "conv2d: output height must follow from")
fennec_add_compile_fail_test(conv2d_output_width SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_output_width.cpp
    ERROR "conv2d: output width must follow from")
fennec_add_compile_fail_test(conv2d_valid_filter_fits SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_valid_filter_fits.cpp
    ERROR "conv2d: with VALID padding the dilated filter must fit inside the input")
fennec_add_compile_fail_test(conv2d_accumulation_depth SOURCE ${CMAKE_CURRENT_LIST_DIR}/conv2d_accumulation_depth.cpp
    ERROR "conv2d: filter height [*] filter width [*] input channels must not exceed 65536")

fennec_add_compile_fail_test(depthwise_conv2d_input_rank SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_input_rank.cpp
    ERROR "depthwise_conv2d: the input must have rank 4")
fennec_add_compile_fail_test(depthwise_conv2d_filter_rank SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_filter_rank.cpp
    ERROR "depthwise_conv2d: the filter must have rank 4")
fennec_add_compile_fail_test(depthwise_conv2d_output_rank SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_output_rank.cpp
    ERROR "depthwise_conv2d: the output must have rank 4")
fennec_add_compile_fail_test(depthwise_conv2d_not_a_shape SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_not_a_shape.cpp
    ERROR "depthwise_conv2d: the input, filter and output shapes must be fennec::Shape types")
fennec_add_compile_fail_test(depthwise_conv2d_depth_multiplier SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_depth_multiplier.cpp
    ERROR "depthwise_conv2d: the depth multiplier must be at least 1")
fennec_add_compile_fail_test(depthwise_conv2d_output_channels SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_output_channels.cpp
    ERROR "depthwise_conv2d: output channels must equal input channels [*] depth multiplier")
fennec_add_compile_fail_test(depthwise_conv2d_filter_leading_dim SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_filter_leading_dim.cpp
    ERROR "depthwise_conv2d: the filter's first dimension must be 1")
fennec_add_compile_fail_test(depthwise_conv2d_filter_channels SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_filter_channels.cpp
    ERROR "depthwise_conv2d: filter channels [(]dimension 3[)] must equal input channels [*] depth multiplier")
fennec_add_compile_fail_test(depthwise_conv2d_batches SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_batches.cpp
    ERROR "depthwise_conv2d: output batches must equal input batches")
fennec_add_compile_fail_test(depthwise_conv2d_output_height SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_output_height.cpp
    ERROR "depthwise_conv2d: output height must follow from")
fennec_add_compile_fail_test(depthwise_conv2d_output_width SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_output_width.cpp
    ERROR "depthwise_conv2d: output width must follow from")
fennec_add_compile_fail_test(depthwise_conv2d_valid_filter_fits SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_valid_filter_fits.cpp
    ERROR "depthwise_conv2d: with VALID padding the dilated filter must fit inside the")
fennec_add_compile_fail_test(depthwise_conv2d_accumulation_depth SOURCE ${CMAKE_CURRENT_LIST_DIR}/depthwise_conv2d_accumulation_depth.cpp
    ERROR "depthwise_conv2d: filter height [*] filter width must not exceed 65536")
