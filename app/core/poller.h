// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <random>

namespace gl {

class GateStore;
class Timer;
class Provider;

// Polls each server on its own timer: one poll in flight per server, its interval plus up to a tenth more
// (drawn each time) after a good poll (slower while the session is idle, sooner when the window comes to
// the front), exponential back-off with jitter after errors, and the server's Retry-After obeyed. Its
// timers run on gl::Clock, so tests move time.
class Poller final : public QObject
{
    Q_OBJECT
public:
    explicit Poller(GateStore *store, QObject *parent = nullptr);

    // A server added after start() is polled at once.
    void addServer(Provider *provider, int intervalSeconds);
    // Stops polling the server; a poll in flight is forgotten (its answer is dropped).
    void removeServer(const QString &server);
    void start();
    void refresh(const QString &server); // poll now (or as soon as the poll in flight ends)
    void refreshAll();
    bool polling(const QString &server) const;

    // The pace follows whoever looks. While the session is idle (the screen locked), a good poll is
    // followed by kIdleFactor times the interval (at most kMaxIdleSeconds, never less than the interval):
    // nobody would see what changed. Back-off and Retry-After are as always. Leaving idle polls at once
    // each server whose last good poll ended an interval or more ago, so that what the user comes back to
    // is fresh and its notifications come then.
    void setIdle(bool idle);
    bool idle() const { return m_idle; }
    // The window came to the front: each server whose last good poll ended freshnessSeconds (the larger of
    // kFreshSeconds and half its interval) or more ago is polled now, so that what the user looks at is
    // never older than that. A failing server keeps its back-off; one polling already is left alone.
    void catchUp();
    int freshnessSeconds(const QString &server) const;
    static constexpr int kIdleFactor = 4;
    static constexpr int kMaxIdleSeconds = 900;
    static constexpr int kFreshSeconds = 15;

    static constexpr int kMaxBackoffSeconds = 1800;
    // After a good poll the next one comes after the server's interval plus up to interval / kSpreadDivisor
    // (a tenth), never sooner than the server asked.
    static constexpr int kSpreadDivisor = 10;

Q_SIGNALS:
    void pollFinished(const QString &server, bool ok);

private:
    struct Server
    {
        QPointer<Provider> provider;
        int intervalS = 60;
        int failures = 0;
        bool inFlight = false;
        bool again = false;
        Timer *timer = nullptr;
        QDateTime notBefore; // what the server's Retry-After asked at the end of the last poll
    };
    // When the server's last good poll ended (the store's lastSuccess, on the Clock); null before one.
    QDateTime lastGood(const QString &name) const;
    // Whether the server's last good poll ended at least seconds ago and it has not asked to wait (false
    // while failing or polling).
    bool goodPollOlderThan(const QString &name, const Server &server, qint64 seconds) const;
    void pollNow(const QString &name);
    void schedule(Server &server, int seconds);
    std::chrono::milliseconds steadyWait(const Server &server, int retryAfterSeconds);

    GateStore *m_store;
    bool m_started = false;
    bool m_idle = false;
    QHash<QString, Server> m_servers;
    std::minstd_rand m_random{std::random_device{}()};
};

} // namespace gl
