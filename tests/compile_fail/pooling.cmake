# The static_asserts of pool2d_geometry() (kernels/fennec/kernels/params/pooling.hpp): one case
# each in pooling.cpp, each with its twin.
fennec_add_compile_fail_test(pooling_output_height SOURCE pooling.cpp CASE output_height
    ERROR "pool2d: output height must follow from input height, filter height, stride and padding")
fennec_add_compile_fail_test(pooling_output_width SOURCE pooling.cpp CASE output_width
    ERROR "pool2d: output width must follow from input width, filter width, stride and padding")
fennec_add_compile_fail_test(pooling_channels SOURCE pooling.cpp CASE channels
    ERROR "pool2d: output channels must equal input channels")
fennec_add_compile_fail_test(pooling_batches SOURCE pooling.cpp CASE batches
    ERROR "pool2d: output batches must equal input batches")
fennec_add_compile_fail_test(pooling_valid_filter SOURCE pooling.cpp CASE valid_filter
    ERROR "pool2d: with VALID padding the filter must fit inside the input")
fennec_add_compile_fail_test(pooling_dilation SOURCE pooling.cpp CASE dilation
    ERROR "pool2d: pooling windows have no dilation")
