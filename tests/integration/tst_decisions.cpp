// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "audit/auditlog.h"
#include "config/serverconfig.h"
#include "decisions.h"
#include "net/httpclient.h"
#include "providers/circleci/circleciprovider.h"
#include "simulator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace gl;

class TestDecisions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        ServerConfig server;
        server.name = QStringLiteral("sim");
        server.provider = QStringLiteral("circleci");
        server.url = m_sim.baseUrl();
        server.projects = {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")};
        m_provider = std::make_unique<CircleCiProvider>(server, QStringLiteral("t0ken"), &m_http);
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearRequests();
        QVERIFY(m_dir.isValid());
        m_audit = std::make_unique<AuditLog>(m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++m_n)));
        m_service = std::make_unique<DecisionService>(m_audit.get());
        m_service->addProvider(m_provider.get());
    }

    void approveSendsOneRequestAndAudits()
    {
        const QString held = m_sim.heldApprovals().first();
        const auto result = decide(held, Decision::Approve, QStringLiteral("Ship it"));
        QVERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Done);
        QCOMPARE(result->httpStatus, 202);
        QCOMPARE(m_sim.count("POST"), 1);
        QCOMPARE(m_sim.count("POST", QStringLiteral("/workflow/") + held.section(u'/', 0, 0) +
                                         QStringLiteral("/approve/") + held.section(u'/', 1, 1)),
                 1);
        QCOMPARE(m_sim.jobStatus(held.section(u'/', 1, 1)), QStringLiteral("success"));
        const auto records = m_audit->readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), std::size_t(2));
        QCOMPARE(records->at(0).event, QStringLiteral("intent"));
        QCOMPARE(records->at(0).note, QStringLiteral("Ship it"));
        QCOMPARE(records->at(1).event, QStringLiteral("outcome"));
        QCOMPARE(records->at(1).httpStatus, 202);
        QCOMPARE(records->at(1).result, QStringLiteral("done"));
        // Both say what was released, as read from the server just before sending.
        for (const AuditRecord &r : *records) {
            QCOMPARE(r.commitSha.size(), 40);
            QVERIFY(r.pipelineNumber > 0);
            QCOMPARE(r.branch, QStringLiteral("main"));
            QVERIFY(!r.commitSubject.isEmpty());
            QCOMPARE(r.approvalsGiven, 0);
            QCOMPARE(r.approvalsRequired, 1);
        }
        // The intent was on disk before the POST left: its time is not after the request's.
        const auto post = std::find_if(m_sim.requests().begin(), m_sim.requests().end(),
                                       [](const auto &r) { return r.method == "POST"; });
        QVERIFY(records->at(0).time <= post->time);
    }

    // The API names the approval by its approval_request_id. Every real sample has it equal to the job's
    // id, but the field is documented on its own: where they differ, the request id is what is sent.
    void approvalIsSentToTheApprovalRequestIdNotTheJobId()
    {
        using namespace gltest;
        const char *requestId = "8d6a3f1e-1111-4222-8333-944455556666";
        json hold = job("hold", "approval", "on_hold", {"build"});
        hold["approval_request_id"] = requestId;
        json scenario = json::parse(basicScenario().toStdString());
        scenario["projects"][0]["pipelines"][0]["workflows"][0]["jobs"] = json::array(
            {job("build", "build", "success"), hold, job("deploy", "build", "blocked", {"hold"})});
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        m_sim.clearRequests();
        QString held; // workflow/job of the hold above
        for (const QString &h : m_sim.heldApprovals()) {
            std::optional<Gate> g;
            m_provider->fetchGate(gateId(h), [&](const Result<Gate> &r) { g = r.value_or(Gate{}); });
            QTRY_VERIFY(g.has_value());
            if (g->nativeApprovalRequestId == QLatin1String(requestId)) {
                held = h;
            }
        }
        QVERIFY(!held.isEmpty());
        QVERIFY(held.section(u'/', 1, 1) != QLatin1String(requestId));
        m_sim.clearRequests();
        const auto result = decide(held, Decision::Approve, QStringLiteral("Ship it"));
        QVERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Done);
        QCOMPARE(m_sim.count("POST"), 1);
        QCOMPARE(m_sim.count("POST", QStringLiteral("/approve/") + QLatin1String(requestId)), 1);
        QCOMPARE(m_sim.jobStatus(held.section(u'/', 1, 1)), QStringLiteral("success"));
    }

    // What the person confirmed is what is sent: a gate that now releases another commit is not decided.
    void aGateThatChangedSinceItWasShownIsNotDecided()
    {
        const QString held = m_sim.heldApprovals().first();
        std::optional<Gate> shown;
        m_provider->fetchGate(gateId(held), [&](const Result<Gate> &g) { shown = g.value_or(Gate{}); });
        QTRY_VERIFY(shown.has_value());
        QVERIFY(!shown->commitSha.isEmpty());
        QVERIFY(m_sim.setPipelineRevision(held.section(u'/', 0, 0),
                                          QStringLiteral("feedfacefeedfacefeedfacefeedfacefeedface")));
        DecisionRequest request;
        request.gateId = gateId(held);
        request.decision = Decision::Approve;
        request.note = QStringLiteral("looked at it");
        request.shown = shown;
        std::optional<DecisionResult> result;
        m_service->decide(request, [&](const DecisionResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Refused);
        QVERIFY2(result->message.contains(QLatin1String("changed since you confirmed it")) &&
                     result->message.contains(QLatin1String("feedfacefeed")) &&
                     result->message.contains(shown->commitSha.left(12)),
                 qPrintable(result->message));
        QCOMPARE(m_sim.count("POST"), 0);
        const auto records = m_audit->readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), std::size_t(1));
        QCOMPARE(records->at(0).event, QStringLiteral("refused"));
        QCOMPARE(records->at(0).commitSha, QStringLiteral("feedfacefeedfacefeedfacefeedfacefeedface"));
        // Unchanged, the same request goes through.
        QVERIFY(m_sim.setPipelineRevision(held.section(u'/', 0, 0), shown->commitSha));
        result.reset();
        m_service->decide(request, [&](const DecisionResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Done);
        QCOMPARE(m_sim.count("POST"), 1);
    }

    void aPipelineThatCannotBeReadStopsTheDecision()
    {
        const QString held = m_sim.heldApprovals().first();
        glsim::Fault f;
        f.method = "GET";
        f.path = QStringLiteral("/pipeline/");
        f.status = 500;
        f.times = -1;
        m_sim.addFault(f);
        const auto result = decide(held, Decision::Approve, QStringLiteral("ok"));
        m_sim.clearFaults();
        QVERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Failed);
        QVERIFY2(result->message.contains(QLatin1String("nothing was sent")), qPrintable(result->message));
        QCOMPARE(m_sim.count("POST"), 0);
        QCOMPARE(m_audit->readAll()->front().event, QStringLiteral("refused"));
    }

    void rejectCancelsTheApprovalJob()
    {
        const QString held = m_sim.heldApprovals().first();
        const auto result = decide(held, Decision::Reject, QStringLiteral("Not during the freeze"));
        QVERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Done);
        QCOMPARE(m_sim.count("POST"), 1);
        QCOMPARE(m_sim.count("POST",
                             QStringLiteral("/jobs/") + held.section(u'/', 1, 1) + QStringLiteral("/cancel")),
                 1);
        QCOMPARE(m_sim.jobStatus(held.section(u'/', 1, 1)), QStringLiteral("canceled"));
    }

    void rejectNeedsANote()
    {
        const auto result = decide(m_sim.heldApprovals().first(), Decision::Reject, QStringLiteral("  "));
        QVERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Refused);
        QCOMPARE(m_sim.requests().size(), 0);
    }

    void refusesWhatIsNoLongerOnHold()
    {
        const QString held = m_sim.heldApprovals().first();
        QVERIFY(decide(held, Decision::Approve, QStringLiteral("first"))->kind ==
                DecisionOutcome::Kind::Done);
        const auto again = decide(held, Decision::Approve, QStringLiteral("second"));
        QCOMPARE(again->kind, DecisionOutcome::Kind::Refused);
        QVERIFY2(again->message.contains(QLatin1String("no longer on hold (status: success)")),
                 qPrintable(again->message));
        QCOMPARE(m_sim.count("POST"), 1);
        // The refused second try is recorded too, with what it would have released, and nothing was sent.
        const auto records = m_audit->readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), std::size_t(3));
        QCOMPARE(records->at(2).event, QStringLiteral("refused"));
        QCOMPARE(records->at(2).note, QStringLiteral("second"));
        QVERIFY(records->at(2).result.contains(QLatin1String("no longer on hold")));
        QCOMPARE(records->at(2).commitSha, records->at(0).commitSha);
    }

    void neverTwiceWhileInFlight()
    {
        const QString held = m_sim.heldApprovals().first();
        std::optional<DecisionResult> first, second;
        m_service->decide(gateId(held), Decision::Approve, QStringLiteral("a"),
                          [&](const DecisionResult &r) { first = r; });
        m_service->decide(gateId(held), Decision::Approve, QStringLiteral("b"),
                          [&](const DecisionResult &r) { second = r; });
        QVERIFY(second.has_value()); // refused at once
        QCOMPARE(second->kind, DecisionOutcome::Kind::Refused);
        QTRY_VERIFY(first.has_value());
        QCOMPARE(first->kind, DecisionOutcome::Kind::Done);
        QCOMPARE(m_sim.count("POST"), 1);
    }

    void unwritableAuditLogSendsNothing()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AuditLog broken(m_dir.filePath(QStringLiteral("blocker/audit.jsonl")));
        DecisionService service(&broken);
        service.addProvider(m_provider.get());
        std::optional<DecisionResult> result;
        service.decide(gateId(m_sim.heldApprovals().first()), Decision::Approve, QStringLiteral("x"),
                       [&](const DecisionResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Failed);
        QVERIFY(!result->sent);
        QVERIFY2(result->message.contains(QLatin1String("audit log cannot be written, so nothing was sent")),
                 qPrintable(result->message));
        QCOMPARE(m_sim.count("POST"), 0);
    }

    // The lock can be taken but the log itself cannot be appended to (here its path is a folder; as root a
    // read-only file would still be written): the gate is read, nothing is sent.
    void aLogThatRefusesTheIntentSendsNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("a-folder.jsonl"));
        QVERIFY(QDir().mkpath(path));
        AuditLog broken(path);
        DecisionService service(&broken);
        service.addProvider(m_provider.get());
        const QString held = m_sim.heldApprovals().first();
        std::optional<DecisionResult> result;
        service.decide(gateId(held), Decision::Approve, QStringLiteral("x"),
                       [&](const DecisionResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock"))); // the lock was taken
        QVERIFY(m_sim.count("GET") > 0);                            // the gate was read
        QCOMPARE(result->kind, DecisionOutcome::Kind::Failed);
        QVERIFY(!result->sent);
        QVERIFY2(result->message.contains(QLatin1String("audit log cannot be written, so nothing was sent")),
                 qPrintable(result->message));
        QCOMPARE(m_sim.count("POST"), 0);
        QCOMPARE(m_sim.jobStatus(held.section(u'/', 1, 1)), QStringLiteral("on_hold"));
    }

    void unknownOutcomeIsVerifiedNotResent()
    {
        // The server carries out the approval, then the connection drops before the answer.
        glsim::Fault f;
        f.method = "POST";
        f.reset = true;
        m_sim.addFault(f);
        const QString held = m_sim.heldApprovals().first();
        const auto result = decide(held, Decision::Approve, QStringLiteral("go"));
        QVERIFY(result.has_value());
        QVERIFY2(result->kind == DecisionOutcome::Kind::Done, qPrintable(result->message));
        QVERIFY2(result->message.contains(QLatin1String("confirmed by reading it again")),
                 qPrintable(result->message));
        QCOMPARE(m_sim.count("POST"), 1);
        const auto records = m_audit->readAll();
        QCOMPARE(records->size(), std::size_t(3));
        QCOMPARE(records->at(1).result, QStringLiteral("unknown"));
        QCOMPARE(records->at(2).event, QStringLiteral("verified"));
        QVERIFY2(
            records->at(2).result.startsWith(QStringLiteral("no longer waiting for this decision (success)")),
            qPrintable(records->at(2).result));
    }

    // A run killed between an intent and its answer leaves the intent open; the next start reads each such
    // gate again and records what the server says, without sending anything.
    void danglingIntentsAreCompletedAtTheNextStart()
    {
        const QStringList held = m_sim.heldApprovals();
        QVERIFY(held.size() >= 2);
        auto intentFor = [&](const QString &gate) {
            AuditRecord r;
            r.event = QStringLiteral("intent");
            r.server = QStringLiteral("sim");
            r.gateId = gate;
            r.decision = QStringLiteral("approve");
            r.note = QStringLiteral("killed");
            return m_audit->append(r);
        };
        // Not sent: the gate still holds. Sent and carried out (by a run whose answer was lost): it no
        // longer holds. A server no longer configured: left open.
        const auto notSent = intentFor(gateId(held.at(0)));
        const auto carriedOut = intentFor(gateId(held.at(1)));
        const auto elsewhere = intentFor(QStringLiteral("gone/workflow/w/approval/j"));
        QVERIFY(notSent && carriedOut && elsewhere);
        {
            AuditLog other(m_dir.filePath(QStringLiteral("other-%1.jsonl").arg(m_n)));
            DecisionService sender(&other);
            sender.addProvider(m_provider.get());
            std::optional<DecisionResult> r;
            sender.decide(gateId(held.at(1)), Decision::Approve, QStringLiteral("x"),
                          [&](const DecisionResult &d) { r = d; });
            QTRY_VERIFY(r.has_value());
            QCOMPARE(r->kind, DecisionOutcome::Kind::Done);
        }
        QCOMPARE(AuditLog::danglingIntents(*m_audit->readAll()).size(), std::size_t(3));
        m_sim.clearRequests();

        std::optional<RecoveryReport> report;
        m_service->completeDangling([&](const RecoveryReport &r) { report = r; });
        QTRY_VERIFY(report.has_value());
        QVERIFY2(report->problem.isEmpty(), qPrintable(report->problem));
        QCOMPARE(m_sim.count("POST"), 0);
        QCOMPARE(report->verified.size(), std::size_t(2));
        QCOMPARE(report->stillUnknown.size(), std::size_t(1));
        QCOMPARE(report->stillUnknown.front().seq, elsewhere->seq);
        std::map<qint64, QString> found;
        for (const AuditRecord &v : report->verified) {
            QCOMPARE(v.event, QStringLiteral("verified"));
            found[v.intentSeq] = v.result;
        }
        QVERIFY2(found[notSent->seq].startsWith(QLatin1String("still waiting (")),
                 qPrintable(found[notSent->seq]));
        QVERIFY2(found[carriedOut->seq].startsWith(QLatin1String("no longer waiting for this decision")),
                 qPrintable(found[carriedOut->seq]));
        QCOMPARE(m_sim.jobStatus(held.at(0).section(u'/', 1, 1)), QStringLiteral("on_hold"));
        const auto after = m_audit->readAll();
        QVERIFY(after.has_value());
        const auto open = AuditLog::danglingIntents(*after);
        QCOMPARE(open.size(), std::size_t(1));
        QCOMPARE(open.front().seq, elsewhere->seq);
        QVERIFY(m_audit->verify().has_value());

        // A second start finds nothing more to do for the gates it can read.
        report.reset();
        m_sim.clearRequests();
        m_service->completeDangling([&](const RecoveryReport &r) { report = r; });
        QTRY_VERIFY(report.has_value());
        QCOMPARE(report->verified.size(), std::size_t(0));
        QCOMPARE(m_sim.count("GET"), 0);
    }

    // An id that does not follow CircleCI's grammar is refused before any request: "..", read as a workflow
    // id, would make the gate's read a GET, with the token, of another path of the same host.
    void aGateIdOutsideTheGrammarSendsNothing()
    {
        m_sim.clearRequests();
        std::optional<DecisionResult> result;
        m_service->decide(QStringLiteral("sim/workflow/../approval/me"), Decision::Approve,
                          QStringLiteral("x"), [&](const DecisionResult &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->kind, DecisionOutcome::Kind::Failed);
        QVERIFY(!result->sent);
        QVERIFY2(result->message.contains(QLatin1String("is not a CircleCI gate id")),
                 qPrintable(result->message));
        QCOMPARE(m_sim.requests().size(), 0);
    }

    void serverErrorMessageIsKept()
    {
        glsim::Fault f;
        f.method = "POST";
        f.status = 403;
        m_sim.addFault(f);
        const auto result = decide(m_sim.heldApprovals().first(), Decision::Approve, QStringLiteral("go"));
        QCOMPARE(result->kind, DecisionOutcome::Kind::Refused);
        QCOMPARE(result->serverMessage, QStringLiteral("Simulated failure"));
        QVERIFY2(result->message.contains(QLatin1String("HTTP 403: Simulated failure")),
                 qPrintable(result->message));
        const auto records = m_audit->readAll();
        QCOMPARE(records->back().serverMessage, QStringLiteral("Simulated failure"));
        QCOMPARE(records->back().result, QStringLiteral("refused"));
    }

private:
    QString gateId(const QString &held) const
    {
        return QStringLiteral("sim/workflow/") + held.section(u'/', 0, 0) + QStringLiteral("/approval/") +
               held.section(u'/', 1, 1);
    }

    std::optional<DecisionResult> decide(const QString &held, Decision decision, const QString &note)
    {
        auto result = std::make_shared<std::optional<DecisionResult>>(); // outlives a failed wait
        m_service->decide(gateId(held), decision, note, [result](const DecisionResult &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 15000);
        return *result;
    }

    glsim::Simulator m_sim;
    HttpClient m_http;
    std::unique_ptr<CircleCiProvider> m_provider;
    QTemporaryDir m_dir;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<DecisionService> m_service;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
