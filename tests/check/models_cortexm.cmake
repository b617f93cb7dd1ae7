# Every shared model on Cortex-M cores under QEMU, layer by layer (fennec-check --target):
#   check.cortex-m4.<model>            the kernels a Cortex-M4 build selects (DSP where there is one)
#   check.cortex-m4-portable.<model>   the same with FENNEC_KERNELS_PORTABLE
#   check.cortex-m3.<model>            no DSP: the portable kernels
#   check.cortex-m55.<model>           Helium where there is a kernel for it; the models the
#                                      board's 512 KiB ITCM and DTCM hold
#   check.cortex-m0.<model>            the models that fit the micro:bit's 16 KiB of RAM
# (After models.cmake, which lists the models.) mobilenet_v2_224_pt (3.5 MB of weights, 2.4 MB of arena) fits none of these machines.
# Registered where the Cortex-M tests are (tests/cortexm: FENNEC_CORTEXM_TESTS, which scripts/test
# turns on in its gcc configuration only) and the cross compiler and QEMU are installed.
if(DEFINED FENNEC_CORTEXM_TESTS AND NOT FENNEC_CORTEXM_TESTS)
    return()
endif()
find_program(FENNEC_CHECK_ARM_GXX arm-none-eabi-g++)
find_program(FENNEC_CHECK_QEMU qemu-system-arm)
if(NOT FENNEC_CHECK_ARM_GXX OR NOT FENNEC_CHECK_QEMU)
    return()
endif()

set(_m55_models ad_autoencoder hello_world ic_resnet8 kws_dscnn magic_wand_imu_int8_mltk
    micro_speech person_detect sww_wakeword vww_mobilenet kws_audio_example1_dwmult8_mltk
    ecg5000_autoencoder_mltk ad_autoencoder_float_io kws_alexa_temporalconv_mltk)
set(_m0_models hello_world magic_wand_imu_int8_mltk ecg5000_autoencoder_mltk)

# fennec_add_cortexm_model_check(<test name> <model stem> <core> [flags...])
function(fennec_add_cortexm_model_check name stem core)
    add_test(NAME ${name} COMMAND fennec-check
        "${FENNEC_SHARED_DIR}/models/${stem}.tflite" "${FENNEC_SHARED_DIR}/golden/${stem}"
        --layers --target ${core} --cxx-flag=-Werror ${ARGN})
    set_tests_properties(${name} PROPERTIES LABELS "check;shared;cortexm")
endfunction()

foreach(_stem IN LISTS _checked_models)
    if(_stem STREQUAL "mobilenet_v2_224_pt")
        continue()
    endif()
    fennec_add_cortexm_model_check(check.cortex-m4.${_stem} ${_stem} cortex-m4)
    fennec_add_cortexm_model_check(check.cortex-m4-portable.${_stem} ${_stem} cortex-m4
        --cxx-flag=-DFENNEC_KERNELS_PORTABLE)
    fennec_add_cortexm_model_check(check.cortex-m3.${_stem} ${_stem} cortex-m3)
    if(_stem IN_LIST _m55_models)
        fennec_add_cortexm_model_check(check.cortex-m55.${_stem} ${_stem} cortex-m55)
    endif()
    if(_stem IN_LIST _m0_models)
        fennec_add_cortexm_model_check(check.cortex-m0.${_stem} ${_stem} cortex-m0)
    endif()
endforeach()
