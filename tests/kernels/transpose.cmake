# kernels.transpose: the portable TRANSPOSE kernel against tests/reference/transpose_reference.hpp.
# kernels.transpose.golden: the same executable on the models' TRANSPOSE ops, against TFLM's layer
# dumps (the hidden [golden] test case; it exits with the skip code when ../shared is absent).
find_package(nlohmann_json 3 REQUIRED)
fennec_add_test(kernels.transpose SOURCES test_transpose.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
add_test(NAME kernels.transpose.golden COMMAND test_kernels_transpose "[golden]" --use-colour no)
set_tests_properties(kernels.transpose.golden PROPERTIES
    LABELS "kernels;golden"
    ENVIRONMENT "FENNEC_SHARED_DIR=${FENNEC_SHARED_DIR}"
    SKIP_RETURN_CODE ${FENNEC_SKIP_RETURN_CODE})
