// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// GitLab end to end: provider, decisions and the CLI against the simulator's GitLab over loopback.

#include "audit/auditlog.h"
#include "config/credentialstore.h"
#include "decisions.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using gltest::json;

namespace {

const QString kApi = QStringLiteral("gl/projects/42"); // GitLab's id for acme/api

} // namespace

class TestGitLab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_GITLAB_TOKEN", "gl-t0ken");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::gitlabScenario()).isEmpty());
        m_sim.setPageSize(20);
        m_sim.setRepeatPageToken(false);
        m_sim.clearRequests();
        m_config = m_dir.filePath(QStringLiteral("gl-%1.json").arg(++m_n));
        m_audit = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n));
        QVERIFY(gltest::writeFile(
            m_config,
            gltest::configFor(m_sim.baseUrl(),
                              {QStringLiteral("acme/api"), QStringLiteral("acme/plateforme/déploiement")},
                              "GL_GITLAB_TOKEN", QStringLiteral("gl"), "gitlab", true)));
        auto config = loadConfig(m_config);
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        m_session = Session::open(*config, m_credentials, m_audit);
        QVERIFY(m_session->setupErrors().isEmpty());
    }

    void cleanup() { m_session.reset(); }

    // One deployment, one id: a project listed by id and by path is read once, and its gates have the same
    // ids whichever way servers.json names it.
    void aProjectListedByIdAndByPathIsOneProject()
    {
        const auto before = poll();
        QVERIFY(before.has_value() && before->ok());
        QStringList ids;
        for (const Gate &g : before->gates) {
            ids.append(g.id);
        }
        QVERIFY(gltest::writeFile(
            m_config, gltest::configFor(m_sim.baseUrl(),
                                        {QStringLiteral("42"), QStringLiteral("acme/api"),
                                         QStringLiteral("acme/plateforme/déploiement")},
                                        "GL_GITLAB_TOKEN", QStringLiteral("gl"), "gitlab", true)));
        auto config = loadConfig(m_config);
        QVERIFY(config.has_value());
        m_session = Session::open(*config, m_credentials, m_audit);
        const auto twice = poll();
        QVERIFY(twice.has_value() && twice->ok());
        QStringList again;
        for (const Gate &g : twice->gates) {
            again.append(g.id);
            QCOMPARE(g.project.isEmpty(), false);
        }
        std::sort(ids.begin(), ids.end());
        std::sort(again.begin(), again.end());
        QCOMPARE(again, ids); // no duplicates, the same ids
    }

    // The window used to abort (std::length_error) here: a project read once, then failing.
    void aProjectFailingAfterAGoodPollIsNamedUnreadAndTheOthersStillRead()
    {
        QVERIFY(poll()->ok());
        glsim::Fault f;
        f.path = QStringLiteral("/projects/acme/api/deployments");
        f.status = 503;
        f.times = -1;
        m_sim.addFault(f);
        for (int i = 0; i < 2; ++i) { // and again: nothing accumulates between polls
            const auto failed = poll();
            QVERIFY(failed.has_value());
            QVERIFY(!failed->ok());
            QVERIFY2(failed->error.contains(QLatin1String("project acme/api")), qPrintable(failed->error));
            QCOMPARE(failed->unreadProjects, QStringList{QStringLiteral("acme/api")});
            // Only the project that was read is reported, with its own scope.
            QCOMPARE(failed->gates.size(), std::size_t(1));
            QCOMPARE(failed->gates.front().scope, QStringLiteral("acme/plateforme/déploiement"));
        }
    }

    void aRevokedTokenLeavesEveryProjectUnread()
    {
        QVERIFY(poll()->ok());
        glsim::Fault f;
        f.status = 401;
        f.times = -1;
        m_sim.addFault(f);
        const auto failed = poll();
        QVERIFY(failed.has_value());
        QVERIFY(!failed->ok());
        QVERIFY2(failed->error.contains(QLatin1String("401")), qPrintable(failed->error));
        QCOMPARE(failed->gates.size(), std::size_t(0));
        QCOMPARE(failed->unreadProjects,
                 (QStringList{QStringLiteral("acme/api"), QStringLiteral("acme/plateforme/déploiement")}));
    }

    void pollFindsBlockedDeploymentsAndManualJobs()
    {
        const auto result = poll();
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->error));
        QHash<QString, Gate> byId;
        for (const Gate &g : result->gates) {
            byId.insert(g.id, g);
        }
        QCOMPARE(byId.keys().size(), 6);
        const Gate prod = byId.value(kApi + QStringLiteral("/deployments/101"));
        QCOMPARE(prod.kind, GateKind::Deployment);
        QCOMPARE(prod.environment, QStringLiteral("production"));
        QCOMPARE(prod.approvals.given, 1); // summed over both rules
        QCOMPARE(prod.approvals.required, 3);
        QCOMPARE(prod.approvalHistory, QStringList{QStringLiteral("approved by kenji: pen test passed")});
        QCOMPARE(prod.triggeredBy, QStringLiteral("jürgen"));
        QCOMPARE(prod.commitSubject, QStringLiteral("Raise payout limit"));
        QCOMPARE(prod.project, QStringLiteral("acme/api"));
        QVERIFY(prod.canApprove);
        QVERIFY(prod.canRunAfterApproval);
        // 101 and 103 both wait to deploy to production: the older one says the newer supersedes it.
        QVERIFY2(prod.supersededBy.contains(QLatin1String("#103")) &&
                     prod.supersededBy.contains(QLatin1String("pipeline #5003")),
                 qPrintable(prod.supersededBy));
        QVERIFY(byId.value(kApi + QStringLiteral("/deployments/103")).supersededBy.isEmpty());
        QVERIFY(
            byId.value(kApi + QStringLiteral("/deployments/102")).supersededBy.isEmpty()); // staging: alone
        const Gate mine = byId.value(kApi + QStringLiteral("/deployments/103"));
        QVERIFY(!mine.canApprove);
        QVERIFY2(mine.cannotApproveReason.contains(QLatin1String("own deployment")),
                 qPrintable(mine.cannotApproveReason));
        const Gate staging = byId.value(kApi + QStringLiteral("/deployments/102"));
        QCOMPARE(staging.approvals.required, 1); // unified setting
        QVERIFY(!staging.canRunAfterApproval);
        QVERIFY(byId.contains(kApi + QStringLiteral("/jobs/9100"))); // manual job
        QVERIFY(
            !byId.contains(kApi + QStringLiteral("/jobs/9001"))); // a deployment's own job is the deployment
        QVERIFY(byId.contains(QStringLiteral("gl/projects/77/deployments/201")));
        QCOMPARE(byId.value(QStringLiteral("gl/projects/77/deployments/201")).project,
                 QStringLiteral("acme/plateforme/déploiement"));
        for (const auto &r : m_sim.requests()) {
            QCOMPARE(r.privateToken, QByteArray("gl-t0ken"));
        }
    }

    // Rails answers GitLab's GETs with a weak ETag: the next poll asks If-None-Match, every unchanged
    // answer comes back 304 with no body, and the poll reads the same gates from the answer kept.
    void aSecondPollAsksIfNoneMatchAndReadsTheSameGatesFrom304s()
    {
        const auto first = poll();
        QVERIFY2(first.has_value() && first->ok(), first ? qPrintable(first->error) : "no answer");
        QCOMPARE(statusCount(304), 0);
        m_sim.clearRequests();
        const auto second = poll();
        QVERIFY2(second.has_value() && second->ok(), second ? qPrintable(second->error) : "no answer");
        QVERIFY(second->requests > 0);
        QCOMPARE(statusCount(304), second->requests); // nothing changed: every answer is a 304
        QCOMPARE(gateSummary(second->gates), gateSummary(first->gates));
    }

    // An answer damaged on its way (here an HTML page under the listing's ETag) fails the poll; the next
    // poll asks for everything in full, not If-None-Match, so a 304 cannot hand the damage back.
    void aDamagedAnswerIsNeverHandedBackByA304()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/projects/acme/api/deployments");
        f.body = QStringLiteral("html");
        f.times = 1;
        m_sim.addFault(f);
        const auto damaged = poll();
        QVERIFY(damaged.has_value());
        QVERIFY(!damaged->ok());
        m_sim.clearRequests();
        const auto again = poll();
        QVERIFY2(again.has_value() && again->ok(), again ? qPrintable(again->error) : "no answer");
        QCOMPARE(statusCount(304), 0);
        QCOMPARE(again->gates.size(), std::size_t(6));
    }

    // A server that sends no validator (or a proxy that strips them): the same gates, no conditional request.
    void withoutETagsEveryAnswerIsReadInFull()
    {
        json scenario = json::parse(gltest::gitlabScenario().toStdString());
        scenario["gitlab"]["etags"] = false;
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        const auto first = poll();
        QVERIFY(first.has_value() && first->ok());
        const auto second = poll();
        QVERIFY(second.has_value() && second->ok());
        QCOMPARE(statusCount(304), 0);
        for (const auto &r : m_sim.requests()) {
            QVERIFY2(r.status == 200, qPrintable(r.path));
        }
        QCOMPARE(gateSummary(second->gates), gateSummary(first->gates));
    }

    // A blocked deployment one approval (or any rejection) from leaving the list cannot change while its
    // updated_at stays: it is not read again. One that needs more approvals is read on every poll, since an
    // approval that leaves it blocked does not move updated_at, and the count shown must follow it.
    void anUnchangedDeploymentIsReadAgainOnlyWhenAnApprovalCouldLeaveItBlocked()
    {
        const auto first = poll();
        QVERIFY(first.has_value() && first->ok());
        m_sim.clearRequests();
        const auto second = poll();
        QVERIFY(second.has_value() && second->ok());
        // 102 and 103 (unified, one missing) and 105 (one rule, one missing) are not read; 101 (two rules)
        // and 201 (two missing) are.
        QCOMPARE(deploymentReads(), (QStringList{QStringLiteral("101"), QStringLiteral("201")}));
        QCOMPARE(gateSummary(second->gates), gateSummary(first->gates));

        // One of 201's two approvals: still blocked, updated_at unchanged, and the next poll shows it.
        const auto r = decide(QStringLiteral("gl/projects/77/deployments/201"), Decision::Approve,
                              QStringLiteral("first of two"));
        QVERIFY2(r->kind == DecisionOutcome::Kind::Done, qPrintable(r->message));
        QCOMPARE(m_sim.gitlabDeploymentStatus(201), QStringLiteral("blocked"));
        const auto third = poll();
        QVERIFY(third.has_value() && third->ok());
        bool found = false;
        for (const Gate &g : third->gates) {
            if (g.id == QLatin1String("gl/projects/77/deployments/201")) {
                found = true;
                QCOMPARE(g.approvals.given, 1);
                QCOMPARE(g.approvals.required, 2);
            }
        }
        QVERIFY(found);
    }

    // A deployment whose updated_at moved is read again, whatever it needs.
    void aDeploymentWhoseUpdatedAtMovedIsReadAgain()
    {
        QVERIFY(poll()->ok());
        json scenario = json::parse(gltest::gitlabScenario().toStdString());
        for (auto &d : scenario["gitlab"]["projects"][0]["deployments"]) {
            if (d["id"] == 105) {
                d["updated_at"] = "2026-12-01T10:00:00.000Z";
                d["commit_title"] = "US rollout, second try";
            }
        }
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        m_sim.clearRequests();
        const auto again = poll();
        QVERIFY(again.has_value() && again->ok());
        QVERIFY2(deploymentReads().contains(QStringLiteral("105")), qPrintable(deploymentReads().join(u',')));
        bool found = false;
        for (const Gate &g : again->gates) {
            if (g.id == kApi + QStringLiteral("/deployments/105")) {
                found = true;
                QCOMPARE(g.commitSubject, QStringLiteral("US rollout, second try"));
            }
        }
        QVERIFY(found);
    }

    // In case a server moves updated_at otherwise than GitLab does, no read is trusted for more than ten
    // polls.
    void anUnchangedDeploymentIsStillReadEveryTenthPoll()
    {
        int reads = 0;
        for (int i = 0; i < 21; ++i) {
            m_sim.clearRequests();
            const auto r = poll();
            QVERIFY(r.has_value() && r->ok());
            reads += deploymentReads().count(QStringLiteral("102"));
        }
        QCOMPARE(reads, 3); // polls 1, 11 and 21
    }

    void followsPages()
    {
        m_sim.setPageSize(2); // acme/api has four blocked deployments
        const auto result = poll();
        QVERIFY(result && result->ok());
        QCOMPARE(m_sim.count("GET", QStringLiteral("/api/v4/projects/acme/api/deployments")) -
                     m_sim.count("GET", QStringLiteral("/api/v4/projects/acme/api/deployments/")),
                 2);
        QCOMPARE(result->gates.size(), std::size_t(6));
    }

    // A server whose second page repeats an item of the first and names the first as the next: the loop is
    // said for that project, which is left incomplete; what was listed is still read, each deployment once;
    // the other project is unharmed.
    void aPagingLoopIsAnErrorForThatProjectAndReadsEachDeploymentOnce()
    {
        m_sim.setPageSize(2);
        m_sim.setRepeatPageToken(true);
        const auto result = poll();
        QVERIFY(result.has_value());
        QVERIFY2(result->error.contains(QStringLiteral("acme/api")) &&
                     result->error.contains(QStringLiteral("loop")),
                 qPrintable(result->error));
        QCOMPARE(result->unreadProjects, QStringList{QStringLiteral("acme/api")});
        QCOMPARE(m_sim.count("GET", QStringLiteral("/api/v4/projects/acme/api/deployments")) -
                     m_sim.count("GET", QStringLiteral("/api/v4/projects/acme/api/deployments/")),
                 2);
        QCOMPARE(m_sim.count("GET", QStringLiteral("/api/v4/projects/acme/api/deployments/101")), 1);
        QSet<QString> ids;
        for (const Gate &g : result->gates) {
            QVERIFY2(!ids.contains(g.id), qPrintable(g.id));
            ids.insert(g.id);
        }
        QCOMPARE(ids.size(), 6); // as when the listing ends properly: the repeated deployment shown once
    }

    // More pages than the cap: an error for the project, not a silently shorter list.
    void aListingPastThePageCapIsAnError()
    {
        json scenario = json::parse(gltest::gitlabScenario().toStdString());
        json &deployments = scenario["gitlab"]["projects"][0]["deployments"];
        for (int i = 0; i < 20; ++i) {
            deployments.push_back(json{{"id", 1000 + i},
                                       {"environment", "review-" + std::to_string(i)},
                                       {"user", 2},
                                       {"job", {{"id", 19000 + i}, {"name", "deploy-review"}}},
                                       {"pipeline", 7000 + i},
                                       {"required_approval_count", 1}});
        }
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        m_sim.setPageSize(1); // 24 blocked deployments, 24 pages
        const auto result = poll();
        QVERIFY(result.has_value());
        QVERIFY2(result->error.contains(QStringLiteral("more than 20 pages")), qPrintable(result->error));
        QCOMPARE(result->unreadProjects, QStringList{QStringLiteral("acme/api")});
        int listed = 0;
        for (const Gate &g : result->gates) {
            listed +=
                g.project == QLatin1String("acme/api") && g.id.contains(QStringLiteral("/deployments/"));
        }
        QCOMPARE(listed, 20); // what the 20 pages listed is shown
    }

    void approveWithCommentSendsOneRequest()
    {
        const auto r = decide(kApi + QStringLiteral("/deployments/102"), Decision::Approve,
                              QStringLiteral("Staging looks right"));
        QVERIFY2(r->kind == DecisionOutcome::Kind::Done, qPrintable(r->message));
        QCOMPARE(m_sim.count("POST"), 1);
        const auto post = lastPost();
        QCOMPARE(post.path, QStringLiteral("/api/v4/projects/42/deployments/102/approval"));
        const json body = json::parse(post.body.toStdString());
        QVERIFY(body["status"] == "approved");
        QVERIFY(body["comment"] == "Staging looks right");
        QCOMPARE(m_sim.gitlabDeploymentStatus(102), QStringLiteral("running"));
    }

    void rejectFailsTheDeployment()
    {
        const auto r = decide(kApi + QStringLiteral("/deployments/101"), Decision::Reject,
                              QStringLiteral("Not in the freeze"));
        QVERIFY2(r->kind == DecisionOutcome::Kind::Done, qPrintable(r->message));
        QCOMPARE(m_sim.count("POST"), 1);
        QVERIFY(json::parse(lastPost().body.toStdString())["status"] == "rejected");
        QCOMPARE(m_sim.gitlabDeploymentStatus(101), QStringLiteral("failed"));
    }

    void selfApprovalIsRefusedBeforeAnyRequest()
    {
        const auto r =
            decide(kApi + QStringLiteral("/deployments/103"), Decision::Approve, QStringLiteral("mine"));
        QCOMPARE(r->kind, DecisionOutcome::Kind::Refused);
        QVERIFY2(r->message.contains(QLatin1String("own deployment")), qPrintable(r->message));
        QCOMPARE(m_sim.count("POST"), 0);
        // Rejecting your own deployment is allowed.
        const auto reject = decide(kApi + QStringLiteral("/deployments/103"), Decision::Reject,
                                   QStringLiteral("wrong commit"));
        QCOMPARE(reject->kind, DecisionOutcome::Kind::Done);
    }

    void approveAndRunSendsApprovalThenPlay()
    {
        const auto r =
            decide(kApi + QStringLiteral("/deployments/101"), Decision::ApproveAndRun, QStringLiteral("go"));
        QVERIFY2(r->kind == DecisionOutcome::Kind::Done, qPrintable(r->message));
        QStringList posts;
        for (const auto &req : m_sim.requests()) {
            if (req.method == "POST") {
                posts.append(req.path);
            }
        }
        QCOMPARE(posts, (QStringList{QStringLiteral("/api/v4/projects/42/deployments/101/approval"),
                                     QStringLiteral("/api/v4/projects/42/jobs/9001/play")}));
        QCOMPARE(m_sim.gitlabJobStatus(9001), QStringLiteral("pending"));
    }

    // The approval succeeds and starting the job does not: GitLab has recorded the approval, so the log
    // says so, step by step; a 5xx on the second step is unknown (read again), never "refused".
    void approveAndRunRecordsEachStep_data()
    {
        QTest::addColumn<int>("playStatus");
        QTest::addColumn<QString>("runResult");
        QTest::addColumn<int>("kind");
        QTest::newRow("play refused (400)")
            << 400 << QStringLiteral("refused") << static_cast<int>(DecisionOutcome::Kind::Refused);
        QTest::newRow("play answered 503")
            << 503 << QStringLiteral("unknown") << static_cast<int>(DecisionOutcome::Kind::Unknown);
    }
    void approveAndRunRecordsEachStep()
    {
        QFETCH(int, playStatus);
        QFETCH(QString, runResult);
        QFETCH(int, kind);
        glsim::Fault f;
        f.method = "POST";
        f.path = QStringLiteral("/play");
        f.status = playStatus;
        m_sim.addFault(f);
        const auto r =
            decide(kApi + QStringLiteral("/deployments/101"), Decision::ApproveAndRun, QStringLiteral("go"));
        m_sim.clearFaults();
        QVERIFY(r.has_value());
        QVERIFY2(r->message.contains(QLatin1String("approved, but the job did not start")) ||
                     static_cast<int>(r->kind) != static_cast<int>(DecisionOutcome::Kind::Refused),
                 qPrintable(r->message));
        const auto records = AuditLog(m_audit).readAll();
        QVERIFY(records.has_value());
        QVERIFY(records->size() >= 3);
        QCOMPARE(records->at(0).event, QStringLiteral("intent"));
        QCOMPARE(records->at(1).event, QStringLiteral("outcome"));
        QCOMPARE(records->at(1).step, QStringLiteral("approve"));
        QCOMPARE(records->at(1).result, QStringLiteral("done"));
        QCOMPARE(records->at(2).event, QStringLiteral("outcome"));
        QCOMPARE(records->at(2).step, QStringLiteral("run"));
        QCOMPARE(records->at(2).result, runResult);
        QCOMPARE(records->at(2).httpStatus, playStatus);
        if (kind == static_cast<int>(DecisionOutcome::Kind::Unknown)) {
            // Read again, never sent again.
            QCOMPARE(records->back().event, QStringLiteral("verified"));
            QCOMPARE(m_sim.count("POST", QStringLiteral("/play")), 1);
        } else {
            QCOMPARE(static_cast<int>(r->kind), kind);
        }
    }

    void approveAsAChosenRule()
    {
        std::optional<DecisionResult> wrong;
        m_session->decisions()->decide(
            kApi + QStringLiteral("/deployments/101"), Decision::Approve, QStringLiteral("x"),
            [&](const DecisionResult &r) { wrong = r; }, QStringLiteral("nobody-group"));
        QTRY_VERIFY(wrong.has_value());
        QCOMPARE(wrong->kind, DecisionOutcome::Kind::Refused);
        QVERIFY2(wrong->message.contains(QLatin1String("qa-group, security-group")),
                 qPrintable(wrong->message));
        QCOMPARE(m_sim.count("POST"), 0);

        const auto cli =
            runCli({QStringLiteral("approve"), kApi + QStringLiteral("/deployments/101"),
                    QStringLiteral("--note"), QStringLiteral("as security"), QStringLiteral("--as"),
                    QStringLiteral("security-group"), QStringLiteral("--yes")});
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QVERIFY(json::parse(lastPost().body.toStdString())["represented_as"] == "security-group");
        // security-group now has its 2 approvals, qa-group still none: still blocked.
        QCOMPARE(m_sim.gitlabDeploymentStatus(101), QStringLiteral("blocked"));
        const auto gate = poll();
        for (const Gate &g : gate->gates) {
            if (g.id == kApi + QStringLiteral("/deployments/101")) {
                QCOMPARE(g.approvals.given, 2);
                QCOMPARE(g.approvalRules,
                         (QStringList{QStringLiteral("qa-group"), QStringLiteral("security-group")}));
            }
        }
    }

    void manualJobIsPlayedAndCannotBeRejected()
    {
        const auto reject =
            decide(kApi + QStringLiteral("/jobs/9100"), Decision::Reject, QStringLiteral("no"));
        QCOMPARE(reject->kind, DecisionOutcome::Kind::Refused);
        QCOMPARE(m_sim.count("POST"), 0);
        const auto play =
            decide(kApi + QStringLiteral("/jobs/9100"), Decision::Approve, QStringLiteral("migrate now"));
        QVERIFY2(play->kind == DecisionOutcome::Kind::Done, qPrintable(play->message));
        QCOMPARE(lastPost().path, QStringLiteral("/api/v4/projects/42/jobs/9100/play"));
        QCOMPARE(m_sim.gitlabJobStatus(9100), QStringLiteral("pending"));
    }

    void cliShowsGitLabsMessageVerbatimAndAuditsIt()
    {
        // I am in no rule of deployment 105: GitLab answers 400 with its own sentence.
        const auto r = runCli({QStringLiteral("approve"), kApi + QStringLiteral("/deployments/105"),
                               QStringLiteral("--note"), QStringLiteral("please"), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        const QString gitlab = QStringLiteral("You don't have permission to approve this deployment. Contact "
                                              "the project or group owner for help.");
        QVERIFY2(r.err.contains(gitlab), qPrintable(r.err));
        const auto records = AuditLog(m_audit).readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->back().httpStatus, 400);
        QCOMPARE(records->back().serverMessage, gitlab);
        QCOMPARE(records->back().serverUser, QStringLiteral("ana"));
    }

    void cliRefusesALongNoteBeforeSending()
    {
        const auto r = runCli({QStringLiteral("approve"), kApi + QStringLiteral("/deployments/102"),
                               QStringLiteral("--note"), QString(300, u'x'), QStringLiteral("--yes")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("at most 255")), qPrintable(r.err));
        QCOMPARE(m_sim.count("POST"), 0);
    }

    void cliListJsonAndApproveAndRun()
    {
        const auto list = runCli({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const json gates = json::parse(list.out.toStdString());
        QCOMPARE(gates.size(), std::size_t(6));
        const auto prod = std::find_if(gates.begin(), gates.end(), [](const json &g) {
            return g["id"] == QString(kApi + QStringLiteral("/deployments/101")).toStdString();
        });
        QVERIFY(prod != gates.end()); // not skipped when missing
        QVERIFY((*prod)["approvals"]["given"] == 1);
        QVERIFY((*prod)["approvals"]["required"] == 3);
        QVERIFY((*prod)["kind"] == "deployment");
        QVERIFY((*prod)["environment"] == "production");
        const auto run = runCli({QStringLiteral("approve"), kApi + QStringLiteral("/deployments/101"),
                                 QStringLiteral("--note"), QStringLiteral("ship"), QStringLiteral("--run"),
                                 QStringLiteral("--yes")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(m_sim.count("POST"), 2);
        QCOMPARE(m_sim.gitlabJobStatus(9001), QStringLiteral("pending"));
    }

    void bearerIsAcceptedToo()
    {
        HttpClient client;
        HttpRequest r;
        QUrl url = m_sim.baseUrl();
        url.setPath(QStringLiteral("/api/v4/user"));
        r.url = url;
        r.credentials.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer gl-t0ken")));
        std::optional<HttpResponse> response;
        client.send(r, &client, [&](const HttpResponse &x) { response = x; });
        QTRY_VERIFY(response.has_value());
        QCOMPARE(response->status, 200);
    }

private:
    std::optional<PollResult> poll()
    {
        auto result = std::make_shared<std::optional<PollResult>>(); // outlives a failed wait
        m_session->providers().front()->poll([result](const PollResult &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 15000);
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

    int statusCount(int status) const
    {
        int n = 0;
        for (const auto &r : m_sim.requests()) {
            n += r.status == status;
        }
        return n;
    }

    // The deployments read one by one since the requests were last cleared, by id, sorted.
    QStringList deploymentReads() const
    {
        QStringList ids;
        for (const auto &r : m_sim.requests()) {
            const QString id = r.path.section(u'/', -1);
            if (r.method == "GET" && r.path.section(u'/', -2, -2) == QLatin1String("deployments")) {
                ids.append(id);
            }
        }
        ids.sort();
        return ids;
    }

    // What a poll shows of each gate, sorted: what must not change when nothing changed.
    static QStringList gateSummary(const Gates &gates)
    {
        QStringList lines;
        for (const Gate &g : gates) {
            lines.append(QStringLiteral("%1 %2/%3 %4 %5 %6")
                             .arg(g.id)
                             .arg(g.approvals.given)
                             .arg(g.approvals.required)
                             .arg(g.commitSubject, g.supersededBy, g.approvalHistory.join(u';')));
        }
        lines.sort();
        return lines;
    }

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

QTEST_GUILESS_MAIN(TestGitLab)
#include "tst_gitlab.moc"
