# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
# GREENLIGHT_VERSION: what `greenlight --version` prints, the metainfo's and the .deb's version.
#
# In a git checkout of this source tree, `git describe --tags --dirty --always` decides:
#   - HEAD is a tag vX.Y.Z (or X.Y.Z), with no local changes: X.Y.Z (a '-' in the tag becomes '~', so that
#     v1.0.0-rc1 is 1.0.0~rc1, which Debian sorts before 1.0.0);
#   - anything else (commits after a tag, no tags at all, local changes): PROJECT_VERSION+g<sha>, and
#     .dirty after it when tracked files differ from HEAD (0.1.0+g1a2b3c4, 0.1.0+g1a2b3c4.dirty).
# Outside git (a release tarball) or without git: PROJECT_VERSION. Every form starts with a digit and is a
# valid Debian upstream version. No build date goes in: the same commit gives the same version.
#
# It is read at configure time; cmake runs again by itself after a commit, a checkout or a new tag (the
# files below are configure dependencies), but not when files are merely edited: run `cmake -B build` to
# pick up a change of the .dirty mark.

set(GREENLIGHT_VERSION ${PROJECT_VERSION})
find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --show-toplevel --absolute-git-dir --git-common-dir
                    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                    OUTPUT_VARIABLE git_dirs RESULT_VARIABLE git_rc ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REPLACE "\n" ";" git_dirs "${git_dirs}")
    list(GET git_dirs 0 git_toplevel)
    # Only this tree's own repository counts, not one that merely contains an unpacked tarball.
    if(git_rc EQUAL 0 AND git_toplevel STREQUAL PROJECT_SOURCE_DIR)
        list(GET git_dirs 1 git_dir)
        list(GET git_dirs 2 git_common_dir)
        get_filename_component(git_common_dir ${git_common_dir} ABSOLUTE BASE_DIR ${PROJECT_SOURCE_DIR})
        execute_process(COMMAND ${GIT_EXECUTABLE} describe --tags --dirty --always
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE git_described ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        execute_process(COMMAND ${GIT_EXECUTABLE} rev-parse --short=7 HEAD
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE git_sha ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        execute_process(COMMAND ${GIT_EXECUTABLE} tag --points-at HEAD
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE git_head_tags ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        string(REPLACE "\n" ";" git_head_tags "${git_head_tags}")
        if(git_described IN_LIST git_head_tags AND git_described MATCHES "^v?([0-9][0-9A-Za-z.+~-]*)$")
            string(REPLACE "-" "~" GREENLIGHT_VERSION "${CMAKE_MATCH_1}")
            if(NOT GREENLIGHT_VERSION VERSION_EQUAL PROJECT_VERSION)
                message(WARNING "The tag ${git_described} does not match project(VERSION ${PROJECT_VERSION})")
            endif()
        elseif(git_sha MATCHES "^[0-9a-f]+$")
            set(GREENLIGHT_VERSION "${PROJECT_VERSION}+g${git_sha}")
            if(git_described MATCHES "-dirty$")
                string(APPEND GREENLIGHT_VERSION ".dirty")
            endif()
        endif()
        # The commit's date dates the Debian changelog entry (cmake/GreenlightPackaging.cmake).
        execute_process(COMMAND ${GIT_EXECUTABLE} log -1 --format=%cD HEAD
                        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                        OUTPUT_VARIABLE GREENLIGHT_COMMIT_DATE ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        # A commit or a checkout writes logs/HEAD; a new tag writes refs/tags or packed-refs.
        foreach(file ${git_dir}/HEAD ${git_dir}/logs/HEAD ${git_common_dir}/refs/tags ${git_common_dir}/packed-refs)
            if(EXISTS ${file})
                set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
            endif()
        endforeach()
    endif()
endif()
message(STATUS "Greenlight version: ${GREENLIGHT_VERSION}")
