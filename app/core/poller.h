#pragma once

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
// (drawn each time) after a good poll, exponential back-off with jitter after errors, and the server's
// Retry-After obeyed. Its timers run on gl::Clock, so tests move time.
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
    };
    void pollNow(const QString &name);
    void schedule(Server &server, int seconds);
    std::chrono::milliseconds steadyWait(const Server &server, int retryAfterSeconds);

    GateStore *m_store;
    bool m_started = false;
    QHash<QString, Server> m_servers;
    std::minstd_rand m_random{std::random_device{}()};
};

} // namespace gl
