# The static_asserts of concatenation_geometry() (kernels/fennec/kernels/params/concatenation.hpp):
# one case each in concatenation.cpp, each with its twin.
fennec_add_compile_fail_test(concatenation_axis_sum SOURCE concatenation.cpp CASE axis_sum
    ERROR "concatenation: the output's size along the axis must be the sum of the inputs' sizes")
fennec_add_compile_fail_test(concatenation_off_axis SOURCE concatenation.cpp CASE off_axis
    ERROR "concatenation: every input must equal the output in every dimension but the axis")
fennec_add_compile_fail_test(concatenation_input_rank SOURCE concatenation.cpp CASE input_rank
    ERROR "concatenation: every input must have the output's rank")
fennec_add_compile_fail_test(concatenation_axis_range SOURCE concatenation.cpp CASE axis_range
    ERROR "concatenation: the axis must lie in .-rank, rank. of the output")
fennec_add_compile_fail_test(concatenation_too_many_inputs
    SOURCE concatenation.cpp CASE too_many_inputs
    ERROR "concatenation: at most 10 inputs")
fennec_add_compile_fail_test(concatenation_no_inputs SOURCE concatenation.cpp CASE no_inputs
    ERROR "concatenation: there must be at least one input")
