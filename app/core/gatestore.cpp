#include "gatestore.h"

#include <QSet>

namespace gl {

void GateStore::applySnapshot(const QString &server, const Gates &gates)
{
    QSet<QString> seen;
    for (const Gate &g : gates) {
        seen.insert(g.id);
        auto it = m_gates.find(g.id);
        if (it == m_gates.end()) {
            m_gates.insert(g.id, g);
            Q_EMIT gateAdded(g);
        } else if (!(*it == g)) {
            *it = g;
            Q_EMIT gateChanged(g);
        }
    }
    QStringList gone;
    for (auto it = m_gates.cbegin(); it != m_gates.cend(); ++it) {
        if (it->server == server && !seen.contains(it.key())) {
            gone.append(it.key());
        }
    }
    for (const QString &id : std::as_const(gone)) {
        m_gates.remove(id);
        Q_EMIT gateRemoved(id);
    }
    ServerHealth &h = m_health[server];
    h.server = server;
    h.lastAttempt = h.lastSuccess = QDateTime::currentDateTimeUtc();
    h.error.clear();
    h.retryNotBefore = {};
    Q_EMIT healthChanged(server);
}

void GateStore::markFailed(const QString &server, const QString &error, const QDateTime &retryNotBefore)
{
    ServerHealth &h = m_health[server];
    h.server = server;
    h.lastAttempt = QDateTime::currentDateTimeUtc();
    h.error = error;
    h.retryNotBefore = retryNotBefore;
    Q_EMIT healthChanged(server);
}

void GateStore::updateGate(const Gate &gate, bool stillWaiting)
{
    auto it = m_gates.find(gate.id);
    if (!stillWaiting) {
        if (it != m_gates.end()) {
            m_gates.erase(it);
            Q_EMIT gateRemoved(gate.id);
        }
        return;
    }
    if (it == m_gates.end()) {
        m_gates.insert(gate.id, gate);
        Q_EMIT gateAdded(gate);
    } else if (!(*it == gate)) {
        *it = gate;
        Q_EMIT gateChanged(gate);
    }
}

const Gate *GateStore::gate(const QString &id) const
{
    auto it = m_gates.constFind(id);
    return it == m_gates.cend() ? nullptr : &*it;
}

Gates GateStore::gates() const
{
    return Gates(m_gates.cbegin(), m_gates.cend());
}

Gates GateStore::gates(const QString &server) const
{
    Gates out;
    for (const Gate &g : m_gates) {
        if (g.server == server) {
            out.push_back(g);
        }
    }
    return out;
}

} // namespace gl
