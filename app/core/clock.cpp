// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "clock.h"

#include <QTimer>

#include <algorithm>

namespace gl {

namespace {
SystemClock &systemClock()
{
    static SystemClock clock;
    return clock;
}
Clock *g_clock = nullptr;
} // namespace

Clock &Clock::instance()
{
    return g_clock ? *g_clock : systemClock();
}

void Clock::setInstance(Clock *clock)
{
    g_clock = clock;
}

ManualClock::ManualClock(const QDateTime &start) : m_now(start.toUTC()) {}

ManualClock::~ManualClock()
{
    for (const auto &t : m_timers) {
        if (t) {
            t->m_active = false;
            t->m_clock = nullptr;
        }
    }
}

void ManualClock::schedule(Timer *timer)
{
    unschedule(timer);
    m_timers.emplace_back(timer);
}

void ManualClock::unschedule(Timer *timer)
{
    m_timers.erase(std::remove_if(m_timers.begin(), m_timers.end(),
                                  [timer](const QPointer<Timer> &t) { return !t || t == timer; }),
                   m_timers.end());
}

void ManualClock::advance(std::chrono::milliseconds by)
{
    const QDateTime target = m_now.addMSecs(by.count());
    for (;;) {
        Timer *next = nullptr;
        for (const auto &t : m_timers) {
            if (t && t->m_active && t->m_deadline <= target && (!next || t->m_deadline < next->m_deadline)) {
                next = t;
            }
        }
        if (!next) {
            break;
        }
        m_now = std::max(m_now, next->m_deadline);
        next->fire();
    }
    m_now = target;
}

QDateTime ManualClock::nextDeadline() const
{
    QDateTime next;
    for (const auto &t : m_timers) {
        if (t && t->m_active && (!next.isValid() || t->m_deadline < next)) {
            next = t->m_deadline;
        }
    }
    return next;
}

Timer::Timer(QObject *parent) : QObject(parent) {}

Timer::~Timer()
{
    stop();
}

void Timer::start(std::chrono::milliseconds interval)
{
    stop();
    m_interval = interval;
    m_clock = &Clock::instance();
    m_active = true;
    m_deadline = m_clock->now().addMSecs(interval.count());
    if (m_clock->drivesTimers()) {
        m_clock->schedule(this);
        return;
    }
    if (!m_qtimer) {
        m_qtimer = new QTimer(this);
        m_qtimer->setSingleShot(true);
        connect(m_qtimer, &QTimer::timeout, this, &Timer::fire);
    }
    m_qtimer->start(interval);
}

void Timer::stop()
{
    if (m_clock && m_clock->drivesTimers()) {
        m_clock->unschedule(this);
    }
    if (m_qtimer) {
        m_qtimer->stop();
    }
    m_active = false;
    m_deadline = {};
}

void Timer::fire()
{
    if (!m_active) {
        return;
    }
    // A coarse QTimer may fire up to 5% early; a deadline (a server's Retry-After) is never cut short.
    if (m_qtimer && m_clock && !m_clock->drivesTimers()) {
        const qint64 left = m_clock->now().msecsTo(m_deadline);
        if (left > 0) {
            m_qtimer->start(std::chrono::milliseconds(left));
            return;
        }
    }
    if (m_singleShot) {
        stop();
    } else {
        // Repeat from the deadline just passed, so a manual clock's big step fires every period.
        Clock *clock = m_clock;
        m_deadline = m_deadline.addMSecs(std::max<qint64>(1, m_interval.count()));
        if (clock && clock->drivesTimers()) {
            // stays scheduled
        } else if (m_qtimer) {
            m_qtimer->start(m_interval);
        }
    }
    Q_EMIT timeout();
}

} // namespace gl
