# The read+validate fuzzer's seeds, its regression check and its long run.

# Writes the seed corpus (hand-made models and the small shared models) into a folder.
add_executable(fennec_gen_write_fuzz_seeds write_fuzz_seeds.cpp)
target_link_libraries(fennec_gen_write_fuzz_seeds PRIVATE fennec_gen_test_support fennec_warnings)

# The fuzzer exists only in a clang build with -DFENNEC_BUILD_FUZZERS=ON (tools/fennec-gen/fuzz).
if(TARGET fuzz_read_validate)
    # Every kept finding once through the instrumented build: -runs=0 executes the given corpus
    # and stops.
    add_test(NAME gen.fuzz_regressions.fuzzer
        COMMAND fuzz_read_validate -runs=0 "${CMAKE_CURRENT_SOURCE_DIR}/fuzz_regressions")
    set_tests_properties(gen.fuzz_regressions.fuzzer PROPERTIES LABELS "gen;fuzz")

    # A fuzzing session: `cmake --build <build> --target run_fuzz_read_validate`. The corpus
    # grows in <build>/tests/gen/fuzz/corpus and crashers land in .../fuzz/findings/; minimize
    # one with `fuzz_read_validate -minimize_crash=1 -runs=10000 <file>` and keep it in
    # tests/gen/fuzz_regressions/.
    set(FENNEC_FUZZ_SECONDS 600 CACHE STRING "Length of one run_fuzz_read_validate session, seconds")
    set(_fuzz_dir "${CMAKE_CURRENT_BINARY_DIR}/fuzz")
    add_custom_target(run_fuzz_read_validate
        COMMAND "${CMAKE_COMMAND}" -E make_directory "${_fuzz_dir}/corpus" "${_fuzz_dir}/findings"
        COMMAND fennec_gen_write_fuzz_seeds "${_fuzz_dir}/seeds" "${FENNEC_SHARED_DIR}/models"
        COMMAND fuzz_read_validate -max_total_time=${FENNEC_FUZZ_SECONDS} -timeout=10
                -rss_limit_mb=2048 "-artifact_prefix=${_fuzz_dir}/findings/"
                "${_fuzz_dir}/corpus" "${_fuzz_dir}/seeds"
        WORKING_DIRECTORY "${_fuzz_dir}"
        USES_TERMINAL
        VERBATIM)
endif()
