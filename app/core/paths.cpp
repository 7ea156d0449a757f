// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define GL_PATHS_XDG 1
#endif

namespace gl::paths {
namespace {

QString inGreenlight(const QString &base)
{
    return QDir::cleanPath(base + QStringLiteral("/greenlight"));
}

#ifdef GL_PATHS_XDG
// An XDG base directory: the variable's value when it is an absolute path (the specification says a
// relative one is invalid and must be ignored), else the default under the home directory.
QString xdgBase(const char *variable, const char *underHome)
{
    const QString value = qEnvironmentVariable(variable);
    if (value.startsWith(u'/')) {
        return QDir::cleanPath(value);
    }
    return QDir::cleanPath(QDir::homePath() + u'/' + QLatin1String(underHome));
}
#else
QString genericBase(QStandardPaths::StandardLocation location)
{
    return QStandardPaths::writableLocation(location);
}
#endif

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Creates `dir` (and its parents) unless it exists; a private one is readable by its owner only.
bool ensureDir(const QString &dir, bool privateDir)
{
    const QFileInfo info(dir);
    if (info.isDir()) {
        return true;
    }
    const QDir parent(info.absolutePath());
    if (!QDir().mkpath(parent.path())) {
        return false;
    }
    const bool made =
        privateDir ? parent.mkdir(info.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
                   : parent.mkdir(info.fileName());
    return made || QFileInfo(dir).isDir(); // another process may have made it meanwhile
}

// Moves `from` to `to` unless `to` exists. Returns what happened in a sentence, or nothing if there was
// nothing to move.
QString migrateFile(const QString &from, const QString &to, bool privateDir)
{
    const QFileInfo old(from);
    if (!old.isFile()) {
        return {};
    }
    const QFileInfo target(to);
    if (target.exists() || target.isSymLink()) {
        return QCoreApplication::translate("Paths",
                                           "Both %1 and %2 exist: Greenlight uses %2 and ignores %1. "
                                           "Remove %1 once you have checked that nothing in it is "
                                           "needed.")
            .arg(native(from), native(to));
    }
    QString reason;
    if (!ensureDir(target.absolutePath(), privateDir)) {
        reason = QCoreApplication::translate("Paths", "the folder %1 cannot be created")
                     .arg(native(target.absolutePath()));
    } else if (QFile file(from); !file.rename(to)) {
        reason = file.errorString();
    }
    if (!reason.isEmpty()) {
        return QCoreApplication::translate("Paths", "Cannot move %1 to %2 (%3): Greenlight uses %2 and "
                                                    "ignores %1 until it is moved there.")
            .arg(native(from), native(to), reason);
    }
    QDir().rmdir(old.absolutePath()); // the doubled folder, if nothing else is in it
    return QCoreApplication::translate("Paths", "Moved %1 to %2, where Greenlight now keeps it.")
        .arg(native(from), native(to));
}

} // namespace

QString configDir()
{
#ifdef GL_PATHS_XDG
    return inGreenlight(xdgBase("XDG_CONFIG_HOME", ".config"));
#else
    return inGreenlight(genericBase(QStandardPaths::GenericConfigLocation));
#endif
}

QString configFile()
{
    return configDir() + QStringLiteral("/servers.json");
}

QString settingsFile()
{
    return configDir() + QStringLiteral("/greenlight.conf");
}

QString dataDir()
{
#ifdef GL_PATHS_XDG
    return inGreenlight(xdgBase("XDG_DATA_HOME", ".local/share"));
#else
    return inGreenlight(genericBase(QStandardPaths::GenericDataLocation));
#endif
}

QString auditLog()
{
    return dataDir() + QStringLiteral("/audit.jsonl");
}

QString stateDir()
{
#ifdef GL_PATHS_XDG
    return inGreenlight(xdgBase("XDG_STATE_HOME", ".local/state"));
#else
    return dataDir() + QStringLiteral("/state");
#endif
}

QString cacheDir()
{
#ifdef GL_PATHS_XDG
    return inGreenlight(xdgBase("XDG_CACHE_HOME", ".cache"));
#else
    return inGreenlight(genericBase(QStandardPaths::GenericCacheLocation));
#endif
}

QStringList migrateLegacyPaths()
{
    // AppConfigLocation and AppDataLocation were <generic location>/<organization>/<application>, and
    // both names were "greenlight": one "greenlight" more than configDir() and dataDir().
    const struct
    {
        QString from;
        QString to;
        bool privateDir;
    } moves[] = {
        {configDir() + QStringLiteral("/greenlight/servers.json"), configFile(), false},
        {dataDir() + QStringLiteral("/greenlight/audit.jsonl"), auditLog(), true},
    };
    QStringList messages;
    for (const auto &move : moves) {
        if (QString message = migrateFile(move.from, move.to, move.privateDir); !message.isEmpty()) {
            messages.append(message);
        }
    }
    return messages;
}

} // namespace gl::paths
