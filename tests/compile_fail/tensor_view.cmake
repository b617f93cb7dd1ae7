# The static_asserts of include/fennec/core/tensor_view.hpp: one case each in tensor_view.cpp,
# each with its twin.
fennec_add_compile_fail_test(tensor_view_reshape_element_count
    SOURCE tensor_view.cpp CASE reshape_element_count
    ERROR "reshape: the target shape must have as many elements as the old one")
fennec_add_compile_fail_test(tensor_view_squeeze_non_unit
    SOURCE tensor_view.cpp CASE squeeze_non_unit
    ERROR "squeeze: the target shape must be the old shape with only size-1 dimensions removed")
fennec_add_compile_fail_test(tensor_view_index_count SOURCE tensor_view.cpp CASE index_count
    ERROR "TensorView: element access needs exactly one index per dimension")
