# The static_assert of logistic's typed front end (kernels/fennec/kernels/params/logistic.hpp), with its twin.
fennec_add_compile_fail_test(logistic_shape_mismatch SOURCE logistic_shape_mismatch.cpp
    ERROR "logistic: output shape must equal input shape")
