#!/bin/sh
# SPDX-License-Identifier: MIT
# SPDX-FileCopyrightText: 2026 The Greenlight authors
# Runs a command on a private session bus with its own unlocked GNOME Keyring, the Secret Service that
# Greenlight's keychain talks to on Linux. HOME and the XDG folders point into a scratch folder, so the
# test never sees (or writes to) the keyring of the person running it.
set -eu
scratch=$(mktemp -d "${TMPDIR:-/tmp}/greenlight-keyring-XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run" XDG_STATE_HOME="$scratch/state"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    printf %s greenlight-test | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
    GREENLIGHT_TEST_KEYRING=1 exec "$@"' sh "$@"
