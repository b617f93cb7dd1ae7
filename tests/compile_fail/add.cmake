# The static_asserts of add_geometry() (kernels/fennec/kernels/params/add.hpp), each with its twin.
fennec_add_compile_fail_test(add_shapes_not_broadcastable SOURCE add_shapes_not_broadcastable.cpp
    ERROR "add: input shapes must be broadcast-compatible")
fennec_add_compile_fail_test(add_output_not_broadcast SOURCE add_output_not_broadcast.cpp
    ERROR "add: output shape must be the broadcast of the input shapes")
