# The program itself on hand-made models and cases: output lines, exit status, --layers, --out,
# --json and every tool error. Needs no shared data.
fennec_add_test(check.tool SOURCES test_fennec_check.cpp LABELS check
    LIBRARIES fennec_gen_test_support)
target_compile_definitions(test_check_tool PRIVATE
    FENNEC_CHECK_EXECUTABLE="$<TARGET_FILE:fennec-check>")
add_dependencies(test_check_tool fennec-check)
# The Cortex-M section runs when the cross compiler and QEMU are there.
find_program(FENNEC_CHECK_ARM_GXX arm-none-eabi-g++)
find_program(FENNEC_CHECK_QEMU qemu-system-arm)
if(FENNEC_CHECK_ARM_GXX AND FENNEC_CHECK_QEMU)
    target_compile_definitions(test_check_tool PRIVATE FENNEC_CHECK_CORTEXM=true)
else()
    target_compile_definitions(test_check_tool PRIVATE FENNEC_CHECK_CORTEXM=false)
endif()
