// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// README promises of the dashboard and the tray, each driven through the real widgets on the offscreen
// platform against the simulator over loopback, on the test's clock.

#include "clock.h"
#include "config/credentialstore.h"
#include "decisiondialog.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "mainwindow.h"
#include "notifications.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "trayicon.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace gl;
using namespace gl::ui;
using gltest::json;

namespace {

class RecordingSink final : public NotificationSink
{
public:
    quint32 show(const NotificationRequest &request) override
    {
        shown.append(request);
        return static_cast<quint32>(shown.size());
    }
    void close(quint32) override {}
    QString name() const override { return QStringLiteral("recording"); }
    QList<NotificationRequest> shown;
};

// One project whose pipelines (one hold each) have waited these many minutes, numbered 1, 2, 3… in order.
QByteArray agedScenario(const QList<int> &ages)
{
    using namespace gltest;
    json pipelines = json::array();
    for (int i = 0; i < ages.size(); ++i) {
        json held =
            json::array({job("build", "build", "success"), job("hold", "approval", "on_hold", {"build"})});
        pipelines.push_back(
            pipeline(i + 1, "main", json::array({workflow("release", "on_hold", held)}), ages.at(i)));
    }
    json project = {{"slug", "gh/acme/api"}, {"pipelines", pipelines}};
    return QByteArray::fromStdString(json{{"token", "t0ken"}, {"projects", json::array({project})}}.dump());
}

} // namespace

// Catches what the window hands to the desktop to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

class TestPromises : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_urls, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_urls, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        Clock::setInstance(m_clock.get()); // the poller polls only when the test says so
        m_urls.opened.clear();
    }

    void cleanup()
    {
        m_tray.reset();
        m_notifier.reset();
        m_sink.reset();
        m_window.reset();
        m_session.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    // Clicking the Waiting header sorts the longest wait first; clicking it again reverses.
    void clickingTheWaitingHeaderSortsLongestFirst()
    {
        QVERIFY(open(agedScenario({10, 50, 30, 5})));
        QTRY_COMPARE(m_window->model()->gateCount(), 4);
        QHeaderView *header = m_window->tree()->header();
        const int x = header->sectionViewportPosition(GateTreeModel::WaitingColumn) +
                      header->sectionSize(GateTreeModel::WaitingColumn) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(GateTreeModel::WaitingColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(pipelineOrder(), (QStringList{QStringLiteral("#2"), QStringLiteral("#3"),
                                               QStringLiteral("#1"), QStringLiteral("#4")}));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        QCOMPARE(pipelineOrder(), (QStringList{QStringLiteral("#4"), QStringLiteral("#1"),
                                               QStringLiteral("#3"), QStringLiteral("#2")}));
    }

    // A poll that adds a gate leaves the tree scrolled where the user left it.
    void scrollPositionStaysAcrossAPoll()
    {
        QList<int> ages;
        for (int i = 0; i < 60; ++i) {
            ages.append(10 + i);
        }
        QVERIFY(open(agedScenario(ages)));
        QTRY_COMPARE(m_window->model()->gateCount(), 60);
        QTRY_VERIFY(m_window->tree()->currentIndex().isValid()); // the longest-waiting gate, chosen once
        QScrollBar *bar = m_window->tree()->verticalScrollBar();
        QVERIFY(bar->maximum() > 20);
        // Scrolled away from the selection, and away from the top.
        m_window->selectGate(m_window->model()->longestWaitingGateId());
        const int where = bar->value() > bar->maximum() / 2 ? bar->maximum() / 4 : (bar->maximum() * 3) / 4;
        bar->setValue(where);
        QCOMPARE(bar->value(), where);

        QSignalSpy polled(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->refreshAll(); // nothing changed
        QVERIFY(polled.wait(10000));
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), where);

        m_sim.addHeldPipeline(); // the newest: it lands at one end of the project
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_window->model()->gateCount(), 61);
        QCoreApplication::processEvents();
        QCOMPARE(bar->value(), where);
        QCOMPARE(m_window->tree()->currentIndex().data(GateTreeModel::GateIdRole).toString(),
                 m_window->model()->longestWaitingGateId());
    }

    // Ctrl+F puts the cursor in the filter.
    void ctrlFFocusesTheFilter()
    {
        QVERIFY(open(gltest::basicScenario()));
        // Wide enough that the filter is on the toolbar, not in its overflow menu (the offscreen screen is
        // 800 px wide; a hidden filter cannot take the focus).
        m_window->resize(1600, 900);
        QTRY_VERIFY(m_window->filterEdit()->isVisible());
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->tree()->setFocus();
        QTRY_VERIFY(m_window->tree()->hasFocus());
        QVERIFY(!m_window->filterEdit()->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        for (QAction *a : m_window->findChildren<QAction *>())
            if (!a->shortcut().isEmpty())
                qWarning() << a->text() << a->shortcut() << a->shortcutContext() << a->parent()
                           << a->associatedObjects();
        QTRY_VERIFY(m_window->filterEdit()->hasFocus());
    }

    // Ctrl+Enter opens Approve…, Ctrl+Shift+Enter opens Reject…, for the selected gate.
    void ctrlEnterApprovesAndCtrlShiftEnterRejects()
    {
        QVERIFY(open(gltest::basicScenario()));
        const QString id = m_session->store()->gates().at(0).id;
        m_window->selectGate(id);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        DecisionDialog *approve = openDialog();
        QVERIFY(approve);
        QCOMPARE(approve->decision(), Decision::Approve);
        QCOMPARE(approve->gateIds(), QStringList{id});
        approve->reject();
        QTRY_VERIFY(!openDialog());
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
        DecisionDialog *reject = openDialog();
        QVERIFY(reject);
        QCOMPARE(reject->decision(), Decision::Reject);
        QCOMPARE(reject->gateIds(), QStringList{id});
        reject->reject();
        QCOMPARE(m_sim.count("POST"), 0);
    }

    // F5 polls every server now (the clock stands still: nothing else would poll).
    void f5PollsNow()
    {
        QVERIFY(open(gltest::basicScenario()));
        QCOMPARE(m_sim.count("GET"), 0);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY(m_sim.count("GET", QStringLiteral("/pipeline")) > 0);
    }

    // Ctrl+O and a double-click on a gate open its pipeline's page.
    void ctrlOAndDoubleClickOpenThePipeline()
    {
        QVERIFY(open(gltest::basicScenario()));
        const Gate gate = m_session->store()->gates().at(0);
        QVERIFY(gate.url.isValid());
        m_window->selectGate(gate.id);
        QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
        QCOMPARE(m_urls.opened, QList<QUrl>{gate.url});

        const Gate other = m_session->store()->gates().at(1);
        QVERIFY(other.url.isValid());
        const QModelIndex row = m_window->proxy()->mapFromSource(m_window->model()->indexOfGate(other.id));
        m_window->tree()->scrollTo(row);
        const QPoint at = m_window->tree()->visualRect(row).center();
        // What a desktop delivers for a double-click: press, release, double-click, release.
        QTest::mouseClick(m_window->tree()->viewport(), Qt::LeftButton, {}, at);
        QMouseEvent dbl(QEvent::MouseButtonDblClick, at, m_window->tree()->viewport()->mapToGlobal(at),
                        Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window->tree()->viewport(), &dbl);
        QTest::mouseRelease(m_window->tree()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_urls.opened, (QList<QUrl>{gate.url, other.url}));
    }

    // The filter matches environment, workflow and commit (as well as the fields tst_mainwindow checks).
    void filterMatchesEnvironmentWorkflowAndCommit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("environment") << QStringLiteral("Staging-EU") << QStringLiteral("b");
        QTest::newRow("workflow") << QStringLiteral("nightly-release") << QStringLiteral("a");
        QTest::newRow("commit sha prefix") << QStringLiteral("deadbeef12") << QStringLiteral("b");
        QTest::newRow("commit subject") << QStringLiteral("rounding") << QStringLiteral("a");
    }
    void filterMatchesEnvironmentWorkflowAndCommit()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto make = [](const char *name, const char *environment, const char *workflow, const char *sha,
                             const char *subject) {
            Gate g;
            g.id = QStringLiteral("s/") + QLatin1String(name);
            g.server = QStringLiteral("s");
            g.provider = QStringLiteral("gitlab");
            g.project = QStringLiteral("acme/api");
            g.pipelineId = QStringLiteral("p-") + QLatin1String(name);
            g.name = QLatin1String(name);
            g.environment = QLatin1String(environment);
            g.workflow = QLatin1String(workflow);
            g.commitSha = QLatin1String(sha);
            g.commitSubject = QLatin1String(subject);
            g.canApprove = true;
            return g;
        };
        GateTreeModel model;
        model.addGate(make("a", "production", "nightly-release", "0123456789abcdef", "Fix rounding"));
        model.addGate(make("b", "staging-eu", "deploy", "deadbeef12345678", "Bump deps"));
        GateFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setText(text);
        QStringList shown;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < proxy.rowCount(parent); ++r) {
                const QModelIndex i = proxy.index(r, 0, parent);
                if (!i.data(GateTreeModel::GateIdRole).toString().isEmpty()) {
                    shown.append(i.data().toString());
                }
                walk(i);
            }
        };
        walk({});
        QCOMPARE(shown, QStringList{expected});
    }

    // The details pane names the commit by its sha and links to the pipeline.
    void detailsShowTheCommitShaAndTheLink()
    {
        QVERIFY(open(gltest::basicScenario()));
        const Gate gate = m_session->store()->gates().at(0);
        QVERIFY(gate.commitSha.size() >= 12);
        m_window->selectGate(gate.id);
        QTRY_VERIFY(m_window->details()->toPlainText().contains(gate.commitSha.left(12)));
        QStringList links;
        for (QTextBlock b = m_window->details()->document()->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().isAnchor()) {
                    links.append(it.fragment().charFormat().anchorHref());
                }
            }
        }
        QCOMPARE(links.size(), 1);
        QCOMPARE(QUrl(links.first()), gate.url);
    }

    // The tray's Pause Notifications → Until Tomorrow pauses until 08:00 the next day, local time.
    void pauseUntilTomorrowLastsUntilEightTheNextMorning()
    {
        Clock::setInstance(nullptr);
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 10), QTime(15, 30)).toUTC());
        Clock::setInstance(m_clock.get());
        QVERIFY(open(gltest::basicScenario()));
        withTray();
        QAction *untilTomorrow = trayAction(QStringLiteral("Until Tomorrow"));
        QVERIFY(untilTomorrow);
        untilTomorrow->trigger();
        QVERIFY(m_notifier->paused());
        const QDateTime eight(QDate(2026, 3, 11), QTime(8, 0));
        QCOMPARE(m_notifier->settings().doNotDisturbUntil, eight.toUTC());
        // While paused, a new gate does not notify.
        m_sink->shown.clear();
        m_sim.addHeldPipeline();
        pollAndSettle();
        QCOMPARE(m_session->store()->size(), 4);
        QCOMPARE(m_sink->shown.size(), 0);
        m_clock->advance(std::chrono::milliseconds(m_clock->now().msecsTo(eight.toUTC()) - 60000));
        QVERIFY(m_notifier->paused()); // 07:59
        m_clock->advanceSecs(120);
        QVERIFY(!m_notifier->paused()); // 08:01
    }

    // A muted environment (or workflow) notifies nothing; the others still do.
    void mutedEnvironmentsDoNotNotify()
    {
        QVERIFY(open(gltest::basicScenario()));
        withTray();
        NotificationSettings settings = m_notifier->settings();
        settings.mutedEnvironments = {QStringLiteral("release")}; // the new holds' workflow
        m_notifier->setSettings(settings);
        m_sink->shown.clear();
        QSignalSpy notified(m_notifier.get(), &Notifier::notified);
        m_sim.addHeldPipeline();
        pollAndSettle();
        QCOMPARE(m_session->store()->size(), 4);
        QCOMPARE(notified.size(), 0);
        settings.mutedEnvironments = {QStringLiteral("staging")};
        m_notifier->setSettings(settings);
        m_sim.addHeldPipeline();
        pollAndSettle();
        QCOMPARE(m_session->store()->size(), 5);
        QCOMPARE(notified.size(), 1);
    }

    // greenlight.conf's [notifications]: what is saved loads back the same, under the README's keys.
    void notificationSettingsRoundTripThroughTheConfFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("greenlight.conf"));
        NotificationSettings saved;
        saved.notifyAll = true;
        saved.reminderMinutes = 45;
        saved.mutedProjects = {QStringLiteral("gh/acme/api"), QStringLiteral("acme/plateforme/déploiement")};
        saved.mutedEnvironments = {QStringLiteral("production")}; // a list of one stays a list
        saved.doNotDisturbUntil = QDateTime(QDate(2026, 3, 11), QTime(7, 0), Qt::UTC);
        saved.sound = true;
        {
            QSettings settings(path, QSettings::IniFormat);
            saved.save(settings);
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        const QSettings again(path, QSettings::IniFormat);
        const NotificationSettings loaded = NotificationSettings::load(again);
        QCOMPARE(loaded.notifyAll, saved.notifyAll);
        QCOMPARE(loaded.reminderMinutes, saved.reminderMinutes);
        QCOMPARE(loaded.mutedProjects, saved.mutedProjects);
        QCOMPARE(loaded.mutedEnvironments, saved.mutedEnvironments);
        QCOMPARE(loaded.doNotDisturbUntil, saved.doNotDisturbUntil);
        QCOMPARE(loaded.sound, saved.sound);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        for (const char *key : {"[notifications]", "all=true", "reminder_minutes=45",
                                "muted_projects=", "muted_environments=", "sound=true"}) {
            QVERIFY2(text.contains(QLatin1String(key)), qPrintable(text));
        }
        // And the defaults from an empty file: sound off, reminders after 120 minutes.
        const QSettings empty(m_dir.filePath(QStringLiteral("empty.conf")), QSettings::IniFormat);
        const NotificationSettings defaults = NotificationSettings::load(empty);
        QVERIFY(!defaults.sound);
        QCOMPARE(defaults.reminderMinutes, 120);
    }

    // The tray menu's Quit ends the application's event loop.
    void trayQuitQuits()
    {
        QVERIFY(open(gltest::basicScenario()));
        withTray();
        QAction *quit = trayAction(QStringLiteral("Quit"));
        QVERIFY(quit);
        QCOMPARE(runEventLoopAfter([quit] { quit->trigger(); }), 0);
    }

    // Without a tray (setKeepRunningInTray(false)), closing the window quits.
    void closingTheWindowWithoutATrayQuits()
    {
        QVERIFY(open(gltest::basicScenario()));
        m_window->setKeepRunningInTray(false);
        QCOMPARE(runEventLoopAfter([this] { m_window->close(); }), 0);
        QVERIFY(!m_window->isVisible());
    }

private:
    // A session and window on this scenario, polled once.
    bool open(const QByteArray &scenario)
    {
        if (const QString error = m_sim.loadScenario(scenario); !error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        QStringList projects;
        const json parsed = json::parse(scenario.toStdString());
        for (const auto &p : parsed["projects"]) {
            projects.append(QString::fromStdString(p["slug"].get<std::string>()));
        }
        const QString path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        if (!gltest::writeFile(path, gltest::configFor(m_sim.baseUrl(), projects))) {
            return false;
        }
        auto config = loadConfig(path);
        if (!config) {
            qWarning("%s", qPrintable(config.error().message));
            return false;
        }
        m_session =
            Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n)));
        m_window = std::make_unique<MainWindow>(m_session.get(), path);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            qWarning("window not exposed");
            return false;
        }
        QSignalSpy polled(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        if (!QTest::qWaitFor([&] { return polled.size() >= 1; }, 10000)) {
            return false;
        }
        QCoreApplication::processEvents();
        m_sim.clearRequests();
        return true;
    }

    void withTray()
    {
        m_sink = std::make_unique<RecordingSink>();
        m_notifier = std::make_unique<Notifier>(m_session->store(), m_sink.get());
        m_tray = std::make_unique<TrayIcon>(m_session->store(), m_notifier.get(), m_window.get());
    }

    QAction *trayAction(const QString &text) const
    {
        std::function<QAction *(QMenu *)> find = [&](QMenu *menu) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (a->text() == text) {
                    return a;
                }
                if (a->menu()) {
                    if (QAction *inner = find(a->menu())) {
                        return inner;
                    }
                }
            }
            return nullptr;
        };
        return find(m_tray->menu());
    }

    // Runs the application's event loop, does `what` from inside it, and returns the loop's exit code:
    // 0 when `what` quit the application, 3 when nothing did within 20 s.
    static int runEventLoopAfter(const std::function<void()> &what)
    {
        QTimer::singleShot(0, qApp, what);
        QTimer guard;
        guard.setSingleShot(true);
        QObject::connect(&guard, &QTimer::timeout, qApp, [] { QCoreApplication::exit(3); });
        guard.start(20000);
        QSignalSpy aboutToQuit(qApp, &QCoreApplication::aboutToQuit);
        const int code = QCoreApplication::exec();
        return code == 0 && aboutToQuit.size() == 1 ? 0 : (code == 0 ? -1 : code);
    }

    void pollAndSettle()
    {
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->refreshAll();
        QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 1; }, 10000));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    // The pipelines of the first project, top to bottom, by number.
    QStringList pipelineOrder() const
    {
        const QModelIndex server = m_window->proxy()->index(0, 0);
        const QModelIndex project = m_window->proxy()->index(0, 0, server);
        QStringList out;
        for (int r = 0; r < m_window->proxy()->rowCount(project); ++r) {
            out.append(m_window->proxy()->index(r, 0, project).data().toString().section(u' ', 0, 0));
        }
        return out;
    }

    DecisionDialog *openDialog() const
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
    UrlCatcher m_urls;
    int m_n = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RecordingSink> m_sink;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<TrayIcon> m_tray;
};

QTEST_MAIN(TestPromises)
#include "tst_promises.moc"
