# The static_assert of softmax's typed front end (kernels/fennec/kernels/params/softmax.hpp), with its twin.
fennec_add_compile_fail_test(softmax_shape_mismatch SOURCE softmax_shape_mismatch.cpp
    ERROR "softmax: output shape must equal input shape")
