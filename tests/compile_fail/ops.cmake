# The op descriptors (include/fennec/ops/) and the graph checks a hand-written graph can hit: one
# case each in ops.cpp, each with its twin. Every case forms the graph (or the op) type and never
# instantiates invoke(): the checks fire when the type is formed.
fennec_add_compile_fail_test(ops_read_before_written SOURCE ops.cpp CASE read_before_written
    ERROR "graph: an op reads a tensor that is neither a graph input nor written by an earlier op")
fennec_add_compile_fail_test(ops_written_twice SOURCE ops.cpp CASE written_twice
    ERROR "graph: a tensor is written by two ops")
fennec_add_compile_fail_test(ops_two_shapes SOURCE ops.cpp CASE two_shapes
    ERROR "graph: a tensor id is declared with two different shapes")
fennec_add_compile_fail_test(ops_output_not_written SOURCE ops.cpp CASE output_not_written
    ERROR "graph: a graph output is written by no op")
fennec_add_compile_fail_test(ops_shape_mismatch SOURCE ops.cpp CASE shape_mismatch
    ERROR "fully_connected: the output's last dimension must equal the weights' output size")
fennec_add_compile_fail_test(ops_int8_tensors SOURCE ops.cpp CASE int8_tensors
    ERROR "ops: every activation tensor of this op must be int8")
fennec_add_compile_fail_test(ops_quantize_float_input SOURCE ops.cpp CASE quantize_float_input
    ERROR "quantize: the input must be a float tensor")
fennec_add_compile_fail_test(ops_dequantize_float_output SOURCE ops.cpp CASE dequantize_float_output
    ERROR "dequantize: the output must be a float tensor")
fennec_add_compile_fail_test(ops_concatenation_inputs SOURCE ops.cpp CASE concatenation_inputs
    ERROR "concatenation: the inputs must be a fennec::TensorList")
fennec_add_compile_fail_test(ops_reshape_element_count SOURCE ops.cpp CASE reshape_element_count
    ERROR "reshape: the target shape must have as many elements as the old one")
fennec_add_compile_fail_test(ops_squeeze_non_unit SOURCE ops.cpp CASE squeeze_non_unit
    ERROR "squeeze: the target shape must be the old shape with only size-1 dimensions removed")
fennec_add_compile_fail_test(ops_view_element_type SOURCE ops.cpp CASE view_element_type
    ERROR "reshape, squeeze: the input and output must have the same element type")
