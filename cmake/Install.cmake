# Installs the headers and a CMake package, so that find_package(fennec CONFIG) gives fennec::fennec.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(FENNEC_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/fennec" CACHE STRING
    "Where the fennec CMake package files are installed")

install(TARGETS fennec EXPORT fennecTargets)
install(DIRECTORY include/ kernels/ DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.hpp")
install(EXPORT fennecTargets NAMESPACE fennec:: DESTINATION "${FENNEC_INSTALL_CMAKEDIR}")

configure_package_config_file(cmake/fennecConfig.cmake.in
    "${PROJECT_BINARY_DIR}/fennecConfig.cmake"
    INSTALL_DESTINATION "${FENNEC_INSTALL_CMAKEDIR}")
# Header-only: the package fits any architecture, so a cross build can use a host install.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/fennecConfigVersion.cmake"
    COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES "${PROJECT_BINARY_DIR}/fennecConfig.cmake" "${PROJECT_BINARY_DIR}/fennecConfigVersion.cmake"
        DESTINATION "${FENNEC_INSTALL_CMAKEDIR}")
install(FILES LICENSE README.md DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/fennec")
