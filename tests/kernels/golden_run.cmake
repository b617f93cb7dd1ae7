# fennec_add_golden_run(<name> <target>): registers <name> running <target>'s hidden "[golden]"
# test cases, which compare a kernel with TFLM's layer dumps in ${FENNEC_SHARED_DIR}/golden and
# exit with the skip code when that folder is absent. Used by the pad, resize_nearest_neighbor and
# transpose fragments; a fragment includes this file itself, so the glob's order does not matter.
include_guard(GLOBAL)
find_package(nlohmann_json 3 REQUIRED)

function(fennec_add_golden_run name target)
    add_test(NAME ${name} COMMAND ${target} "[golden]" --use-colour no)
    set_tests_properties(${name} PROPERTIES
        LABELS "kernels;golden"
        ENVIRONMENT "FENNEC_SHARED_DIR=${FENNEC_SHARED_DIR}"
        SKIP_RETURN_CODE ${FENNEC_SKIP_RETURN_CODE})
endfunction()
