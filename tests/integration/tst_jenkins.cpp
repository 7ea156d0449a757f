// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Jenkins end to end: provider, decisions and the CLI against the simulator's Jenkins over loopback.

#include "config/credentialstore.h"
#include "decisions.h"
#include "jenkinssim.h"
#include "providers/jenkins/jenkinsprovider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using gltest::json;

namespace {

const QString kJob = QStringLiteral("release/payments api");
const QString kBase = QStringLiteral("jk/job/release/job/payments%20api/");

} // namespace

class TestJenkins : public QObject
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
        qputenv("GL_JENKINS_TOKEN", "jk-t0ken");
        load(gltest::jenkinsScenario());
    }

    void cleanup() { m_session.reset(); }

    // A gate per input a paused build waits on, with its message, submitters and parameters; a folder path
    // with a space in it.
    void listsEveryPendingInput()
    {
        const auto r = poll();
        QVERIFY(r.has_value());
        QVERIFY2(r->ok(), qPrintable(r->error));
        QCOMPARE(r->gates.size(), std::size_t(3));
        const Gate *plain = find(*r, kBase + QStringLiteral("42/input/Deploy"));
        const Gate *params = find(*r, kBase + QStringLiteral("41/input/Release"));
        const Gate *notMine = find(*r, kBase + QStringLiteral("40/input/Audit"));
        QVERIFY(plain && params && notMine);
        QCOMPARE(plain->provider, QStringLiteral("jenkins"));
        QCOMPARE(plain->kind, GateKind::Input);
        QCOMPARE(plain->project, kJob);
        QCOMPARE(plain->name, QStringLiteral("Deploy to production?"));
        QCOMPARE(plain->pipelineNumber, 42);
        QCOMPARE(plain->commitSha, QStringLiteral("1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"));
        QCOMPARE(plain->branch, QStringLiteral("main"));      // not the git plugin's refs/remotes/origin/main
        QCOMPARE(plain->workflow, QStringLiteral("Ship it")); // the stage it waits in, not the job again
        QVERIFY(plain->requestedBy.contains(QLatin1String("rgen")));
        QCOMPARE(plain->reviewers, (QStringList{QStringLiteral("ana"), QStringLiteral("release-managers")}));
        QVERIFY(plain->canApprove);
        QVERIFY(plain->parameters.empty());
        QVERIFY(params->canApprove); // through the group
        QCOMPARE(params->parameters.size(), std::size_t(2));
        QCOMPARE(params->parameters[0].name, QStringLiteral("TICKET"));
        QCOMPARE(params->parameters[0].defaultValue, QStringLiteral("CHG-1"));
        QCOMPARE(params->parameters[1].choices, (QStringList{QStringLiteral("eu"), QStringLiteral("us")}));
        QVERIFY(!notMine->canApprove);
        QVERIFY2(notMine->cannotApproveReason.contains(QLatin1String("jurgen")),
                 qPrintable(notMine->cannotApproveReason));
    }

    // Approve without parameters is proceedEmpty; the crumb is fetched once and sent with both POSTs of the
    // session (the simulator requires it here).
    void approveAndRejectWithOneCrumb()
    {
        QVERIFY(poll()->ok());
        const auto approved = decide(kBase + QStringLiteral("42/input/Deploy"), Decision::Approve,
                                     QStringLiteral("looks good"));
        QVERIFY(approved.has_value());
        QVERIFY2(approved->kind == DecisionOutcome::Kind::Done, qPrintable(approved->message));
        QVERIFY(lastPost().path.endsWith(QLatin1String("/42/input/Deploy/proceedEmpty")));
        const auto state = jenkins()->inputState(kJob, 42, QStringLiteral("Deploy"));
        QVERIFY(state && state->settled);
        QCOMPARE(state->outcome, QStringLiteral("proceeded"));
        QCOMPARE(state->by, QStringLiteral("ana"));
        QCOMPARE(jenkins()->buildStatus(kJob, 42), QStringLiteral("IN_PROGRESS"));

        const auto rejected = decide(kBase + QStringLiteral("41/input/Release"), Decision::Reject,
                                     QStringLiteral("wrong ticket"));
        QVERIFY2(rejected && rejected->kind == DecisionOutcome::Kind::Done, qPrintable(rejected->message));
        QVERIFY(lastPost().path.endsWith(QLatin1String("/41/input/Release/abort")));
        QCOMPARE(jenkins()->buildStatus(kJob, 41), QStringLiteral("ABORTED"));
        QCOMPARE(jenkins()->crumbsIssued(), 1);
        QCOMPARE(jenkins()->postsRefusedForCrumb(), 0);
    }

    void parametersGoWithProceed()
    {
        QVERIFY(poll()->ok());
        DecisionRequest request;
        request.gateId = kBase + QStringLiteral("41/input/Release");
        request.decision = Decision::Approve;
        request.note = QStringLiteral("EU first");
        request.parameters = {{QStringLiteral("REGION"), QStringLiteral("eu")}};
        const auto r = decide(request);
        QVERIFY2(r && r->kind == DecisionOutcome::Kind::Done, qPrintable(r ? r->message : QString()));
        QVERIFY(lastPost().path.endsWith(QLatin1String("/41/input/Release/proceed")));
        const auto state = jenkins()->inputState(kJob, 41, QStringLiteral("Release"));
        QVERIFY(state && state->settled);
        QVERIFY(state->values["REGION"] == "eu");
        QVERIFY(state->values["TICKET"] == "CHG-1"); // left out: its default
        // A parameter the input does not ask for is refused before anything is sent.
        request.gateId = kBase + QStringLiteral("42/input/Deploy");
        request.parameters = {{QStringLiteral("NOPE"), QStringLiteral("1")}};
        const int posts = m_sim.count("POST");
        const auto wrong = decide(request);
        QVERIFY(wrong && wrong->kind == DecisionOutcome::Kind::Refused);
        QCOMPARE(m_sim.count("POST"), posts);
    }

    void refusedBeforeAnyPost()
    {
        QVERIFY(poll()->ok());
        const auto notMine =
            decide(kBase + QStringLiteral("40/input/Audit"), Decision::Approve, QStringLiteral("x"));
        QVERIFY(notMine && notMine->kind == DecisionOutcome::Kind::Refused);
        QVERIFY2(notMine->message.contains(QLatin1String("jurgen")), qPrintable(notMine->message));
        QCOMPARE(m_sim.count("POST"), 0);
        QVERIFY(decide(kBase + QStringLiteral("42/input/Deploy"), Decision::Approve, QStringLiteral("go"))
                    ->kind == DecisionOutcome::Kind::Done);
        const auto again =
            decide(kBase + QStringLiteral("42/input/Deploy"), Decision::Approve, QStringLiteral("go"));
        QVERIFY(again && again->kind == DecisionOutcome::Kind::Refused);
        QVERIFY2(again->message.contains(QLatin1String("no longer waits")), qPrintable(again->message));
        QCOMPARE(m_sim.count("POST"), 1);
    }

    // Jenkins without crumbs (an API token needs none since 2.96, or CSRF protection is off) still works.
    void noCrumbNeeded()
    {
        load(gltest::jenkinsScenario(false));
        QVERIFY(poll()->ok());
        QVERIFY(decide(kBase + QStringLiteral("42/input/Deploy"), Decision::Approve, QStringLiteral("go"))
                    ->kind == DecisionOutcome::Kind::Done);
    }

    void aWrongTokenIsExplained()
    {
        qputenv("GL_JENKINS_TOKEN", "wrong");
        load(gltest::jenkinsScenario());
        const auto r = poll();
        QVERIFY(r && !r->ok());
        QVERIFY2(r->error.contains(QLatin1String("401")) && r->error.contains(QLatin1String("\"ana\"")) &&
                     r->error.contains(QLatin1String("API token")),
                 qPrintable(r->error));
        QCOMPARE(r->unreadProjects, QStringList{kJob});
    }

    // A user Jenkins does not know: a 401 names the user to check (a 403 says it was taken as anonymous), and
    // Jetty's heading that only repeats the status is not echoed.
    void anAnonymous403IsExplained()
    {
        load(gltest::jenkinsScenario(), QStringLiteral("nobody"));
        const auto r = poll();
        QVERIFY(r && !r->ok());
        QVERIFY2(
            r->error.contains(QLatin1String("\"nobody\"")) &&
                (r->error.contains(QLatin1String("401")) ||
                 (r->error.contains(QLatin1String("403")) && r->error.contains(QLatin1String("anonymous")))),
            qPrintable(r->error));
        QVERIFY2(!r->error.contains(QLatin1String("HTTP ERROR")), qPrintable(r->error));
    }

    void theUserIsRequired()
    {
        const json server = {{"name", "jk"},
                             {"provider", "jenkins"},
                             {"url", "https://ci.example.com"},
                             {"projects", json::array({"a"})}};
        const QByteArray text = QByteArray::fromStdString(json{{"servers", json::array({server})}}.dump());
        const auto config = parseConfig(text, QStringLiteral("servers.json"));
        QVERIFY(!config.has_value());
        QVERIFY2(config.error().message.contains(QLatin1String("user")), qPrintable(config.error().message));
    }

    void gateIdsAreChecked()
    {
        const auto id = parseJenkinsGateId(QStringLiteral("jk"), kBase + QStringLiteral("42/input/Deploy"));
        QVERIFY(id.has_value());
        QCOMPARE(id->job, kJob);
        QCOMPARE(id->build, 42);
        QCOMPARE(id->input, QStringLiteral("Deploy"));
        for (const char *bad :
             {"jk/job/../job/x/1/input/a", "jk/job/a/1/input/..", "jk/job/a/x/input/b",
              "jk/job/a%2Fb/1/input/c", "jk/job/a/job//1/input/c", "jk/folder/a/1/input/b"}) {
            QVERIFY2(!parseJenkinsGateId(QStringLiteral("jk"), QString::fromUtf8(bad)), bad);
        }
    }

    void theCommandLineApprovesWithAParameter()
    {
        const auto list = runCli({QStringLiteral("list")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QLatin1String("Deploy to production?")), qPrintable(list.out));
        const auto approve =
            runCli({QStringLiteral("approve"), kBase + QStringLiteral("41/input/Release"),
                    QStringLiteral("--note"), QStringLiteral("us please"), QStringLiteral("--param"),
                    QStringLiteral("REGION=us"), QStringLiteral("--yes")});
        QVERIFY2(approve.code == 0, qPrintable(approve.err));
        QVERIFY(jenkins()->inputState(kJob, 41, QStringLiteral("Release"))->values["REGION"] == "us");
        const auto badParam =
            runCli({QStringLiteral("approve"), kBase + QStringLiteral("42/input/Deploy"),
                    QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--param"),
                    QStringLiteral("oops"), QStringLiteral("--yes")});
        QCOMPARE(badParam.code, 2);
    }

private:
    glsim::JenkinsSim *jenkins() const { return m_sim.module<glsim::JenkinsSim>(); }

    void load(const json &scenario, const QString &user = QStringLiteral("ana"))
    {
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        m_sim.clearRequests();
        m_config = m_dir.filePath(QStringLiteral("jk-%1.json").arg(++m_n));
        m_audit = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n));
        QUrl root = m_sim.baseUrl();
        root.setPath(QStringLiteral("/jenkins"));
        json config =
            json::parse(gltest::configFor(root, {kJob}, "GL_JENKINS_TOKEN", QStringLiteral("jk"), "jenkins")
                            .toStdString());
        config["servers"][0]["user"] = user.toStdString();
        QVERIFY(gltest::writeFile(m_config, QByteArray::fromStdString(config.dump())));
        auto loaded = loadConfig(m_config);
        QVERIFY2(loaded.has_value(), qPrintable(loaded ? QString() : loaded.error().message));
        m_session = Session::open(*loaded, m_credentials, m_audit);
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

    std::optional<PollResult> poll()
    {
        auto result = std::make_shared<std::optional<PollResult>>(); // outlives a failed wait
        m_session->providers().front()->poll([result](const PollResult &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 30000);
        return *result;
    }

    std::optional<DecisionResult> decide(const DecisionRequest &request)
    {
        auto result = std::make_shared<std::optional<DecisionResult>>(); // outlives a failed wait
        m_session->decisions()->decide(request, [result](const DecisionResult &r) { *result = r; });
        (void)QTest::qWaitFor([&] { return result->has_value(); }, 15000);
        return *result;
    }

    std::optional<DecisionResult> decide(const QString &id, Decision decision, const QString &note)
    {
        DecisionRequest request;
        request.gateId = id;
        request.decision = decision;
        request.note = note;
        return decide(request);
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

QTEST_GUILESS_MAIN(TestJenkins)
#include "tst_jenkins.moc"
