# The static_asserts of the quantize family's typed front ends
# (kernels/fennec/kernels/params/quantize.hpp), each with its twin.
fennec_add_compile_fail_test(quantize_shape_mismatch SOURCE quantize_shape_mismatch.cpp
    ERROR "quantize: output shape must equal input shape")
fennec_add_compile_fail_test(dequantize_shape_mismatch SOURCE dequantize_shape_mismatch.cpp
    ERROR "dequantize: output shape must equal input shape")
fennec_add_compile_fail_test(requantize_shape_mismatch SOURCE requantize_shape_mismatch.cpp
    ERROR "requantize: output shape must equal input shape")
