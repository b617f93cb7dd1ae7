# Runs one compile of a compile-fail test and checks its outcome.
#   -DCOMPILER=... -DSOURCE=... -DINCLUDES=a;b -DWARNINGS=<cmake/Warnings.cmake's FENNEC_WARNING_FLAGS>
#   -DEXPECT=fail|pass [-DCASE=<id>] -DERROR=<regex> -DSTANDARD=c++17
# EXPECT=fail: the compile must fail and its diagnostics must match ERROR (the static_assert's
# sentence), so a test cannot pass because of an unrelated error; FENNEC_COMPILE_FAIL is defined,
# to CASE when one is given. EXPECT=pass: without the define, it must compile.
if(NOT WARNINGS)
    message(FATAL_ERROR "check_compile.cmake needs -DWARNINGS=<the warning flags>")
endif()
set(args -std=${STANDARD} -fsyntax-only ${WARNINGS})
foreach(dir IN LISTS INCLUDES)
    list(APPEND args "-I${dir}")
endforeach()
if(EXPECT STREQUAL "fail")
    if(CASE)
        list(APPEND args -DFENNEC_COMPILE_FAIL=${CASE})
    else()
        list(APPEND args -DFENNEC_COMPILE_FAIL)
    endif()
endif()
execute_process(COMMAND "${COMPILER}" ${args} "${SOURCE}"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(EXPECT STREQUAL "fail")
    if(result EQUAL 0)
        message(FATAL_ERROR "expected a compile error matching '${ERROR}', but ${SOURCE} compiled")
    endif()
    if(NOT err MATCHES "${ERROR}")
        message(FATAL_ERROR "the compile failed, but not with '${ERROR}':\n${err}")
    endif()
    message(STATUS "failed as expected with '${ERROR}'")
elseif(NOT result EQUAL 0)
    message(FATAL_ERROR "the twin must compile, but it did not:\n${err}")
endif()
