// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The pace of polling follows whoever looks: the screen saver's state over a real session bus (ctest runs
// this under dbus-run-session) from stand-in services, and the window coming to the front, each followed
// through to the poller of a real dashboard on the simulated servers.

#include "clock.h"
#include "dashboard.h"
#include "gatestore.h"
#include "mainwindow.h"
#include "poller.h"
#include "screenlock.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QApplication>
#include <QDBusConnection>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace gl::ui;

namespace {

// A screen saver service on its own connection, so that calls and signals really cross the bus.
class FakeScreenSaverBase : public QObject
{
    Q_OBJECT
public:
    FakeScreenSaverBase(const QString &service, const QString &path, bool active)
        : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, service)), m_service(service),
          m_path(path), m_active(active)
    {}
    ~FakeScreenSaverBase() override
    {
        m_bus.unregisterService(m_service);
        QDBusConnection::disconnectFromBus(m_service);
    }
    bool start()
    {
        return m_bus.isConnected() &&
               m_bus.registerObject(m_path, this,
                                    QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals) &&
               m_bus.registerService(m_service);
    }
    void setActive(bool active)
    {
        m_active = active;
        Q_EMIT ActiveChanged(active);
    }

public Q_SLOTS:
    bool GetActive() const { return m_active; }

Q_SIGNALS:
    void ActiveChanged(bool active);

private:
    QDBusConnection m_bus;
    QString m_service;
    QString m_path;
    bool m_active;
};

class FakeFreedesktopScreenSaver final : public FakeScreenSaverBase
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")
public:
    explicit FakeFreedesktopScreenSaver(bool active)
        : FakeScreenSaverBase(QStringLiteral("org.freedesktop.ScreenSaver"),
                              QStringLiteral("/org/freedesktop/ScreenSaver"), active)
    {}
};

class FakeGnomeScreenSaver final : public FakeScreenSaverBase
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.ScreenSaver")
public:
    explicit FakeGnomeScreenSaver(bool active)
        : FakeScreenSaverBase(QStringLiteral("org.gnome.ScreenSaver"),
                              QStringLiteral("/org/gnome/ScreenSaver"), active)
    {}
};

} // namespace

class TestScreenLock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run this test under dbus-run-session (ctest does)");
    }

    void followsTheFreedesktopScreenSaver()
    {
        FakeFreedesktopScreenSaver saver(false);
        QVERIFY(saver.start());
        ScreenLockWatcher watcher;
        QSignalSpy changed(&watcher, &ScreenLockWatcher::lockedChanged);
        saver.setActive(true);
        QTRY_VERIFY(watcher.locked());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toBool(), true);
        saver.setActive(false);
        QTRY_VERIFY(!watcher.locked());
        QCOMPARE(changed.size(), 2);
    }

    // Started while the screen is locked: asked once, idle at once.
    void aScreenLockedAtStartIsIdle()
    {
        FakeGnomeScreenSaver saver(true);
        QVERIFY(saver.start());
        ScreenLockWatcher watcher;
        QTRY_VERIFY(watcher.locked());
        saver.setActive(false);
        QTRY_VERIFY(!watcher.locked());
    }

    // The dashboard's poller slows while the screen is locked and, unlocked, is back at its pace.
    void theDashboardsPollerIsIdleWhileTheScreenIsLocked()
    {
        FakeFreedesktopScreenSaver saver(false);
        QVERIFY(saver.start());
        const auto dashboard = demoDashboard();
        QVERIFY(dashboard);
        Poller *poller = dashboard->session()->poller();
        QVERIFY(!poller->idle());
        saver.setActive(true);
        QTRY_VERIFY(poller->idle());
        saver.setActive(false);
        QTRY_VERIFY(!poller->idle());
    }

    // The window coming to the front polls the servers whose last poll is older than their freshness (half
    // of the 60 s interval here: 30 s); a poll fresher than that is left alone.
    void theWindowComingToTheFrontPollsWhatIsNoLongerFresh()
    {
        glsim::Simulator sim;
        QVERIFY(sim.listenLocal() != 0);
        QVERIFY(sim.loadScenario(gltest::basicScenario()).isEmpty());
        qputenv("GL_TEST_TOKEN", "t0ken");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
        Dashboard::Options options;
        options.configPath = home.filePath(QStringLiteral("servers.json"));
        options.auditPath = home.filePath(QStringLiteral("audit.jsonl"));
        options.notifications = false;
        QVERIFY(gltest::writeFile(options.configPath,
                                  gltest::configFor(sim.baseUrl(), {QStringLiteral("gh/acme/api")})));
        ManualClock clock;
        Clock::setInstance(&clock);
        {
            QString error;
            const auto dashboard = Dashboard::create(options, &error);
            QVERIFY2(dashboard, qPrintable(error));
            dashboard->show();
            MainWindow *window = dashboard->window();
            QVERIFY(QTest::qWaitForWindowActive(window));
            Poller *poller = dashboard->session()->poller();
            const QString server = QStringLiteral("sim");
            QCOMPARE(poller->freshnessSeconds(server), 30);
            QTRY_VERIFY_WITH_TIMEOUT(dashboard->session()->store()->health(server).lastSuccess.isValid(),
                                     20000);
            QVERIFY(!poller->polling(server));
            clock.advanceSecs(29);
            activate(window);
            QVERIFY(!poller->polling(server)); // 29 s old: fresh enough
            clock.advanceSecs(1);
            activate(window);
            QVERIFY(poller->polling(server));
            QTRY_VERIFY_WITH_TIMEOUT(!poller->polling(server), 20000);
        }
        Clock::setInstance(nullptr);
    }

private:
    static std::unique_ptr<Dashboard> demoDashboard()
    {
        Dashboard::Options options;
        options.demo = true;
        options.notifications = false;
        QString error;
        auto dashboard = Dashboard::create(options, &error);
        if (!dashboard) {
            qWarning("%s", qPrintable(error));
        }
        return dashboard;
    }

    // What the window system sends when the window comes to the front (it is the active window already).
    static void activate(QWidget *window)
    {
        QVERIFY(window->isActiveWindow());
        QEvent event(QEvent::ActivationChange);
        QApplication::sendEvent(window, &event);
    }
};

QTEST_MAIN(TestScreenLock)
#include "tst_screenlock.moc"
