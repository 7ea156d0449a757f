// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "poller.h"

#include "clock.h"
#include "gatestore.h"
#include "providers/provider.h"

#include <algorithm>
#include <cmath>

namespace gl {

Poller::Poller(GateStore *store, QObject *parent) : QObject(parent), m_store(store) {}

void Poller::addServer(Provider *provider, int intervalSeconds)
{
    const QString name = provider->serverName();
    Server &s = m_servers[name];
    s.provider = provider;
    s.intervalS = std::max(1, intervalSeconds);
    s.timer = new Timer(this);
    s.timer->setSingleShot(true);
    m_store->addServer(name);
    connect(s.timer, &Timer::timeout, this, [this, name] { pollNow(name); });
    if (m_started) {
        refresh(name);
    }
}

void Poller::removeServer(const QString &name)
{
    const auto it = m_servers.find(name);
    if (it == m_servers.end()) {
        return;
    }
    delete it->timer;
    m_servers.erase(it);
}

void Poller::start()
{
    m_started = true;
    refreshAll();
}

void Poller::refreshAll()
{
    const auto names = m_servers.keys();
    for (const QString &name : names) {
        refresh(name);
    }
}

void Poller::refresh(const QString &name)
{
    auto it = m_servers.find(name);
    if (it == m_servers.end()) {
        return;
    }
    if (it->inFlight) {
        it->again = true;
        return;
    }
    it->timer->stop();
    pollNow(name);
}

void Poller::setIdle(bool idle)
{
    if (idle == m_idle) {
        return;
    }
    m_idle = idle;
    if (idle) {
        return; // the next good poll of each server waits longer
    }
    for (auto it = m_servers.begin(); it != m_servers.end(); ++it) {
        const QDateTime last = lastGood(it.key());
        if (goodPollOlderThan(it.key(), *it, it->intervalS)) {
            refresh(it.key());
        } else if (it->failures == 0 && !it->inFlight && last.isValid()) {
            // Due an interval after the last poll, not the idle wait after it.
            const QDateTime due = std::max(last.addSecs(it->intervalS), it->notBefore);
            if (!it->timer->isActive() || due < it->timer->deadline()) {
                it->timer->start(std::chrono::milliseconds(Clock::utcNow().msecsTo(due)));
            }
        }
    }
}

int Poller::freshnessSeconds(const QString &server) const
{
    const auto it = m_servers.constFind(server);
    return std::max(kFreshSeconds, it == m_servers.constEnd() ? 0 : it->intervalS / 2);
}

void Poller::catchUp()
{
    for (auto it = m_servers.cbegin(); it != m_servers.cend(); ++it) {
        if (goodPollOlderThan(it.key(), *it, freshnessSeconds(it.key()))) {
            refresh(it.key());
        }
    }
}

QDateTime Poller::lastGood(const QString &name) const
{
    return m_store->health(name).lastSuccess;
}

bool Poller::goodPollOlderThan(const QString &name, const Server &server, qint64 seconds) const
{
    const QDateTime last = lastGood(name);
    return server.provider && !server.inFlight && server.failures == 0 && last.isValid() &&
           last.msecsTo(Clock::utcNow()) >= seconds * 1000 && !(Clock::utcNow() < server.notBefore);
}

bool Poller::polling(const QString &server) const
{
    return m_servers.value(server).inFlight;
}

void Poller::schedule(Server &server, int seconds)
{
    server.timer->start(std::chrono::milliseconds(static_cast<qint64>(seconds) * 1000));
}

std::chrono::milliseconds Poller::steadyWait(const Server &server, int retryAfterSeconds)
{
    // The interval and up to a tenth more, drawn afresh each time: clients started together (by a login
    // script, or when the network comes back) do not keep polling a server in lock-step.
    qint64 interval = static_cast<qint64>(server.intervalS) * 1000;
    if (m_idle) {
        interval = std::max(interval, std::min(interval * kIdleFactor, qint64{kMaxIdleSeconds} * 1000));
    }
    std::uniform_int_distribution<qint64> spread(0, interval / kSpreadDivisor);
    return std::chrono::milliseconds(
        std::max<qint64>(interval + spread(m_random), static_cast<qint64>(retryAfterSeconds) * 1000));
}

void Poller::pollNow(const QString &name)
{
    Server &s = m_servers[name];
    if (!s.provider || s.inFlight) {
        return;
    }
    s.inFlight = true;
    Provider *polled = s.provider;
    s.provider->poll([this, name, polled](const PollResult &result) {
        const auto found = m_servers.find(name);
        if (found == m_servers.end() || found->provider != polled) {
            return; // the server was removed or replaced while this poll was on its way
        }
        Server &server = *found;
        server.inFlight = false;
        if (result.ok()) {
            server.failures = 0;
            server.notBefore = Clock::utcNow().addSecs(result.retryAfterSeconds.value_or(0));
            m_store->apply(name, Snapshot{result.gates, {}, {}, {}});
            server.timer->start(steadyWait(server, result.retryAfterSeconds.value_or(0)));
        } else {
            ++server.failures;
            // Exponential back-off with ±20% jitter, never sooner than the server asked.
            const double base = std::min<double>(
                kMaxBackoffSeconds, server.intervalS * std::pow(2.0, std::min(server.failures - 1, 10)));
            std::uniform_real_distribution<double> jitter(0.8, 1.2);
            int wait = static_cast<int>(std::min<double>(kMaxBackoffSeconds, base * jitter(m_random)));
            if (result.retryAfterSeconds) {
                wait = std::max(wait, *result.retryAfterSeconds);
            }
            // Gates of projects that were read are current; the rest keep their last state, stale.
            QStringList unread = result.unreadProjects;
            if (unread.isEmpty()) {
                unread = server.provider->projects(); // a provider that did not say: trust nothing
            }
            m_store->apply(name, Snapshot{result.gates, unread, result.error, Clock::utcNow().addSecs(wait)});
            schedule(server, wait);
        }
        Q_EMIT pollFinished(name, result.ok());
        if (server.again) {
            server.again = false;
            refresh(name);
        }
    });
}

} // namespace gl
