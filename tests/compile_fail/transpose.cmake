# The static_asserts of transpose_geometry() (kernels/fennec/kernels/params/transpose.hpp), each
# with its twin.
fennec_add_compile_fail_test(transpose_output_shape SOURCE transpose_output_shape.cpp
    ERROR "transpose: output dimension i must equal input dimension permutation.i.")
fennec_add_compile_fail_test(transpose_not_a_permutation SOURCE transpose_not_a_permutation.cpp
    ERROR "transpose: the permutation must name every axis 0..rank-1 exactly once")
fennec_add_compile_fail_test(transpose_axis_out_of_range SOURCE transpose_axis_out_of_range.cpp
    ERROR "transpose: the permutation must name every axis 0..rank-1 exactly once")
fennec_add_compile_fail_test(transpose_permutation_length SOURCE transpose_permutation_length.cpp
    ERROR "transpose: the permutation must have one entry per input dimension")
fennec_add_compile_fail_test(transpose_output_rank SOURCE transpose_output_rank.cpp
    ERROR "transpose: the output must have the input's rank")
