// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// A restart starts from what the last run learnt (PollCache, through Session): the gates it showed are
// there at once, stale, while the server is still being checked; the provider's memory makes the first
// poll cost what a steady poll costs; what changed while Greenlight was not running is seen by that first
// poll; a cache of another configuration, or a damaged one, is ignored and replaced. Against the
// simulator's scale scenario, over loopback, with real files.

#include "config/credentialstore.h"
#include "gatestore.h"
#include "pollcache.h"
#include "poller.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using Json = nlohmann::json;

namespace {

constexpr int kProjects = 12;
constexpr int kHoldEvery = 4; // p4, p8, p12 wait

Gate everyFieldSet()
{
    Gate g;
    g.id = QStringLiteral("sim/workflow/w1/approval/j1");
    g.server = QStringLiteral("sim");
    g.provider = QStringLiteral("gitlab");
    g.kind = GateKind::PendingDeployment;
    g.project = QStringLiteral("acme/api");
    g.pipelineNumber = 4711;
    g.pipelineId = QStringLiteral("p-1");
    g.branch = QStringLiteral("release/1.2");
    g.commitSha = QStringLiteral("0123456789abcdef");
    g.commitSubject = QStringLiteral("Ship it – für alle");
    g.triggeredBy = QStringLiteral("ana");
    g.workflow = QStringLiteral("deploy");
    g.workflowId = QStringLiteral("w1");
    g.environment = QStringLiteral("production");
    g.name = QStringLiteral("hold-prod");
    g.status = QStringLiteral("on_hold");
    g.statusText = QStringLiteral("waiting for approval");
    g.createdAt = QDateTime(QDate(2026, 11, 30), QTime(8, 15, 30, 250), Qt::UTC);
    g.requestedBy = QStringLiteral("bob");
    g.approvals = {1, 2};
    g.canApprove = true;
    g.cannotApproveReason = QStringLiteral("you started it");
    g.url = QUrl(QStringLiteral("https://example.test/acme/api/-/pipelines/4711?tab=a%20b"));
    g.expiresAt = g.createdAt.addDays(90);
    g.approvalHistory = {QStringLiteral("approved by cy: fine")};
    g.canRunAfterApproval = true;
    g.approvalRules = {QStringLiteral("release-managers")};
    g.parameters = {GateParameter{QStringLiteral("TARGET"),
                                  QStringLiteral("ChoiceParameterDefinition"),
                                  QStringLiteral("where"),
                                  QStringLiteral("eu"),
                                  {QStringLiteral("eu"), QStringLiteral("us")}}};
    g.reviewers = {QStringLiteral("team:ops")};
    g.details = {{QStringLiteral("Wait timer"), QStringLiteral("30 min")}};
    g.supersededBy = QStringLiteral("sim/other");
    g.scope = QStringLiteral("acme/api");
    g.nativeJobId = QStringLiteral("j1");
    g.nativeApprovalRequestId = QStringLiteral("ar-1");
    return g;
}

} // namespace

class TestPollCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_dir.isValid());
        qputenv("GL_SCALE_TOKEN", "sim-token");
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(glsim::Simulator::scaleScenario(kProjects, 3, kHoldEvery)).isEmpty());
        m_sim.clearFaults();
        m_sim.clearRequests();
        QDir(cacheDir()).removeRecursively();
    }

    void aGateRoundTripsEveryField()
    {
        const Gate g = everyFieldSet();
        const auto back = gateFromJson(gateToJson(g), QStringLiteral("gate"));
        QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().message));
        QVERIFY(*back == g);
        // Each field is written and read: without any one of them, the gate read back differs (or is
        // refused).
        const Json full = gateToJson(g);
        for (auto it = full.begin(); it != full.end(); ++it) {
            Json without = full;
            without.erase(it.key());
            const auto partial = gateFromJson(without, QStringLiteral("gate"));
            QVERIFY2(!partial || !(*partial == g), it.key().c_str());
        }
    }

    void aDamagedGateSaysWhereAndWhat()
    {
        Json bad = gateToJson(everyFieldSet());
        bad["kind"] = "teleport";
        auto r = gateFromJson(bad, QStringLiteral("gates[3]"));
        QVERIFY(!r);
        QCOMPARE(r.error().message, QStringLiteral("gates[3].kind: unknown gate kind \"teleport\""));
        bad = gateToJson(everyFieldSet());
        bad["approval_history"] = Json::array({"fine", 7});
        r = gateFromJson(bad, QStringLiteral("gates[0]"));
        QVERIFY(!r);
        QCOMPARE(r.error().message,
                 QStringLiteral("gates[0].approval_history[1]: expected a string, found number"));
    }

    void aRestartDrawsTheLastGatesAndPollsLikeASteadyPoll_data() { vendors(); }
    void aRestartDrawsTheLastGatesAndPollsLikeASteadyPoll()
    {
        QFETCH(QString, vendor);
        const QString config = writeConfig(vendor, kProjects);
        QStringList ids;
        int steady = 0;
        {
            auto first = open(config);
            QVERIFY(pollOnce(*first));
            ids = idsOf(first->store()->gates());
            QCOMPARE(ids.size(), kProjects / kHoldEvery);
            m_sim.clearRequests();
            QVERIFY(pollOnce(*first));
            steady = m_sim.requests().size();
        } // saved as it ends
        QVERIFY(steady > 0);

        m_sim.clearRequests();
        auto second = open(config);
        // Drawn at once, before any request: every gate the last run showed, stale, the server still
        // Checking.
        QCOMPARE(m_sim.requests().size(), 0);
        QCOMPARE(idsOf(second->store()->gates()), ids);
        for (const QString &id : std::as_const(ids)) {
            QVERIFY(second->store()->isStale(id));
        }
        QCOMPARE(second->store()->health(QStringLiteral("scale")).state, ServerState::Checking);
        QCOMPARE(second->store()->overallState(), ServerState::Checking);

        // The first poll replaces them in place (no gate added twice), at a steady poll's cost.
        QSignalSpy added(second->store(), &GateStore::gateAdded);
        QVERIFY(pollOnce(*second));
        QCOMPARE(added.count(), 0);
        QCOMPARE(idsOf(second->store()->gates()), ids);
        for (const QString &id : std::as_const(ids)) {
            QVERIFY(!second->store()->isStale(id));
        }
        QCOMPARE(second->store()->health(QStringLiteral("scale")).state, ServerState::Polled);
        const int restart = m_sim.requests().size();
        // GitLab reads the token's user again on every start, each project with something waiting
        // (whether its authors may approve their own deployments may have changed), and each blocked
        // deployment, which a steady poll does not read again while it is unchanged (what was read of it is
        // not kept across a restart).
        const int extra = vendor == QLatin1String("gitlab") ? 1 + 2 * static_cast<int>(ids.size()) : 0;
        QVERIFY2(restart == steady + extra,
                 qPrintable(QStringLiteral("restart %1, steady %2").arg(restart).arg(steady)));
    }

    void whatChangedWhileAwayIsSeenByTheFirstPoll()
    {
        const QString config = writeConfig(QStringLiteral("circleci"), kProjects);
        Gate decided;
        {
            auto first = open(config);
            QVERIFY(pollOnce(*first));
            decided = first->store()->gates().front();
        }
        // Someone else approves one gate at CircleCI, and a new pipeline starts waiting, while we are away.
        QVERIFY(simPost(QStringLiteral("/api/v2/workflow/%1/approve/%2")
                            .arg(decided.workflowId, decided.nativeApprovalRequestId),
                        {}));
        QVERIFY(simPost(QStringLiteral("/_sim/holds"), "{\"vendor\": \"circleci\"}"));
        const int waiting = m_sim.heldApprovalCount();

        auto second = open(config);
        QVERIFY(second->store()->gate(decided.id));
        QSignalSpy removed(second->store(), &GateStore::gateRemoved);
        QVERIFY(pollOnce(*second));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), decided.id);
        QVERIFY(!second->store()->gate(decided.id));
        QCOMPARE(static_cast<int>(second->store()->gates().size()), waiting);
    }

    // The server was made again under the same URL (a project deleted and created anew): its pipelines have
    // the numbers the cache remembers, and other ids. What the cache remembered is dropped and each project
    // read as on a first poll, without an error: the pipelines remembered open are gone.
    void aServerMadeAgainIsReadAfresh_data() { vendors(); }
    void aServerMadeAgainIsReadAfresh()
    {
        QFETCH(QString, vendor);
        const QString config = writeConfig(vendor, kProjects);
        QStringList before;
        {
            auto first = open(config);
            QVERIFY(pollOnce(*first));
            before = idsOf(first->store()->gates());
        }
        QVERIFY(m_sim.loadScenario(glsim::Simulator::scaleScenario(kProjects, 3, kHoldEvery)).isEmpty());
        auto second = open(config);
        QVERIFY(pollOnce(*second));
        const QStringList after = idsOf(second->store()->gates());
        QCOMPARE(after.size(), kProjects / kHoldEvery);
        QCOMPARE(second->store()->health(QStringLiteral("scale")).error, QString());
        if (vendor == QLatin1String("circleci")) {
            for (const QString &id : after) {
                QVERIFY2(!before.contains(id), qPrintable(id)); // new workflows, new ids
            }
        }
    }

    // The same, with more pipelines than a page since: the first page does not show the pipeline the cache
    // remembers as the newest, the listing stops at its number, and the pipelines remembered open answer 404.
    // They are gone: nothing waits there, and the project is not an error.
    void aRememberedPipelineThatIsGoneIsDropped()
    {
        const QString config = writeConfig(QStringLiteral("circleci"), kProjects);
        {
            auto first = open(config);
            QVERIFY(pollOnce(*first));
        }
        QVERIFY(m_sim.loadScenario(glsim::Simulator::scaleScenario(kProjects, 6, kHoldEvery)).isEmpty());
        m_sim.setPageSize(2);
        auto second = open(config);
        const bool ok = pollOnce(*second);
        m_sim.setPageSize(20);
        QVERIFY2(ok, qPrintable(second->store()->health(QStringLiteral("scale")).error));
        QCOMPARE(second->store()->size(), kProjects / kHoldEvery);
    }

    // The command line starts from the memory and draws nothing; it leaves the gates in the file for the
    // window's next start.
    void theCommandLineLeavesTheWindowsGates()
    {
        const QString config = writeConfig(QStringLiteral("circleci"), kProjects);
        QStringList ids;
        {
            auto window = open(config);
            QVERIFY(pollOnce(*window));
            ids = idsOf(window->store()->gates());
        }
        {
            auto cli = open(config, false);
            QCOMPARE(cli->store()->size(), 0);
            m_sim.clearRequests();
            QVERIFY(pollOnce(*cli));
            QCOMPARE(idsOf(cli->store()->gates()), ids);
        }
        auto loaded = loadConfig(config);
        QVERIFY(loaded.has_value());
        QString why;
        const auto entry = PollCache(cacheDir()).load(loaded->servers.front(), &why);
        QVERIFY2(entry.has_value(), qPrintable(why));
        QStringList kept;
        for (const auto &seen : entry->gates) {
            kept << seen.gate.id;
        }
        kept.sort();
        QCOMPARE(kept, ids);
    }

    void aCacheOfAnotherConfigurationIsIgnored()
    {
        const QString before = writeConfig(QStringLiteral("circleci"), kProjects);
        {
            auto first = open(before);
            QVERIFY(pollOnce(*first));
        }
        // The same server name with fewer projects: another configuration, another file.
        const QString after = writeConfig(QStringLiteral("circleci"), kProjects / 2);
        auto loaded = loadConfig(after);
        QVERIFY(loaded.has_value());
        QString why;
        QVERIFY(!PollCache(cacheDir()).load(loaded->servers.front(), &why));
        QCOMPARE(why, QString()); // no file at all for it
        auto second = open(after);
        QCOMPARE(second->store()->size(), 0);
        QVERIFY(pollOnce(*second));
        QCOMPARE(second->store()->size(), kProjects / 2 / kHoldEvery);
    }

    void aDamagedCacheIsIgnoredAndReplaced()
    {
        const QString config = writeConfig(QStringLiteral("circleci"), kProjects);
        auto loaded = loadConfig(config);
        QVERIFY(loaded.has_value());
        const PollCache cache(cacheDir());
        const QString file = cache.fileFor(loaded->servers.front());
        QVERIFY(QDir().mkpath(cacheDir()));
        QVERIFY(gltest::writeFile(file, "{\"version\": 1, \"server\": "));
        QString why;
        QVERIFY(!cache.load(loaded->servers.front(), &why));
        QVERIFY2(why.startsWith(file + QStringLiteral(": ")), qPrintable(why));
        {
            auto session = open(config);
            QCOMPARE(session->store()->size(), 0);
            QVERIFY(pollOnce(*session));
        }
        const auto entry = cache.load(loaded->servers.front(), &why);
        QVERIFY2(entry.has_value(), qPrintable(why));
        QCOMPARE(static_cast<int>(entry->gates.size()), kProjects / kHoldEvery);

        // A file written for another configuration under this name says so.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Json doc = Json::parse(f.readAll().toStdString());
        f.close();
        doc["server"] = "{}";
        QVERIFY(gltest::writeFile(file, QByteArray::fromStdString(doc.dump())));
        QVERIFY(!cache.load(loaded->servers.front(), &why));
        QCOMPARE(why, QStringLiteral("%1: written for another configuration of scale, ignored").arg(file));
    }

    void theCacheIsPrivateAndHoldsNoSecret()
    {
        const QString config = writeConfig(QStringLiteral("circleci"), kProjects);
        {
            auto session = open(config);
            QVERIFY(pollOnce(*session));
        }
        const QStringList files = QDir(cacheDir()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(cacheDir()).filePath(files.front()));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                       QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(QFile(cacheDir()).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sim-token"));
    }

private:
    static void vendors()
    {
        QTest::addColumn<QString>("vendor");
        QTest::newRow("circleci") << QStringLiteral("circleci");
        QTest::newRow("gitlab") << QStringLiteral("gitlab");
    }

    QString cacheDir() const { return m_dir.filePath(QStringLiteral("cache")); }

    QString writeConfig(const QString &vendor, int projects)
    {
        const QString path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        const QByteArray text =
            gltest::configFor(m_sim.baseUrl(), glsim::Simulator::scaleProjects(projects, vendor),
                              "GL_SCALE_TOKEN", QStringLiteral("scale"), vendor.toLatin1().constData());
        return gltest::writeFile(path, text) ? path : QString();
    }

    std::unique_ptr<Session> open(const QString &configPath, bool restoreGates = true)
    {
        auto loaded = loadConfig(configPath);
        if (!loaded) {
            qWarning() << loaded.error().message;
            return nullptr;
        }
        auto session = Session::open(*loaded, m_credentials, m_dir.filePath(QStringLiteral("audit.jsonl")),
                                     SessionCache{cacheDir(), restoreGates});
        return session;
    }

    // Starts the poller (a poll of every server at once) and waits for the poll of the one server to end.
    static bool pollOnce(Session &session)
    {
        QSignalSpy finished(session.poller(), &Poller::pollFinished);
        session.poller()->start();
        return finished.wait(20000) && finished.first().at(1).toBool();
    }

    static QStringList idsOf(const Gates &gates)
    {
        QStringList ids;
        for (const Gate &g : gates) {
            ids << g.id;
        }
        ids.sort();
        return ids;
    }

    bool simPost(const QString &path, const QByteArray &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sim.baseUrl().resolved(QUrl(path)));
        request.setRawHeader("Circle-Token", "sim-token");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(5000) && reply->error() == QNetworkReply::NoError;
        if (!ok) {
            qWarning() << path << reply->errorString() << reply->readAll();
        }
        delete reply;
        return ok;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPollCache)
#include "tst_pollcache.moc"
