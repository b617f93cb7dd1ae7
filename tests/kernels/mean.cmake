# mean: random sweeps over ranks 1-6 and axis sets, and real MEAN layers.
fennec_add_test(kernels.mean SOURCES test_mean.cpp LABELS kernels SWEEP)

# The MEAN layers of the golden models on TFLM's own tensors (the hidden Catch2 tag [golden]);
# reported as skipped when FENNEC_SHARED_DIR has no golden/ folder.
add_test(NAME kernels.mean.golden
         COMMAND test_kernels_mean --rng-seed ${FENNEC_TEST_RNG_SEED} --use-colour no "[golden]")
set_tests_properties(kernels.mean.golden PROPERTIES
    LABELS "kernels;golden"
    ENVIRONMENT "FENNEC_SHARED_DIR=${FENNEC_SHARED_DIR}"
    SKIP_RETURN_CODE ${FENNEC_SKIP_RETURN_CODE})
