# The back half of fennec-gen: quantize, plan, emit (header, summary, report), and
# fennec_add_model() (cmake/FennecAddModel.cmake) used the way a firmware project uses it.

add_library(fennec_gen_emit_test_support STATIC support/emit_models.cpp)
target_link_libraries(fennec_gen_emit_test_support PUBLIC fennec_gen_test_support
    PRIVATE fennec_warnings)

fennec_add_test(gen.emit SOURCES test_emit.cpp LABELS gen LIBRARIES fennec_gen_emit_test_support)

# fennec_gen_add_model_runner(<model target> <header stem> <runner target>): tests/gen/
# model_runner.cpp compiled against <header stem>.hpp, the header <model target> generates.
function(fennec_gen_add_model_runner model_target header_stem runner)
    add_executable(${runner} model_runner.cpp)
    target_link_libraries(${runner} PRIVATE ${model_target} fennec_warnings)
    target_compile_definitions(${runner} PRIVATE
        "FENNEC_MODEL_HEADER=\"${header_stem}.hpp\"" "FENNEC_MODEL_NAMESPACE=${header_stem}")
    # Optimised whatever the build type: some models take a second per inference at -O0.
    target_compile_options(${runner} PRIVATE -O2)
endfunction()

# Hand-made models, written at build time: they need no shared data, so fennec_add_model() and
# the header of every operator are tested in every build.
set(_emit_models "${CMAKE_CURRENT_BINARY_DIR}/emit_models")
add_executable(fennec_gen_write_emit_models write_emit_models.cpp)
target_link_libraries(fennec_gen_write_emit_models PRIVATE fennec_gen_emit_test_support
    fennec_warnings)
add_custom_command(
    OUTPUT "${_emit_models}/tiny_classifier.tflite" "${_emit_models}/every_operator.tflite"
    COMMAND fennec_gen_write_emit_models "${_emit_models}"
    DEPENDS fennec_gen_write_emit_models
    COMMENT "Writing the emitter's hand-made test models"
    VERBATIM)
foreach(_model IN ITEMS tiny_classifier every_operator)
    fennec_add_model(gen_model_${_model} MODEL "${_emit_models}/${_model}.tflite")
    fennec_gen_add_model_runner(gen_model_${_model} ${_model} test_gen_emit_${_model})
    add_test(NAME gen.emit.${_model} COMMAND test_gen_emit_${_model})
    set_tests_properties(gen.emit.${_model} PROPERTIES LABELS gen)
endforeach()

# Every shared model: fennec-gen's outputs (deterministic, arena below TFLM's, recurrent models
# refused), in one program that reports "skipped" (77) when ../shared has no models.
add_executable(test_gen_emit_models test_emit_models.cpp)
target_link_libraries(test_gen_emit_models PRIVATE Catch2::Catch2 fennec_gen_test_support
    fennec_warnings)
add_test(NAME gen.emit_models
    COMMAND test_gen_emit_models --rng-seed ${FENNEC_TEST_RNG_SEED} --use-colour no)
set_tests_properties(gen.emit_models PROPERTIES
    LABELS "gen;shared"
    ENVIRONMENT "FENNEC_SHARED_DIR=${FENNEC_SHARED_DIR}"
    SKIP_RETURN_CODE ${FENNEC_SKIP_RETURN_CODE})
