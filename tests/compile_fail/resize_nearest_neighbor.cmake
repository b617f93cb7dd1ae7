# The static_asserts of resize_nearest_neighbor_geometry()
# (kernels/fennec/kernels/params/resize_nearest_neighbor.hpp): one case each in
# resize_nearest_neighbor.cpp, each with its twin.
fennec_add_compile_fail_test(resize_nearest_neighbor_channels
    SOURCE resize_nearest_neighbor.cpp CASE channels
    ERROR "resize_nearest_neighbor: output channels must equal input channels")
fennec_add_compile_fail_test(resize_nearest_neighbor_batches
    SOURCE resize_nearest_neighbor.cpp CASE batches
    ERROR "resize_nearest_neighbor: output batches must equal input batches")
fennec_add_compile_fail_test(resize_nearest_neighbor_input_rank
    SOURCE resize_nearest_neighbor.cpp CASE input_rank
    ERROR "resize_nearest_neighbor: the input must have rank 4 .NHWC.")
fennec_add_compile_fail_test(resize_nearest_neighbor_output_rank
    SOURCE resize_nearest_neighbor.cpp CASE output_rank
    ERROR "resize_nearest_neighbor: the output must have rank 4 .NHWC.")
