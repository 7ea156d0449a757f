// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The clock seam's timers on a clock that does not drive them (the system clock's path): a QTimer that fires
// before the clock reaches the deadline (a coarse timer fires up to 5% early) is started again for the rest.

#include "clock.h"

#include <QSignalSpy>
#include <QTest>

using namespace gl;

namespace {

// Real QTimers underneath, but a time the test sets: the timer may fire only once this says it is due.
class SetClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};

} // namespace

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aTimerNeverFiresBeforeItsDeadline()
    {
        SetClock clock;
        Clock::setInstance(&clock);
        Timer timer;
        timer.setSingleShot(true);
        QSignalSpy fired(&timer, &Timer::timeout);
        timer.start(std::chrono::milliseconds(40));
        // The QTimer underneath runs out several times meanwhile; the clock still says 40 ms are left.
        QVERIFY(!fired.wait(300));
        clock.m_now = clock.m_now.addMSecs(39);
        QVERIFY(!fired.wait(200));
        clock.m_now = clock.m_now.addMSecs(1);
        QVERIFY(fired.wait(1000));
        QCOMPARE(fired.size(), 1);
        Clock::setInstance(nullptr);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
