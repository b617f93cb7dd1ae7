# Locates the shared models and golden data (FENNEC_SHARED_DIR) and decides what a missing folder
# means: tests that need it are skipped (never passed), or, with FENNEC_REQUIRE_SHARED, the
# configure step stops here.
get_filename_component(FENNEC_SHARED_DIR "${FENNEC_SHARED_DIR}" ABSOLUTE)

set(FENNEC_SHARED_FOUND TRUE)
set(_fennec_shared_missing "")
foreach(_entry models/README.md golden/README.md cortexm/README.md)
    if(NOT EXISTS "${FENNEC_SHARED_DIR}/${_entry}")
        set(FENNEC_SHARED_FOUND FALSE)
        list(APPEND _fennec_shared_missing "${_entry}")
    endif()
endforeach()

if(FENNEC_SHARED_FOUND)
    message(STATUS "fennec: shared models and golden data in ${FENNEC_SHARED_DIR}")
elseif(FENNEC_REQUIRE_SHARED)
    message(FATAL_ERROR "fennec: FENNEC_REQUIRE_SHARED is ON but FENNEC_SHARED_DIR "
        "(${FENNEC_SHARED_DIR}) lacks: ${_fennec_shared_missing}. "
        "Point -DFENNEC_SHARED_DIR at the folder holding models/ and golden/.")
elseif(FENNEC_BUILD_TESTS)
    message(STATUS "fennec: no shared data in ${FENNEC_SHARED_DIR} "
        "(missing ${_fennec_shared_missing}); tests that need it will be reported as skipped")
endif()

# Exit code a test returns to tell CTest "skipped: the shared data is absent".
set(FENNEC_SKIP_RETURN_CODE 77)

# fennec_shared_models_with_golden_data(<out_var>): the stems of the shared models that have
# golden data and whose operators fennec supports (by the golden manifest's op_counts), sorted:
# the models every bit-exactness test runs. Empty without the shared data.
function(fennec_shared_models_with_golden_data out_var)
    set(supported_ops ADD AVERAGE_POOL_2D CONCATENATION CONV_2D DEPTHWISE_CONV_2D DEQUANTIZE
        FULLY_CONNECTED LOGISTIC MAX_POOL_2D MEAN MUL PAD PADV2 QUANTIZE RESHAPE
        RESIZE_NEAREST_NEIGHBOR SOFTMAX SQUEEZE STRIDED_SLICE TANH TRANSPOSE)
    set(stems "")
    file(GLOB models "${FENNEC_SHARED_DIR}/models/*.tflite")
    list(SORT models)
    foreach(path IN LISTS models)
        get_filename_component(stem "${path}" NAME_WLE)
        set(manifest "${FENNEC_SHARED_DIR}/golden/${stem}/manifest.json")
        if(NOT EXISTS "${manifest}" OR NOT stem MATCHES "^[A-Za-z_][A-Za-z0-9_]*$")
            continue()
        endif()
        file(READ "${manifest}" text)
        string(JSON op_count LENGTH "${text}" op_counts)
        set(supported TRUE)
        math(EXPR last "${op_count} - 1")
        foreach(k RANGE ${last})
            string(JSON op MEMBER "${text}" op_counts ${k})
            if(NOT op IN_LIST supported_ops)
                set(supported FALSE)
            endif()
        endforeach()
        if(supported)
            list(APPEND stems "${stem}")
        endif()
    endforeach()
    set(${out_var} "${stems}" PARENT_SCOPE)
endfunction()
