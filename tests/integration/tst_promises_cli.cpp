// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// README promises of the command line, the simulator run on its own, the providers and the poller, each
// checked against the simulator over loopback (the `greenlight` binary as its own process where the
// promise is about the binary).

#include "clock.h"
#include "config/credentialstore.h"
#include "gatestore.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
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

// Sits between a client and the simulator and adds GitLab's RateLimit-* headers to every answer (the
// simulator does not send them). Plain HTTP/1.1 GETs only, one request per connection.
class RateLimitProxy final : public QObject
{
public:
    RateLimitProxy(QUrl target, QByteArray remaining, QByteArray reset)
        : m_target(std::move(target)), m_remaining(std::move(remaining)), m_reset(std::move(reset))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRead(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    int served = 0;

private:
    void onRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(socket);
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        QUrl url = m_target;
        const QByteArray target = first.value(1);
        const qsizetype question = target.indexOf('?');
        url.setPath(QString::fromLatin1(question < 0 ? target : target.left(question)), QUrl::TolerantMode);
        if (question >= 0) {
            url.setQuery(QString::fromLatin1(target.mid(question + 1)), QUrl::TolerantMode);
        }
        QNetworkRequest request(url);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).toLower() == "private-token") {
                request.setRawHeader("PRIVATE-TOKEN", line.mid(colon + 1).trimmed());
            }
        }
        QNetworkReply *reply = m_nam.get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply, socket = QPointer<QTcpSocket>(socket)] {
            reply->deleteLater();
            if (!socket) {
                return;
            }
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
            for (const auto &[name, value] : reply->rawHeaderPairs()) {
                const QByteArray lower = name.toLower();
                if (lower != "content-length" && lower != "connection" && lower != "transfer-encoding" &&
                    lower != "content-encoding") {
                    out += name + ": " + value + "\r\n";
                }
            }
            out += "RateLimit-Remaining: " + m_remaining + "\r\nRateLimit-Reset: " + m_reset +
                   "\r\nContent-Length: " + QByteArray::number(body.size()) +
                   "\r\nConnection: close\r\n\r\n" + body;
            ++served;
            socket->write(out);
            socket->disconnectFromHost();
        });
    }

    QTcpServer m_server;
    QNetworkAccessManager m_nam;
    QUrl m_target;
    QByteArray m_remaining;
    QByteArray m_reset;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// A one-project scenario of our own, unlike the demo's.
QByteArray soloScenario()
{
    using namespace gltest;
    json held =
        json::array({job("build", "build", "success"), job("hold", "approval", "on_hold", {"build"})});
    json project = {
        {"slug", "gh/promise/solo"},
        {"pipelines", json::array({pipeline(77, "main", json::array({workflow("ship", "on_hold", held)}))})}};
    return QByteArray::fromStdString(
        json{{"token", "solo-token"}, {"projects", json::array({project})}}.dump());
}

QString shellQuote(const QString &s)
{
    QString out = s;
    out.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + out + u'\'';
}

} // namespace

class TestPromisesCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_dir.isValid());
        qputenv("GL_TEST_TOKEN", "t0ken");
        qputenv("GL_GITLAB_TOKEN", "gl-t0ken");
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearFaults();
        m_sim.clearRequests();
        m_config = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        m_audit = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n));
        QVERIFY(
            gltest::writeFile(m_config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                            QStringLiteral("gh/acme/web")})));
    }

    // `audit verify` names a reordered record: two lines swapped break the chain where they moved.
    void auditVerifyDetectsAReorderedLog()
    {
        const QStringList held = m_sim.heldApprovals();
        QVERIFY(held.size() >= 2);
        for (int i = 0; i < 2; ++i) {
            const Run r = run({QStringLiteral("approve"), gateId(held.at(i)), QStringLiteral("--note"),
                               QStringLiteral("n%1").arg(i), QStringLiteral("--yes")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
        QFile f(m_audit);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        f.close();
        QCOMPARE(lines.size(), 4);
        lines.swapItemsAt(1, 2); // every record intact, only the order changed
        QVERIFY(gltest::writeFile(m_audit, lines.join('\n') + '\n'));
        const Run r = run({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 1);
        QVERIFY2(
            r.err.contains(QLatin1String("line 2 holds record 3 where record 2 belongs (it is on line 3)")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("reordered")), qPrintable(r.err));
    }

    // Without --yes, on a real terminal, approve shows the gate and sends only when the verb is typed.
    void approveAsksOnATerminal_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("posts");
        QTest::newRow("typed approve") << QByteArray("approve\n") << 0 << 1;
        QTest::newRow("typed something else") << QByteArray("yes\n") << 1 << 0;
    }
    void approveAsksOnATerminal()
    {
        QFETCH(QByteArray, typed);
        QFETCH(int, code);
        QFETCH(int, posts);
        if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) {
            QSKIP("script(1) from bsdutils is not installed: no terminal to test on");
        }
        const QString held = m_sim.heldApprovals().first();
        const QStringList args{QStringLiteral(GL_BINARY),
                               QStringLiteral("approve"),
                               gateId(held),
                               QStringLiteral("--note"),
                               QStringLiteral("at the terminal"),
                               QStringLiteral("--config"),
                               m_config,
                               QStringLiteral("--audit-log"),
                               m_audit};
        QStringList quoted;
        for (const QString &a : args) {
            quoted.append(shellQuote(a));
        }
        QProcess p;
        p.start(QStringLiteral("script"),
                {QStringLiteral("-qec"), quoted.join(u' '), QStringLiteral("/dev/null")});
        QVERIFY(p.waitForStarted());
        QByteArray seen;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         seen += p.readAll();
                         return seen.contains("Type 'approve' to confirm:") ||
                                p.state() == QProcess::NotRunning;
                     },
                     30000),
                 seen.constData());
        QVERIFY2(seen.contains("Type 'approve' to confirm:"), seen.constData());
        QCOMPARE(m_sim.count("POST"), 0); // nothing sent while it asks
        p.write(typed);
        QVERIFY(QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 30000));
        seen += p.readAll();
        QCOMPARE(p.exitCode(), code);
        QCOMPARE(m_sim.count("POST"), posts);
        if (posts == 0) {
            QVERIFY2(seen.contains("Not confirmed; nothing was sent."), seen.constData());
        }
    }

    // GitLab: a project that allows pipeline triggerers to approve
    // (allow_pipeline_trigger_approve_deployment) lets me approve my own deployment; the same deployment is
    // refused where the project does not.
    void gitlabSelfApprovalWhereTheProjectAllowsIt_data()
    {
        QTest::addColumn<bool>("allowed");
        QTest::newRow("allowed") << true;
        QTest::newRow("not allowed") << false;
    }
    void gitlabSelfApprovalWhereTheProjectAllowsIt()
    {
        QFETCH(bool, allowed);
        json scenario = json::parse(gltest::gitlabScenario().toStdString());
        for (auto &project : scenario["gitlab"]["projects"]) {
            if (project["id"] == 42) {
                project["allow_self_approval"] = allowed;
            }
        }
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        QVERIFY(gltest::writeFile(m_config,
                                  gltest::configFor(m_sim.baseUrl(), {QStringLiteral("acme/api")},
                                                    "GL_GITLAB_TOKEN", QStringLiteral("gl"), "gitlab")));
        const QString mine = QStringLiteral("gl/projects/42/deployments/103"); // triggered by me (user 1)
        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        bool found = false;
        for (const auto &g : json::parse(list.out.toStdString())) {
            if (g["id"] == mine.toStdString()) {
                found = true;
                QCOMPARE(g["can_approve"].get<bool>(), allowed);
            }
        }
        QVERIFY(found);
        m_sim.clearRequests();
        const Run r = run({QStringLiteral("approve"), mine, QStringLiteral("--note"),
                           QStringLiteral("my own"), QStringLiteral("--yes")});
        QCOMPARE(r.code, allowed ? 0 : 1);
        QCOMPARE(m_sim.count("POST", QStringLiteral("/deployments/103/approval")), allowed ? 1 : 0);
    }

    // CircleCI removes a hold 90 days after its workflow was created: expires_at says so.
    void circleciGateExpiresNinetyDaysAfterItsWorkflowWasCreated()
    {
        const Run list = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const json gates = json::parse(list.out.toStdString());
        QCOMPARE(gates.size(), std::size_t(3));
        QNetworkAccessManager nam;
        for (const auto &g : gates) {
            const QString id = QString::fromStdString(g["id"].get<std::string>());
            const QString workflowId = id.section(u'/', 2, 2);
            QUrl url = m_sim.baseUrl();
            url.setPath(QStringLiteral("/api/v2/workflow/") + workflowId);
            QNetworkRequest request(url);
            request.setRawHeader("Circle-Token", "t0ken");
            const json workflow = getJson(nam, request);
            QVERIFY2(workflow.contains("created_at"), workflow.dump().c_str());
            const QDateTime created = QDateTime::fromString(
                QString::fromStdString(workflow["created_at"].get<std::string>()), Qt::ISODateWithMs);
            const QDateTime expires = QDateTime::fromString(
                QString::fromStdString(g["expires_at"].get<std::string>()), Qt::ISODateWithMs);
            QVERIFY(created.isValid() && expires.isValid());
            const qint64 off = created.addDays(90).msecsTo(expires);
            QVERIFY2(std::abs(off) < 1000, qPrintable(QStringLiteral("%1 ms off").arg(off)));
        }
    }

    // `ca_file` makes a server with a private CA reachable; without it the same server is a TLS error.
    void caFileFromServersJsonIsTrusted()
    {
        QFile certFile(QStringLiteral(GL_TEST_DATA "/tls/sim-cert.pem"));
        QFile keyFile(QStringLiteral(GL_TEST_DATA "/tls/sim-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        glsim::Simulator tls;
        QVERIFY(tls.loadScenario(gltest::basicScenario()).isEmpty());
        tls.enableTls(cert, key);
        QVERIFY(tls.listenLocal() != 0);
        QCOMPARE(tls.baseUrl().scheme(), QStringLiteral("https"));

        json config =
            json::parse(gltest::configFor(tls.baseUrl(), {QStringLiteral("gh/acme/api")}).toStdString());
        QVERIFY(gltest::writeFile(m_config, QByteArray::fromStdString(config.dump())));
        const Run untrusted = run({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(untrusted.code, 1);
        QVERIFY2(untrusted.err.contains(QLatin1String("TLS")), qPrintable(untrusted.err));
        QCOMPARE(tls.requests().size(), 0);

        config["servers"][0]["ca_file"] = GL_TEST_DATA "/tls/sim-cert.pem";
        QVERIFY(gltest::writeFile(m_config, QByteArray::fromStdString(config.dump())));
        const Run trusted = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(trusted.code == 0, qPrintable(trusted.err));
        QCOMPARE(json::parse(trusted.out.toStdString()).size(), std::size_t(1));
        QVERIFY(tls.requests().size() >= 1);
    }

    // GitLab's RateLimit-Remaining: 0 with RateLimit-Reset (a Unix time) holds the next poll until then,
    // past the 60 s poll interval; on the test's clock.
    void gitlabRateLimitResetDelaysTheNextPoll()
    {
        gl::ManualClock clock;
        gl::Clock::setInstance(&clock);
        QVERIFY(m_sim.loadScenario(gltest::gitlabScenario()).isEmpty());
        const qint64 reset = clock.now().toSecsSinceEpoch() + 900;
        RateLimitProxy proxy(m_sim.baseUrl(), "0", QByteArray::number(reset));
        QVERIFY(proxy.listen());
        QVERIFY(gltest::writeFile(m_config,
                                  gltest::configFor(proxy.url(), {QStringLiteral("acme/api")},
                                                    "GL_GITLAB_TOKEN", QStringLiteral("gl"), "gitlab")));
        auto config = gl::loadConfig(m_config);
        QVERIFY(config.has_value());
        gl::EnvironmentCredentialStore credentials;
        auto session = gl::Session::open(*config, credentials, m_audit);
        QVERIFY(session->setupErrors().isEmpty());
        QSignalSpy finished(session->poller(), &gl::Poller::pollFinished);
        session->poller()->start();
        QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 1; }, 20000));
        QVERIFY(proxy.served > 0);
        QVERIFY(session->store()->size() > 0); // the answers themselves were read
        const QString gl = QStringLiteral("gl");
        clock.advanceSecs(61); // the interval has passed: without the rate limit it would poll now
        QVERIFY(!session->poller()->polling(gl));
        clock.advanceSecs(800); // 861 s
        QVERIFY(!session->poller()->polling(gl));
        clock.advanceSecs(60); // 921 s: past the reset
        QVERIFY(session->poller()->polling(gl));
        QVERIFY(QTest::qWaitFor([&] { return finished.size() >= 2; }, 20000));
        session.reset();
        gl::Clock::setInstance(nullptr);
    }

    // `greenlight sim --scenario FILE` serves that scenario, not the demo's.
    void simulatorServesAScenarioFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("scenario-%1.json").arg(m_n));
        QVERIFY(gltest::writeFile(file, soloScenario()));
        QProcess sim;
        const QUrl base = startSim(sim, {QStringLiteral("--scenario"), file});
        QVERIFY(base.isValid());
        QNetworkAccessManager nam;
        const json pipelines = getJson(nam, circle(base, "/api/v2/project/gh/promise/solo/pipeline"));
        QVERIFY2(pipelines["items"].size() == 1, pipelines.dump().c_str());
        QCOMPARE(pipelines["items"][0]["number"].get<int>(), 77);
        QCOMPARE(countPipelines(nam, base), 1); // no holds appear without --live
        const json demo = getJson(nam, circle(base, "/api/v2/project/gh/acme/api/pipeline"));
        QVERIFY2(!demo.contains("items") || demo["items"].empty(), demo.dump().c_str());
        stopSim(sim);
    }

    // With --live a new hold appears every minute (on the simulator's own real-time clock: this waits
    // for it, up to 90 s).
    void simulatorLiveAddsHolds()
    {
        const QString file = m_dir.filePath(QStringLiteral("scenario-%1.json").arg(m_n));
        QVERIFY(gltest::writeFile(file, soloScenario()));
        QProcess sim;
        const QUrl base = startSim(sim, {QStringLiteral("--scenario"), file, QStringLiteral("--live")});
        QVERIFY(base.isValid());
        QNetworkAccessManager nam;
        QCOMPARE(countPipelines(nam, base), 1);
        QTRY_VERIFY_WITH_TIMEOUT(countPipelines(nam, base) >= 2, 90000);
        stopSim(sim);
    }

private:
    static QNetworkRequest circle(const QUrl &base, const char *path)
    {
        QUrl url = base;
        url.setPath(QString::fromLatin1(path));
        QNetworkRequest request(url);
        request.setRawHeader("Circle-Token", "solo-token");
        return request;
    }

    static json getJson(QNetworkAccessManager &nam, const QNetworkRequest &request)
    {
        QNetworkReply *reply = nam.get(request);
        (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return json::parse(reply->readAll().toStdString(), nullptr, false);
    }

    static int countPipelines(QNetworkAccessManager &nam, const QUrl &base)
    {
        const json j = getJson(nam, circle(base, "/api/v2/project/gh/promise/solo/pipeline"));
        return j.contains("items") ? static_cast<int>(j["items"].size()) : -1;
    }

    static QUrl startSim(QProcess &sim, const QStringList &extra)
    {
        sim.start(QStringLiteral(GL_BINARY),
                  QStringList{QStringLiteral("sim"), QStringLiteral("--port"), QStringLiteral("0")} + extra);
        if (!sim.waitForStarted() ||
            !QTest::qWaitFor([&] { return sim.canReadLine() || sim.state() == QProcess::NotRunning; },
                             20000)) {
            return {};
        }
        const QString line = QString::fromUtf8(sim.readLine());
        if (!line.startsWith(QLatin1String("Simulator listening on http://127.0.0.1:"))) {
            qWarning("%s%s", qPrintable(line), sim.readAllStandardError().constData());
            return {};
        }
        return QUrl(line.section(u' ', 3, 3).trimmed());
    }

    static void stopSim(QProcess &sim)
    {
        sim.terminate();
        QTRY_VERIFY(sim.state() == QProcess::NotRunning);
    }

    Run run(const QStringList &args)
    {
        QStringList full = args;
        full << QStringLiteral("--config") << m_config << QStringLiteral("--audit-log") << m_audit;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GL_BINARY), full);
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

    static QString gateId(const QString &held)
    {
        return QStringLiteral("sim/workflow/") + held.section(u'/', 0, 0) + QStringLiteral("/approval/") +
               held.section(u'/', 1, 1);
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    QString m_config;
    QString m_audit;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestPromisesCli)
#include "tst_promises_cli.moc"
