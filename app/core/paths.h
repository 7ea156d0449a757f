// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QString>
#include <QStringList>

// Where Greenlight keeps its files. On Linux and other XDG desktops these follow the XDG Base Directory
// specification: $XDG_CONFIG_HOME, $XDG_DATA_HOME, $XDG_STATE_HOME and $XDG_CACHE_HOME, each used only when
// set to an absolute path, else ~/.config, ~/.local/share, ~/.local/state and ~/.cache. Elsewhere they are
// the platform's generic locations from QStandardPaths. None of these depend on the application's
// organization or name, and none create anything.
namespace gl::paths {

QString configDir();    // $XDG_CONFIG_HOME/greenlight (default ~/.config/greenlight)
QString configFile();   // configDir()/servers.json
QString settingsFile(); // configDir()/greenlight.conf (QSettings IniFormat file used by the window)
QString dataDir();      // $XDG_DATA_HOME/greenlight (default ~/.local/share/greenlight)
QString auditLog();     // dataDir()/audit.jsonl
QString stateDir();     // $XDG_STATE_HOME/greenlight (default ~/.local/state/greenlight)
QString cacheDir();     // $XDG_CACHE_HOME/greenlight (default ~/.cache/greenlight)

// Earlier versions used QStandardPaths::AppConfigLocation and AppDataLocation with the organization and
// the application both named "greenlight", so they read <config>/greenlight/greenlight/servers.json and
// wrote <data>/greenlight/greenlight/audit.jsonl. (Their QSettings file was already at settingsFile(), so
// it needs no move.) Each such file is moved once to configFile() or auditLog() with an atomic rename
// where the file system allows; a file already at the new place is never overwritten: the old one is
// then left where it is. Returns one translated sentence per file moved, left because both exist (this
// one again on every call until the user removes one of them), or that could not be moved; each names
// both paths. Returns nothing when there is nothing to move.
QStringList migrateLegacyPaths();

} // namespace gl::paths
