// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Notifications over a real session bus (ctest runs this under dbus-run-session) to a stand-in daemon,
// with gates coming from the simulator over loopback.

#include "appinfo.h"
#include "clock.h"
#include "config/credentialstore.h"
#include "decisiondialog.h"
#include "decisions.h"
#include "fakenotificationserver.h"
#include "gatestore.h"
#include "i18n.h"
#include "mainwindow.h"
#include "notifications.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "trayicon.h"

#include <QFile>
#include <QMenu>
#include <QPointer>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace gl::ui;

class TestNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        gl::installTranslations(); // the English plurals, as the application loads them
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
                 "no session bus: run this test under dbus-run-session (ctest does)");
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        Clock::setInstance(m_clock.get()); // reminders and pauses move with the test's clock
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        m_server = std::make_unique<FakeNotificationServer>();
        QVERIFY(m_server->start());
        QTRY_VERIFY(DBusNotificationSink::serviceAvailable());
        const QString configPath = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(
            configPath, gltest::configFor(m_sim.baseUrl(),
                                          {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")})));
        auto config = loadConfig(configPath);
        QVERIFY(config.has_value());
        m_session =
            Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n)));
        m_window = std::make_unique<MainWindow>(m_session.get(), configPath);
        m_sink = std::make_unique<DBusNotificationSink>();
        m_notifier = std::make_unique<Notifier>(m_session->store(), m_sink.get());
        m_tray = std::make_unique<TrayIcon>(m_session->store(), m_notifier.get(), m_window.get());
        // The three gates already waiting make the first notification: a summary.
        m_session->poller()->start();
        QTRY_COMPARE(m_session->store()->size(), 3);
        QTRY_COMPARE(m_server->notifications.size(), 1);
        // The user closes it: what comes next gets a notification of its own (see
        // aNewGateUpdatesTheNotificationStillShown for one left open).
        QTRY_VERIFY(m_notifier->liveNotification() != 0);
        m_server->dismiss(m_server->notifications.first().id);
        QTRY_COMPARE(m_notifier->liveNotification(), 0u);
        m_server->notifications.clear();
    }

    void cleanup()
    {
        m_tray.reset();
        m_notifier.reset();
        m_sink.reset();
        m_window.reset();
        m_session.reset();
        m_server.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    void firstPollSummarisesWhatAlreadyWaits()
    {
        // (checked in init: one Notify for three gates)
        QCOMPARE(m_tray->waitingForMe(), 3);
        QVERIFY(m_tray->icon()->toolTip().contains(QLatin1String("3 gates wait for your approval")));
    }

    void aNewGateNotifiesOnceWithActionsAndHints()
    {
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_server->notifications.size(), 1);
        const RecordedNotification n = m_server->notifications.first();
        QCOMPARE(n.summary, QStringLiteral("hold-production waits for your approval"));
        QVERIFY2(n.body.contains(QLatin1String(" / release / hold-production")), qPrintable(n.body));
        QVERIFY(n.body.contains(QLatin1String("Triggered by ")));
        QCOMPARE(n.actions, (QStringList{QStringLiteral("approve"), QStringLiteral("Approve…"),
                                         QStringLiteral("default"), QStringLiteral("Open")}));
        // The desktop-entry hint and the icon both name the application id: the installed .desktop file
        // and icon (packaging/) are named after it.
        QCOMPARE(n.hints.value(QStringLiteral("desktop-entry")).toString(), QString::fromLatin1(appinfo::id));
        QCOMPARE(n.appIcon, QString::fromLatin1(appinfo::id));
        QVERIFY(n.hints.value(QStringLiteral("suppress-sound")).toBool()); // sound is off by default
        QCOMPARE(n.appName, QStringLiteral("Greenlight"));
        // The next polls see the same gate: no second notification.
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        pollAndSettle();
        pollAndSettle();
        QCOMPARE(notified.size(), 0);
        QCOMPARE(m_server->notifications.size(), 1);
        QCOMPARE(m_tray->waitingForMe(), 4);
    }

    void theApproveActionOpensTheConfirmationDialogForThatGate()
    {
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_server->notifications.size(), 1);
        m_server->invokeAction(m_server->notifications.first().id, QStringLiteral("approve"));
        DecisionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
        QCOMPARE(dialog->decision(), Decision::Approve);
        QCOMPARE(dialog->gateIds().size(), 1);
        QCOMPARE(m_session->store()->gate(dialog->gateIds().first())->name,
                 QStringLiteral("hold-production"));
        QVERIFY(m_window->isVisible());
        dialog->reject();
    }

    void fiveNewGatesInOnePollMakeOneSummary()
    {
        for (int i = 0; i < 5; ++i) {
            m_sim.addHeldPipeline();
        }
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        pollAndSettle();
        QCOMPARE(m_session->store()->size(), 8);
        QCOMPARE(notified.size(), 1); // one summary, decided once the poll's gates were all in
        QTRY_COMPARE(m_server->notifications.size(), 1);
        QCOMPARE(m_server->notifications.first().summary, QStringLiteral("5 gates wait for your approval"));
        QCOMPARE(m_server->notifications.first().body.count(u'\n'), 4); // five lines
        QCOMPARE(m_server->notifications.first().actions,
                 (QStringList{QStringLiteral("default"), QStringLiteral("Open dashboard")}));
    }

    void aDecisionMadeElsewhereClosesTheNotification()
    {
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_server->notifications.size(), 1);
        QString id;
        for (const Gate &g : m_session->store()->gates()) {
            if (g.name == QLatin1String("hold-production")) {
                id = g.id;
            }
        }
        // Another approver: the CLI, straight at the server.
        std::optional<DecisionResult> done;
        m_session->decisions()->decide(id, Decision::Approve, QStringLiteral("from elsewhere"),
                                       [&](const DecisionResult &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_server->closed, QList<uint>{m_server->notifications.first().id});
    }

    // While a notification about new gates is still shown, the next new gate updates it in place (same id,
    // replaces_id) instead of piling up a second one; a gate decided elsewhere leaves it quietly.
    void aNewGateUpdatesTheNotificationStillShown()
    {
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_server->notifications.size(), 1);
        const uint first = m_server->notifications.first().id;
        QCOMPARE(m_server->notifications.first().replacesId, 0u);
        QTRY_VERIFY(m_notifier->liveNotification() != 0);

        m_sim.addHeldPipeline();
        pollAndSettle();
        QTRY_COMPARE(m_server->notifications.size(), 2);
        const RecordedNotification updated = m_server->notifications.at(1);
        QCOMPARE(updated.replacesId, first);
        QCOMPARE(updated.id, first);
        QCOMPARE(updated.summary, QStringLiteral("2 gates wait for your approval"));
        QCOMPARE(updated.body.count(u'\n'), 1);

        // One of them is approved elsewhere: the notification now lists the other, without a sound.
        QString decided;
        for (const Gate &g : m_session->store()->gates()) {
            if (g.name == QLatin1String("hold-production")) {
                decided = g.id;
            }
        }
        std::optional<DecisionResult> done;
        m_session->decisions()->decide(decided, Decision::Approve, QStringLiteral("from elsewhere"),
                                       [&](const DecisionResult &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        pollAndSettle();
        QTRY_COMPARE(m_server->notifications.size(), 3);
        QCOMPARE(m_server->notifications.at(2).id, first);
        QCOMPARE(m_server->notifications.at(2).summary,
                 QStringLiteral("hold-production waits for your approval"));
        QVERIFY(m_server->notifications.at(2).hints.value(QStringLiteral("suppress-sound")).toBool());
        QVERIFY(m_server->closed.isEmpty());
    }

    // Two runs on one simulator, remembering what was announced in the state folder: the second run
    // announces only what is new, and reminds of the old gates when they are due (an hour after the first
    // run announced them), not at once nor an hour after the restart.
    void aRestartAnnouncesNothingTwiceAndRemindsOnTime()
    {
        const QString state = m_dir.filePath(QStringLiteral("state-%1/notified.json").arg(m_n));
        const QString config = m_dir.filePath(QStringLiteral("servers-%1.json").arg(m_n));
        struct Run
        {
            std::unique_ptr<Session> session;
            std::unique_ptr<Notifier> notifier;
        };
        const auto start = [&](int run) {
            Run r;
            auto loaded = loadConfig(config);
            r.session =
                Session::open(*loaded, m_credentials,
                              m_dir.filePath(QStringLiteral("audit-%1-run%2.jsonl").arg(m_n).arg(run)));
            r.notifier = std::make_unique<Notifier>(r.session->store(), m_sink.get());
            NotificationSettings settings;
            settings.reminderMinutes = 60;
            r.notifier->setSettings(settings);
            r.notifier->setStateFile(state);
            return r;
        };
        const auto poll = [](Run &r) {
            QSignalSpy finished(r.session->poller(), &Poller::pollFinished);
            r.session->poller()->refreshAll();
            QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 1; }, 10000));
            QCoreApplication::processEvents();
            QCoreApplication::processEvents();
        };

        Run first = start(1);
        QSignalSpy firstNotified(first.notifier.get(), &Notifier::notified);
        poll(first);
        QCOMPARE(first.session->store()->size(), 3);
        QCOMPARE(firstNotified.size(), 1); // the three in one summary
        QCOMPARE(firstNotified.at(0).at(0).value<NotificationRequest>().gateIds.size(), 3);
        m_clock->advanceSecs(30 * 60);
        QCOMPARE(firstNotified.size(), 1); // not due yet
        QTRY_VERIFY(QFile::exists(state));
        first = {}; // quit

        Run second = start(2);
        QSignalSpy notified(second.notifier.get(), &Notifier::notified);
        poll(second);
        QCOMPARE(second.session->store()->size(), 3);
        QCOMPARE(notified.size(), 0); // all three were announced by the first run
        m_sim.addHeldPipeline();
        poll(second);
        QCOMPARE(second.session->store()->size(), 4);
        QCOMPARE(notified.size(), 1);
        const auto fresh = notified.at(0).at(0).value<NotificationRequest>();
        QCOMPARE(fresh.gateIds.size(), 1);
        QCOMPARE(second.session->store()->gate(fresh.gateIds.first())->name,
                 QStringLiteral("hold-production"));

        m_clock->advanceSecs(29 * 60); // 59 minutes after the first announcement
        QCOMPARE(notified.size(), 1);
        m_clock->advanceSecs(2 * 60); // 61: the three old ones, once each; the new one is not due
        QCOMPARE(notified.size(), 4);
        for (int i = 1; i < 4; ++i) {
            const auto r = notified.at(i).at(0).value<NotificationRequest>();
            QVERIFY2(r.summary.contains(QLatin1String(" has waited ")), qPrintable(r.summary));
            QVERIFY(r.gateIds.first() != fresh.gateIds.first());
        }
        QTRY_VERIFY(QFile(state).size() > 0);
        second = {};
        Run third = start(3); // reminded already: not again after another restart
        QSignalSpy thirdNotified(third.notifier.get(), &Notifier::notified);
        poll(third);
        m_clock->advanceSecs(2 * 60);
        QCOMPARE(thirdNotified.size(), 0);
    }

    void mutedProjectAndDoNotDisturbSuppress()
    {
        NotificationSettings settings = m_notifier->settings();
        settings.mutedProjects = {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")};
        m_notifier->setSettings(settings);
        for (int i = 0; i < 3; ++i) {
            m_sim.addHeldPipeline();
        }
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        pollAndSettle();
        QCOMPARE(m_session->store()->size(), 6);
        QCOMPARE(notified.size(), 0);

        settings.mutedProjects.clear();
        m_notifier->setSettings(settings);
        m_notifier->pauseFor(3600);
        QVERIFY(m_notifier->paused());
        m_sim.addHeldPipeline();
        pollAndSettle();
        QCOMPARE(m_session->store()->size(), 7);
        QCOMPARE(notified.size(), 0);

        // A pause ends by itself when the clock passes it.
        m_clock->advanceSecs(3590);
        QVERIFY(m_notifier->paused());
        m_clock->advanceSecs(20);
        QVERIFY(!m_notifier->paused());
        m_notifier->pauseFor(60);
        m_notifier->resume();
        QVERIFY(!m_notifier->paused());
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_server->notifications.size(), 1); // only the one that came after
    }

    void remindsWhenAGateHasWaitedTooLong()
    {
        NotificationSettings settings = m_notifier->settings();
        settings.reminderMinutes = 40; // the scenario's holds have waited 30 minutes
        m_notifier->setSettings(settings);
        QSignalSpy reminded(m_notifier.get(), &Notifier::notified);
        // They were announced at the first poll: a reminder comes 40 minutes after that, not 10 (when they
        // had waited 40 minutes), which would follow the announcement at once.
        m_clock->advanceSecs(39 * 60);
        QCOMPARE(reminded.size(), 0);
        m_clock->advanceSecs(2 * 60); // 41 minutes: the minute's check reminds of each, once
        QCOMPARE(reminded.size(), 3);
        // Notify is asynchronous: the daemon sees them a moment later.
        QTRY_COMPARE(m_server->notifications.size(), 3);
        for (const auto &n : m_server->notifications) {
            QVERIFY2(n.summary.contains(QLatin1String(" has waited ")), qPrintable(n.summary));
        }
        m_clock->advanceSecs(3 * 3600);
        QCOMPARE(reminded.size(), 3); // once per gate
    }

    void withoutTheServiceTheTrayTakesOver()
    {
        m_server->stop();
        QTRY_VERIFY(!DBusNotificationSink::serviceAvailable());
        TrayNotificationSink fallback(m_tray->icon());
        m_notifier->setSink(&fallback);
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_COMPARE(fallback.shown().size(), 1);
        QCOMPARE(fallback.shown().first().summary, QStringLiteral("hold-production waits for your approval"));
        QCOMPARE(m_server->notifications.size(), 0);
        m_notifier->setSink(nullptr);
    }

    void trayMenuListsGatesAndApprovesFromThere()
    {
        QMenu *menu = m_tray->menu();
        QList<QAction *> gates;
        for (QAction *a : menu->actions()) {
            if (!a->data().toString().isEmpty()) {
                gates.append(a);
            }
        }
        QCOMPARE(gates.size(), 3);
        gates.first()->trigger();
        DecisionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
        QCOMPARE(dialog->gateIds(), QStringList{gates.first()->data().toString()});
        dialog->reject();
        QVERIFY(!TrayIcon::iconFor(TrayIcon::State::Waiting, 3).isNull());
    }

    void closingTheWindowKeepsRunningInTheTray()
    {
        m_window->show();
        m_window->setKeepRunningInTray(true);
        QPointer<MainWindow> window = m_window.get();
        QSignalSpy quit(qApp, &QCoreApplication::aboutToQuit);
        QVERIFY(!m_window->close()); // the close is turned into a hide
        QVERIFY(!m_window->isVisible());
        QVERIFY(window); // hidden, not destroyed
        QCOMPARE(quit.size(), 0);
        m_tray->showDashboard();
        QVERIFY(m_window->isVisible());
    }

private:
    // Polls every server and returns once the polls are done and the notifier has decided: its decision
    // runs on a zero timer after a poll's gates are in, so the events are processed until it has run.
    void pollAndSettle()
    {
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->refreshAll();
        QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 1; }, 10000));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    DecisionDialog *visibleDialog() const
    {
        for (DecisionDialog *d : m_window->findChildren<DecisionDialog *>()) {
            if (d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    int m_n = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<DBusNotificationSink> m_sink;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<TrayIcon> m_tray;
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
