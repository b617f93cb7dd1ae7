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
