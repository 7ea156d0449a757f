// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "gatestore.h"

#include "clock.h"
#include "text/safetext.h"

#include <algorithm>

namespace gl {

ServerHealth &GateStore::healthOf(const QString &server)
{
    auto it = m_health.find(server);
    if (it == m_health.end()) {
        m_order.append(server);
        it = m_health.insert(server, ServerHealth{});
        it->server = server;
    }
    return *it;
}

std::shared_ptr<const Gate> GateStore::keep(const Gate &gate)
{
    Gate kept = gate;
    m_interner.intern(kept);
    return std::make_shared<const Gate>(std::move(kept));
}

void GateStore::addServer(const QString &server)
{
    healthOf(server);
    Q_EMIT healthChanged(server);
    Q_EMIT updated();
}

void GateStore::removeServer(const QString &server)
{
    if (!m_order.contains(server)) {
        return;
    }
    m_order.removeAll(server);
    m_health.remove(server);
    m_staleCount.remove(server);
    QStringList ids;
    for (auto it = m_gates.cbegin(); it != m_gates.cend(); ++it) {
        if (it->gate->server == server) {
            ids << it.key();
        }
    }
    for (const QString &id : std::as_const(ids)) {
        m_gates.remove(id);
        Q_EMIT gateRemoved(id);
    }
    Q_EMIT updated();
    Q_EMIT serverRemoved(server);
}

void GateStore::setServerOrder(const QStringList &servers)
{
    QStringList order;
    for (const QString &s : servers) {
        if (m_order.contains(s)) {
            order << s;
        }
    }
    for (const QString &s : std::as_const(m_order)) {
        if (!order.contains(s)) {
            order << s;
        }
    }
    if (order != m_order) {
        m_order = order;
        Q_EMIT serversReordered();
    }
}

void GateStore::markNotSetUp(const QString &server, const QString &error)
{
    ServerHealth &h = healthOf(server);
    h.state = ServerState::NotSetUp;
    h.error = displaySafe(error);
    h.retryNotBefore = {};
    setStale(server, {}, true);
    Q_EMIT healthChanged(server);
    Q_EMIT updated();
}

void GateStore::apply(const QString &server, const Snapshot &snapshot)
{
    const QDateTime now = Clock::utcNow();
    // One pass over the poll (a hash lookup and a compare per gate), one over what we hold; marking
    // each entry with the poll's number spares building a set of the ids seen.
    const quint64 poll = ++m_poll;
    for (const Gate &g : snapshot.gates) {
        auto it = m_gates.find(g.id);
        if (it == m_gates.end()) {
            it = m_gates.insert(g.id, Entry{keep(g), poll, now, false});
            Q_EMIT gateAdded(*it->gate);
        } else {
            it->seenInPoll = poll;
            it->seenAt = now;
            const bool wasStale = std::exchange(it->stale, false);
            m_staleCount[it->gate->server] -= wasStale ? 1 : 0;
            if (!(*it->gate == g)) {
                it->gate = keep(g);
                Q_EMIT gateChanged(*it->gate);
            } else if (wasStale) {
                Q_EMIT gateChanged(*it->gate);
            }
        }
    }
    // What the poll did not show leaves, unless its project could not be read: then it stays, stale.
    QStringList gone;
    QStringList kept;
    for (auto it = m_gates.begin(); it != m_gates.end(); ++it) {
        if (it->seenInPoll == poll || it->gate->server != server) {
            continue;
        }
        const bool unread = !snapshot.complete() &&
                            (it->gate->scope.isEmpty() || snapshot.unreadScopes.contains(it->gate->scope));
        if (!unread) {
            gone.append(it.key());
        } else if (!it->stale) {
            it->stale = true;
            ++m_staleCount[it->gate->server];
            kept.append(it.key());
        }
    }
    for (const QString &id : std::as_const(gone)) {
        m_staleCount[server] -= m_gates.value(id).stale ? 1 : 0;
        m_gates.remove(id);
        Q_EMIT gateRemoved(id);
    }
    for (const QString &id : std::as_const(kept)) {
        Q_EMIT gateChanged(*m_gates.value(id).gate);
    }
    ServerHealth &h = healthOf(server);
    h.lastAttempt = now;
    h.error = snapshot.error;
    h.retryNotBefore = snapshot.retryNotBefore;
    if (snapshot.complete()) {
        h.state = ServerState::Polled;
        h.lastSuccess = now;
    } else {
        h.state = ServerState::Failing;
    }
    m_interner.sweep();
    Q_EMIT healthChanged(server);
    Q_EMIT updated();
}

void GateStore::restore(const QString &server, const std::vector<std::pair<Gate, QDateTime>> &gates)
{
    const ServerHealth &h = healthOf(server);
    if (h.state != ServerState::Checking || h.lastAttempt.isValid()) {
        return;
    }
    for (const auto &[restored, seenAt] : gates) {
        if (restored.server != server || m_gates.contains(restored.id)) {
            continue;
        }
        Gate gate = restored;
        makeDisplaySafe(gate); // read from a file
        const QString id = gate.id;
        const auto it = m_gates.insert(id, Entry{keep(gate), 0, seenAt, true});
        ++m_staleCount[server];
        Q_EMIT gateAdded(*it->gate);
    }
    Q_EMIT updated();
}

void GateStore::markFailed(const QString &server, const QString &error, const QDateTime &retryNotBefore)
{
    ServerHealth &h = healthOf(server);
    h.lastAttempt = Clock::utcNow();
    h.state = ServerState::Failing;
    h.error = displaySafe(error);
    h.retryNotBefore = retryNotBefore;
    setStale(server, {}, true);
    Q_EMIT healthChanged(server);
    Q_EMIT updated();
}

void GateStore::setStale(const QString &server, const QStringList &scopes, bool all)
{
    QStringList changed;
    for (auto it = m_gates.begin(); it != m_gates.end(); ++it) {
        if (it->gate->server == server && !it->stale && (all || scopes.contains(it->gate->scope))) {
            it->stale = true;
            ++m_staleCount[it->gate->server];
            changed.append(it.key());
        }
    }
    for (const QString &id : std::as_const(changed)) {
        Q_EMIT gateChanged(*m_gates.value(id).gate);
    }
}

void GateStore::updateGate(const Gate &fresh, bool stillWaiting)
{
    auto it = m_gates.find(fresh.id);
    Gate gate = fresh;
    makeDisplaySafe(gate); // a single read, not through a poll
    if (gate.scope.isEmpty() && it != m_gates.end()) {
        gate.scope = it->gate->scope; // a single read does not say which configured project it came from
    }
    if (!stillWaiting) {
        if (it != m_gates.end()) {
            m_staleCount[it->gate->server] -= it->stale ? 1 : 0;
            m_gates.erase(it);
            Q_EMIT gateRemoved(gate.id);
            Q_EMIT updated();
        }
        return;
    }
    const QDateTime now = Clock::utcNow();
    if (it == m_gates.end()) {
        it = m_gates.insert(gate.id, Entry{keep(gate), m_poll, now, false});
        Q_EMIT gateAdded(*it->gate);
    } else {
        it->seenAt = now;
        const bool wasStale = std::exchange(it->stale, false);
        m_staleCount[it->gate->server] -= wasStale ? 1 : 0;
        if (!(*it->gate == gate) || wasStale) {
            it->gate = keep(gate);
            Q_EMIT gateChanged(*it->gate);
        }
    }
    Q_EMIT updated();
}

const Gate *GateStore::gate(const QString &id) const
{
    auto it = m_gates.constFind(id);
    return it == m_gates.cend() ? nullptr : it->gate.get();
}

std::shared_ptr<const Gate> GateStore::sharedGate(const QString &id) const
{
    auto it = m_gates.constFind(id);
    return it == m_gates.cend() ? nullptr : it->gate;
}

bool GateStore::isStale(const QString &id) const
{
    auto it = m_gates.constFind(id);
    return it != m_gates.cend() && it->stale;
}

QDateTime GateStore::seenAt(const QString &id) const
{
    auto it = m_gates.constFind(id);
    return it == m_gates.cend() ? QDateTime() : it->seenAt;
}

ServerHealth GateStore::health(const QString &server) const
{
    ServerHealth h = m_health.value(server);
    h.server = server;
    return h;
}

ServerState GateStore::overallState() const
{
    if (m_health.isEmpty()) {
        return ServerState::NotSetUp;
    }
    // What needs the user first: a failure, then a server to set up, then one not yet polled.
    const ServerState order[] = {ServerState::Failing, ServerState::NotSetUp, ServerState::Checking};
    for (ServerState s : order) {
        if (std::any_of(m_health.cbegin(), m_health.cend(),
                        [s](const ServerHealth &h) { return h.state == s; })) {
            return s;
        }
    }
    return ServerState::Polled;
}

Gates GateStore::gates() const
{
    Gates out;
    out.reserve(static_cast<std::size_t>(m_gates.size()));
    for (const Entry &e : m_gates) {
        out.push_back(*e.gate);
    }
    // Ordered by id, so listings are stable.
    std::sort(out.begin(), out.end(), [](const Gate &a, const Gate &b) { return a.id < b.id; });
    return out;
}

Gates GateStore::gates(const QString &server) const
{
    Gates out;
    for (const Entry &e : m_gates) {
        if (e.gate->server == server) {
            out.push_back(*e.gate);
        }
    }
    std::sort(out.begin(), out.end(), [](const Gate &a, const Gate &b) { return a.id < b.id; });
    return out;
}

} // namespace gl
