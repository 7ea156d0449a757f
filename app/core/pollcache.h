// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"
#include "json.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gl {

struct ServerConfig;

// What the last run knew of one server, kept in the cache folder so that a restart starts from it: the
// gates it showed (drawn at once, stale, until the first poll replaces them) and what its provider remembers
// between polls (Provider::memory(): what cannot change again is not read again). A cache, never a source
// of truth: a file that is missing, unreadable, of another version or written for another configuration
// of the server is ignored (and replaced by the next save), and nothing in it is a secret.
class PollCache
{
public:
    explicit PollCache(QString dir); // created (0700) on the first save
    QString dir() const { return m_dir; }

    struct Entry
    {
        QDateTime savedAt;
        struct Seen
        {
            Gate gate;
            QDateTime seenAt; // when a poll last confirmed it
        };
        std::vector<Seen> gates;
        json::Json memory; // null when the provider remembers nothing
    };

    // The entry saved for this server as configured now; std::nullopt (and the reason in *why, when asked,
    // for the log) when there is none or it cannot be used.
    std::optional<Entry> load(const ServerConfig &server, QString *why = nullptr) const;
    // Replaces the server's file in one step (QSaveFile, 0600). False, with the reason in *error, when it
    // cannot be written.
    bool save(const ServerConfig &server, const Entry &entry, QString *error = nullptr) const;
    void remove(const ServerConfig &server) const;

    // The file of this server: named by a hash of its settings, so that a server whose URL, projects or
    // horizon changed starts afresh.
    QString fileFor(const ServerConfig &server) const;

    static constexpr int kVersion = 1;

private:
    QString m_dir;
};

// A gate as the cache keeps it, and back. Every field, so that gateFromJson(gateToJson(g)) == g.
json::Json gateToJson(const Gate &gate);
Result<Gate> gateFromJson(const json::Json &value, const QString &path);

} // namespace gl
