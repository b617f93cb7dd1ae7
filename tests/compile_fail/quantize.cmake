# The static_asserts of the quantize family's typed front ends
# (kernels/fennec/kernels/params/quantize.hpp): one case each in quantize.cpp, each with its twin.
fennec_add_compile_fail_test(quantize_shape_mismatch SOURCE quantize.cpp CASE quantize
    ERROR "quantize: output shape must equal input shape")
fennec_add_compile_fail_test(dequantize_shape_mismatch SOURCE quantize.cpp CASE dequantize
    ERROR "dequantize: output shape must equal input shape")
fennec_add_compile_fail_test(requantize_shape_mismatch SOURCE quantize.cpp CASE requantize
    ERROR "requantize: output shape must equal input shape")
