# The warning set every fennec target is built with: the library promises to compile cleanly under
# it, so tests, tools and examples use it too. Not exported: a consumer keeps its own flags.
if(NOT TARGET fennec_warnings)
    add_library(fennec_warnings INTERFACE)
    target_compile_options(fennec_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wconversion -Wsign-conversion -Werror)
endif()
