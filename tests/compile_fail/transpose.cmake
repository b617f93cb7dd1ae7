# The static_asserts of transpose_geometry() (kernels/fennec/kernels/params/transpose.hpp): one case
# each in transpose.cpp, each with its twin.
fennec_add_compile_fail_test(transpose_output_shape SOURCE transpose.cpp CASE output_shape
    ERROR "transpose: output dimension i must equal input dimension permutation.i.")
fennec_add_compile_fail_test(transpose_not_a_permutation SOURCE transpose.cpp CASE not_a_permutation
    ERROR "transpose: the permutation must name every axis 0..rank-1 exactly once")
fennec_add_compile_fail_test(transpose_axis_out_of_range SOURCE transpose.cpp CASE axis_out_of_range
    ERROR "transpose: the permutation must name every axis 0..rank-1 exactly once")
fennec_add_compile_fail_test(transpose_permutation_length
    SOURCE transpose.cpp CASE permutation_length
    ERROR "transpose: the permutation must have one entry per input dimension")
fennec_add_compile_fail_test(transpose_output_rank SOURCE transpose.cpp CASE output_rank
    ERROR "transpose: the output must have the input's rank")
