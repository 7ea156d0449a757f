// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The command line, run as its own process against the simulator over loopback.

#include "appversion.h"
#include "audit/auditlog.h"
#include "simulator.h"
#include "testsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using gltest::json;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_other.listenLocal() != 0);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        QVERIFY(m_other.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearRequests();
        m_other.clearRequests();
        m_config = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        m_audit = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n));
        QVERIFY(
            gltest::writeFile(m_config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                            QStringLiteral("gh/acme/web")})));
    }

    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        // The whole line: the name, the version (from git where it can, cmake/GreenlightVersion.cmake) and
        // nothing else.
        QCOMPARE(r.out, QStringLiteral("greenlight ") + QString::fromLatin1(gl::appinfo::version) + u'\n');
        // A Debian upstream version that starts with the project's: 0.1.0 on its tag, else 0.1.0+g1a2b3c4.
        const QString version = QString::fromLatin1(gl::appinfo::version);
        QVERIFY2(version.startsWith(QLatin1String(GL_PROJECT_VERSION)), qPrintable(version));
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9][A-Za-z0-9.+~]*$")).match(version).hasMatch(),
                 qPrintable(version));
        QVERIFY(r.err.isEmpty());
    }

    void listJsonFindsExactlyTheHeldApprovalJobs()
    {
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const json array = json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY(array.is_array());
        QStringList got;
        for (const auto &g : array) {
            got.append(QString::fromStdString(g["id"].get<std::string>()));
            QVERIFY(g["server"] == "sim");
            QVERIFY(g["provider"] == "circleci");
            QVERIFY(g["kind"] == "approval-job");
            QVERIFY(g["status"] == "on_hold");
            QVERIFY(g["approvals"]["given"] == 0);
            QVERIFY(g["approvals"]["required"] == 1);
            QVERIFY(g["can_approve"] == true);
            QVERIFY(g["pipeline"]["number"].is_number_integer());
            QVERIFY(g["created_at"].is_string());
            QVERIFY(g["url"].is_string());
            QVERIFY(g.contains("workflow") && g.contains("environment") && g.contains("requested_by") &&
                    g.contains("project") && g.contains("name"));
        }
        got.sort();
        QCOMPARE(got, expectedIds());
    }

    void listForPeople()
    {
        const Run r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        for (const QString &id : expectedIds()) {
            QVERIFY2(r.out.contains(id), qPrintable(r.out));
        }
        QVERIFY(r.out.contains(QLatin1String("gh/acme/web #9 (release/1.0) / deploy / approve-eu")));
    }

    void approveSendsExactlyOneRequestAndAudits()
    {
        const QString held = m_sim.heldApprovals().first();
        const Run r = run({QStringLiteral("approve"), gateId(held), QStringLiteral("--note"),
                           QStringLiteral("Ship it, Zoë"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_sim.count("POST"), 1);
        const auto post = findPost();
        QCOMPARE(post.path, QStringLiteral("/api/v2/workflow/") + held.section(u'/', 0, 0) +
                                QStringLiteral("/approve/") + held.section(u'/', 1, 1));
        QCOMPARE(post.authorization, QByteArray("Bearer t0ken"));
        QCOMPARE(m_sim.jobStatus(held.section(u'/', 1, 1)), QStringLiteral("success"));
        const Run verify = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.code, 0);
        QVERIFY2(verify.out.contains(QLatin1String("2 records, hash chain intact")), qPrintable(verify.out));
        const Run exported = run({QStringLiteral("audit"), QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(exported.code, 0);
        const json records = json::parse(exported.out.toStdString(), nullptr, false);
        QCOMPARE(records.size(), std::size_t(2));
        QVERIFY(records[0]["event"] == "intent");
        QVERIFY(records[0]["note"] == "Ship it, Zoë");
        QVERIFY(records[1]["http_status"] == 202);
        QVERIFY(exported.out.indexOf(QLatin1String("t0ken")) < 0); // the token never reaches the log
        const Run csv = run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("csv")});
        QCOMPARE(csv.code, 0);
        QCOMPARE(csv.out.count(u'\n'), 3);
        QVERIFY(csv.out.contains(QStringLiteral("\"Ship it, Zoë\"")));
    }

    void rejectSendsExactlyOneCancel()
    {
        const QString held = m_sim.heldApprovals().first();
        const Run r = run({QStringLiteral("reject"), gateId(held), QStringLiteral("--note"),
                           QStringLiteral("Freeze"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_sim.count("POST"), 1);
        QCOMPARE(findPost().path,
                 QStringLiteral("/api/v2/jobs/") + held.section(u'/', 1, 1) + QStringLiteral("/cancel"));
        QCOMPARE(m_sim.jobStatus(held.section(u'/', 1, 1)), QStringLiteral("canceled"));
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void alreadyDecidedIsRefusedWithoutSending()
    {
        const QString held = m_sim.heldApprovals().first();
        QCOMPARE(run({QStringLiteral("approve"), gateId(held), QStringLiteral("--note"), QStringLiteral("a"),
                      QStringLiteral("--yes")})
                     .code,
                 0);
        const Run again = run({QStringLiteral("approve"), gateId(held), QStringLiteral("--note"),
                               QStringLiteral("b"), QStringLiteral("--yes")});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QLatin1String("no longer on hold (status: success)")),
                 qPrintable(again.err));
        QCOMPARE(m_sim.count("POST"), 1);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no --yes, stdin not a terminal")
            << QStringList{QStringLiteral("approve"), QStringLiteral("ID"), QStringLiteral("--note"),
                           QStringLiteral("x")}
            << QStringLiteral("standard input is not a terminal");
        QTest::newRow("no note") << QStringList{QStringLiteral("reject"),
                                                QStringLiteral("sim/workflow/a/approval/b"),
                                                QStringLiteral("--yes")}
                                 << QStringLiteral("needs --note");
        QTest::newRow("unknown server")
            << QStringList{QStringLiteral("approve"), QStringLiteral("nope/workflow/a/approval/b"),
                           QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--yes")}
            << QStringLiteral("no configured server is named \"nope\"");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--jsn")}
                                        << QStringLiteral("Unknown option 'jsn'");
        QTest::newRow("audit without verb")
            << QStringList{QStringLiteral("audit")} << QStringLiteral("usage: greenlight audit");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(m_sim.count("POST"), 0);
    }

    void obeysRetryAfter()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/project/gh/acme/api/pipeline");
        f.status = 429;
        f.retryAfter = "1";
        m_sim.addFault(f);
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QList<QDateTime> times;
        for (const auto &req : m_sim.requests()) {
            if (req.path == QLatin1String("/api/v2/project/gh/acme/api/pipeline")) {
                times.append(req.time);
            }
        }
        QCOMPARE(times.size(), 2);
        QVERIFY2(times[0].msecsTo(times[1]) >= 950, qPrintable(QString::number(times[0].msecsTo(times[1]))));
        QCOMPARE(json::parse(r.out.toStdString()).size(), std::size_t(3));
    }

    void redirectToAnotherHostCarriesNoAuthorization()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/project/gh/acme/api/pipeline");
        f.redirectTo = QStringLiteral("http://localhost:%1").arg(m_other.baseUrl().port());
        m_sim.addFault(f);
        const Run r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(m_other.count("GET") >= 1);
        for (const auto &req : m_other.requests()) {
            QVERIFY(req.authorization.isEmpty());
            QVERIFY(req.circleToken.isEmpty());
        }
        QVERIFY2(r.err.contains(QLatin1String("HTTP 401")), qPrintable(r.err));
    }

    void plainHttpToRemoteHostIsRefused()
    {
        QVERIFY(gltest::writeFile(m_config, gltest::configFor(QUrl(QStringLiteral("http://ci.example.com")),
                                                              {QStringLiteral("gh/a/b")})));
        const Run r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("plain http:// is allowed only to loopback")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(m_config));
    }

    void missingTokenIsAConfigurationError()
    {
        QVERIFY(gltest::writeFile(
            m_config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")}, "GL_UNSET_TOKEN")));
        const Run r = run({QStringLiteral("list")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("environment variable GL_UNSET_TOKEN")), qPrintable(r.err));
        QCOMPARE(m_sim.requests().size(), 0);
    }

    void serverErrorsExitOneWithTheReason()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/project/gh/acme/web/pipeline");
        f.body = QStringLiteral("html");
        m_sim.addFault(f);
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("server sim: project gh/acme/web")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("HTML page titled \"502 Bad Gateway\"")), qPrintable(r.err));
        QCOMPARE(json::parse(r.out.toStdString()).size(), std::size_t(1)); // gh/acme/api was still read
    }

    // Every error class of every provider: exit 1, the server and the error named, never "Nothing waits".
    void listNamesEveryErrorClass_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("reset");
        QTest::addColumn<QString>("expected");
        for (const QString &provider : {QStringLiteral("circleci"), QStringLiteral("gitlab")}) {
            const auto row = [&](const char *name) -> QTestData & {
                return QTest::newRow(qPrintable(provider + u'/' + QLatin1String(name)));
            };
            row("401") << provider << 401 << QString() << false << QStringLiteral("HTTP 401");
            row("403") << provider << 403 << QString() << false << QStringLiteral("HTTP 403");
            row("404 project") << provider << 404 << QString() << false << QStringLiteral("HTTP 404");
            row("429 Retry-After") << provider << 429 << QString() << false << QStringLiteral("HTTP 429");
            row("503") << provider << 503 << QString() << false << QStringLiteral("HTTP 503");
            row("reset") << provider << 0 << QString() << true << QStringLiteral("closed");
            row("truncated") << provider << 0 << QStringLiteral("truncated") << false
                             << QStringLiteral("JSON");
            row("html") << provider << 0 << QStringLiteral("html") << false << QStringLiteral("HTML page");
            row("not json") << provider << 0 << QStringLiteral("not_json") << false
                            << QStringLiteral("invalid JSON");
        }
    }
    void listNamesEveryErrorClass()
    {
        QFETCH(QString, provider);
        QFETCH(int, status);
        QFETCH(QString, body);
        QFETCH(bool, reset);
        QFETCH(QString, expected);
        const bool gitlab = provider == QLatin1String("gitlab");
        glsim::Simulator &sim = gitlab ? m_other : m_sim;
        if (gitlab) {
            QVERIFY(m_other.loadScenario(gltest::gitlabScenario()).isEmpty());
            qputenv("GL_GITLAB_TOKEN", "gl-t0ken");
            QVERIFY(gltest::writeFile(m_config,
                                      gltest::configFor(m_other.baseUrl(), {QStringLiteral("acme/api")},
                                                        "GL_GITLAB_TOKEN", QStringLiteral("gl"), "gitlab")));
        }
        glsim::Fault f;
        f.path = gitlab ? QStringLiteral("/deployments") : QStringLiteral("/pipeline");
        f.status = status;
        f.body = body;
        f.reset = reset;
        f.retryAfter = status == 429 ? "120" : "";
        f.times = -1;
        sim.addFault(f);
        const Run r = run({QStringLiteral("list")});
        sim.clearFaults();
        QCOMPARE(r.code, 1);
        const QString server = gitlab ? QStringLiteral("gl") : QStringLiteral("sim");
        QVERIFY2(r.err.contains(QStringLiteral("server %1: project ").arg(server)), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QLatin1String("Nothing waits")), qPrintable(r.out));
    }

    // A server that answers every request late, each within the request's own limits, cannot hold a poll
    // past its deadline: list stops, exits 1, names the server and the setting, and lists nothing.
    void aPollPastItsDeadlineIsStopped()
    {
        json config = json::parse(
            gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")})
                .toStdString());
        config["servers"][0]["poll_deadline_s"] = 1;
        QVERIFY(gltest::writeFile(m_config, QByteArray::fromStdString(config.dump())));
        glsim::Fault f;
        f.path = QStringLiteral("/pipeline");
        f.delayMs = 4000;
        f.times = -1;
        m_sim.addFault(f);
        const Run r = run({QStringLiteral("list")});
        m_sim.clearFaults();
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("server sim: the poll did not finish within 1 s (poll_deadline_s) "
                                         "and was stopped")),
            qPrintable(r.err));
        QVERIFY2(!r.out.contains(QLatin1String("Nothing waits")), qPrintable(r.out));
    }

    // A page of a listing larger than its endpoint's limit (8 MiB, below the client's 16 MiB) fails that
    // project, and says which answer and how large it may be.
    void anAnswerPastItsEndpointsLimitIsAnError()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/project/gh/acme/web/pipeline");
        f.padBytes = 9 * 1024 * 1024;
        m_sim.addFault(f);
        const Run r = run({QStringLiteral("list"), QStringLiteral("--json")});
        m_sim.clearFaults();
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(
                     QLatin1String("server sim: project gh/acme/web: /api/v2/project/gh/acme/web/pipeline "
                                   "the answer from 127.0.0.1 is larger than 8.0 MiB")),
                 qPrintable(r.err));
        QCOMPARE(json::parse(r.out.toStdString()).size(), std::size_t(1)); // gh/acme/api was still read
    }

    // Two terminals approving the same gate at once: one POST. The second reads the gate only after the
    // first has recorded its outcome, and finds it decided.
    void twoConcurrentApprovalsSendOnePost()
    {
        const QString id = gateId(m_sim.heldApprovals().first());
        glsim::Fault
            slow; // reading the jobs is slow, so that both runs would read "on hold" without the lock
        slow.method = "GET";
        slow.path = QStringLiteral("/job");
        slow.delayMs = 700;
        slow.times = -1;
        m_sim.addFault(slow);
        QList<QProcess *> runs;
        for (int i = 0; i < 2; ++i) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GL_TEST_TOKEN"), QStringLiteral("t0ken"));
            p->setProcessEnvironment(env);
            p->start(QStringLiteral(GL_BINARY),
                     {QStringLiteral("approve"), id, QStringLiteral("--note"),
                      QStringLiteral("run %1").arg(i), QStringLiteral("--yes"), QStringLiteral("--config"),
                      m_config, QStringLiteral("--audit-log"), m_audit});
            runs.append(p);
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(runs.begin(), runs.end(),
                                   [](QProcess *p) { return p->state() == QProcess::NotRunning; });
            },
            60000));
        m_sim.clearFaults();
        QCOMPARE(m_sim.count("POST"), 1);
        QList<int> codes{runs[0]->exitCode(), runs[1]->exitCode()};
        std::sort(codes.begin(), codes.end());
        QCOMPARE(codes, (QList<int>{0, 1}));
        const QString errors =
            QString::fromUtf8(runs[0]->readAllStandardError() + runs[1]->readAllStandardError());
        QVERIFY2(errors.contains(QLatin1String("no longer on hold")), qPrintable(errors));
        const auto records = gl::AuditLog(m_audit).readAll();
        QVERIFY(records.has_value());
        QStringList events;
        for (const auto &r : *records) {
            events.append(r.event);
        }
        QCOMPARE(events, (QStringList{QStringLiteral("intent"), QStringLiteral("outcome"),
                                      QStringLiteral("refused")}));
        qDeleteAll(runs);
    }

    void unwritableAuditLogSendsNothing()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker-%1").arg(m_n));
        QVERIFY(gltest::writeFile(blocker, "x"));
        const Run r = run({QStringLiteral("approve"), gateId(m_sim.heldApprovals().first()),
                           QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--yes"),
                           QStringLiteral("--audit-log"), blocker + QStringLiteral("/audit.jsonl")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("audit log cannot be written, so nothing was sent")),
                 qPrintable(r.err));
        QCOMPARE(m_sim.count("POST"), 0);
    }

    void tamperedAuditLogFailsVerification()
    {
        QCOMPARE(run({QStringLiteral("approve"), gateId(m_sim.heldApprovals().first()),
                      QStringLiteral("--note"), QStringLiteral("original"), QStringLiteral("--yes")})
                     .code,
                 0);
        QFile f(m_audit);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("original", "innocent");
        QVERIFY(gltest::writeFile(m_audit, text));
        const Run r = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 1 (record 1) was altered")), qPrintable(r.err));
    }

    // Without --config and --audit-log: $XDG_CONFIG_HOME/greenlight/servers.json and
    // $XDG_DATA_HOME/greenlight/audit.jsonl, not the doubled greenlight/greenlight of earlier versions.
    void defaultPathsAreTheXdgOnes()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString config = home.filePath(QStringLiteral("config/greenlight/servers.json"));
        QVERIFY(QDir().mkpath(QFileInfo(config).absolutePath()));
        QVERIFY(
            gltest::writeFile(config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                          QStringLiteral("gh/acme/web")})));
        const Run r =
            runIn(home.path(), {QStringLiteral("approve"), gateId(m_sim.heldApprovals().first()),
                                QStringLiteral("--note"), QStringLiteral("x"), QStringLiteral("--yes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("Moved")), qPrintable(r.err));
        QCOMPARE(m_sim.count("POST"), 1);

        const QString audit = home.filePath(QStringLiteral("data/greenlight/audit.jsonl"));
        QFile f(audit);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(audit));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const json intent = json::parse(lines[0].toStdString(), nullptr, false);
        const json outcome = json::parse(lines[1].toStdString(), nullptr, false);
        QVERIFY(intent["event"] == "intent");
        QVERIFY(intent["note"] == "x");
        QVERIFY(outcome["event"] == "outcome");
        QVERIFY(outcome["result"] == "done");
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("config/greenlight/greenlight"))));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/greenlight/greenlight"))));

        // `audit verify` finds the same log by default.
        const Run verify = runIn(home.path(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(verify.code, 0);
        QVERIFY2(verify.out.contains(audit + QStringLiteral(": 2 records")), qPrintable(verify.out));
    }

    // A servers.json left at the doubled path by an earlier version is moved to the right place, once.
    void movesServersJsonFromTheDoubledFolder()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString old = home.filePath(QStringLiteral("config/greenlight/greenlight/servers.json"));
        const QString config = home.filePath(QStringLiteral("config/greenlight/servers.json"));
        QVERIFY(QDir().mkpath(QFileInfo(old).absolutePath()));
        QVERIFY(gltest::writeFile(old, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                           QStringLiteral("gh/acme/web")})));
        const Run r = runIn(home.path(), {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("greenlight: Moved %1 to %2").arg(old, config)),
                 qPrintable(r.err));
        QVERIFY(QFileInfo::exists(config));
        QVERIFY(!QFileInfo::exists(old));
        const json array = json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY(array.is_array());
        QCOMPARE(array.size(), std::size_t(expectedIds().size()));

        const Run again = runIn(home.path(), {QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(!again.err.contains(QLatin1String("greenlight: ")), qPrintable(again.err)); // nothing to say
    }

    void simulatorRunsOnItsOwn()
    {
        QProcess sim;
        sim.start(QStringLiteral(GL_BINARY),
                  {QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0")});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY(sim.canReadLine());
        const QString line = QString::fromUtf8(sim.readLine());
        QVERIFY2(line.startsWith(QLatin1String("Simulator listening on http://127.0.0.1:")),
                 qPrintable(line));
        const QUrl base(line.section(u' ', 3, 3));
        QVERIFY(base.port() > 0);
        QVERIFY(gltest::writeFile(m_config,
                                  gltest::configFor(base, {QStringLiteral("gh/acme/api")}, "GL_DEMO_TOKEN")));
        qputenv("GL_DEMO_TOKEN", "demo");
        QNetworkAccessManager nam;
        auto call = [&](const QByteArray &verb, const char *path, const QByteArray &body = {}) {
            QUrl url = base;
            url.setPath(QString::fromLatin1(path));
            QNetworkRequest req(url);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
            (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
            reply->deleteLater();
            return json::parse(reply->readAll().toStdString(), nullptr, false);
        };
        QVERIFY(call("POST", "/_sim/faults", R"([{"path":"/pipeline","status":503,"times":1}])")["faults"] ==
                1);
        Run first = run({QStringLiteral("list")});
        QCOMPARE(first.code, 1); // the 503 without Retry-After is reported, not waited out
        QVERIFY2(first.err.contains(QLatin1String("HTTP 503")), qPrintable(first.err));
        Run second = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(second.code, 0);
        QVERIFY(json::parse(second.out.toStdString()).size() >= 1); // the demo's api project holds
        const json requests = call("GET", "/_sim/requests");
        QVERIFY(requests["count"].get<int>() >= 3);
        QVERIFY(requests["requests"][0]["authorized_with"] == "Bearer");
        sim.terminate();
        QTRY_VERIFY(sim.state() == QProcess::NotRunning);
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(QString::fromUtf8(sim.readAllStandardOutput())
                    .contains(QLatin1String("Simulator stopped after")));
    }

private:
    Run run(const QStringList &args)
    {
        QStringList full = args;
        if (!args.contains(QStringLiteral("--version"))) {
            full << QStringLiteral("--config") << m_config;
            if (!args.contains(QStringLiteral("--audit-log"))) {
                full << QStringLiteral("--audit-log") << m_audit;
            }
        }
        return runIn(m_dir.path(), full);
    }

    // Runs with exactly these arguments, HOME at `home` and the XDG folders under it.
    Run runIn(const QString &home, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GL_TEST_TOKEN"), QStringLiteral("t0ken"));
        env.remove(QStringLiteral("GL_UNSET_TOKEN"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GL_BINARY), args);
        p.closeWriteChannel();
        Run r;
        // The simulator lives in this process: keep its event loop turning while the CLI runs.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timed out");
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString gateId(const QString &held) const
    {
        return QStringLiteral("sim/workflow/") + held.section(u'/', 0, 0) + QStringLiteral("/approval/") +
               held.section(u'/', 1, 1);
    }

    QStringList expectedIds() const
    {
        QStringList ids;
        for (const QString &held : m_sim.heldApprovals()) {
            ids.append(gateId(held));
        }
        ids.sort();
        return ids;
    }

    glsim::RecordedRequest findPost() const
    {
        for (const auto &r : m_sim.requests()) {
            if (r.method == "POST") {
                return r;
            }
        }
        return {};
    }

    glsim::Simulator m_sim;
    glsim::Simulator m_other;
    QTemporaryDir m_dir;
    QString m_config;
    QString m_audit;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
