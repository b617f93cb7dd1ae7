# The static_asserts of fully_connected_geometry()
# (kernels/fennec/kernels/params/fully_connected.hpp): one case each in fully_connected.cpp, each
# with its twin.
fennec_add_compile_fail_test(fully_connected_input_size SOURCE fully_connected.cpp CASE input_size
    ERROR "fully_connected: the input must hold batches x the weights' input size")
fennec_add_compile_fail_test(fully_connected_output_size SOURCE fully_connected.cpp CASE output_size
    ERROR "fully_connected: the output's last dimension must equal the weights' output size")
fennec_add_compile_fail_test(fully_connected_weights_rank
    SOURCE fully_connected.cpp CASE weights_rank
    ERROR "fully_connected: the weights must have rank 2")
