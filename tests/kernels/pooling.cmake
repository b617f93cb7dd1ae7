# average_pool2d and max_pool2d: random sweeps and real layer shapes.
fennec_add_test(kernels.pooling SOURCES test_pooling.cpp LABELS kernels SWEEP)

# The pooling layers of the golden models on TFLM's own tensors (the hidden Catch2 tag [golden]);
# reported as skipped when FENNEC_SHARED_DIR has no golden/ folder.
add_test(NAME kernels.pooling.golden
         COMMAND test_kernels_pooling --rng-seed ${FENNEC_TEST_RNG_SEED} --use-colour no "[golden]")
set_tests_properties(kernels.pooling.golden PROPERTIES
    LABELS "kernels;golden"
    ENVIRONMENT "FENNEC_SHARED_DIR=${FENNEC_SHARED_DIR}"
    SKIP_RETURN_CODE ${FENNEC_SKIP_RETURN_CODE})
