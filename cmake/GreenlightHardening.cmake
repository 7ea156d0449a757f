# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
# Release hardening for every target, the protections Debian's dpkg-buildflags turns on (hardening=+all),
# so that `hardening-check build/app/greenlight` reports each of them (docs/PACKAGING.md).
include(CheckCXXCompilerFlag)
include(CheckPIESupported)

# Position independent executables: CMP0083 (NEW since cmake_minimum_required 3.14) makes
# POSITION_INDEPENDENT_CODE link executables with -pie once check_pie_supported() has run.
cmake_policy(GET CMP0083 greenlight_cmp0083)
if(NOT greenlight_cmp0083 STREQUAL "NEW")
    message(FATAL_ERROR "CMP0083 must be NEW for executables to be linked -pie")
endif()
check_pie_supported(OUTPUT_VARIABLE greenlight_pie_output LANGUAGES CXX)
if(NOT CMAKE_CXX_LINK_PIE_SUPPORTED)
    message(FATAL_ERROR "The linker cannot make position independent executables: ${greenlight_pie_output}")
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

# -fstack-protector-strong is in the warning options of the top-level CMakeLists.txt.
add_compile_options(-fstack-clash-protection)
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64|i[3-6]86)$")
    add_compile_options(-fcf-protection) # control flow integrity: endbr64 landing pads, shadow stack
else()
    check_cxx_compiler_flag(-mbranch-protection=standard GREENLIGHT_HAVE_BRANCH_PROTECTION)
    if(GREENLIGHT_HAVE_BRANCH_PROTECTION)
        add_compile_options(-mbranch-protection=standard) # arm64's equivalent
    endif()
endif()

# Full RELRO: the relocations are made read-only after loading, and bound at start (BIND_NOW), not lazily.
add_link_options(LINKER:-z,relro LINKER:-z,now)

# _FORTIFY_SOURCE needs the optimiser, and only the optimised configurations get it. Not in the
# AddressSanitizer or fuzz builds: the sanitizers replace the same functions and report more than the
# fortified checks would. An earlier definition (a distribution's default or CXXFLAGS) is undone first:
# two different values would be a redefinition warning, and warnings are errors.
if(NOT GREENLIGHT_ASAN AND NOT GREENLIGHT_FUZZ)
    set(greenlight_optimised "$<CONFIG:Release,RelWithDebInfo,MinSizeRel>")
    add_compile_options("$<${greenlight_optimised}:-U_FORTIFY_SOURCE>" "$<${greenlight_optimised}:-D_FORTIFY_SOURCE=2>")
endif()
