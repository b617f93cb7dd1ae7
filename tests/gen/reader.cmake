# The front half of fennec-gen: reading and validating untrusted .tflite files.

# Hand-made models (FlatBuffers builder), the malformed-file cases, and running the program.
add_library(fennec_gen_test_support STATIC
    support/malformed_cases.cpp
    support/model_builder.cpp
    support/run_tool.cpp)
target_include_directories(fennec_gen_test_support PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
target_link_libraries(fennec_gen_test_support PUBLIC fennec_gen_core PRIVATE fennec_warnings)
target_compile_definitions(fennec_gen_test_support PRIVATE
    FENNEC_GEN_EXECUTABLE="$<TARGET_FILE:fennec-gen>")
add_dependencies(fennec_gen_test_support fennec-gen)

fennec_add_test(gen.sha256 SOURCES test_sha256.cpp LABELS gen LIBRARIES fennec_gen_core)
fennec_add_test(gen.cpp_names SOURCES test_cpp_names.cpp LABELS gen LIBRARIES fennec_gen_core)
fennec_add_test(gen.reader SOURCES test_reader.cpp LABELS gen LIBRARIES fennec_gen_test_support)
fennec_add_test(gen.validate_compute_ops SOURCES test_validate_compute_ops.cpp LABELS gen
    LIBRARIES fennec_gen_test_support)
fennec_add_test(gen.validate_layout_ops SOURCES test_validate_layout_ops.cpp LABELS gen
    LIBRARIES fennec_gen_test_support)
fennec_add_test(gen.malformed_files SOURCES test_malformed_files.cpp LABELS gen
    LIBRARIES fennec_gen_test_support)

fennec_add_test(gen.fuzz_regressions SOURCES test_fuzz_regressions.cpp LABELS gen
    LIBRARIES fennec_gen_core)
target_compile_definitions(test_gen_fuzz_regressions PRIVATE
    FENNEC_GEN_FUZZ_REGRESSIONS="${CMAKE_CURRENT_SOURCE_DIR}/fuzz_regressions")

# Every shared model; its own main reports "skipped" (77) when ../shared has no models.
add_executable(test_gen_models test_models.cpp)
target_link_libraries(test_gen_models PRIVATE Catch2::Catch2 fennec_gen_test_support fennec_warnings)
add_test(NAME gen.models COMMAND test_gen_models --rng-seed ${FENNEC_TEST_RNG_SEED} --use-colour no)
set_tests_properties(gen.models PROPERTIES
    LABELS "gen;shared"
    ENVIRONMENT "FENNEC_SHARED_DIR=${FENNEC_SHARED_DIR}"
    SKIP_RETURN_CODE ${FENNEC_SKIP_RETURN_CODE})
