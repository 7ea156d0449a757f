// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "clock.h"
#include "json.h"
#include "net/httpclient.h"
#include "simulator.h"
#include "testsupport.h"

#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace gl;

namespace {

HttpResponse sendAndWait(HttpClient &client, HttpRequest request, int timeoutMs = 10000)
{
    // Shared with the callback: if the wait gives up, a late answer must not write to a returned frame.
    auto answer = std::make_shared<std::optional<HttpResponse>>();
    client.send(std::move(request), &client, [answer](const HttpResponse &r) { *answer = r; });
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, timeoutMs)) {
        HttpResponse none;
        none.errorString = QStringLiteral("test: no answer in time");
        return none;
    }
    return **answer;
}

HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    r.credentials.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer t0ken")));
    return r;
}

QUrl at(const glsim::Simulator &sim, const char *path)
{
    QUrl url = sim.baseUrl();
    url.setPath(QString::fromLatin1(path));
    return url;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_other.listenLocal() != 0);
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        QVERIFY(m_other.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearRequests();
        m_other.clearRequests();
        m_sim.clearFaults();
    }

    void sendsUserAgentAcceptAndCredentials()
    {
        HttpClient client;
        const auto r = sendAndWait(client, get(at(m_sim, "/api/v2/me")));
        QVERIFY(r.ok());
        QCOMPARE(m_sim.requests().size(), 1);
        QCOMPARE(m_sim.requests().at(0).authorization, QByteArray("Bearer t0ken"));
    }

    void redirectToAnotherHostDropsAuthorization()
    {
        // "localhost" and another port: another origin, though still this machine.
        glsim::Fault f;
        f.path = QStringLiteral("/api/v2/me");
        f.redirectTo = QStringLiteral("http://localhost:%1").arg(m_other.baseUrl().port());
        m_sim.addFault(f);
        HttpClient client;
        const auto r = sendAndWait(client, get(at(m_sim, "/api/v2/me")));
        QCOMPARE(m_sim.requests().size(), 1);
        QCOMPARE(m_sim.requests().at(0).authorization, QByteArray("Bearer t0ken"));
        QCOMPARE(m_other.requests().size(), 1);
        QVERIFY(m_other.requests().at(0).authorization.isEmpty());
        QVERIFY(m_other.requests().at(0).circleToken.isEmpty());
        QCOMPARE(r.status, 401); // the other host wants credentials it was not given
        QCOMPARE(r.url.port(), m_other.baseUrl().port());
    }

    // The same scheme and port, another host name ("localhost" for 127.0.0.1): another origin. The request
    // lands on the same simulator, which sees whether the token came along.
    void redirectToAnotherHostOnTheSamePortDropsAuthorization()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/api/v2/me");
        f.redirectTo = QStringLiteral("http://localhost:%1").arg(m_sim.baseUrl().port());
        m_sim.addFault(f);
        HttpClient client;
        const auto r = sendAndWait(client, get(at(m_sim, "/api/v2/me")));
        QCOMPARE(m_sim.requests().size(), 2);
        QCOMPARE(m_sim.requests().at(0).authorization, QByteArray("Bearer t0ken"));
        QVERIFY(m_sim.requests().at(1).authorization.isEmpty());
        QVERIFY(m_sim.requests().at(1).circleToken.isEmpty());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.url.host(), QStringLiteral("localhost"));
    }

    void redirectWithinOriginKeepsAuthorization()
    {
        glsim::Fault f;
        f.path = QStringLiteral("/api/v2/me");
        f.redirectTo = m_sim.baseUrl().toString();
        m_sim.addFault(f);
        HttpClient client;
        const auto r = sendAndWait(client, get(at(m_sim, "/api/v2/me")));
        QVERIFY(r.ok());
        QCOMPARE(m_sim.requests().size(), 2);
        QCOMPARE(m_sim.requests().at(1).authorization, QByteArray("Bearer t0ken"));
    }

    void postIsNeverRedirected()
    {
        glsim::Fault f;
        f.method = "POST";
        f.redirectTo = QStringLiteral("http://localhost:%1").arg(m_other.baseUrl().port());
        m_sim.addFault(f);
        HttpClient client;
        HttpRequest r = get(at(m_sim, "/api/v2/workflow/x/approve/y"));
        r.method = "POST";
        const auto response = sendAndWait(client, r);
        QCOMPARE(response.failure, HttpResponse::Failure::Redirect);
        QCOMPARE(m_other.requests().size(), 0);
    }

    void plainHttpOnlyToLoopback()
    {
        HttpClient client;
        // 192.0.2.0/24 is reserved for documentation: refused before any connection is tried.
        const auto r = sendAndWait(client, get(QUrl(QStringLiteral("http://192.0.2.10/api/v2/me"))));
        QCOMPARE(r.failure, HttpResponse::Failure::Refused);
        QVERIFY(!r.mayHaveReachedServer);
        QVERIFY(r.errorString.contains(QLatin1String("loopback")));
        glsim::Fault f;
        f.redirectTo = QStringLiteral("http://192.0.2.10");
        m_sim.addFault(f);
        const auto redirected = sendAndWait(client, get(at(m_sim, "/api/v2/me")));
        QCOMPARE(redirected.failure, HttpResponse::Failure::Redirect);
    }

    void obeysRetryAfter()
    {
        ManualClock clock;
        Clock::setInstance(&clock);
        auto restore = qScopeGuard([] { Clock::setInstance(nullptr); });
        glsim::Fault f;
        f.status = 429;
        f.retryAfter = "30";
        m_sim.addFault(f);
        HttpClient client;
        std::optional<HttpResponse> r;
        client.send(get(at(m_sim, "/api/v2/me")), this, [&](const HttpResponse &response) { r = response; });
        // The client waits exactly as long as the server asked, on the clock, then asks again once.
        QTRY_VERIFY(clock.nextDeadline().isValid());
        QCOMPARE(clock.now().secsTo(clock.nextDeadline()), 30);
        QCOMPARE(m_sim.requests().size(), 1);
        QVERIFY(!r.has_value());
        clock.advanceSecs(30);
        QTRY_VERIFY(r.has_value());
        QVERIFY(r->ok());
        QCOMPARE(r->rateLimitWaits, 1);
        QCOMPARE(m_sim.requests().size(), 2);
    }

    void longRetryAfterIsReportedNotWaited()
    {
        glsim::Fault f;
        f.status = 429;
        f.retryAfter = "3600";
        m_sim.addFault(f);
        HttpClient client;
        const auto r = sendAndWait(client, get(at(m_sim, "/api/v2/me")));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.retryAfterSeconds(), std::optional<int>(3600));
        QCOMPARE(m_sim.requests().size(), 1);
    }

    void postIsNotRetriedOn429()
    {
        glsim::Fault f;
        f.status = 429;
        f.retryAfter = "0";
        m_sim.addFault(f);
        HttpClient client;
        HttpRequest r = get(at(m_sim, "/api/v2/jobs/x/cancel"));
        r.method = "POST";
        r.rateLimitRetries = 0;
        const auto response = sendAndWait(client, r);
        QCOMPARE(response.status, 429);
        QCOMPARE(m_sim.requests().size(), 1);
    }

    void postIsNeverResentAfterAClosedConnection()
    {
        // The server reads the POST, then drops the connection without answering. Qt's HTTP stack would
        // quietly send it again; ours must not.
        glsim::Fault f;
        f.method = "POST";
        f.reset = true;
        m_sim.addFault(f);
        HttpClient client;
        HttpRequest r = get(at(m_sim, "/api/v2/jobs/x/cancel"));
        r.method = "POST";
        r.body = "{}";
        const auto response = sendAndWait(client, r);
        QCOMPARE(response.failure, HttpResponse::Failure::Network);
        QVERIFY(response.mayHaveReachedServer);
        // A request sent after the failure was reported is served after any resend the network stack
        // would have made of the POST: once it is answered, a second POST would have shown.
        m_sim.clearFaults();
        QVERIFY(sendAndWait(client, get(at(m_sim, "/api/v2/me"))).ok());
        QCOMPARE(m_sim.count("POST"), 1);
    }

    void inactivityTimeout()
    {
        glsim::Fault f;
        f.delayMs = 3000;
        m_sim.addFault(f);
        HttpClient client;
        client.setInactivityTimeout(std::chrono::milliseconds(300));
        const auto r = sendAndWait(client, get(at(m_sim, "/api/v2/me")));
        QCOMPARE(r.failure,
                 HttpResponse::Failure::Timeout); // the answer comes at 3 s: the 300 ms guard fired
        QVERIFY(r.mayHaveReachedServer);
        QCOMPARE(r.errorString, QStringLiteral("127.0.0.1 did not answer for 300 ms"));
    }

    // A server that sends a byte every 50 ms never trips the inactivity guard; the deadline ends it.
    void aTricklingServerMeetsTheDeadline()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QList<QTcpSocket *> sockets;
        QTimer trickle;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            sockets.append(s);
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n[");
        });
        connect(&trickle, &QTimer::timeout, this, [&] {
            for (QTcpSocket *s : std::as_const(sockets)) {
                s->write(" ");
            }
        });
        trickle.start(50);
        HttpClient client;
        client.setInactivityTimeout(std::chrono::milliseconds(400));
        client.setDeadline(std::chrono::milliseconds(900));
        const auto r = sendAndWait(
            client, get(QUrl(QStringLiteral("http://127.0.0.1:%1/api").arg(server.serverPort()))));
        QCOMPARE(r.failure, HttpResponse::Failure::Timeout);
        QCOMPARE(r.errorString,
                 QStringLiteral("127.0.0.1 did not finish its answer within 900 ms; stopped reading"));
    }

    // 15 MiB of '[' parsed as they came took more than a gigabyte; nesting past the limit is refused first.
    void aDeeplyNestedBodyIsRefused()
    {
        const QByteArray deep(15 * 1024 * 1024, '[');
        const auto parsed = json::parse(deep);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().message, QStringLiteral("invalid JSON: nested deeper than 64 levels"));
        QVERIFY(json::parseOrDiscarded(deep).is_discarded());
        // Brackets inside strings do not count; 64 levels are read.
        QCOMPARE(json::nestingDepth("{\"a\":\"[[\\\"[[\",\"b\":[{}]}"), 3);
        QVERIFY(json::parse(QByteArray(64, '[') + QByteArray(64, ']')).has_value());
        QVERIFY(!json::parse(QByteArray(65, '[') + QByteArray(65, ']')).has_value());
    }

    void bodySizeCap()
    {
        HttpClient client;
        client.setMaxBodyBytes(64);
        const auto r = sendAndWait(client, get(at(m_sim, "/api/v2/project/gh/acme/api/pipeline")));
        QCOMPARE(r.failure, HttpResponse::Failure::TooLarge);
        QVERIFY(r.body.isEmpty());
    }

    // A request's own limit applies where it is lower than the client's, and names the endpoint.
    void aRequestsOwnBodyLimit()
    {
        HttpClient client;
        HttpRequest small = get(at(m_sim, "/api/v2/project/gh/acme/api/pipeline"));
        small.maxBodyBytes = 64;
        const auto r = sendAndWait(client, small);
        QCOMPARE(r.failure, HttpResponse::Failure::TooLarge);
        QCOMPARE(r.errorString,
                 QStringLiteral("the answer from 127.0.0.1 is larger than 64 bytes; stopped reading"));
        HttpRequest large = get(at(m_sim, "/api/v2/project/gh/acme/api/pipeline"));
        large.maxBodyBytes = 1024 * 1024;
        QVERIFY(sendAndWait(client, large).ok());
        client.setMaxBodyBytes(64); // the client's cap is lower: it applies
        QCOMPARE(sendAndWait(client, large).failure, HttpResponse::Failure::TooLarge);
    }

    void tlsErrorsAreNeverIgnored()
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
        HttpClient client;
        const auto untrusted = sendAndWait(client, get(at(tls, "/api/v2/me")));
        QCOMPARE(untrusted.failure, HttpResponse::Failure::Tls);
        QVERIFY2(untrusted.errorString.contains(QLatin1String("TLS")), qPrintable(untrusted.errorString));
        QCOMPARE(tls.requests().size(), 0);
        // With the certificate trusted as a CA (what "ca_file" does), the same request succeeds.
        HttpRequest trusted = get(at(tls, "/api/v2/me"));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(cert);
        trusted.ssl = ssl;
        HttpClient fresh;
        const auto ok = sendAndWait(fresh, trusted);
        QVERIFY2(ok.ok(), qPrintable(ok.errorString));
        QCOMPARE(tls.requests().size(), 1);
    }

private:
    glsim::Simulator m_sim;
    glsim::Simulator m_other;
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
