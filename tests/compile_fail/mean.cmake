# The static_asserts of mean_geometry() (kernels/fennec/kernels/params/mean.hpp), each with its twin.
fennec_add_compile_fail_test(mean_axis_range SOURCE mean_axis_range.cpp
    ERROR "mean: every axis must lie in")
fennec_add_compile_fail_test(mean_output_keep_dims SOURCE mean_output_keep_dims.cpp
    ERROR "mean: the output shape must be the input shape with the averaged axes set to 1")
fennec_add_compile_fail_test(mean_output_shape SOURCE mean_output_shape.cpp
    ERROR "mean: the output shape must be the input shape with the averaged axes set to 1")
