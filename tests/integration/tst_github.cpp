// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// GitHub end to end: provider, decisions and the CLI against the simulator's GitHub over loopback.

#include "config/credentialstore.h"
#include "decisions.h"
#include "githubsim.h"
#include "providers/github/githubprovider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using gltest::json;

namespace {

const QString kProd = QStringLiteral("gh/repos/acme/api/runs/501/environments/12");
const QString kStaging = QStringLiteral("gh/repos/acme/api/runs/501/environments/11");
const QString kAudit = QStringLiteral("gh/repos/acme/api/runs/502/environments/13");

} // namespace

class TestGitHub : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        qputenv("GL_GITHUB_TOKEN", "gh-t0ken");
        load(gltest::githubScenario());
        github()->setRunsPageSize(100);
        github()->setLoopPages(false);
    }

    void cleanup() { m_session.reset(); }

    // A gate per environment a run waits for, with its reviewers (users and teams), the wait timer, the
    // 30-day expiry and whether I may review it.
    void listsEveryWaitingEnvironment()
    {
        const auto r = poll();
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error));
        QCOMPARE(r->gates.size(), std::size_t(3)); // staging + production of 501, audit of 502; 503 is done
        const Gate *prod = find(*r, kProd);
        const Gate *staging = find(*r, kStaging);
        const Gate *audit = find(*r, kAudit);
        QVERIFY(prod && staging && audit);
        QCOMPARE(prod->provider, QStringLiteral("github"));
        QCOMPARE(prod->kind, GateKind::PendingDeployment);
        QCOMPARE(prod->environment, QStringLiteral("production"));
        QCOMPARE(prod->project, QStringLiteral("acme/api"));
        QCOMPARE(prod->pipelineNumber, 77);
        QCOMPARE(prod->commitSubject, QStringLiteral("Fix rounding"));
        QCOMPARE(prod->commitSha, QStringLiteral("009b8a3a9ccbb128af87f9b1c0f4c62e8a304f6d"));
        QCOMPARE(prod->triggeredBy, QStringLiteral("jurgen"));
        QCOMPARE(prod->workflow, QStringLiteral("Deploy"));
        QVERIFY(prod->canApprove);
        QCOMPARE(prod->reviewers, QStringList{QStringLiteral("ana")});
        QVERIFY(prod->expiresAt.isValid());
        QVERIFY(prod->expiresAt > prod->createdAt.addDays(29));
        QVERIFY(prod->url.toString().contains(QLatin1String("/actions/runs/501")));
        QVERIFY(prod->url.port() == m_sim.baseUrl().port());
        bool timer = false;
        for (const auto &[label, value] : prod->details) {
            timer =
                timer || (label == QLatin1String("Wait timer") && value.startsWith(QLatin1String("30 min")));
        }
        QVERIFY(timer);
        QVERIFY(staging->canApprove); // through the team
        QVERIFY2(staging->reviewers.join(u',').contains(QLatin1String("release-managers")),
                 qPrintable(staging->reviewers.join(u',')));
        QVERIFY(!audit->canApprove);
        QVERIFY2(audit->cannotApproveReason.contains(QLatin1String("jurgen")),
                 qPrintable(audit->cannotApproveReason));
        // Every request said which API version it speaks.
        for (const QByteArray &v : github()->apiVersionsSent()) {
            QCOMPARE(v, QByteArray("2022-11-28"));
        }
        QVERIFY(!github()->apiVersionsSent().isEmpty());
    }

    // The second poll sends If-None-Match: GitHub answers 304, which does not count against the limit, and
    // the gates are the same.
    void aSecondPollIsAnsweredFromETags()
    {
        const auto first = poll();
        QVERIFY(first && first->ok());
        const int remaining = github()->rateRemaining();
        const auto second = poll();
        QVERIFY(second && second->ok());
        QCOMPARE(second->gates, first->gates);
        QCOMPARE(github()->notModifiedCount(), second->requests);
        QCOMPARE(github()->rateRemaining(), remaining); // 304s are free
        QVERIFY(second->requests > 0);
    }

    // Reading one gate again (as before a decision), outside a poll: an answer damaged on its way (an HTML
    // page under the run's ETag) is forgotten, so the next read asks for the run in full instead of getting
    // the damage back as a 304.
    void aDamagedReadOfOneGateIsNotHandedBackByA304()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/actions/runs/501");
        f.body = QStringLiteral("html");
        f.times = 1;
        m_sim.addFault(f);
        const auto damaged = fetch(kProd);
        QVERIFY(damaged.has_value());
        QVERIFY(!*damaged);
        const auto again = fetch(kProd);
        QVERIFY(again.has_value());
        QVERIFY2(*again, qPrintable(*again ? QString() : again->error().message));
        QCOMPARE((*again)->id, kProd);
    }

    // A poll counts its own requests: one sent meanwhile for something else (the audit log's user, a
    // decision) is not the poll's.
    void aPollCountsOnlyItsOwnRequests()
    {
        m_sim.clearRequests();
        auto result = std::make_shared<std::optional<PollResult>>();
        Provider *provider = m_session->providers().front();
        provider->poll([result](const PollResult &r) { *result = r; });
        bool named = false;
        provider->fetchCurrentUser([&](const QString &login) { named = login == QLatin1String("ana"); });
        QTRY_VERIFY(result->has_value() && named);
        QVERIFY((*result)->ok());
        QCOMPARE(m_sim.count("GET", QStringLiteral("/api/v3/user")), 1);
        QCOMPARE((*result)->requests, m_sim.count("GET") - 1);
        QVERIFY((*result)->requests >=
                5); // the runs, and per waiting run its pending deployments and reviews
    }

    void everyPageOfWaitingRunsIsRead()
    {
        load(gltest::githubScenario(105)); // more than one page of 100
        const auto r = poll();
        QVERIFY(r && r->ok());
        QCOMPARE(r->gates.size(), std::size_t(3 + 105));
        QVERIFY(m_sim.count("GET", QStringLiteral("/actions/runs")) > 0);
        bool second = false;
        for (const auto &req : m_sim.requests()) {
            second = second || (req.path.endsWith(QLatin1String("/actions/runs")) &&
                                req.query.contains(QLatin1String("page=2")));
        }
        QVERIFY(second);
    }

    // The last page links back to the first: the loop is said for the repository, which is left
    // incomplete; the runs listed are still read, each once.
    void aPagingLoopIsAnErrorAndEachRunIsReadOnce()
    {
        load(gltest::githubScenario(3)); // five waiting runs
        github()->setRunsPageSize(2);    // on three pages
        github()->setLoopPages(true);
        const auto r = poll();
        QVERIFY(r.has_value());
        QVERIFY2(r->error.contains(QStringLiteral("acme/api")) && r->error.contains(QStringLiteral("loop")),
                 qPrintable(r->error));
        QCOMPARE(r->unreadProjects, QStringList{QStringLiteral("acme/api")});
        int listings = 0;
        for (const auto &req : m_sim.requests()) {
            listings += req.path.endsWith(QLatin1String("/actions/runs"));
        }
        QCOMPARE(listings, 3);
        QSet<QString> ids;
        for (const Gate &g : r->gates) {
            QVERIFY2(!ids.contains(g.id), qPrintable(g.id));
            ids.insert(g.id);
        }
        QCOMPARE(ids.size(), 3 + 3);
    }

    // Past the page cap: an error for the repository, and what the pages listed is still shown.
    void aListingPastThePageCapIsAnErrorThatKeepsWhatWasListed()
    {
        load(gltest::githubScenario(10)); // twelve waiting runs
        github()->setRunsPageSize(1);     // on twelve pages, two past the cap
        const auto r = poll();
        QVERIFY(r.has_value());
        QVERIFY2(r->error.contains(QStringLiteral("more than 10 pages")), qPrintable(r->error));
        QCOMPARE(r->unreadProjects, QStringList{QStringLiteral("acme/api")});
        QSet<QString> runs;
        for (const Gate &g : r->gates) {
            runs.insert(g.id.section(u'/', 0, -3));
        }
        QCOMPARE(runs.size(), 10);
    }

    void approveSendsTheNoteAsTheReviewsComment()
    {
        QVERIFY(poll()->ok());
        const auto r = decide(kProd, Decision::Approve, QStringLiteral("ship it"));
        QVERIFY(r.has_value());
        QVERIFY2(r->kind == DecisionOutcome::Kind::Done, qPrintable(r->message));
        const auto post = lastPost();
        const json body = json::parse(post.body.toStdString());
        QVERIFY(body["state"] == "approved");
        QVERIFY(body["comment"] == "ship it");
        QVERIFY(body["environment_ids"] == json::array({12}));
        QCOMPARE(github()->pendingEnvironments(501), QStringList{QStringLiteral("staging")}); // still waits
        QCOMPARE(github()->runStatus(501), QStringLiteral("waiting"));
        const auto after = poll();
        QVERIFY(!find(*after, kProd));
        QVERIFY(find(*after, kStaging));
        // The environment that still waits names the run's review of the other, with its comment.
        const Gate staging = *find(*after, kStaging);
        QVERIFY2(staging.approvalHistory.size() == 1 &&
                     staging.approvalHistory.front().contains(QLatin1String("for production: ship it")),
                 qPrintable(staging.approvalHistory.join(u'|')));
    }

    void rejectFailsTheRun()
    {
        QVERIFY(poll()->ok());
        const auto r = decide(kStaging, Decision::Reject, QStringLiteral("not this week"));
        QVERIFY(r && r->kind == DecisionOutcome::Kind::Done);
        QVERIFY(json::parse(lastPost().body.toStdString())["state"] == "rejected");
        QCOMPARE(github()->runStatus(501), QStringLiteral("completed"));
        QCOMPARE(github()->runConclusion(501), QStringLiteral("failure"));
    }

    // What GitHub would refuse is refused before any POST: a review without a comment, an environment I do
    // not review, one that no longer waits.
    void refusedBeforeAnyPost()
    {
        QVERIFY(poll()->ok());
        const auto noNote = decide(kProd, Decision::Approve, QString());
        QVERIFY(noNote && noNote->kind == DecisionOutcome::Kind::Refused);
        QVERIFY2(noNote->message.contains(QLatin1String("comment")), qPrintable(noNote->message));
        const auto notMine = decide(kAudit, Decision::Approve, QStringLiteral("ok"));
        QVERIFY(notMine && notMine->kind == DecisionOutcome::Kind::Refused);
        QVERIFY2(notMine->message.contains(QLatin1String("jurgen")), qPrintable(notMine->message));
        QCOMPARE(m_sim.count("POST"), 0);
        QVERIFY(decide(kProd, Decision::Approve, QStringLiteral("go"))->kind == DecisionOutcome::Kind::Done);
        const auto twice = decide(kProd, Decision::Approve, QStringLiteral("again"));
        QVERIFY(twice && twice->kind == DecisionOutcome::Kind::Refused);
        QVERIFY2(twice->message.contains(QLatin1String("no longer waits")), qPrintable(twice->message));
        QCOMPARE(m_sim.count("POST"), 1);
        QCOMPARE(github()->reviewCount(), 1);
    }

    void aWrongTokenIsExplained()
    {
        qputenv("GL_GITHUB_TOKEN", "wrong");
        load(gltest::githubScenario());
        const auto r = poll();
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.contains(QLatin1String("401")) &&
                     r->error.contains(QLatin1String("Bad credentials")) &&
                     r->error.contains(QLatin1String("GL_GITHUB_TOKEN")),
                 qPrintable(r->error));
        QCOMPARE(r->unreadProjects, QStringList{QStringLiteral("acme/api")});
    }

    // A secondary rate limit: the poll fails with GitHub's words and hands the poller the wait it asked for.
    void theSecondaryRateLimitIsObeyed()
    {
        github()->setSecondaryRateLimit(1, 90);
        const auto r = poll();
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.contains(QLatin1String("secondary")), qPrintable(r->error));
        QVERIFY(r->retryAfterSeconds.has_value());
        QCOMPARE(*r->retryAfterSeconds, 90);
    }

    void thePrimaryLimitWaitsUntilItsReset()
    {
        json s = gltest::githubScenario();
        s["github"]["rate_limit"] = 2;
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(s.dump())).isEmpty());
        const auto r = poll();
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.contains(QLatin1String("budget")), qPrintable(r->error));
        QVERIFY(r->retryAfterSeconds.has_value());
        QVERIFY(*r->retryAfterSeconds > 60); // until the hour's reset, not a blind minute
    }

    void gateIdsAreChecked()
    {
        QVERIFY(!parseGitHubGateId(QStringLiteral("gh"),
                                   QStringLiteral("gh/repos/acme/../runs/1/environments/2")));
        QVERIFY(!parseGitHubGateId(QStringLiteral("gh"),
                                   QStringLiteral("gh/repos/acme/api/runs/x/environments/2")));
        QVERIFY(!parseGitHubGateId(QStringLiteral("gh"),
                                   QStringLiteral("other/repos/acme/api/runs/1/environments/2")));
        const auto id = parseGitHubGateId(QStringLiteral("gh"), kProd);
        QVERIFY(id.has_value());
        QCOMPARE(id->repo, QStringLiteral("acme/api"));
        QCOMPARE(id->run, 501);
        QCOMPARE(id->environment, 12);
    }

    void theCommandLineApproves()
    {
        const auto list = runCli({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(kProd), qPrintable(list.out));
        const auto approve = runCli({QStringLiteral("approve"), kStaging, QStringLiteral("--note"),
                                     QStringLiteral("from the terminal"), QStringLiteral("--yes")});
        QVERIFY2(approve.code == 0, qPrintable(approve.err));
        QCOMPARE(github()->pendingEnvironments(501), QStringList{QStringLiteral("production")});
        const auto notMine = runCli({QStringLiteral("approve"), kAudit, QStringLiteral("--note"),
                                     QStringLiteral("x"), QStringLiteral("--yes")});
        QCOMPARE(notMine.code, 1);
        QVERIFY2(notMine.err.contains(QLatin1String("jurgen")), qPrintable(notMine.err));
    }

private:
    glsim::GitHubSim *github() const { return m_sim.module<glsim::GitHubSim>(); }

    void load(const json &scenario)
    {
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        m_sim.clearRequests();
        m_config = m_dir.filePath(QStringLiteral("gh-%1.json").arg(++m_n));
        m_audit = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n));
        QUrl api = m_sim.baseUrl();
        api.setPath(QStringLiteral("/api/v3"));
        QVERIFY(gltest::writeFile(m_config,
                                  gltest::configFor(api, {QStringLiteral("acme/api")}, "GL_GITHUB_TOKEN",
                                                    QStringLiteral("gh"), "github")));
        auto config = loadConfig(m_config);
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        m_session = Session::open(*config, m_credentials, m_audit);
        QVERIFY(m_session->setupErrors().isEmpty());
    }

    static const Gate *find(const PollResult &r, const QString &id)
    {
        for (const Gate &g : r.gates) {
            if (g.id == id) {
                return &g;
            }
        }
        return nullptr;
    }

    std::optional<Result<Gate>> fetch(const QString &id)
    {
        auto result = std::make_shared<std::optional<Result<Gate>>>(); // outlives a failed wait
        m_session->providers().front()->fetchGate(id, [result](const Result<Gate> &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 30000);
        return *result;
    }

    std::optional<PollResult> poll()
    {
        auto result = std::make_shared<std::optional<PollResult>>(); // outlives a failed wait
        m_session->providers().front()->poll([result](const PollResult &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 30000);
        return *result;
    }

    std::optional<DecisionResult> decide(const QString &id, Decision decision, const QString &note)
    {
        auto result = std::make_shared<std::optional<DecisionResult>>(); // outlives a failed wait
        m_session->decisions()->decide(id, decision, note,
                                       [result](const DecisionResult &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 15000);
        return *result;
    }

    glsim::RecordedRequest lastPost() const { return gltest::lastPost(m_sim); }

    gltest::CliRun runCli(const QStringList &args)
    {
        return gltest::runCli(args, m_dir.path(), m_config, m_audit);
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    QString m_config;
    QString m_audit;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestGitHub)
#include "tst_github.moc"
