# The program itself on hand-made models and cases: output lines, exit status, --layers, --out,
# --json and every tool error. Needs no shared data.
fennec_add_test(check.tool SOURCES test_fennec_check.cpp LABELS check
    LIBRARIES fennec_gen_test_support)
target_compile_definitions(test_check_tool PRIVATE
    FENNEC_CHECK_EXECUTABLE="$<TARGET_FILE:fennec-check>")
add_dependencies(test_check_tool fennec-check)
