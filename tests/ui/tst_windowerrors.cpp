// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The dashboard when a server cannot be polled, driven for real on the offscreen platform against the
// simulator over loopback: every class of failure, for CircleCI, GitLab, GitHub and Jenkins, on the first
// poll and after a good one, as the server's row, the status bar, the line above the tree and the tray show
// it; and the states checking, not set up, unreachable and nothing waits. Time runs on a ManualClock, so that
// the good poll and the failed one happen at different minutes and the window can be held to the right one.

#include "clock.h"
#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "decisiondialog.h"
#include "decisions.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "mainwindow.h"
#include "net/httpclient.h"
#include "poller.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "trayicon.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <chrono>
#include <memory>

using namespace gl;
using namespace gl::ui;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using gltest::json;

namespace {

constexpr int kWaitMs = 15000; // a poll over loopback takes milliseconds; this only bounds a hang
constexpr int kTrayMs = 500;   // the tray follows the store on a zero timer
const QString kNothingWaits = u"Nothing waits"_s;

// One provider as the tests configure it against the simulator.
struct Setup
{
    QString server;
    QByteArray scenario;
    QStringList projects;
    const char *tokenEnv;
    const char *provider;
    bool manualJobs;
    QString pollPath;     // read by every poll, the first one and the later ones
    QString projectPath;  // every read of a configured project
    int gates;            // what a good poll shows
    QString urlPath = {}; // the API's base under the server ("/api/v3", "/jenkins")
    QString user = {};    // Jenkins
    bool etags = false;   // a steady poll is answered 304, with no body to damage
};

Setup setupFor(const QString &provider)
{
    if (provider == u"github") {
        // Every poll lists the repository's waiting runs; every read is under /repos/.
        return {u"gh"_s,
                QByteArray::fromStdString(gltest::githubScenario().dump()),
                {u"acme/api"_s},
                "GL_GITHUB_TOKEN",
                "github",
                false,
                u"/actions/runs"_s,
                u"/repos/"_s,
                3,
                u"/api/v3"_s,
                {},
                true};
    }
    if (provider == u"jenkins") {
        // The first poll reads me and whoAmI, then each job's runs; every read of a job is under /job/.
        return {u"jk"_s,
                QByteArray::fromStdString(gltest::jenkinsScenario().dump()),
                {u"release/payments api"_s},
                "GL_JENKINS_TOKEN",
                "jenkins",
                false,
                u"/wfapi/runs"_s,
                u"/job/"_s,
                3,
                u"/jenkins"_s,
                u"ana"_s};
    }
    if (provider == u"gitlab") {
        // The first poll reads /user and each project, then its deployments; later polls only the
        // deployments (and manual jobs): "/deployments" fails both. Without ETags, so that a poll after a
        // good one still has bodies to damage (tst_gitlab covers GitLab's 304s).
        json scenario = json::parse(gltest::gitlabScenario().toStdString());
        scenario["gitlab"]["etags"] = false;
        return {u"gl"_s,
                QByteArray::fromStdString(scenario.dump()),
                {u"acme/api"_s, u"acme/plateforme/déploiement"_s},
                "GL_GITLAB_TOKEN",
                "gitlab",
                true,
                u"/deployments"_s,
                u"/projects/"_s,
                6};
    }
    // Every poll lists /project/<slug>/pipeline; "/pipeline" also covers /pipeline/<id>/workflow.
    return {u"ci"_s,
            gltest::basicScenario(),
            {u"gh/acme/api"_s, u"gh/acme/web"_s},
            "GL_TEST_TOKEN",
            "circleci",
            false,
            u"/pipeline"_s,
            u"/project/"_s,
            3};
}

QByteArray configFor(const Setup &s, const QUrl &url)
{
    QUrl base = url;
    base.setPath(s.urlPath);
    json config = json::parse(
        gltest::configFor(base, s.projects, s.tokenEnv, s.server, s.provider, s.manualJobs).toStdString());
    if (!s.user.isEmpty()) {
        config["servers"][0]["user"] = s.user.toStdString();
    }
    return QByteArray::fromStdString(config.dump());
}

// The time as the window writes it.
QString hhmm(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime().time(), u"HH:mm:ss"_s);
}

// A CircleCI project where nothing waits: its one workflow was approved and finished.
json quietProject()
{
    using gltest::job;
    json approved =
        json::array({job("build", "build", "success"), job("hold", "approval", "success", {"build"}),
                     job("deploy", "build", "success", {"hold"})});
    return {{"slug", "gh/acme/quiet"},
            {"pipelines", json::array({gltest::pipeline(
                              4, "main", json::array({gltest::workflow("release", "success", approved)}))})}};
}

json serverJson(const QString &name, const QUrl &url, const QString &project)
{
    return {{"name", name.toStdString()},
            {"provider", "circleci"},
            {"url", url.toString().toStdString()},
            {"token_env", "GL_TEST_TOKEN"},
            {"projects", json::array({project.toStdString()})}};
}

} // namespace

class TestWindowErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        qputenv("GL_GITLAB_TOKEN", "gl-t0ken");
        qputenv("GL_GITHUB_TOKEN", "gh-t0ken");
        qputenv("GL_JENKINS_TOKEN", "jk-t0ken");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        // Half past a minute: 45 s later is the next minute, so two polls read as different times.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_clock = std::make_unique<ManualClock>(
            QDateTime(now.date(), QTime(now.time().hour(), now.time().minute(), 30), Qt::UTC));
        Clock::setInstance(m_clock.get());
        m_shown.clear();
        m_sim.clearFaults();
        m_sim.clearRequests();
    }

    void cleanup()
    {
        m_tray.reset();
        m_tester.reset();
        m_window.reset();
        m_session.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
        m_sim.clearFaults();
        m_sim.setRepeatPageToken(false);
        m_sim.setPageSize(20);
    }

    void failureIsShownAndGatesKept_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("afterGoodPoll");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<QString>("fragment");

        enum class Where
        {
            Poll,    // what every poll reads
            Project, // every read of a project: a 404 says the project is gone
            Any,     // every request: a revoked token (GitLab's first poll reads /user first)
        };
        struct Class
        {
            const char *name;
            Where where;
            int status;
            QByteArray retryAfter;
            int delayMs;
            const char *body;
            bool reset;
            const char *fragment; // what the error must say
        };
        const Class classes[] = {
            {"401", Where::Any, 401, {}, 0, "", false, "HTTP 401"},
            {"403", Where::Poll, 403, {}, 0, "", false, "HTTP 403"},
            {"404 project", Where::Project, 404, {}, 0, "", false, "HTTP 404"},
            {"429 Retry-After", Where::Poll, 429, "120", 0, "", false, "HTTP 429"},
            {"500", Where::Poll, 500, {}, 0, "", false, "HTTP 500"},
            {"503 Retry-After", Where::Poll, 503, "120", 0, "", false, "HTTP 503"},
            {"timeout", Where::Poll, 0, {}, 2000, "", false, "did not answer"},
            {"connection reset",
             Where::Poll,
             0,
             {},
             0,
             "",
             true,
             "cannot reach 127.0.0.1: Connection closed"},
            {"truncated body", Where::Poll, 0, {}, 0, "truncated", false, "truncated"},
            {"HTML body", Where::Poll, 0, {}, 0, "html", false, "HTML page titled \"502 Bad Gateway\""},
            {"invalid JSON", Where::Poll, 0, {}, 0, "not_json", false, "invalid JSON"},
        };
        for (const char *provider : {"circleci", "gitlab", "github", "jenkins"}) {
            const Setup s = setupFor(QString::fromLatin1(provider));
            for (const Class &c : classes) {
                const QString path =
                    c.where == Where::Any ? QString() : (c.where == Where::Poll ? s.pollPath : s.projectPath);
                for (bool after : {false, true}) {
                    if (after && s.etags && *c.body) {
                        continue; // the poll after a good one is answered 304: no body to truncate or replace
                    }
                    QTest::addRow("%s/%s %s", provider, c.name, after ? "after good poll" : "on first poll")
                        << QString::fromLatin1(provider) << after << path << c.status << c.retryAfter
                        << c.delayMs << QString::fromLatin1(c.body) << c.reset
                        << QString::fromUtf8(c.fragment);
                }
            }
        }
    }

    // The server's row, the status bar, the line above the tree and the tray all say that it cannot be
    // polled and why; what a good poll showed stays, marked stale, dated by that poll; a poll that never
    // succeeded shows nothing and never "nothing waits". Once the fault is gone, everything recovers.
    void failureIsShownAndGatesKept()
    {
        QFETCH(QString, provider);
        QFETCH(bool, afterGoodPoll);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, delayMs);
        QFETCH(QString, body);
        QFETCH(bool, reset);
        QFETCH(QString, fragment);

        const Setup s = setupFor(provider);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        openWindow(configFor(s, m_sim.baseUrl()), delayMs > 0 ? 400ms : 10000ms);
        if (QTest::currentTestFailed()) {
            return;
        }
        glsim::Fault fault;
        fault.path = path;
        fault.times = -1;
        fault.status = status;
        fault.retryAfter = retryAfter;
        fault.delayMs = delayMs;
        fault.body = body;
        fault.reset = reset;

        GateStore *store = m_session->store();
        GateTreeModel *model = m_window->model();
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        QStringList ids;
        QDateTime good;
        if (afterGoodPoll) {
            m_session->poller()->start();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
            QVERIFY(finished.at(0).at(1).toBool());
            QCOMPARE(model->gateCount(), s.gates);
            good = m_clock->now();
            QCOMPARE(store->health(s.server).lastSuccess, good);
            for (const Gate &g : store->gates()) {
                ids.append(g.id);
            }
            m_clock->advanceSecs(45);
            m_sim.addFault(fault);
            m_session->poller()->refresh(s.server);
        } else {
            m_sim.addFault(fault);
            m_session->poller()->start();
        }
        const int polls = afterGoodPoll ? 2 : 1;
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), polls, kWaitMs);
        QCOMPARE(finished.last().at(0).toString(), s.server);
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY(m_window->isVisible()); // alive, and still showing

        verifyCannotPoll(s.server, fragment);
        if (QTest::currentTestFailed()) {
            return;
        }
        const ServerHealth h = store->health(s.server);
        QCOMPARE(h.lastAttempt, m_clock->now());
        if (!retryAfter.isEmpty()) {
            QVERIFY2(h.retryNotBefore >= h.lastAttempt.addSecs(retryAfter.toInt()),
                     qPrintable(h.retryNotBefore.toString(Qt::ISODate)));
        }
        if (status == 401) {
            QVERIFY2(h.error.contains(QString::fromLatin1(s.tokenEnv)), qPrintable(h.error));
        }
        const QString health = m_window->healthLabel()->text();
        if (afterGoodPoll) {
            QCOMPARE(model->gateCount(), s.gates);
            QCOMPARE(store->size(), s.gates);
            for (const QString &id : std::as_const(ids)) {
                const QModelIndex gate = model->indexOfGate(id);
                QVERIFY2(gate.isValid(), qPrintable(id));
                QVERIFY(store->isStale(id));
                QCOMPARE(store->seenAt(id), good);
                QVERIFY(gate.data(GateTreeModel::StaleRole).toBool());
                const QString text = gate.siblingAtColumn(GateTreeModel::StatusColumn).data().toString();
                QVERIFY2(text.startsWith(u"stale"), qPrintable(text));
            }
            QCOMPARE(model->staleCount(), s.gates);
            QCOMPARE(serverText(s.server, GateTreeModel::StatusColumn), u"%1 stale"_s.arg(s.gates));
            QVERIFY2(health.contains(u"; last complete poll "_s + hhmm(good)), qPrintable(health));
            QVERIFY2(
                stateText().contains(u"what it showed at "_s + hhmm(good) + u" is kept, marked stale."_s),
                qPrintable(stateText()));
            QCOMPARE(h.lastSuccess, good); // the good poll's time, not the failed one's
        } else {
            QCOMPARE(model->gateCount(), 0);
            QCOMPARE(store->size(), 0);
            QCOMPARE(model->rowCount(serverIndex(s.server)), 0);
            QCOMPARE(serverText(s.server, GateTreeModel::StatusColumn), u"poll failed"_s);
            QVERIFY2(health.contains(u"; no complete poll yet"_s), qPrintable(health));
            QVERIFY2(stateText().contains(u"it has not been read yet"_s), qPrintable(stateText()));
            QVERIFY(!h.lastSuccess.isValid());
        }
        verifyNeverSaysNothingWaits();
        if (QTest::currentTestFailed()) {
            return;
        }

        // The fault goes away: the next poll reads everything, and nothing is stale any more.
        m_sim.clearFaults();
        m_session->http()->setInactivityTimeout(10000ms);
        m_clock->advanceSecs(45);
        m_session->poller()->refresh(s.server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), polls + 1, kWaitMs);
        QVERIFY(finished.last().at(1).toBool());
        const ServerHealth after = store->health(s.server);
        QCOMPARE(after.state, ServerState::Polled);
        QVERIFY(after.error.isEmpty());
        QCOMPARE(after.lastSuccess, m_clock->now());
        QCOMPARE(model->gateCount(), s.gates);
        QCOMPARE(model->staleCount(), 0);
        for (const Gate &g : store->gates()) {
            QVERIFY(!afterGoodPoll || ids.contains(g.id));
            QVERIFY(!store->isStale(g.id));
            const QModelIndex gate = model->indexOfGate(g.id);
            QVERIFY(!gate.data(GateTreeModel::StaleRole).toBool());
            QVERIFY(
                !gate.siblingAtColumn(GateTreeModel::StatusColumn).data().toString().startsWith(u"stale"));
        }
        QCOMPARE(serverText(s.server), s.server);
        QCOMPARE(serverIndex(s.server).data(GateTreeModel::ServerStateRole).toInt(),
                 static_cast<int>(ServerState::Polled));
        QCOMPARE(serverText(s.server, GateTreeModel::StatusColumn), u"%1 waiting"_s.arg(s.gates));
        QCOMPARE(m_window->healthLabel()->text(), s.server + u": updated "_s + hhmm(after.lastSuccess));
        QCOMPARE(stateText(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Waiting, kTrayMs);
        verifyNeverSaysNothingWaits();
    }

    // One project fails, the other is read: only the unread project's gates are kept (stale); a gate
    // the read project no longer shows leaves, and its other gates are current.
    void partialFailureKeepsOnlyTheUnreadProject_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("failPath");
        QTest::newRow("circleci") << u"circleci"_s << u"gh/acme/api/pipeline"_s;
        QTest::newRow("gitlab") << u"gitlab"_s << u"acme/api/deployments"_s;
    }

    void partialFailureKeepsOnlyTheUnreadProject()
    {
        QFETCH(QString, provider);
        QFETCH(QString, failPath);
        const Setup s = setupFor(provider);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        openWindow(configFor(s, m_sim.baseUrl()));
        if (QTest::currentTestFailed()) {
            return;
        }
        GateStore *store = m_session->store();
        GateTreeModel *model = m_window->model();
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(model->gateCount(), s.gates);
        const QDateTime good = m_clock->now();
        const QString failed = s.projects.at(0);
        const QString read = s.projects.at(1);

        // Meanwhile a gate of the project that stays readable is decided elsewhere.
        QString gone;
        if (provider == u"circleci") {
            for (const Gate &g : store->gates()) {
                if (g.name == u"approve-eu") {
                    gone = g.id; // "<server>/workflow/<id>/approval/<id>"
                }
            }
            QVERIFY(!gone.isEmpty());
            QNetworkAccessManager nam;
            QNetworkRequest request(apiUrlFor(m_sim.baseUrl(), u"/api/v2"_s,
                                              u"/workflow/"_s + gone.section(u'/', 2, 2) + u"/approve/"_s +
                                                  gone.section(u'/', 4, 4)));
            request.setRawHeader("Circle-Token", "t0ken");
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArrayLiteral("{}")));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            QVERIFY(done.wait(kWaitMs));
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        } else {
            for (const Gate &g : store->gates()) {
                if (g.scope == read) {
                    gone = g.id;
                }
            }
            QVERIFY(!gone.isEmpty());
            json scenario = json::parse(s.scenario.toStdString());
            json &deployment = scenario["gitlab"]["projects"][1]["deployments"][0];
            deployment["status"] = "success";
            deployment["job"]["status"] = "success"; // or it would show as a manual job
            QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        }
        QStringList ids;
        for (const Gate &g : store->gates()) {
            ids.append(g.id);
        }

        m_clock->advanceSecs(45);
        glsim::Fault fault;
        fault.path = failPath;
        fault.times = -1;
        fault.status = 500;
        m_sim.addFault(fault);
        m_session->poller()->refresh(s.server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
        QVERIFY(!finished.last().at(1).toBool());

        verifyCannotPoll(s.server, u"project "_s + failed + u": "_s);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(store->health(s.server).error.contains(u"HTTP 500"_s));
        QVERIFY2(!store->gate(gone), qPrintable(gone));
        QVERIFY(!model->indexOfGate(gone).isValid());
        int stale = 0;
        for (const QString &id : std::as_const(ids)) {
            if (id == gone) {
                continue;
            }
            const Gate *g = store->gate(id);
            QVERIFY2(g, qPrintable(id));
            const bool unread = g->scope == failed;
            stale += unread ? 1 : 0;
            QCOMPARE(store->isStale(id), unread);
            QCOMPARE(store->seenAt(id), unread ? good : m_clock->now());
            const QModelIndex gate = model->indexOfGate(id);
            QCOMPARE(gate.data(GateTreeModel::StaleRole).toBool(), unread);
            QCOMPARE(gate.siblingAtColumn(GateTreeModel::StatusColumn).data().toString().startsWith(u"stale"),
                     unread);
        }
        QVERIFY(stale > 0);
        QCOMPARE(model->gateCount(), static_cast<int>(ids.size()) - 1);
        QCOMPARE(model->staleCount(), stale);
        const int current = model->gateCount() - stale;
        QCOMPARE(serverText(s.server, GateTreeModel::StatusColumn),
                 current > 0 ? u"%1 waiting, %2 stale"_s.arg(current).arg(stale) : u"%1 stale"_s.arg(stale));
        QCOMPARE(store->health(s.server).lastSuccess, good);
        verifyNeverSaysNothingWaits();

        m_sim.clearFaults();
        m_session->poller()->refresh(s.server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kWaitMs);
        QVERIFY(finished.last().at(1).toBool());
        QCOMPARE(store->health(s.server).state, ServerState::Polled);
        QCOMPARE(model->gateCount(), static_cast<int>(ids.size()) - 1);
        QCOMPARE(model->staleCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Waiting, kTrayMs);
    }

    // A server that answers each request slowly, within every request's own limits, cannot hold a poll
    // past poll_deadline_s: the poll stops, the window says so, what the last poll showed stays, stale,
    // and the answers that come after are not taken for a poll.
    void aPollPastItsDeadlineIsStopped_data()
    {
        QTest::addColumn<QString>("provider");
        for (const char *provider : {"circleci", "gitlab", "github", "jenkins"}) {
            QTest::newRow(provider) << QString::fromLatin1(provider);
        }
    }

    void aPollPastItsDeadlineIsStopped()
    {
        QFETCH(QString, provider);
        const Setup s = setupFor(provider);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        json config = json::parse(configFor(s, m_sim.baseUrl()).toStdString());
        config["servers"][0]["poll_deadline_s"] = 300;
        openWindow(QByteArray::fromStdString(config.dump()));
        if (QTest::currentTestFailed()) {
            return;
        }
        GateStore *store = m_session->store();
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(m_window->model()->gateCount(), s.gates);
        const QDateTime good = m_clock->now();

        m_clock->advanceSecs(45);
        glsim::Fault slow;
        slow.path = s.pollPath;
        slow.times = -1;
        slow.delayMs = 1500;
        m_sim.addFault(slow);
        m_session->poller()->refresh(s.server);
        QVERIFY(m_session->poller()->polling(s.server));
        m_clock->advanceSecs(299);
        QCOMPARE(finished.count(), 1); // not a second early
        m_clock->advanceSecs(1);
        QCOMPARE(finished.count(), 2);
        QVERIFY(!finished.last().at(1).toBool());
        QVERIFY(!m_session->poller()->polling(s.server));

        verifyCannotPoll(s.server, u"the poll did not finish within 300 s (poll_deadline_s)"_s);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(m_window->model()->gateCount(), s.gates);
        QCOMPARE(m_window->model()->staleCount(), s.gates);
        QCOMPARE(store->health(s.server).lastSuccess, good);
        verifyNeverSaysNothingWaits();
        if (QTest::currentTestFailed()) {
            return;
        }

        // The late answers change nothing; once the server is quick again, the next poll reads everything.
        m_sim.clearFaults();
        (void)QTest::qWaitFor([] { return false; }, 2000);
        QCOMPARE(finished.count(), 2);
        QCOMPARE(m_window->model()->staleCount(), s.gates);
        m_clock->advanceSecs(45);
        m_session->poller()->refresh(s.server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, kWaitMs);
        QVERIFY(finished.last().at(1).toBool());
        QCOMPARE(m_window->model()->gateCount(), s.gates);
        QCOMPARE(m_window->model()->staleCount(), 0);
    }

    // Each endpoint has its own limit on the size of its answer, below the client's 16 MiB: a page of a
    // listing 8 MiB, who I am 256 KiB. Past it, the poll fails and says which answer and how much; below it,
    // the same padding is read.
    void anAnswerPastItsEndpointsLimitFailsThePoll_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("pad");
        QTest::addColumn<QString>("fragment"); // empty: the poll is good
        const int page = 9 * 1024 * 1024;
        const int identity = 300 * 1024;
        QTest::newRow("circleci page") << u"circleci"_s << u"/pipeline"_s << page
                                       << u"/pipeline the answer from 127.0.0.1 is larger than 8.0 MiB"_s;
        QTest::newRow("gitlab page") << u"gitlab"_s << u"/deployments"_s << page
                                     << u"/deployments the answer from 127.0.0.1 is larger than 8.0 MiB"_s;
        QTest::newRow("github page") << u"github"_s << u"/actions/runs"_s << page
                                     << u"/actions/runs the answer from 127.0.0.1 is larger than 8.0 MiB"_s;
        QTest::newRow("jenkins page") << u"jenkins"_s << u"/wfapi/runs"_s << page
                                      << u"/wfapi/runs the answer from 127.0.0.1 is larger than 8.0 MiB"_s;
        QTest::newRow("gitlab identity")
            << u"gitlab"_s << u"/api/v4/user"_s << identity
            << u"/api/v4/user the answer from 127.0.0.1 is larger than 256.0 KiB"_s;
        QTest::newRow("jenkins identity")
            << u"jenkins"_s << u"/me/api/json"_s << identity
            << u"/jenkins/me/api/json the answer from 127.0.0.1 is larger than 256.0 KiB"_s;
        QTest::newRow("circleci page, 300 KiB") << u"circleci"_s << u"/pipeline"_s << identity << QString();
        QTest::newRow("gitlab page, 300 KiB") << u"gitlab"_s << u"/deployments"_s << identity << QString();
    }

    void anAnswerPastItsEndpointsLimitFailsThePoll()
    {
        QFETCH(QString, provider);
        QFETCH(QString, path);
        QFETCH(int, pad);
        QFETCH(QString, fragment);
        const Setup s = setupFor(provider);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        openWindow(configFor(s, m_sim.baseUrl()));
        if (QTest::currentTestFailed()) {
            return;
        }
        glsim::Fault padded;
        padded.path = path;
        padded.times = -1;
        padded.padBytes = pad;
        m_sim.addFault(padded);
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        if (fragment.isEmpty()) {
            QVERIFY2(finished.at(0).at(1).toBool(), qPrintable(m_session->store()->health(s.server).error));
            QCOMPARE(m_window->model()->gateCount(), s.gates);
            return;
        }
        QVERIFY(!finished.at(0).at(1).toBool());
        verifyCannotPoll(s.server, fragment);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(m_window->model()->gateCount(), 0);
        verifyNeverSaysNothingWaits();
    }

    // A server whose listing loops (CircleCI repeats its page token; GitLab's second page names the first as
    // the next): the window says the project could not be read whole, shows what the pages listed, each
    // once and current, keeps the rest stale, and never says nothing waits.
    void aListingThatLoopsIsSaidAndWhatItListedIsShown_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("circleci") << u"circleci"_s << u"the server gave the same page token twice"_s;
        QTest::newRow("gitlab") << u"gitlab"_s << u"so the listing would loop"_s;
    }

    void aListingThatLoopsIsSaidAndWhatItListedIsShown()
    {
        QFETCH(QString, provider);
        QFETCH(QString, fragment);
        const Setup s = setupFor(provider);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        openWindow(configFor(s, m_sim.baseUrl()));
        if (QTest::currentTestFailed()) {
            return;
        }
        GateStore *store = m_session->store();
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(m_window->model()->gateCount(), s.gates);

        m_clock->advanceSecs(45);
        m_sim.setPageSize(2);
        m_sim.setRepeatPageToken(true);
        m_session->poller()->refresh(s.server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
        m_sim.setRepeatPageToken(false);
        m_sim.setPageSize(20);
        QVERIFY(!finished.last().at(1).toBool());
        verifyCannotPoll(s.server, fragment);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY2(store->health(s.server).error.startsWith(u"project "_s + s.projects.at(0) + u": "_s),
                 qPrintable(store->health(s.server).error));
        // Nothing lost, nothing doubled; what the looping listing did list is current.
        QCOMPARE(m_window->model()->gateCount(), s.gates);
        QCOMPARE(store->size(), s.gates);
        int listed = 0;
        for (const Gate &g : store->gates()) {
            if (g.scope == s.projects.at(0) && !store->isStale(g.id)) {
                ++listed;
                QCOMPARE(store->seenAt(g.id), m_clock->now());
            }
        }
        QVERIFY(listed > 0);
        QCOMPARE(m_window->model()->staleCount(), store->staleCount(s.server));
        verifyNeverSaysNothingWaits();
    }

    // A restart draws what the last run showed at once, each gate stale with its age, while the first poll
    // runs; that poll replaces them in place. When it fails, they stay, stale, and the window says whose they
    // are. Every vendor.
    void aRestartDrawsTheLastRunStaleUntilTheFirstPoll_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<bool>("down");
        for (const char *provider : {"circleci", "gitlab", "github", "jenkins"}) {
            QTest::newRow(provider) << QString::fromLatin1(provider) << false;
            QTest::newRow(qPrintable(QString::fromLatin1(provider) + u" down"_s))
                << QString::fromLatin1(provider) << true;
        }
    }
    void aRestartDrawsTheLastRunStaleUntilTheFirstPoll()
    {
        QFETCH(QString, provider);
        QFETCH(bool, down);
        const Setup s = setupFor(provider);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        const SessionCache cache{m_dir.filePath(u"cache-%1"_s.arg(m_n + 1)), true};
        openWindow(configFor(s, m_sim.baseUrl()), 10000ms, cache);
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy first(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(first.count(), 1, kWaitMs);
        const QDateTime seen = m_clock->now();
        QStringList ids;
        for (const Gate &g : m_session->store()->gates()) {
            ids << g.id;
        }
        QCOMPARE(ids.size(), s.gates);
        m_tray.reset();
        m_tester.reset();
        m_window.reset();
        m_session.reset(); // the run ends

        m_clock->advance(std::chrono::minutes(12));
        m_shown.clear();
        glsim::Fault fault;
        fault.path = s.pollPath;
        fault.times = -1;
        if (down) {
            fault.status = 503;
        } else {
            fault.delayMs = 800;
        }
        m_sim.addFault(fault);
        m_sim.clearRequests();
        openWindow(configFor(s, m_sim.baseUrl()), 10000ms, cache);
        if (QTest::currentTestFailed()) {
            return;
        }
        QCOMPARE(m_sim.requests().size(), 0);
        GateTreeModel *model = m_window->model();
        QCOMPARE(model->gateCount(), s.gates);
        for (const QString &id : std::as_const(ids)) {
            const QModelIndex gate = model->indexOfGate(id);
            QVERIFY2(gate.isValid(), qPrintable(id));
            QCOMPARE(m_session->store()->seenAt(id), seen);
            QVERIFY(gate.data(GateTreeModel::StaleRole).toBool());
            const QModelIndex status = gate.siblingAtColumn(GateTreeModel::StatusColumn);
            QCOMPARE(status.data().toString(), u"stale, seen 12 min ago"_s);
            QVERIFY2(status.data(Qt::ToolTipRole).toString().startsWith(u"Shown as the last run left it"_s),
                     qPrintable(status.data(Qt::ToolTipRole).toString()));
        }
        QCOMPARE(serverText(s.server), s.server + u" — checking…"_s);
        QCOMPARE(serverText(s.server, GateTreeModel::StatusColumn), u"%1 stale"_s.arg(s.gates));
        QTRY_VERIFY(!m_window->tree()->currentIndex().data(GateTreeModel::GateIdRole).toString().isEmpty());
        QVERIFY2(
            m_window->details()->toPlainText().contains(u"As the last run left it: this gate was last seen "
                                                        u"12 min ago; "_s +
                                                        s.server + u" is being polled now"_s),
            qPrintable(m_window->details()->toPlainText()));
        QCOMPARE(stateText(), u"Checking "_s + s.server +
                                  u"… Until then, what the last run showed is drawn, marked stale."_s);

        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QCOMPARE(model->gateCount(), s.gates);
        if (down) {
            QVERIFY(!finished.at(0).at(1).toBool());
            QCOMPARE(model->staleCount(), s.gates);
            QVERIFY2(stateText().contains(u"what the last run showed is kept, marked stale."_s),
                     qPrintable(stateText()));
        } else {
            QVERIFY(finished.at(0).at(1).toBool());
            QCOMPARE(model->staleCount(), 0);
            for (const QString &id : std::as_const(ids)) {
                QVERIFY(!m_session->store()->isStale(id));
            }
            QCOMPARE(stateText(), QString());
        }
        verifyNeverSaysNothingWaits();
    }

    // Before the first poll ends: every view says it is checking, none that nothing waits.
    void checkingBeforeTheFirstPollEnds()
    {
        const Setup s = setupFor(u"circleci"_s);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        glsim::Fault slow;
        slow.path = u"/project/"_s;
        slow.times = -1;
        slow.delayMs = 800;
        m_sim.addFault(slow);
        openWindow(configFor(s, m_sim.baseUrl()));
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QVERIFY(m_session->poller()->polling(s.server));

        QCOMPARE(m_session->store()->health(s.server).state, ServerState::Checking);
        QCOMPARE(serverText(s.server), s.server + u" — checking…"_s);
        QCOMPARE(serverText(s.server, GateTreeModel::StatusColumn), u"checking…"_s);
        QCOMPARE(serverIndex(s.server).data(GateTreeModel::ServerStateRole).toInt(),
                 static_cast<int>(ServerState::Checking));
        QCOMPARE(m_window->healthLabel()->text(), s.server + u": checking…"_s);
        QCOMPARE(stateText(), u"Checking "_s + s.server + u"…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Checking, kTrayMs);
        QVERIFY2(m_tray->icon()->toolTip().contains(u"checking"_s), qPrintable(m_tray->icon()->toolTip()));
        QCOMPARE(m_window->model()->gateCount(), 0);
        QCOMPARE(finished.count(), 0); // all of the above was seen while the poll was in flight
        verifyNeverSaysNothingWaits();

        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(m_window->model()->gateCount(), s.gates);
        QCOMPARE(serverText(s.server), s.server);
        QCOMPARE(stateText(), QString());
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Waiting, kTrayMs);
        verifyNeverSaysNothingWaits();
    }

    // A server whose token variable is unset is never polled; every view names the variable.
    void notSetUpNamesTheEnvironmentVariable()
    {
        const char *variable = "GL_WINDOWERRORS_UNSET_TOKEN";
        qunsetenv(variable);
        const QString name = u"nokey"_s;
        openWindow(gltest::configFor(m_sim.baseUrl(), {u"gh/acme/api"_s}, variable, name));
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString var = QString::fromLatin1(variable);
        QCOMPARE(m_session->setupErrors().size(), 1);
        QVERIFY(m_session->setupErrors().first().contains(var));
        m_session->poller()->start();

        const ServerHealth h = m_session->store()->health(name);
        QCOMPARE(h.state, ServerState::NotSetUp);
        const QString row = serverText(name);
        QVERIFY2(row.startsWith(name + u" — "_s) && row.contains(var), qPrintable(row));
        QCOMPARE(serverText(name, GateTreeModel::StatusColumn), u"not set up"_s);
        QCOMPARE(serverIndex(name).data(GateTreeModel::ServerStateRole).toInt(),
                 static_cast<int>(ServerState::NotSetUp));
        const QString health = m_window->healthLabel()->text();
        QCOMPARE(health, name + u": not set up"_s);
        QVERIFY2(m_window->healthLabel()->toolTip().contains(var),
                 qPrintable(m_window->healthLabel()->toolTip()));
        QVERIFY2(stateText().startsWith(name + u" is not set up: "_s) && stateText().contains(var),
                 qPrintable(stateText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Problem, kTrayMs);
        QVERIFY2(m_tray->icon()->toolTip().contains(name + u" is not set up"_s),
                 qPrintable(m_tray->icon()->toolTip()));
        QCOMPARE(m_window->model()->gateCount(), 0);
        QVERIFY(m_sim.requests().isEmpty());
        verifyNeverSaysNothingWaits();
    }

    // A ca_file that holds no certificate: the server is not set up, says which file, and is never polled.
    void notSetUpWhenTheCaFileHoldsNoCertificate()
    {
        const QString caFile = m_dir.filePath(u"not-a-certificate.pem"_s);
        QVERIFY(gltest::writeFile(caFile, "this is no PEM certificate\n"));
        json config = json::parse(
            gltest::configFor(m_sim.baseUrl(), {u"gh/acme/api"_s}, "GL_TEST_TOKEN", u"private-ca"_s)
                .toStdString());
        config["servers"][0]["ca_file"] = caFile.toStdString();
        openWindow(QByteArray::fromStdString(config.dump()));
        if (QTest::currentTestFailed()) {
            return;
        }
        const QString name = u"private-ca"_s;
        QCOMPARE(m_session->setupErrors().size(), 1);
        QVERIFY2(m_session->setupErrors().first().contains(caFile),
                 qPrintable(m_session->setupErrors().first()));
        m_session->poller()->start();
        QCOMPARE(m_session->store()->health(name).state, ServerState::NotSetUp);
        QCOMPARE(serverText(name, GateTreeModel::StatusColumn), u"not set up"_s);
        QVERIFY2(serverIndex(name).data(Qt::ToolTipRole).toString().contains(caFile),
                 qPrintable(serverIndex(name).data(Qt::ToolTipRole).toString()));
        QCOMPARE(m_window->healthLabel()->text(), name + u": not set up"_s);
        QVERIFY2(stateText().startsWith(name + u" is not set up: "_s) && stateText().contains(u"ca_file"_s),
                 qPrintable(stateText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Problem, kTrayMs);
        QVERIFY(m_sim.requests().isEmpty());
        verifyNeverSaysNothingWaits();
    }

    // A gate kept from an earlier poll while the server fails is still decided from the window: the
    // decision reads the gate again first (that read works), then sends exactly one approval.
    void aStaleGateIsReadAgainAndDecided()
    {
        const Setup s = setupFor(u"circleci"_s);
        QVERIFY(m_sim.loadScenario(s.scenario).isEmpty());
        openWindow(configFor(s, m_sim.baseUrl()));
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QString id;
        for (const Gate &g : m_session->store()->gates()) {
            if (g.name == u"hold"_s) {
                id = g.id;
            }
        }
        QVERIFY(!id.isEmpty());

        glsim::Fault listing; // the project's pipelines cannot be listed; its workflows can still be read
        listing.path = u"/project/"_s;
        listing.times = -1;
        listing.status = 502;
        m_sim.addFault(listing);
        m_clock->advanceSecs(45);
        m_session->poller()->refresh(s.server);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
        QVERIFY(m_session->store()->isStale(id));
        QVERIFY(m_window->model()->indexOfGate(id).data(GateTreeModel::StaleRole).toBool());

        m_sim.clearRequests();
        m_window->selectGate(id);
        QVERIFY(m_window->approveAction()->isEnabled());
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = nullptr;
        for (DecisionDialog *d : m_window->findChildren<DecisionDialog *>()) {
            dialog = d->isVisible() ? d : dialog;
        }
        QVERIFY(dialog);
        QCOMPARE(dialog->gateIds(), QStringList{id});
        QTest::keyClicks(dialog->noteEdit(), u"server flaky, job checked by hand"_s);
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.count("POST"), 1, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->decisions()->inFlight(id), kWaitMs);

        // The read came before the send, and it read this gate's workflow.
        const QString workflow = id.section(u'/', 2, 2); // ci/workflow/<id>/approval/<request>
        qsizetype read = -1;
        qsizetype sent = -1;
        const auto requests = m_sim.requests();
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (requests[i].method == "GET" && requests[i].path.contains(u"/workflow/"_s + workflow) &&
                read < 0) {
                read = i;
            }
            if (requests[i].method == "POST") {
                sent = i;
            }
        }
        QVERIFY2(read >= 0 && read < sent, qPrintable(u"read %1, sent %2"_s.arg(read).arg(sent)));
        QCOMPARE(m_sim.count("POST", u"/workflow/"_s + workflow + u"/approve/"_s), 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().startsWith(u"approved: "_s),
                                 kWaitMs);
    }

    // A server on a closed port: cannot poll, says why, shows nothing, never "nothing waits".
    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString name = u"offline"_s;
        openWindow(gltest::configFor(QUrl(u"http://127.0.0.1:%1"_s.arg(port)), {u"gh/acme/api"_s},
                                     "GL_TEST_TOKEN", name));
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(!finished.at(0).at(1).toBool());
        verifyCannotPoll(name, u"cannot reach 127.0.0.1"_s);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(m_session->store()->health(name).error.contains(u"refused"_s, Qt::CaseInsensitive));
        QCOMPARE(m_window->model()->gateCount(), 0);
        QCOMPARE(serverText(name, GateTreeModel::StatusColumn), u"poll failed"_s);
        QVERIFY(m_window->healthLabel()->text().contains(u"; no complete poll yet"_s));
        QVERIFY(stateText().contains(u"it has not been read yet"_s));
        verifyNeverSaysNothingWaits();
    }

    // "Nothing waits" only once the poll read everything: never while checking.
    void nothingWaitsOnlyAfterThePoll()
    {
        QVERIFY(m_sim
                    .loadScenario(QByteArray::fromStdString(
                        json{{"token", "t0ken"}, {"projects", json::array({quietProject()})}}.dump()))
                    .isEmpty());
        glsim::Fault slow; // long enough to look at the window while the poll is in flight
        slow.path = u"/project/"_s;
        slow.delayMs = 300;
        m_sim.addFault(slow);
        const QString name = u"quiet"_s;
        openWindow(gltest::configFor(m_sim.baseUrl(), {u"gh/acme/quiet"_s}, "GL_TEST_TOKEN", name));
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        QCOMPARE(stateText(), u"Checking quiet…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Checking, kTrayMs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(finished.at(0).at(1).toBool());

        const ServerHealth h = m_session->store()->health(name);
        QCOMPARE(h.state, ServerState::Polled);
        QCOMPARE(stateText(), u"Nothing waits for approval: every server was polled (all since %1)."_s.arg(
                                  hhmm(h.lastSuccess)));
        QCOMPARE(serverText(name), name);
        QCOMPARE(serverText(name, GateTreeModel::StatusColumn), u"nothing waits"_s);
        QCOMPARE(m_window->healthLabel()->text(), name + u": updated "_s + hhmm(h.lastSuccess));
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::AllClear, kTrayMs);
        QCOMPARE(m_tray->waitingForMe(), 0);

        // Every text the line showed while starting: "Nothing waits" only once the server was polled.
        bool sawChecking = false;
        bool sawNothingWaits = false;
        for (const Shown &shown : std::as_const(m_shown)) {
            sawChecking |= shown.text.startsWith(u"Checking quiet"_s);
            if (shown.text.contains(kNothingWaits)) {
                sawNothingWaits = true;
                QVERIFY2(shown.everyServerPolled, qPrintable(shown.text));
            }
        }
        QVERIFY(sawChecking);
        QVERIFY(sawNothingWaits);
    }

    // One server polled with nothing waiting, another failing: never "nothing waits", the tray a problem.
    void oneQuietOneFailingNeverSaysNothingWaits()
    {
        json scenario = json::parse(gltest::basicScenario().toStdString());
        scenario["projects"].push_back(quietProject());
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        glsim::Fault broken; // answers late, so that the quiet server is polled while this one is checking
        broken.path = u"gh/acme/api"_s;
        broken.times = -1;
        broken.status = 500;
        broken.delayMs = 1500;
        m_sim.addFault(broken);
        const json servers = json::array({serverJson(u"idle"_s, m_sim.baseUrl(), u"gh/acme/quiet"_s),
                                          serverJson(u"broken"_s, m_sim.baseUrl(), u"gh/acme/api"_s)});
        openWindow(QByteArray::fromStdString(json{{"servers", servers}}.dump()));
        if (QTest::currentTestFailed()) {
            return;
        }
        QSignalSpy finished(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        // In between: idle polled, broken still checking. Still not "nothing waits".
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QCOMPARE(finished.at(0).at(0).toString(), u"idle"_s);
        QVERIFY(finished.at(0).at(1).toBool());
        QCOMPARE(stateText(), u"Checking broken…"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Checking, kTrayMs);
        verifyNeverSaysNothingWaits();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
        QVERIFY(!finished.at(1).at(1).toBool());

        QCOMPARE(m_session->store()->health(u"idle"_s).state, ServerState::Polled);
        QCOMPARE(serverText(u"idle"_s, GateTreeModel::StatusColumn), u"nothing waits"_s);
        verifyCannotPoll(u"broken"_s, u"HTTP 500"_s);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(m_window->healthLabel()->text().contains(u"idle: updated "_s));
        QCOMPARE(m_window->model()->gateCount(), 0);
        QCOMPARE(m_tray->state(), TrayIcon::State::Problem);
        QVERIFY(!m_tray->icon()->toolTip().contains(u"nothing waits"_s, Qt::CaseInsensitive));
        verifyNeverSaysNothingWaits();
    }

private:
    struct Shown
    {
        QString text; // the line above the tree (empty while hidden)
        bool everyServerPolled = false;
    };

    void openWindow(const QByteArray &configJson, std::chrono::milliseconds inactivity = 10000ms,
                    const SessionCache &cache = SessionCache())
    {
        auto config = parseConfig(configJson, m_dir.filePath(u"servers.json"_s));
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        m_session =
            Session::open(*config, m_credentials, m_dir.filePath(u"audit-%1.jsonl"_s.arg(++m_n)), cache);
        // A Retry-After reaches the provider (and the window) instead of being waited out in the client.
        m_session->http()->setMaxRetryAfter(0s);
        m_session->http()->setInactivityTimeout(inactivity);
        m_window = std::make_unique<MainWindow>(m_session.get(), m_dir.filePath(u"servers.json"_s));
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_tray = std::make_unique<TrayIcon>(m_session->store(), nullptr, m_window.get());
        // Connected after the window's own: each record is what the window shows after the change.
        connect(m_session->store(), &GateStore::healthChanged, this, [this] {
            m_shown.append({stateText(), m_session->store()->overallState() == ServerState::Polled});
        });
        m_shown.append({stateText(), m_session->store()->overallState() == ServerState::Polled});
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QModelIndex serverIndex(const QString &server, int column = GateTreeModel::NameColumn) const
    {
        return m_window->model()->indexOfKey(u"s:"_s + server).siblingAtColumn(column);
    }

    QString serverText(const QString &server, int column = GateTreeModel::NameColumn) const
    {
        return serverIndex(server, column).data().toString();
    }

    QString stateText() const
    {
        return m_window->stateLabel()->isHidden() ? QString() : m_window->stateLabel()->text();
    }

    // Every view says the server cannot be polled, with its error's first line.
    void verifyCannotPoll(const QString &server, const QString &fragment)
    {
        const ServerHealth h = m_session->store()->health(server);
        QCOMPARE(h.state, ServerState::Failing);
        const QString error = shortError(h.error); // the first line, without server, project and API path
        QVERIFY2(h.error.section(u'\n', 0, 0).contains(fragment), qPrintable(h.error));
        QVERIFY2(!error.contains(u"/api/"_s) && !error.startsWith(u"project "_s), qPrintable(error));
        QVERIFY(h.retryNotBefore.isValid());
        QVERIFY(h.retryNotBefore > h.lastAttempt);

        QVERIFY(serverIndex(server).isValid());
        QCOMPARE(serverText(server), server + u" — "_s + error);
        QVERIFY(serverIndex(server).data(Qt::ToolTipRole).toString().startsWith(h.error));
        QCOMPARE(serverIndex(server).data(GateTreeModel::ServerStateRole).toInt(),
                 static_cast<int>(ServerState::Failing));
        const QString health = m_window->healthLabel()->text();
        QVERIFY2(
            // the error elided to fit beside the others; whole in the tooltip
            health.contains(server + u": "_s + error.left(16)) &&
                health.contains(u" (retrying at "_s + hhmm(h.retryNotBefore) + u')') &&
                m_window->healthLabel()->toolTip().contains(h.error),
            qPrintable(health));
        QVERIFY2(stateText().contains(u"Cannot poll "_s + server + u": "_s + error), qPrintable(stateText()));
        QTRY_COMPARE_WITH_TIMEOUT(m_tray->state(), TrayIcon::State::Problem, kTrayMs);
        QVERIFY2(m_tray->icon()->toolTip().contains(u"cannot poll "_s + server),
                 qPrintable(m_tray->icon()->toolTip()));
    }

    void verifyNeverSaysNothingWaits()
    {
        for (const Shown &shown : std::as_const(m_shown)) {
            QVERIFY2(!shown.text.contains(kNothingWaits), qPrintable(shown.text));
        }
        QVERIFY2(!stateText().contains(kNothingWaits), qPrintable(stateText()));
        QVERIFY2(!m_window->details()->toPlainText().contains(kNothingWaits),
                 qPrintable(m_window->details()->toPlainText()));
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<TrayIcon> m_tray;
    QList<Shown> m_shown;
    int m_n = 0;
};

QTEST_MAIN(TestWindowErrors)
#include "tst_windowerrors.moc"
