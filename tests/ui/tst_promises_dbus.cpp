// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The `sound` setting as the desktop's notification service sees it, over a real session bus (ctest
// runs this under dbus-run-session) to a stand-in daemon, with gates from the simulator over loopback.

#include "clock.h"
#include "config/credentialstore.h"
#include "fakenotificationserver.h"
#include "gatestore.h"
#include "mainwindow.h"
#include "notifications.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace gl::ui;

class TestPromisesDBus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run this test under dbus-run-session (ctest does)");
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
    }

    // sound=false asks the daemon for silence (suppress-sound); sound=true names a sound instead.
    void soundSettingBecomesTheNotificationsSoundHint_data()
    {
        QTest::addColumn<bool>("sound");
        QTest::newRow("off") << false;
        QTest::newRow("on") << true;
    }
    void soundSettingBecomesTheNotificationsSoundHint()
    {
        QFETCH(bool, sound);
        ManualClock clock;
        Clock::setInstance(&clock);
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        FakeNotificationServer server;
        QVERIFY(server.start());
        QTRY_VERIFY(DBusNotificationSink::serviceAvailable());
        const QString path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(path, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                            QStringLiteral("gh/acme/web")})));
        auto config = loadConfig(path);
        QVERIFY(config.has_value());
        auto session =
            Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n)));
        DBusNotificationSink sink;
        Notifier notifier(session->store(), &sink);
        NotificationSettings settings = notifier.settings();
        settings.sound = sound;
        notifier.setSettings(settings);
        session->poller()->start();
        QTRY_COMPARE(session->store()->size(), 3);
        QTRY_COMPARE(server.notifications.size(), 1); // the first poll's summary
        m_sim.addHeldPipeline();
        session->poller()->refreshAll();
        QTRY_COMPARE(server.notifications.size(), 2); // a single new gate
        for (const RecordedNotification &n : std::as_const(server.notifications)) {
            QCOMPARE(n.hints.value(QStringLiteral("suppress-sound")).toBool(), !sound);
            QCOMPARE(n.hints.contains(QStringLiteral("sound-name")), sound);
            if (sound) {
                QVERIFY(!n.hints.value(QStringLiteral("sound-name")).toString().isEmpty());
            }
        }
        session.reset();
        Clock::setInstance(nullptr);
    }

private:
    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    int m_n = 0;
};

QTEST_MAIN(TestPromisesDBus)
#include "tst_promises_dbus.moc"
