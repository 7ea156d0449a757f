// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// A decision whose process dies: the audit log stays whole, nothing the server carried out goes unrecorded,
// and the next start completes every intent left without an outcome. The `greenlight` binary is killed with
// SIGKILL at random points while it approves gates against the simulator in this process.

#include "audit/auditlog.h"
#include "simulator.h"
#include "testsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>

using namespace gl;

class TestKilled : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_dir.isValid());
        qputenv("GL_TEST_TOKEN", "t0ken");
        m_config = m_dir.filePath(QStringLiteral("servers.json"));
        QVERIFY(
            gltest::writeFile(m_config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                            QStringLiteral("gh/acme/web")})));
    }

    // An intent written by hand, as a run killed before its answer leaves it: `list` completes it and says
    // so.
    void theNextStartCompletesAnIntentAndSaysSo()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        const QString audit = m_dir.filePath(QStringLiteral("by-hand.jsonl"));
        const QString held = m_sim.heldApprovals().first();
        AuditRecord intent;
        intent.event = QStringLiteral("intent");
        intent.server = QStringLiteral("sim");
        intent.gateId = gltest::circleGateId(held);
        intent.summary = QStringLiteral("acme/api #7 hold");
        intent.decision = QStringLiteral("approve");
        intent.note = QStringLiteral("killed");
        QVERIFY(AuditLog(audit).append(intent).has_value());
        m_sim.clearRequests();

        const gltest::CliRun r = gltest::runCli({QStringLiteral("list")}, m_dir.path(), m_config, audit);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QLatin1String("An earlier run stopped before the answer to the decision to "
                                              "approve acme/api #7 hold (audit record 1)")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("still waiting (")), qPrintable(r.err));
        QCOMPARE(m_sim.count("POST"), 0);
        QCOMPARE(m_sim.jobStatus(held.section(u'/', 1, 1)), QStringLiteral("on_hold"));
        const auto records = AuditLog(audit).readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), std::size_t(2));
        QCOMPARE(records->at(1).event, QStringLiteral("verified"));
        QCOMPARE(records->at(1).intentSeq, qint64(1));
        // Said once: the next start has nothing to complete.
        const gltest::CliRun again = gltest::runCli({QStringLiteral("list")}, m_dir.path(), m_config, audit);
        QCOMPARE(again.code, 0);
        QVERIFY2(!again.err.contains(QLatin1String("earlier run")), qPrintable(again.err));
    }

    void killedAtRandomPointsLosesNothing()
    {
        const QString audit = m_dir.filePath(QStringLiteral("killed.jsonl"));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        int killedBeforeEnd = 0;
        int carriedOutUnanswered = 0;
        constexpr int rounds = 40;
        for (int round = 0; round < rounds; ++round) {
            QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
            m_sim.clearFaults();
            m_sim.clearRequests();
            // The answer to the POST comes late, so that a kill lands before the request, between it and its
            // answer, or after.
            glsim::Fault late;
            late.method = "POST";
            late.delayMs = static_cast<int>(random.bounded(400));
            m_sim.addFault(late);
            const QString held = m_sim.heldApprovals().first();
            const auto before = AuditLog(audit).readAll();
            QVERIFY(before.has_value());
            const std::size_t earlier = before->size();
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HOME"), m_dir.path());
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(GL_BINARY),
                    {QStringLiteral("approve"), gltest::circleGateId(held), QStringLiteral("--note"),
                     QStringLiteral("round %1").arg(round), QStringLiteral("--yes"),
                     QStringLiteral("--config"), m_config, QStringLiteral("--audit-log"), audit});
            QVERIFY(p.waitForStarted());
            const int killAfter = static_cast<int>(random.bounded(600));
            // Up to killAfter ms, the simulator answering meanwhile (the kill point is real time by design).
            (void)QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, killAfter);
            if (p.state() != QProcess::NotRunning) {
                ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
                ++killedBeforeEnd;
            }
            QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000));
            const bool posted = m_sim.count("POST") > 0;

            // The next start: it completes what was left open, and sends nothing.
            m_sim.clearRequests();
            const gltest::CliRun next =
                gltest::runCli({QStringLiteral("list")}, m_dir.path(), m_config, audit);
            QVERIFY2(next.code == 0, qPrintable(next.err));
            QCOMPARE(m_sim.count("POST"), 0);

            const auto check = AuditLog(audit).check();
            QVERIFY2(check.intact(), qPrintable(check.problem));
            QVERIFY2(AuditLog::danglingIntents(check.records).empty(), qPrintable(next.err));
            // What the server carried out is in the log: an intent for the gate, completed by an outcome or
            // by a verification that found the gate no longer waiting.
            std::map<qint64, const AuditRecord *> intents;
            const AuditRecord *completion = nullptr;
            for (std::size_t i = earlier; i < check.records.size(); ++i) {
                const AuditRecord &r = check.records[i];
                if (r.gateId != gltest::circleGateId(held)) {
                    continue;
                }
                if (r.event == QLatin1String("intent")) {
                    intents[r.seq] = &r;
                } else if (r.event == QLatin1String("outcome") || r.event == QLatin1String("verified")) {
                    completion = &r;
                }
            }
            if (posted) {
                QVERIFY2(!intents.empty(),
                         qPrintable(QStringLiteral("round %1: a POST with no intent").arg(round)));
                QVERIFY2(completion,
                         qPrintable(QStringLiteral("round %1: a POST with no outcome").arg(round)));
                QVERIFY2(completion->result == QLatin1String("done") ||
                             completion->result.startsWith(QLatin1String("no longer waiting")),
                         qPrintable(completion->result));
                if (completion->event == QLatin1String("verified")) {
                    ++carriedOutUnanswered;
                }
            } else if (completion) {
                QVERIFY2(!completion->result.startsWith(QLatin1String("no longer waiting")),
                         qPrintable(completion->result));
            }
        }
        qInfo(
            "%d of %d runs killed before they ended; %d approvals carried out without their answer recorded",
            killedBeforeEnd, rounds, carriedOutUnanswered);
        QVERIFY(killedBeforeEnd > 0);
    }

private:
    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
