# The static_asserts of mul_geometry() (kernels/fennec/kernels/params/mul.hpp), each with its twin.
fennec_add_compile_fail_test(mul_shapes_not_broadcastable SOURCE mul_shapes_not_broadcastable.cpp
    ERROR "mul: input shapes must be broadcast-compatible")
fennec_add_compile_fail_test(mul_output_not_broadcast SOURCE mul_output_not_broadcast.cpp
    ERROR "mul: output shape must be the broadcast of the input shapes")
