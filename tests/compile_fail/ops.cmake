# The op descriptors (include/fennec/ops/) and the graph checks a hand-written graph can hit, each
# with its twin. Every case forms the graph (or the op) type and never instantiates invoke(): the
# checks fire when the type is formed.
fennec_add_compile_fail_test(ops_read_before_written SOURCE ops_read_before_written.cpp
    ERROR "graph: an op reads a tensor that is neither a graph input nor written by an earlier op")
fennec_add_compile_fail_test(ops_written_twice SOURCE ops_written_twice.cpp
    ERROR "graph: a tensor is written by two ops")
fennec_add_compile_fail_test(ops_two_shapes SOURCE ops_two_shapes.cpp
    ERROR "graph: a tensor id is declared with two different shapes")
fennec_add_compile_fail_test(ops_output_not_written SOURCE ops_output_not_written.cpp
    ERROR "graph: a graph output is written by no op")
fennec_add_compile_fail_test(ops_shape_mismatch SOURCE ops_shape_mismatch.cpp
    ERROR "fully_connected: the output's last dimension must equal the weights' output size")
fennec_add_compile_fail_test(ops_int8_tensors SOURCE ops_int8_tensors.cpp
    ERROR "ops: every activation tensor of this op must be int8")
fennec_add_compile_fail_test(ops_quantize_float_input SOURCE ops_quantize_float_input.cpp
    ERROR "quantize: the input must be a float tensor")
fennec_add_compile_fail_test(ops_dequantize_float_output SOURCE ops_dequantize_float_output.cpp
    ERROR "dequantize: the output must be a float tensor")
fennec_add_compile_fail_test(ops_concatenation_inputs SOURCE ops_concatenation_inputs.cpp
    ERROR "concatenation: the inputs must be a fennec::TensorList")
fennec_add_compile_fail_test(ops_reshape_element_count SOURCE ops_reshape_element_count.cpp
    ERROR "reshape: the new shape must have as many elements as the old one")
fennec_add_compile_fail_test(ops_squeeze_non_unit SOURCE ops_squeeze_non_unit.cpp
    ERROR "squeeze: the new shape must be the old shape with only size-1 dimensions removed")
fennec_add_compile_fail_test(ops_view_element_type SOURCE ops_view_element_type.cpp
    ERROR "reshape, squeeze: the input and output must have the same element type")
