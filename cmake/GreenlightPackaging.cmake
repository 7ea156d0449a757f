# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
# What `cmake --install` puts where, the files generated from packaging/*.in, and the Debian package CPack
# makes of it (`./dev package`; docs/PACKAGING.md). Everything is named after GREENLIGHT_APP_ID.
include(GNUInstallDirs)

set(greenlight_packaging_dir ${CMAKE_BINARY_DIR}/packaging)
set(greenlight_docdir ${CMAKE_INSTALL_DATADIR}/doc/greenlight)

# The Debian version: the upstream version, and the packaging revision after a hyphen.
set(GREENLIGHT_DEB_RELEASE 1)
set(GREENLIGHT_DEB_VERSION "${GREENLIGHT_VERSION}-${GREENLIGHT_DEB_RELEASE}")

# Screenshots as AppStream wants them: https addresses, here the files in docs/ on the main branch.
string(REGEX REPLACE "^https://github.com/" "https://raw.githubusercontent.com/" GREENLIGHT_SCREENSHOTS
       "${GREENLIGHT_HOMEPAGE}/main/docs")

# The changelog entry's date, RFC 2822 with the day of the week: the commit's, or outside git the release
# date at noon UTC (never the time of the build).
function(greenlight_rfc2822_date iso out)
    string(REGEX MATCH "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$" matched "${iso}")
    if(NOT matched)
        message(FATAL_ERROR "GREENLIGHT_RELEASE_DATE must be YYYY-MM-DD, not \"${iso}\"")
    endif()
    math(EXPR y "${CMAKE_MATCH_1}")
    math(EXPR m "${CMAKE_MATCH_2}")
    math(EXPR d "${CMAKE_MATCH_3}")
    # Sakamoto's day of the week (0 = Sunday).
    set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
    math(EXPR i "${m} - 1")
    list(GET offsets ${i} offset)
    set(yy ${y})
    if(m LESS 3)
        math(EXPR yy "${y} - 1")
    endif()
    math(EXPR dow "(${yy} + ${yy} / 4 - ${yy} / 100 + ${yy} / 400 + ${offset} + ${d}) % 7")
    set(days Sun Mon Tue Wed Thu Fri Sat)
    set(months Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    list(GET days ${dow} day)
    list(GET months ${i} month)
    set(${out} "${day}, ${CMAKE_MATCH_3} ${month} ${y} 12:00:00 +0000" PARENT_SCOPE)
endfunction()
if(GREENLIGHT_COMMIT_DATE)
    set(GREENLIGHT_CHANGELOG_DATE "${GREENLIGHT_COMMIT_DATE}")
else()
    greenlight_rfc2822_date(${GREENLIGHT_RELEASE_DATE} GREENLIGHT_CHANGELOG_DATE)
endif()

configure_file(${PROJECT_SOURCE_DIR}/packaging/${GREENLIGHT_APP_ID}.desktop.in
               ${greenlight_packaging_dir}/${GREENLIGHT_APP_ID}.desktop @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/${GREENLIGHT_APP_ID}.metainfo.xml.in
               ${greenlight_packaging_dir}/${GREENLIGHT_APP_ID}.metainfo.xml @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/copyright.in ${greenlight_packaging_dir}/copyright @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/changelog.Debian.in ${greenlight_packaging_dir}/changelog.Debian
               @ONLY)

# gzip -9n, as Debian wants for changelogs and man pages: the most compression, and no name or time stamp
# in the header, so that the same input gives the same bytes.
function(greenlight_gzip input output)
    execute_process(COMMAND gzip -9n -c ${input} OUTPUT_FILE ${output} RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "gzip -9n ${input} failed")
    endif()
    set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${input})
endfunction()
greenlight_gzip(${greenlight_packaging_dir}/changelog.Debian ${greenlight_packaging_dir}/changelog.Debian.gz)

# --- install rules ---------------------------------------------------------------------------------------

# (The binary's own rule is in app/CMakeLists.txt.)
install(FILES ${greenlight_packaging_dir}/${GREENLIGHT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${greenlight_packaging_dir}/${GREENLIGHT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/greenlight.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${GREENLIGHT_APP_ID}.svg)
# The PNGs are rendered from the SVG by `./dev icons` and kept in the repository: the build needs no renderer.
foreach(size 16 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/greenlight.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${GREENLIGHT_APP_ID}.png)
endforeach()
install(FILES ${greenlight_packaging_dir}/copyright ${greenlight_packaging_dir}/changelog.Debian.gz
        DESTINATION ${greenlight_docdir})
# What lintian reports that does not apply to a package made outside Debian's archive (the file says why).
install(FILES ${PROJECT_SOURCE_DIR}/packaging/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides
        RENAME greenlight)

# A man page and shell completions, when the files exist: adding docs/greenlight.1 or a file in
# completions/ is all it takes (the globs are checked again at each build, which then reconfigures).
file(GLOB greenlight_manpages CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/docs/greenlight.1)
foreach(page IN LISTS greenlight_manpages)
    get_filename_component(name ${page} NAME)
    greenlight_gzip(${page} ${greenlight_packaging_dir}/${name}.gz)
    install(FILES ${greenlight_packaging_dir}/${name}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
file(GLOB greenlight_completions CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/completions/*)
foreach(file IN LISTS greenlight_completions)
    get_filename_component(name ${file} NAME)
    if(name STREQUAL "greenlight.bash")
        install(FILES ${file} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME greenlight)
    elseif(name STREQUAL "_greenlight")
        install(FILES ${file} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
    elseif(name STREQUAL "greenlight.fish")
        install(FILES ${file} DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
    else()
        message(FATAL_ERROR "completions/${name}: expected greenlight.bash, _greenlight (zsh) or greenlight.fish")
    endif()
endforeach()

# --- the Debian package (cpack -G DEB) -----------------------------------------------------------------

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME greenlight)
set(CPACK_PACKAGE_VERSION ${GREENLIGHT_VERSION})
set(CPACK_PACKAGE_VENDOR "${GREENLIGHT_AUTHORS}")
set(CPACK_PACKAGE_CONTACT "${GREENLIGHT_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${GREENLIGHT_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${GREENLIGHT_SUMMARY}")
# The long description, wrapped as Debian wants it (under 80 columns; an empty line between paragraphs).
set(CPACK_PACKAGE_DESCRIPTION_FILE ${PROJECT_SOURCE_DIR}/packaging/description.txt)
set(CPACK_STRIP_FILES ON) # lintian: no unstripped binaries (the debug info stays in the build tree)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
    WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${GREENLIGHT_DEB_RELEASE})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # greenlight_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${GREENLIGHT_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# Depends: what the binary links, found by dpkg-shlibdeps (Qt, qtkeychain, libc...).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Recommends: what it uses at run time without linking it. qtkeychain keeps tokens through the Secret
# Service (gnome-keyring; libsecret, which it loads with dlopen) or KWallet; the session bus carries those and
# the notifications; Qt's platform plugins (xcb) draw the window; Qt's own translations; the CA certificates
# that https to the servers is checked against.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager, libsecret-1-0, default-dbus-session-bus | dbus-session-bus, qt6-qpa-plugins, qt6-translations-l10n, ca-certificates")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
