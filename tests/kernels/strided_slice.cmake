# kernels.strided_slice: the portable kernel against tests/reference/strided_slice_reference.hpp.
# (None of the shared models slices an int8 tensor, so there is no golden run.)
fennec_add_test(kernels.strided_slice SOURCES test_strided_slice.cpp LABELS kernels SWEEP)
