# kernels.pad: the portable PAD / PADV2 kernel against tests/reference/pad_reference.hpp.
# kernels.pad.golden: the same executable on the models' PAD ops, against TFLM's layer dumps
# (the hidden [golden] test case; it exits with the skip code when ../shared is absent).
find_package(nlohmann_json 3 REQUIRED)
fennec_add_test(kernels.pad SOURCES test_pad.cpp LABELS kernels SWEEP
                LIBRARIES nlohmann_json::nlohmann_json)
add_test(NAME kernels.pad.golden COMMAND test_kernels_pad "[golden]" --use-colour no)
set_tests_properties(kernels.pad.golden PROPERTIES
    LABELS "kernels;golden"
    ENVIRONMENT "FENNEC_SHARED_DIR=${FENNEC_SHARED_DIR}"
    SKIP_RETURN_CODE ${FENNEC_SKIP_RETURN_CODE})
