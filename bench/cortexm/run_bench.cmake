# Runs the layer benchmark of one core under QEMU with the instruction-count plugin and writes
# its CSV (header: layer,macs,instructions):
#
#   cmake -DRUNNER=<run-qemu> -DCORE=<core> -DPLUGIN=<icount_plugin.so> -DPROGRAM=<elf>
#         -DOUTPUT=<csv> -P run_bench.cmake
#
# The program prints "bench <layer> <macs>" before each measured region and the plugin
# "icount: region <n> <count>" after it; a layer printed with "skipped" has no region and no row.
cmake_minimum_required(VERSION 3.25)
foreach(variable RUNNER CORE PLUGIN PROGRAM OUTPUT)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "run_bench.cmake: -D${variable}=... is required")
    endif()
endforeach()

execute_process(
    COMMAND "${RUNNER}" --core ${CORE} --icount "${PLUGIN}" --timeout 300 "${PROGRAM}"
    OUTPUT_VARIABLE output
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "run_bench.cmake: ${PROGRAM} on ${CORE} ended with status ${status}:\n"
        "${output}")
endif()

string(REPLACE "\n" ";" lines "${output}")
set(csv "layer,macs,instructions\n")
set(pending "")
set(skipped "")
foreach(line IN LISTS lines)
    if(line MATCHES "^bench ([A-Za-z0-9_]+) ([0-9]+) skipped$")
        list(APPEND skipped "${CMAKE_MATCH_1}")
    elseif(line MATCHES "^bench ([A-Za-z0-9_]+) ([0-9]+)$")
        set(pending "${CMAKE_MATCH_1},${CMAKE_MATCH_2}")
    elseif(line MATCHES "^icount: region [0-9]+ ([0-9]+)$")
        if(NOT pending)
            message(FATAL_ERROR "run_bench.cmake: a region without a layer in:\n${output}")
        endif()
        string(APPEND csv "${pending},${CMAKE_MATCH_1}\n")
        set(pending "")
    endif()
endforeach()
file(WRITE "${OUTPUT}" "${csv}")
if(skipped)
    message(STATUS "bench-cortexm ${CORE}: ${OUTPUT} (left out, output too large for the "
        "machine's RAM: ${skipped})")
else()
    message(STATUS "bench-cortexm ${CORE}: ${OUTPUT}")
endif()
