# The warning set every fennec target is built with: the library promises to compile cleanly under
# it, so tests, tools and examples use it too. Not exported: a consumer keeps its own flags.
# FENNEC_WARNING_FLAGS is the same list for builds CMake does not drive as targets (the consumer
# projects of tests/consume/).
set(FENNEC_WARNING_FLAGS -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Werror)
if(NOT TARGET fennec_warnings)
    add_library(fennec_warnings INTERFACE)
    target_compile_options(fennec_warnings INTERFACE ${FENNEC_WARNING_FLAGS})
endif()
