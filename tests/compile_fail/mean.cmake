# The static_asserts of mean_geometry() (kernels/fennec/kernels/params/mean.hpp): one case each in
# mean.cpp, each with its twin.
fennec_add_compile_fail_test(mean_axis_range SOURCE mean.cpp CASE axis_range
    ERROR "mean: every axis must lie in")
fennec_add_compile_fail_test(mean_output_keep_dims SOURCE mean.cpp CASE output_keep_dims
    ERROR "mean: the output shape must be the input shape with the averaged axes set to 1")
fennec_add_compile_fail_test(mean_output_shape SOURCE mean.cpp CASE output_shape
    ERROR "mean: the output shape must be the input shape with the averaged axes set to 1")
