// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>

class QTimer;
#include <vector>

namespace gl {

class Timer;

// Where the time comes from. The application runs on the system clock; a test installs a ManualClock
// and moves it, so reminders, stale ages, expiry and back-off are tested without sleeping. Network
// time-outs stay on real time: they guard real sockets.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC

    // The clock in use: the system clock unless a test installed another one.
    static Clock &instance();
    static QDateTime utcNow() { return instance().now(); }
    // Installs a clock (not owned); nullptr restores the system clock.
    static void setInstance(Clock *clock);

protected:
    friend class Timer;
    virtual bool drivesTimers() const { return false; }
    virtual void schedule(Timer *) {}
    virtual void unschedule(Timer *) {}
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until a test moves it; Timers started on it fire, in order of their
// deadlines, as advance() passes them.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc());
    ~ManualClock() override;
    QDateTime now() const override { return m_now; }
    void advance(std::chrono::milliseconds by);
    void advanceSecs(qint64 seconds) { advance(std::chrono::seconds(seconds)); }
    // When the next timer started on this clock is due; invalid when none waits.
    QDateTime nextDeadline() const;

protected:
    bool drivesTimers() const override { return true; }
    void schedule(Timer *timer) override;
    void unschedule(Timer *timer) override;

private:
    QDateTime m_now;
    std::vector<QPointer<Timer>> m_timers;
};

// A QTimer-like timer on the Clock in use when it is started.
class Timer final : public QObject
{
    Q_OBJECT
public:
    explicit Timer(QObject *parent = nullptr);
    ~Timer() override;

    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }
    void start(std::chrono::milliseconds interval);
    void start() { start(m_interval); }
    void stop();
    bool isActive() const { return m_active; }
    QDateTime deadline() const { return m_deadline; } // on the clock's time; invalid when inactive

Q_SIGNALS:
    void timeout();

private:
    friend class ManualClock;
    void fire();

    std::chrono::milliseconds m_interval{0};
    bool m_singleShot = false;
    bool m_active = false;
    QDateTime m_deadline;
    Clock *m_clock = nullptr; // the clock it was started on
    QTimer *m_qtimer = nullptr;
};

} // namespace gl
