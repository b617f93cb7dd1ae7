# kernels.concatenation: the portable kernel against tests/reference/concatenation_reference.hpp.
# (None of the shared models has a CONCATENATION, so there is no golden run.)
fennec_add_test(kernels.concatenation SOURCES test_concatenation.cpp LABELS kernels SWEEP)
