# Builds tests/consume/firmware against fennec one way, runs it and checks what it prints.
#   -DMODE=add_subdirectory|find_package|include_paths
#   -DSOURCE=<the firmware project>  -DBINARY=<a scratch build folder>  -DEXPECT=<regex for stdout>
#   -DCOMPILER=... -DGENERATOR=... -DMAKE_PROGRAM=... -DBUILD_TYPE=... -DCXX_FLAGS="..."
#   add_subdirectory: -DFENNEC_SOURCE=<fennec source tree>
#   find_package:     -DPREFIX=<where fennec is installed> -DWITH_MODEL=ON|OFF (the package
#                     carries fennec-gen: also generate and run a model with fennec_add_model)
#   include_paths:    -DFENNEC_SOURCE=<fennec source tree> (no CMake at all: -I include -I kernels)

# Runs a command; stops the test with its output when it fails.
function(run_step what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (${result}):\n${out}\n${err}")
    endif()
    set(step_output "${out}" PARENT_SCOPE)
endfunction()

# Every run starts from an empty folder: configuring is part of what is tested.
file(REMOVE_RECURSE "${BINARY}")
file(MAKE_DIRECTORY "${BINARY}")
separate_arguments(cxx_flags UNIX_COMMAND "${CXX_FLAGS}")

if(MODE STREQUAL "include_paths")
    run_step("compiling with plain include paths" "${COMPILER}" -std=c++17 ${cxx_flags}
             -fno-exceptions -fno-rtti "-I${FENNEC_SOURCE}/include" "-I${FENNEC_SOURCE}/kernels"
             "${SOURCE}/firmware.cpp" -o "${BINARY}/firmware")
else()
    set(configure_args -S "${SOURCE}" -B "${BINARY}" -G "${GENERATOR}"
        "-DCMAKE_CXX_COMPILER=${COMPILER}" "-DCMAKE_BUILD_TYPE=${BUILD_TYPE}"
        "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DFENNEC_CONSUME_MODE=${MODE}"
        "-DFENNEC_CONSUME_MODEL=${WITH_MODEL}")
    if(MAKE_PROGRAM)
        list(APPEND configure_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
    endif()
    if(MODE STREQUAL "add_subdirectory")
        list(APPEND configure_args "-DFENNEC_SOURCE_DIR=${FENNEC_SOURCE}")
    else()
        # Only the install prefix: a package registry or a system install must not stand in for it.
        list(APPEND configure_args "-DCMAKE_PREFIX_PATH=${PREFIX}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
             -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)
    endif()
    run_step("configuring the consumer (${MODE})" "${CMAKE_COMMAND}" ${configure_args})
    run_step("building the consumer (${MODE})" "${CMAKE_COMMAND}" --build "${BINARY}")
    if(MODE STREQUAL "find_package")
        file(STRINGS "${BINARY}/CMakeCache.txt" fennec_dir REGEX "^fennec_DIR:")
        string(FIND "${fennec_dir}" "=${PREFIX}/" at)
        if(at EQUAL -1)
            message(FATAL_ERROR "fennec was not found in ${PREFIX}: ${fennec_dir}")
        endif()
    endif()
endif()

run_step("running the firmware" "${BINARY}/firmware")
message(STATUS "${step_output}")
if(NOT step_output MATCHES "${EXPECT}")
    message(FATAL_ERROR "the firmware printed\n${step_output}\nexpected a match for '${EXPECT}'")
endif()

# find_package: the program whose model header fennec_add_model() generated (firmware/CMakeLists).
if(MODE STREQUAL "find_package" AND WITH_MODEL)
    run_step("running the generated model" "${BINARY}/firmware_model")
    message(STATUS "${step_output}")
    if(NOT step_output MATCHES "^fennec firmware model: arena 48 bytes, probabilities( -?[0-9]+)+")
        message(FATAL_ERROR "the model firmware printed\n${step_output}")
    endif()
endif()
