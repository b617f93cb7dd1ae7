# The static_asserts of fully_connected_geometry() (kernels/fennec/kernels/params/fully_connected.hpp),
# each with its twin.
fennec_add_compile_fail_test(fully_connected_input_size SOURCE fully_connected_input_size.cpp
    ERROR "fully_connected: the input must hold batches x the weights' input size")
fennec_add_compile_fail_test(fully_connected_output_size SOURCE fully_connected_output_size.cpp
    ERROR "fully_connected: the output's last dimension must equal the weights' output size")
fennec_add_compile_fail_test(fully_connected_weights_rank SOURCE fully_connected_weights_rank.cpp
    ERROR "fully_connected: the weights must have rank 2")
