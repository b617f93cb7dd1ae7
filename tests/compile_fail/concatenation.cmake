# The static_asserts of concatenation_geometry() (kernels/fennec/kernels/params/concatenation.hpp),
# each with its twin.
fennec_add_compile_fail_test(concatenation_axis_sum SOURCE concatenation_axis_sum.cpp
    ERROR "concatenation: the output's size along the axis must be the sum of the inputs' sizes")
fennec_add_compile_fail_test(concatenation_off_axis SOURCE concatenation_off_axis.cpp
    ERROR "concatenation: every input must equal the output in every dimension but the axis")
fennec_add_compile_fail_test(concatenation_input_rank SOURCE concatenation_input_rank.cpp
    ERROR "concatenation: every input must have the output's rank")
fennec_add_compile_fail_test(concatenation_axis_range SOURCE concatenation_axis_range.cpp
    ERROR "concatenation: the axis must lie in .-rank, rank. of the output")
fennec_add_compile_fail_test(concatenation_too_many_inputs SOURCE concatenation_too_many_inputs.cpp
    ERROR "concatenation: at most 10 inputs")
fennec_add_compile_fail_test(concatenation_no_inputs SOURCE concatenation_no_inputs.cpp
    ERROR "concatenation: there must be at least one input")
