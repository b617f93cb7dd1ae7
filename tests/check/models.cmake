# Every shared model fennec supports, on every golden case, layer by layer: check.<model> runs
#   fennec-check MODEL GOLDEN_DIR --layers --cxx <this build's compiler> --opt <N> -Werror
# N is FENNEC_CHECK_OPT: 2 in optimised builds, 0 in Debug (so scripts/test's gcc configuration
# checks g++ -O2 and its clang configuration clang++ -O0). FENNEC_CHECK_CXX_FLAGS adds flags to
# the runner's compile (scripts/test's asan configuration puts the sanitizers there).
# FENNEC_CHECK_FULL_MATRIX adds check.<model>.<g++|clang++>-O<0|2>, label "full".
# Without the shared data no model is registered; check.models_present then reports the skip.
if(CMAKE_BUILD_TYPE STREQUAL "Debug" OR NOT CMAKE_BUILD_TYPE)
    set(_default_opt 0)
else()
    set(_default_opt 2)
endif()
set(FENNEC_CHECK_OPT "${_default_opt}" CACHE STRING
    "Optimisation level of the runners the check.<model> tests compile (0, 1, 2, 3, s)")
set(FENNEC_CHECK_CXX_FLAGS "" CACHE STRING
    "Extra flags (a ;-list) for the runners the check.<model> tests compile")
option(FENNEC_CHECK_FULL_MATRIX
    "Also check every model with g++ and clang++ at -O0 and -O2 (label full)" OFF)

# fennec_add_model_check(<test name> <model stem> <compiler> <opt> <labels>)
function(fennec_add_model_check name stem compiler opt labels)
    set(flags --cxx-flag=-Werror)
    foreach(flag IN LISTS FENNEC_CHECK_CXX_FLAGS)
        list(APPEND flags "--cxx-flag=${flag}")
    endforeach()
    add_test(NAME ${name} COMMAND fennec-check
        "${FENNEC_SHARED_DIR}/models/${stem}.tflite" "${FENNEC_SHARED_DIR}/golden/${stem}"
        --layers --cxx "${compiler}" --opt ${opt} ${flags})
    # fennec-check exits 0 only when every case passed, all layers included.
    set_tests_properties(${name} PROPERTIES LABELS "${labels}")
endfunction()

fennec_shared_models_with_golden_data(_checked_models)
foreach(_stem IN LISTS _checked_models)
    fennec_add_model_check(check.${_stem} ${_stem} "${CMAKE_CXX_COMPILER}" ${FENNEC_CHECK_OPT}
        "check;shared")
    if(FENNEC_CHECK_FULL_MATRIX)
        foreach(_compiler IN ITEMS g++ clang++)
            foreach(_opt IN ITEMS 0 2)
                fennec_add_model_check(check.${_stem}.${_compiler}-O${_opt} ${_stem} ${_compiler}
                    ${_opt} "full;check;shared")
            endforeach()
        endforeach()
    endif()
endforeach()

# One test that says whether the models were there: skipped (77) without them, never passed.
list(LENGTH _checked_models _count)
if(_count EQUAL 0)
    add_test(NAME check.models_present COMMAND "${CMAKE_COMMAND}" -E echo
        "no shared models in ${FENNEC_SHARED_DIR}: the per-model checks are skipped")
    set_tests_properties(check.models_present PROPERTIES LABELS "check;shared"
        SKIP_REGULAR_EXPRESSION "skipped")
endif()

# The installed fennec-check finds the installed headers (<prefix>/include), not this source
# tree's: run it from tests/consume's install prefix on one shared model.
if(FENNEC_INSTALL AND "hello_world" IN_LIST _checked_models)
    add_test(NAME check.installed COMMAND "${PROJECT_BINARY_DIR}/consume-prefix/bin/fennec-check"
        "${FENNEC_SHARED_DIR}/models/hello_world.tflite" "${FENNEC_SHARED_DIR}/golden/hello_world"
        --layers --cxx "${CMAKE_CXX_COMPILER}" --keep "${CMAKE_CURRENT_BINARY_DIR}/installed-check")
    set_tests_properties(check.installed PROPERTIES LABELS "check;shared;consume"
        FIXTURES_REQUIRED consume_prefix)
endif()
