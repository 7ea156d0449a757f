// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include "gate.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace gl {

// What one poll of a server found.
struct Snapshot
{
    Gates gates;              // read in this poll
    QStringList unreadScopes; // configured projects that could not be read: their gates stay, stale
    QString error;            // empty when every project was read
    QDateTime retryNotBefore; // when the next try is due after an error
    bool complete() const { return error.isEmpty(); }
};

// The one source of truth for what waits, and for what Greenlight knows of each server. A failed poll
// keeps the gates it could not confirm, marked stale; a gate leaves only when a poll that read its
// project no longer shows it.
class GateStore final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A configured server: Checking until its first poll ends.
    void addServer(const QString &server);
    // The server cannot be polled as configured (no token, unreadable CA file).
    void markNotSetUp(const QString &server, const QString &error);
    // The server is no longer configured: its gates leave (gateRemoved each), then serverRemoved.
    void removeServer(const QString &server);
    // The servers in this order (servers.json's); names it does not know are left out.
    void setServerOrder(const QStringList &servers);
    void apply(const QString &server, const Snapshot &snapshot);
    // A poll that read every project.
    void applySnapshot(const QString &server, const Gates &gates)
    {
        apply(server, Snapshot{gates, {}, {}, {}});
    }
    // A poll that read nothing: every gate of the server stays, stale.
    void markFailed(const QString &server, const QString &error, const QDateTime &retryNotBefore = {});
    // The gates the last run showed (Session's cache), each with when a poll last confirmed it, drawn before
    // this run's first poll of the server: each stale until a poll confirms it (gateChanged) or no longer
    // shows it (gateRemoved). The server stays Checking. Ignored once the server has been polled.
    void restore(const QString &server, const std::vector<std::pair<Gate, QDateTime>> &gates);
    // Replaces one gate after a fresh read (e.g. right after a decision); removes it if it no longer waits.
    void updateGate(const Gate &fresh, bool stillWaiting);

    const Gate *gate(const QString &id) const;
    // The gate as the store holds it, to keep without a copy of its own (null when it is not there). The
    // store never changes a gate it handed out: a change replaces it.
    std::shared_ptr<const Gate> sharedGate(const QString &id) const;
    // A stale gate was shown by an earlier poll; the last poll could not confirm it.
    bool isStale(const QString &id) const;
    QDateTime seenAt(const QString &id) const; // when a poll last confirmed it
    int staleCount(const QString &server) const { return m_staleCount.value(server); }
    Gates gates() const;
    Gates gates(const QString &server) const;
    int size() const { return static_cast<int>(m_gates.size()); }
    ServerHealth health(const QString &server) const;
    QStringList servers() const { return m_order; } // in the order they were added
    // The least that is known over every server: NotSetUp with no server at all; Polled only when every
    // server's last poll read everything.
    ServerState overallState() const;

Q_SIGNALS:
    void gateAdded(const gl::Gate &gate);
    void gateChanged(const gl::Gate &gate); // also when it turns stale or fresh again
    void gateRemoved(const QString &id);
    void healthChanged(const QString &server);
    void serverRemoved(const QString &server);
    void serversReordered();
    // After each change (a poll applied, a server marked failing or not set up or removed, a gate
    // updated), once its gateAdded / gateChanged / gateRemoved signals have all been emitted: a view that
    // collects those signals applies them here, in one go.
    void updated();

private:
    struct Entry
    {
        std::shared_ptr<const Gate> gate; // never null
        quint64 seenInPoll = 0;
        QDateTime seenAt;
        bool stale = false;
    };
    ServerHealth &healthOf(const QString &server);
    void setStale(const QString &server, const QStringList &scopes, bool all);
    std::shared_ptr<const Gate> keep(const Gate &gate);

    QHash<QString, Entry> m_gates;
    QHash<QString, ServerHealth> m_health;
    QStringList m_order;
    QHash<QString, int> m_staleCount; // per server: spares the views a walk when nothing is stale
    quint64 m_poll = 0;
    GateInterner m_interner; // the gates kept share their repeated strings
};

} // namespace gl
