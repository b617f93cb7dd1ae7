# The static_asserts of conv2d_geometry() and depthwise_conv2d_geometry(), one case each in
# conv2d.cpp and depthwise_conv2d.cpp: compiled with FENNEC_COMPILE_FAIL=<case> (must fail with the
# sentence) and without the define (the twin must compile).
fennec_add_compile_fail_test(conv2d_input_rank SOURCE conv2d.cpp CASE input_rank
    ERROR "conv2d: the input must have rank 4")
fennec_add_compile_fail_test(conv2d_filter_rank SOURCE conv2d.cpp CASE filter_rank
    ERROR "conv2d: the filter must have rank 4")
fennec_add_compile_fail_test(conv2d_output_rank SOURCE conv2d.cpp CASE output_rank
    ERROR "conv2d: the output must have rank 4")
fennec_add_compile_fail_test(conv2d_not_a_shape SOURCE conv2d.cpp CASE not_a_shape
    ERROR "conv2d: the input, filter and output shapes must be fennec::Shape types")
fennec_add_compile_fail_test(conv2d_filter_input_channels
    SOURCE conv2d.cpp CASE filter_input_channels
    ERROR "conv2d: filter input channels")
fennec_add_compile_fail_test(conv2d_output_channels SOURCE conv2d.cpp CASE output_channels
    ERROR "conv2d: output channels must equal filter output channels")
fennec_add_compile_fail_test(conv2d_batches SOURCE conv2d.cpp CASE batches
    ERROR "conv2d: output batches must equal input batches")
fennec_add_compile_fail_test(conv2d_output_height SOURCE conv2d.cpp CASE output_height
    ERROR "conv2d: output height must follow from")
fennec_add_compile_fail_test(conv2d_output_width SOURCE conv2d.cpp CASE output_width
    ERROR "conv2d: output width must follow from")
fennec_add_compile_fail_test(conv2d_valid_filter_fits SOURCE conv2d.cpp CASE valid_filter_fits
    ERROR "conv2d: with VALID padding the dilated filter must fit inside the input")
fennec_add_compile_fail_test(conv2d_accumulation_depth SOURCE conv2d.cpp CASE accumulation_depth
    ERROR "conv2d: filter height [*] filter width [*] input channels must not exceed 65536")

fennec_add_compile_fail_test(depthwise_conv2d_input_rank SOURCE depthwise_conv2d.cpp CASE input_rank
    ERROR "depthwise_conv2d: the input must have rank 4")
fennec_add_compile_fail_test(depthwise_conv2d_filter_rank
    SOURCE depthwise_conv2d.cpp CASE filter_rank
    ERROR "depthwise_conv2d: the filter must have rank 4")
fennec_add_compile_fail_test(depthwise_conv2d_output_rank
    SOURCE depthwise_conv2d.cpp CASE output_rank
    ERROR "depthwise_conv2d: the output must have rank 4")
fennec_add_compile_fail_test(depthwise_conv2d_not_a_shape
    SOURCE depthwise_conv2d.cpp CASE not_a_shape
    ERROR "depthwise_conv2d: the input, filter and output shapes must be fennec::Shape types")
fennec_add_compile_fail_test(depthwise_conv2d_depth_multiplier
    SOURCE depthwise_conv2d.cpp CASE depth_multiplier
    ERROR "depthwise_conv2d: the depth multiplier must be at least 1")
fennec_add_compile_fail_test(depthwise_conv2d_output_channels
    SOURCE depthwise_conv2d.cpp CASE output_channels
    ERROR "depthwise_conv2d: output channels must equal input channels [*] depth multiplier")
fennec_add_compile_fail_test(depthwise_conv2d_filter_leading_dim
    SOURCE depthwise_conv2d.cpp CASE filter_leading_dim
    ERROR "depthwise_conv2d: the filter's first dimension must be 1")
fennec_add_compile_fail_test(depthwise_conv2d_filter_channels
    SOURCE depthwise_conv2d.cpp CASE filter_channels
    ERROR "depthwise_conv2d: filter channels [(]dimension 3[)] must equal input channels [*] depth multiplier")
fennec_add_compile_fail_test(depthwise_conv2d_batches SOURCE depthwise_conv2d.cpp CASE batches
    ERROR "depthwise_conv2d: output batches must equal input batches")
fennec_add_compile_fail_test(depthwise_conv2d_output_height
    SOURCE depthwise_conv2d.cpp CASE output_height
    ERROR "depthwise_conv2d: output height must follow from")
fennec_add_compile_fail_test(depthwise_conv2d_output_width
    SOURCE depthwise_conv2d.cpp CASE output_width
    ERROR "depthwise_conv2d: output width must follow from")
fennec_add_compile_fail_test(depthwise_conv2d_valid_filter_fits
    SOURCE depthwise_conv2d.cpp CASE valid_filter_fits
    ERROR "depthwise_conv2d: with VALID padding the dilated filter must fit inside the")
fennec_add_compile_fail_test(depthwise_conv2d_accumulation_depth
    SOURCE depthwise_conv2d.cpp CASE accumulation_depth
    ERROR "depthwise_conv2d: filter height [*] filter width must not exceed 65536")
