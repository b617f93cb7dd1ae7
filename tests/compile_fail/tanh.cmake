# The static_assert of tanh's typed front end (kernels/fennec/kernels/params/tanh.hpp), with its twin.
fennec_add_compile_fail_test(tanh_shape_mismatch SOURCE tanh_shape_mismatch.cpp
    ERROR "tanh: output shape must equal input shape")
