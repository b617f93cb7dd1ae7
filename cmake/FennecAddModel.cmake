# fennec_add_model(<target> MODEL <file.tflite> [NAME <namespace>])
#
# Turns a .tflite model into a C++ header at build time and offers it as a target:
#
#   fennec_add_model(kws_model MODEL models/kws.tflite)
#   target_link_libraries(firmware PRIVATE kws_model)   # then: #include "kws.hpp"
#
# fennec-gen writes <namespace>.hpp into a folder of the build tree that becomes the INTERFACE
# include directory of <target>, which also links fennec::fennec. The header is regenerated when
# the model file or fennec-gen changes. NAME gives the header's namespace and file name; without
# it the file is named after the model's file stem and fennec-gen derives the namespace from it
# (the same name when the stem is a C++ identifier, as "kws" is).
#
# fennec-gen is the fennec::fennec-gen target: the program fennec's own build makes (top level, or
# a subdirectory with FENNEC_BUILD_TOOLS=ON), or the installed program after find_package(fennec).
# Without that target (fennec installed without its tools), a fennec-gen on the PATH is used.
include_guard(GLOBAL)

function(fennec_add_model target)
    cmake_parse_arguments(PARSE_ARGV 1 ARG "" "MODEL;NAME" "")
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "fennec_add_model(${target}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT ARG_MODEL)
        message(FATAL_ERROR "fennec_add_model(${target}): MODEL <file.tflite> is required")
    endif()
    get_filename_component(model "${ARG_MODEL}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")

    set(name_arguments "")
    if(ARG_NAME)
        set(file_stem "${ARG_NAME}")
        set(name_arguments --name "${ARG_NAME}")
    else()
        get_filename_component(file_stem "${model}" NAME_WLE)
    endif()

    # The program, and what the generation depends on so that a new fennec-gen regenerates.
    if(TARGET fennec::fennec-gen)
        set(generator "$<TARGET_FILE:fennec::fennec-gen>")
        get_target_property(built_generator fennec::fennec-gen ALIASED_TARGET)
        if(built_generator)
            set(generator_dependency "${built_generator}")  # a target of this build
        else()
            set(generator_dependency "${generator}")  # an installed program
        endif()
    else()
        find_program(FENNEC_GEN_EXECUTABLE fennec-gen)
        if(NOT FENNEC_GEN_EXECUTABLE)
            message(FATAL_ERROR "fennec_add_model(${target}): fennec-gen was not found: build "
                "fennec with FENNEC_BUILD_TOOLS=ON, or install it with its tools")
        endif()
        set(generator "${FENNEC_GEN_EXECUTABLE}")
        set(generator_dependency "${FENNEC_GEN_EXECUTABLE}")
    endif()

    set(include_dir "${CMAKE_CURRENT_BINARY_DIR}/fennec_models/${target}")
    set(header "${include_dir}/${file_stem}.hpp")
    add_custom_command(
        OUTPUT "${header}"
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${include_dir}"
        COMMAND "${generator}" "${model}" -o "${header}" ${name_arguments}
        DEPENDS "${model}" "${generator_dependency}"
        COMMENT "fennec-gen: ${file_stem}.hpp from ${model}"
        VERBATIM)
    add_custom_target(${target}_header DEPENDS "${header}")

    add_library(${target} INTERFACE)
    # Targets that link ${target} are built after the header exists.
    add_dependencies(${target} ${target}_header)
    target_include_directories(${target} INTERFACE "${include_dir}")
    target_link_libraries(${target} INTERFACE fennec::fennec)
endfunction()
