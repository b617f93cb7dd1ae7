# The static_asserts of pad_geometry() (kernels/fennec/kernels/params/pad.hpp): one case each in
# pad.cpp, each with its twin.
fennec_add_compile_fail_test(pad_output_shape SOURCE pad.cpp CASE output_shape
    ERROR "pad: each output dimension must equal padding before \\+ input dimension \\+ padding after")
fennec_add_compile_fail_test(pad_paddings_rank SOURCE pad.cpp CASE paddings_rank
    ERROR "pad: there must be one .before, after. padding pair per input dimension")
fennec_add_compile_fail_test(pad_output_rank SOURCE pad.cpp CASE output_rank
    ERROR "pad: the output must have the input's rank")
fennec_add_compile_fail_test(pad_negative_padding SOURCE pad.cpp CASE negative_padding
    ERROR "pad: paddings must not be negative")
fennec_add_compile_fail_test(pad_odd_paddings SOURCE pad.cpp CASE odd_paddings
    ERROR "pad: paddings come in .before, after. pairs, one pair per dimension")
