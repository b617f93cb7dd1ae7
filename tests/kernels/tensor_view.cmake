# kernels.tensor_view: TensorView, reshape and squeeze (include/fennec/core/tensor_view.hpp), the
# zero-copy form of RESHAPE and SQUEEZE.
fennec_add_test(kernels.tensor_view SOURCES test_tensor_view.cpp LABELS kernels)
