# The static_asserts of mul_geometry() (kernels/fennec/kernels/params/mul.hpp): one case each in
# mul.cpp, each with its twin.
fennec_add_compile_fail_test(mul_shapes_not_broadcastable
    SOURCE mul.cpp CASE shapes_not_broadcastable
    ERROR "mul: input shapes must be broadcast-compatible")
fennec_add_compile_fail_test(mul_output_not_broadcast SOURCE mul.cpp CASE output_not_broadcast
    ERROR "mul: output shape must be the broadcast of the input shapes")
