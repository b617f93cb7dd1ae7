# The static_asserts of add_geometry() (kernels/fennec/kernels/params/add.hpp): one case each in
# add.cpp, each with its twin.
fennec_add_compile_fail_test(add_shapes_not_broadcastable
    SOURCE add.cpp CASE shapes_not_broadcastable
    ERROR "add: input shapes must be broadcast-compatible")
fennec_add_compile_fail_test(add_output_not_broadcast SOURCE add.cpp CASE output_not_broadcast
    ERROR "add: output shape must be the broadcast of the input shapes")
