# What `cmake --install` puts where, and the files generated from packaging/*.in. Everything is named after
# GREENLIGHT_APP_ID.
include(GNUInstallDirs)

set(greenlight_packaging_dir ${CMAKE_BINARY_DIR}/packaging)

# Screenshots as AppStream wants them: https addresses, here the files in docs/ on the main branch.
string(REGEX REPLACE "^https://github.com/" "https://raw.githubusercontent.com/" GREENLIGHT_SCREENSHOTS
       "${GREENLIGHT_HOMEPAGE}/main/docs")

configure_file(${PROJECT_SOURCE_DIR}/packaging/${GREENLIGHT_APP_ID}.desktop.in
               ${greenlight_packaging_dir}/${GREENLIGHT_APP_ID}.desktop @ONLY)
configure_file(${PROJECT_SOURCE_DIR}/packaging/${GREENLIGHT_APP_ID}.metainfo.xml.in
               ${greenlight_packaging_dir}/${GREENLIGHT_APP_ID}.metainfo.xml @ONLY)

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
