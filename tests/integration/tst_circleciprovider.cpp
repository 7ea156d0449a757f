// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "providers/circleci/circleciprovider.h"
#include "simulator.h"
#include "testsupport.h"

#include <QTest>

using namespace gl;
using gltest::json;

namespace {

std::optional<PollResult> pollOnce(Provider &provider)
{
    // Shared with the callback: if the wait gives up, a late answer must not write to a returned frame.
    auto result = std::make_shared<std::optional<PollResult>>();
    provider.poll([result](const PollResult &r) { *result = r; });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, 20000);
    return *result;
}

QStringList ids(const Gates &gates)
{
    QStringList out;
    for (const auto &g : gates) {
        out.append(g.id);
    }
    out.sort();
    return out;
}

// Pipelines numbered 1..n (n newest), each with one finished or held workflow, `minutesApart` apart.
QByteArray manyPipelines(int n, int heldEvery, int minutesApart)
{
    json pipelines = json::array();
    for (int i = n; i >= 1; --i) {
        const bool held = heldEvery > 0 && i % heldEvery == 0;
        json jobs = json::array({gltest::job("build", "build", "success")});
        if (held) {
            jobs.push_back(gltest::job("hold", "approval", "on_hold", {"build"}));
        }
        pipelines.push_back(gltest::pipeline(
            i, "main", json::array({gltest::workflow("wf", held ? "on_hold" : "success", jobs)}),
            (n - i) * minutesApart + 1));
    }
    json scenario = {{"token", "t0ken"},
                     {"projects", json::array({json{{"slug", "gh/acme/big"}, {"pipelines", pipelines}}})}};
    return QByteArray::fromStdString(scenario.dump());
}

} // namespace

class TestCircleCiProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sim.listenLocal() != 0); }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearRequests();
        m_sim.setPageSize(20);
    }

    void pollFindsExactlyTheHeldApprovalJobs()
    {
        auto provider = make({QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")});
        const auto result = pollOnce(*provider);
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error));
        QStringList expected;
        for (const QString &held : m_sim.heldApprovals()) {
            expected.append(QStringLiteral("sim/workflow/") + held.section(u'/', 0, 0) +
                            QStringLiteral("/approval/") + held.section(u'/', 1, 1));
        }
        expected.sort();
        QCOMPARE(expected.size(), 3);
        QCOMPARE(ids(result->gates), expected);
        for (const Gate &g : result->gates) {
            QCOMPARE(g.status, QStringLiteral("on_hold"));
            QCOMPARE(g.provider, QStringLiteral("circleci"));
            QCOMPARE(g.triggeredBy, QStringLiteral("zoë"));
            QVERIFY(g.createdAt.isValid());
            QVERIFY(g.url.isValid());
        }
        // Every request carried the token as a Bearer credential.
        for (const auto &r : m_sim.requests()) {
            QCOMPARE(r.authorization, QByteArray("Bearer t0ken"));
        }
    }

    void holdInAWorkflowThatStillRunsIsFound()
    {
        json jobs =
            json::array({gltest::job("lint", "build", "running"), gltest::job("build", "build", "success"),
                         gltest::job("hold", "approval", "on_hold", {"build"})});
        json scenario = {
            {"token", "t0ken"},
            {"projects",
             json::array(
                 {json{{"slug", "gh/acme/api"},
                       {"pipelines",
                        json::array({gltest::pipeline(
                            1, "main", json::array({gltest::workflow("release", "running", jobs)}))})}}})}};
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        auto provider = make({QStringLiteral("gh/acme/api")});
        const auto result = pollOnce(*provider);
        QVERIFY(result && result->ok());
        QCOMPARE(result->gates.size(), std::size_t(1));
        QCOMPARE(result->gates[0].name, QStringLiteral("hold"));
    }

    void opaqueSlug()
    {
        json scenario = {
            {"token", "t0ken"},
            {"projects",
             json::array(
                 {json{{"slug", "circleci/43G3kM5RtfFE7v5sa4nWAU/44n9pujWcTnVZ2b5S8Fnat"},
                       {"pipelines",
                        json::parse(manyPipelines(1, 1, 1).toStdString())["projects"][0]["pipelines"]}}})}};
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        auto provider = make({QStringLiteral("circleci/43G3kM5RtfFE7v5sa4nWAU/44n9pujWcTnVZ2b5S8Fnat")});
        const auto result = pollOnce(*provider);
        QVERIFY(result && result->ok());
        QCOMPARE(result->gates.size(), std::size_t(1));
        QCOMPARE(result->gates[0].project,
                 QStringLiteral("circleci/43G3kM5RtfFE7v5sa4nWAU/44n9pujWcTnVZ2b5S8Fnat"));
    }

    void followsPagesAcrossThreeAndMore()
    {
        QVERIFY(m_sim.loadScenario(manyPipelines(7, 1, 5)).isEmpty());
        m_sim.setPageSize(2);
        auto provider = make({QStringLiteral("gh/acme/big")});
        const auto result = pollOnce(*provider);
        QVERIFY(result && result->ok());
        QCOMPARE(result->gates.size(), std::size_t(7));
        QCOMPARE(m_sim.count("GET", QStringLiteral("/project/gh/acme/big/pipeline")), 4); // 2+2+2+1
    }

    // A server that repeats its next-page token would list the same page for ever (50 copies of each gate
    // and a poll called good): the repeat stops the listing and fails that project, what was listed is still
    // read and shown, each once.
    void aRepeatedPageTokenFailsTheProjectWithoutDuplicates()
    {
        QVERIFY(m_sim.loadScenario(manyPipelines(7, 1, 5)).isEmpty());
        m_sim.setPageSize(2);
        m_sim.setRepeatPageToken(true);
        auto provider = make({QStringLiteral("gh/acme/big")});
        const auto result = pollOnce(*provider);
        m_sim.setRepeatPageToken(false);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY2(result->error.contains(QLatin1String("project gh/acme/big")) &&
                     result->error.contains(QLatin1String("the same page token twice")),
                 qPrintable(result->error));
        QCOMPARE(result->unreadProjects, QStringList{QStringLiteral("gh/acme/big")});
        const QStringList seen = ids(result->gates);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        // Two pages of two pipelines were listed, each with its hold: all four are read.
        QCOMPARE(seen.size(), 4);
        QCOMPARE(m_sim.count("GET", QStringLiteral("/workflow")) - m_sim.count("GET", QStringLiteral("/job")),
                 4);
        // The second page names itself as the next: it is not read again.
        QCOMPARE(m_sim.count("GET", QStringLiteral("/project/gh/acme/big/pipeline")), 2);
    }

    void firstPollStopsAtCountHorizon()
    {
        QVERIFY(m_sim.loadScenario(manyPipelines(130, 0, 1)).isEmpty());
        auto provider = make({QStringLiteral("gh/acme/big")});
        const auto result = pollOnce(*provider);
        QVERIFY(result && result->ok());
        QCOMPARE(m_sim.count("GET", QStringLiteral("/workflow")), 100);
        QCOMPARE(m_sim.count("GET", QStringLiteral("/project/gh/acme/big/pipeline")), 5); // 5 pages of 20
    }

    void firstPollStopsAtAgeHorizon()
    {
        // One pipeline a day: only those of the last 14 days are read.
        QVERIFY(m_sim.loadScenario(manyPipelines(30, 1, 24 * 60)).isEmpty());
        auto provider = make({QStringLiteral("gh/acme/big")});
        const auto result = pollOnce(*provider);
        QVERIFY(result && result->ok());
        QCOMPARE(result->gates.size(), std::size_t(14));
        QCOMPARE(m_sim.count("GET", QStringLiteral("/workflow")) - m_sim.count("GET", QStringLiteral("/job")),
                 14);
    }

    void laterPollsReadOnlyWhatCanChange()
    {
        auto provider = make({QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")});
        QVERIFY(pollOnce(*provider)->ok());
        m_sim.clearRequests();
        const auto second = pollOnce(*provider);
        QVERIFY(second && second->ok());
        QCOMPARE(second->gates.size(), std::size_t(3));
        QCOMPARE(m_sim.count("GET", QStringLiteral("/project/")), 2); // one page each: nothing new
        // Open pipelines only: api #3 (on hold), api #1 (running), web #9 (on hold); never the finished api
        // #2.
        QCOMPARE(m_sim.count("GET", QStringLiteral("/workflow")) - m_sim.count("GET", QStringLiteral("/job")),
                 3);
        // Jobs of the workflows not yet ended: two on hold, one running.
        QCOMPARE(m_sim.count("GET", QStringLiteral("/job")), 3);
        QCOMPARE(second->requests, 8);

        m_sim.addHeldPipeline();
        const auto third = pollOnce(*provider);
        QVERIFY(third && third->ok());
        QCOMPARE(third->gates.size(), std::size_t(4));
    }

    void failedPollNamesTheProjectsItCouldNotReadAndSaysWhy()
    {
        auto provider = make({QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")});
        QVERIFY(pollOnce(*provider)->ok());
        glsim::Fault f;
        f.path = QStringLiteral("/job");
        f.status = 500;
        f.times = -1;
        m_sim.addFault(f);
        const auto failed = pollOnce(*provider);
        QVERIFY(failed.has_value());
        QVERIFY(!failed->ok());
        QVERIFY2(failed->error.contains(QLatin1String("HTTP 500")), qPrintable(failed->error));
        QVERIFY2(failed->error.contains(QLatin1String("project gh/acme/")), qPrintable(failed->error));
        // Nothing read is passed off as current: the store keeps the last gates of the unread projects,
        // stale.
        QCOMPARE(failed->gates.size(), std::size_t(0));
        QCOMPARE(failed->unreadProjects,
                 (QStringList{QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")}));
    }

    void badBodiesGiveSpecificErrors_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << QStringLiteral("html")
                              << QStringLiteral("HTML page titled \"502 Bad Gateway\"");
        QTest::newRow("not json") << QStringLiteral("not_json") << QStringLiteral("invalid JSON");
        QTest::newRow("empty") << QStringLiteral("empty") << QStringLiteral("empty body");
    }
    void badBodiesGiveSpecificErrors()
    {
        QFETCH(QString, body);
        QFETCH(QString, expected);
        glsim::Fault f;
        f.path = QStringLiteral("/project/gh/acme/api/pipeline");
        f.body = body;
        m_sim.addFault(f);
        auto provider = make({QStringLiteral("gh/acme/api")});
        const auto result = pollOnce(*provider);
        QVERIFY(result.has_value());
        QVERIFY2(result->error.contains(expected), qPrintable(result->error));
        QVERIFY2(result->error.contains(QLatin1String("/api/v2/project/gh/acme/api/pipeline")),
                 qPrintable(result->error));
    }

    void truncatedBodyIsAnError()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/project/gh/acme/api/pipeline");
        f.body = QStringLiteral("truncated");
        m_sim.addFault(f);
        auto provider = make({QStringLiteral("gh/acme/api")});
        const auto result = pollOnce(*provider);
        QVERIFY(result.has_value());
        QVERIFY(!result->ok());
        QVERIFY(result->gates.empty());
    }

    void wrongTokenNamesTheVariable()
    {
        auto provider = make({QStringLiteral("gh/acme/api")}, QStringLiteral("wrong"));
        const auto result = pollOnce(*provider);
        QVERIFY(result.has_value());
        QVERIFY2(result->error.contains(QLatin1String("HTTP 401: You must log in first.")),
                 qPrintable(result->error));
        QVERIFY2(result->error.contains(QLatin1String("GL_TEST_TOKEN")), qPrintable(result->error));
        QVERIFY(!result->error.contains(QLatin1String("wrong")));
    }

    void unknownProjectIsReportedOthersStillRead()
    {
        auto provider = make({QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/missing")});
        const auto result = pollOnce(*provider);
        QVERIFY(result.has_value());
        QVERIFY2(result->error.contains(QLatin1String("project gh/acme/missing")), qPrintable(result->error));
        QVERIFY2(result->error.contains(QLatin1String("HTTP 404: Project not found")),
                 qPrintable(result->error));
        QCOMPARE(result->gates.size(), std::size_t(1)); // gh/acme/api was read
    }

private:
    std::unique_ptr<CircleCiProvider> make(const QStringList &projects,
                                           const QString &token = QStringLiteral("t0ken"))
    {
        ServerConfig server;
        server.name = QStringLiteral("sim");
        server.provider = QStringLiteral("circleci");
        server.url = m_sim.baseUrl();
        server.tokenEnv = QStringLiteral("GL_TEST_TOKEN");
        server.projects = projects;
        return std::make_unique<CircleCiProvider>(server, token, &m_http);
    }

    glsim::Simulator m_sim;
    HttpClient m_http;
};

QTEST_GUILESS_MAIN(TestCircleCiProvider)
#include "tst_circleciprovider.moc"
