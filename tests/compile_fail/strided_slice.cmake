# The static_asserts of strided_slice_geometry() (kernels/fennec/kernels/params/strided_slice.hpp):
# one case each in strided_slice.cpp, each with its twin.
set(_slice_shape_rule "strided_slice: the output shape must be the number of indices begin, end")
fennec_add_compile_fail_test(strided_slice_output_shape SOURCE strided_slice.cpp CASE output_shape
    ERROR "${_slice_shape_rule}")
fennec_add_compile_fail_test(strided_slice_shrunk_axis_kept
    SOURCE strided_slice.cpp CASE shrunk_axis_kept
    ERROR "${_slice_shape_rule}")
fennec_add_compile_fail_test(strided_slice_zero_stride SOURCE strided_slice.cpp CASE zero_stride
    ERROR "strided_slice: every stride must be non-zero")
fennec_add_compile_fail_test(strided_slice_ellipsis_mask SOURCE strided_slice.cpp CASE ellipsis_mask
    ERROR "strided_slice: ellipsis_mask and new_axis_mask must be 0")
fennec_add_compile_fail_test(strided_slice_new_axis_mask SOURCE strided_slice.cpp CASE new_axis_mask
    ERROR "strided_slice: ellipsis_mask and new_axis_mask must be 0")
fennec_add_compile_fail_test(strided_slice_indices_rank SOURCE strided_slice.cpp CASE indices_rank
    ERROR "strided_slice: begin, end and strides need one entry per input dimension")
fennec_add_compile_fail_test(strided_slice_shrink_negative_stride
    SOURCE strided_slice.cpp CASE shrink_negative_stride
    ERROR "strided_slice: a shrunk axis must have a positive stride")
fennec_add_compile_fail_test(strided_slice_shrink_out_of_range
    SOURCE strided_slice.cpp CASE shrink_out_of_range
    ERROR "strided_slice: a shrunk axis must begin inside the input")
fennec_add_compile_fail_test(strided_slice_argument_order
    SOURCE strided_slice.cpp CASE argument_order
    ERROR "strided_slice: pass SliceBegin, SliceEnd and SliceStrides, in that order")
