#pragma once

#include "gate.h"

#include <QHash>
#include <QMap>
#include <QObject>

namespace gl {

// The one source of truth for what waits. A failed poll keeps a server's gates (marked stale); a gate
// leaves only when a successful poll of its server no longer shows it.
class GateStore final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void applySnapshot(const QString &server, const Gates &gates);
    void markFailed(const QString &server, const QString &error, const QDateTime &retryNotBefore = {});
    // Replaces one gate after a fresh read (e.g. right after a decision); removes it if it no longer waits.
    void updateGate(const Gate &gate, bool stillWaiting);

    const Gate *gate(const QString &id) const;
    Gates gates() const;
    Gates gates(const QString &server) const;
    int size() const { return static_cast<int>(m_gates.size()); }
    ServerHealth health(const QString &server) const
    {
        return m_health.value(server, ServerHealth{server, {}, {}, {}, {}});
    }
    QStringList servers() const { return m_health.keys(); }

Q_SIGNALS:
    void gateAdded(const gl::Gate &gate);
    void gateChanged(const gl::Gate &gate);
    void gateRemoved(const QString &id);
    void healthChanged(const QString &server);

private:
    struct Entry
    {
        Gate gate;
        quint64 seenInPoll = 0;
    };
    QHash<QString, Entry> m_gates;
    QHash<QString, ServerHealth> m_health;
    quint64 m_poll = 0;
};

} // namespace gl
