# Installs the headers and a CMake package, so that find_package(fennec CONFIG) gives fennec::fennec.
# The include paths of fennec::fennec (include/ and kernels/ in the source tree) both map to one
# installed include directory.
include(CMakePackageConfigHelpers)

# share/, not lib/: a header-only package is the same for every architecture (as nlohmann_json's).
set(FENNEC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_DATADIR}/cmake/fennec" CACHE STRING
    "Where the fennec CMake package files are installed")

install(TARGETS fennec EXPORT fennecTargets)
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/" "${PROJECT_SOURCE_DIR}/kernels/"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp")
install(EXPORT fennecTargets NAMESPACE fennec:: DESTINATION "${FENNEC_INSTALL_CMAKEDIR}")

configure_package_config_file(cmake/fennecConfig.cmake.in
    "${PROJECT_BINARY_DIR}/fennecConfig.cmake"
    INSTALL_DESTINATION "${FENNEC_INSTALL_CMAKEDIR}")
# Header-only: the package fits any architecture, so a cross build can use a host install.
# SameMinorVersion: before 1.0 a minor release may change the API.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/fennecConfigVersion.cmake"
    COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/fennecConfig.cmake" "${PROJECT_BINARY_DIR}/fennecConfigVersion.cmake"
        "${PROJECT_SOURCE_DIR}/cmake/FennecAddModel.cmake"
        DESTINATION "${FENNEC_INSTALL_CMAKEDIR}")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_SOURCE_DIR}/README.md"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/fennec")
