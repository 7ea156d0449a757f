#include "gatestore.h"

#include <algorithm>

namespace gl {

void GateStore::applySnapshot(const QString &server, const Gates &gates)
{
    // One pass over the poll (a hash lookup and a compare per gate), one over what we hold; marking
    // each entry with the poll's number spares building a set of the ids seen.
    const quint64 poll = ++m_poll;
    for (const Gate &g : gates) {
        auto it = m_gates.find(g.id);
        if (it == m_gates.end()) {
            m_gates.insert(g.id, Entry{g, poll});
            Q_EMIT gateAdded(g);
        } else {
            it->seenInPoll = poll;
            if (!(it->gate == g)) {
                it->gate = g;
                Q_EMIT gateChanged(g);
            }
        }
    }
    QStringList gone;
    for (auto it = m_gates.cbegin(); it != m_gates.cend(); ++it) {
        if (it->seenInPoll != poll && it->gate.server == server) {
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
        m_gates.insert(gate.id, Entry{gate, m_poll});
        Q_EMIT gateAdded(gate);
    } else if (!(it->gate == gate)) {
        it->gate = gate;
        Q_EMIT gateChanged(gate);
    }
}

const Gate *GateStore::gate(const QString &id) const
{
    auto it = m_gates.constFind(id);
    return it == m_gates.cend() ? nullptr : &it->gate;
}

Gates GateStore::gates() const
{
    Gates out;
    out.reserve(static_cast<std::size_t>(m_gates.size()));
    for (const Entry &e : m_gates) {
        out.push_back(e.gate);
    }
    // Ordered by id, so listings are stable.
    std::sort(out.begin(), out.end(), [](const Gate &a, const Gate &b) { return a.id < b.id; });
    return out;
}

Gates GateStore::gates(const QString &server) const
{
    Gates out;
    for (const Entry &e : m_gates) {
        if (e.gate.server == server) {
            out.push_back(e.gate);
        }
    }
    std::sort(out.begin(), out.end(), [](const Gate &a, const Gate &b) { return a.id < b.id; });
    return out;
}

} // namespace gl
