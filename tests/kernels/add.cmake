# kernels.add: the portable kernel against tests/reference (exact) and the real sum, swept over
# random broadcast shapes; the typed form on model shapes.
# kernels.add.golden: the same executable on every ADD of the shared models, against TFLM's layer
# dumps (fused activations read from the .tflite files).
include("${CMAKE_CURRENT_LIST_DIR}/golden_run.cmake")
fennec_add_test(kernels.add SOURCES ${CMAKE_CURRENT_LIST_DIR}/test_add.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
fennec_add_golden_run(kernels.add.golden test_kernels_add)
# g++ 12 at -O3 (a Release build) reports -Wfree-nonheap-object inside std::vector's deallocation
# in the broadcast reference: a false positive of its inlined allocator (the test frees nothing
# itself; ASan and UBSan runs are clean). Silenced for this test only, so Release builds of the
# suite stay -Werror clean.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_compile_options(test_kernels_add PRIVATE -Wno-free-nonheap-object)
endif()
