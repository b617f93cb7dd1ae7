# Fixture for consume.find_package: installs the current build tree into an empty prefix.
#   -DBUILD_DIR=<fennec build tree> -DPREFIX=<install prefix, emptied first>
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${out}\n${err}")
endif()
file(GLOB_RECURSE installed RELATIVE "${PREFIX}" "${PREFIX}/*")
list(LENGTH installed count)
message(STATUS "installed ${count} files into ${PREFIX}")
