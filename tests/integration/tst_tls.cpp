// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// TLS trust: the system CAs, a server's ca_file, and its pinned certificates, against the simulator
// serving https on 127.0.0.1 with the self-signed certificates of tests/data/tls/. The expected
// fingerprints and dates come from `openssl x509 -noout -fingerprint -sha256 -dates`, not from Qt.

#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QFile>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gl;
using gltest::json;

namespace {

// sim-cert.pem
const QString kSimFingerprint = QStringLiteral(
    "20:DC:88:21:61:18:7B:42:88:2B:9B:58:BB:F3:62:63:AA:44:0D:4A:CE:40:D2:A8:77:DF:9B:8C:A5:FB:96:62");
// other-cert.pem: another self-signed certificate for the same address.
const QString kOtherFingerprint = QStringLiteral(
    "C6:E9:0C:26:6E:2E:05:06:D4:7F:93:13:3F:1C:BF:50:34:AE:0B:20:8C:83:99:7B:51:BC:54:5A:EE:CB:F4:D5");

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(GL_TEST_DATA "/tls/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString dataPath(const char *name)
{
    return QStringLiteral(GL_TEST_DATA "/tls/") + QLatin1String(name);
}

// A simulator on https with the named certificate ("sim", "other", "wrongname"), on port or any free one.
std::unique_ptr<glsim::Simulator> startTls(const char *which, quint16 port = 0)
{
    const QByteArray name(which);
    const QSslCertificate cert(readData(QByteArray(name + "-cert.pem").constData()), QSsl::Pem);
    const QSslKey key(readData(QByteArray(name + "-key.pem").constData()), QSsl::Rsa, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        return nullptr;
    }
    auto sim = std::make_unique<glsim::Simulator>();
    if (!sim->loadScenario(gltest::basicScenario()).isEmpty()) {
        return nullptr;
    }
    sim->enableTls(cert, key);
    if (sim->listenLocal(port) == 0) {
        return nullptr;
    }
    return sim;
}

HttpResponse sendAndWait(HttpClient &client, HttpRequest request)
{
    auto answer = std::make_shared<std::optional<HttpResponse>>(); // outlives a failed wait
    client.send(std::move(request), &client, [answer](const HttpResponse &r) { *answer = r; });
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, 15000)) {
        HttpResponse none;
        none.errorString = QStringLiteral("test: no answer in time");
        return none;
    }
    return **answer;
}

HttpRequest get(const glsim::Simulator &sim, const QStringList &pins = {})
{
    HttpRequest r;
    r.url = sim.baseUrl();
    r.url.setPath(QStringLiteral("/api/v2/me"));
    r.credentials.append(qMakePair(QByteArray("Circle-Token"), QByteArray("t0ken")));
    r.pinnedSha256 = pins;
    return r;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("GL_TEST_TOKEN", "t0ken"); // basicScenario's token
    }

    void cleanup() { m_session.reset(); }

    // Qt's fingerprint and description agree with openssl's reading of the file.
    void certificateHelpersMatchOpenssl()
    {
        const QSslCertificate other(readData("other-cert.pem"), QSsl::Pem);
        QVERIFY(!other.isNull());
        QCOMPARE(certificateFingerprint(other), kOtherFingerprint);
        const QString text = describeCertificate(other);
        const QStringList lines = text.split(u'\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("Subject: ")) &&
                     lines.at(0).contains(QLatin1String("CN=127.0.0.1")) &&
                     lines.at(0).contains(QLatin1String("O=Greenlight tests (second certificate)")),
                 qPrintable(text));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("Issuer: ")) &&
                     lines.at(1).contains(QLatin1String("O=Greenlight tests (second certificate)")),
                 qPrintable(text));
        QCOMPARE(lines.at(2), QStringLiteral("SHA-256 fingerprint: ") + kOtherFingerprint);
        QCOMPARE(lines.at(3), QStringLiteral("Valid from: 2024-01-01 00:00:00 UTC"));
        QCOMPARE(lines.at(4), QStringLiteral("Valid until: 2124-01-01 00:00:00 UTC"));
        QVERIFY(certificateFingerprint(QSslCertificate()).isEmpty());
        QVERIFY(describeCertificate(QSslCertificate()).isEmpty());
    }

    // Without ca_file or pin the self-signed server is refused, and the error shows what it presented.
    void untrustedCertificateIsRefusedAndDescribed()
    {
        auto sim = startTls("sim");
        QVERIFY(sim);
        HttpClient client;
        const HttpResponse r = sendAndWait(client, get(*sim));
        QCOMPARE(r.failure, HttpResponse::Failure::Tls);
        QVERIFY(!r.ok());
        const QString &e = r.errorString;
        QVERIFY2(e.startsWith(QLatin1String("TLS error with 127.0.0.1: ")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("Subject: CN=127.0.0.1")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("Issuer: CN=127.0.0.1")), qPrintable(e));
        QVERIFY2(e.contains(QStringLiteral("SHA-256 fingerprint: ") + kSimFingerprint), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("Valid from: 2026-11-22 02:10:18 UTC")), qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("Valid until: 2126-10-29 02:10:18 UTC")), qPrintable(e));
        QCOMPARE(certificateFingerprint(r.peerCertificate), kSimFingerprint);
        QCOMPARE(sim->requests().size(), 0); // nothing was sent over the untrusted connection
    }

    // ca_file from servers.json, through Session::open and the CircleCI provider.
    void caFileIsTrustedThroughTheProvider()
    {
        auto sim = startTls("sim");
        QVERIFY(sim);
        json server = serverFor(*sim);
        openSession(server);
        const PollResult refused = poll();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("TLS error")) &&
                     refused.error.contains(kSimFingerprint),
                 qPrintable(refused.error));
        QCOMPARE(sim->requests().size(), 0);

        server["ca_file"] = dataPath("sim-cert.pem").toStdString();
        openSession(server);
        const PollResult trusted = poll();
        QVERIFY2(trusted.ok(), qPrintable(trusted.error));
        QVERIFY(!trusted.gates.empty());
        QVERIFY(sim->requests().size() > 0);
    }

    // A pin of the server's own certificate (written in lower case) is enough without ca_file.
    void pinnedCertificateIsTrustedWithoutCaFile()
    {
        auto sim = startTls("sim");
        QVERIFY(sim);
        json server = serverFor(*sim);
        server["pinned_certificates"] = json::array({kSimFingerprint.toLower().toStdString()});
        openSession(server);
        const PollResult trusted = poll();
        QVERIFY2(trusted.ok(), qPrintable(trusted.error));
        QVERIFY(!trusted.gates.empty());
        QVERIFY(sim->requests().size() > 0);
    }

    // A pin names one certificate: the pin of another one trusts nothing here.
    void pinOfAnotherCertificateIsNotTrust()
    {
        auto sim = startTls("sim");
        QVERIFY(sim);
        json server = serverFor(*sim);
        server["pinned_certificates"] = json::array({kOtherFingerprint.toStdString()});
        openSession(server);
        const PollResult refused = poll();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(kSimFingerprint), qPrintable(refused.error));
        QCOMPARE(sim->requests().size(), 0);
    }

    // The server at the pinned address starts presenting another certificate: refused again, in the same
    // session (same HttpClient, same connection cache) as the accepted one.
    void anotherCertificateOnThePinnedAddressIsRefused()
    {
        auto first = startTls("sim");
        QVERIFY(first);
        const quint16 port = first->baseUrl().port();
        json server = serverFor(*first);
        server["pinned_certificates"] = json::array({kSimFingerprint.toStdString()});
        openSession(server);
        const PollResult accepted = poll();
        QVERIFY2(accepted.ok(), qPrintable(accepted.error));

        first.reset(); // closes its connections
        auto second = startTls("other", port);
        QVERIFY2(second, "could not listen again on the same port");
        QCOMPARE(second->baseUrl(), QUrl(QString::fromStdString(server["url"].get<std::string>())));
        const PollResult refused = poll();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("TLS error")) &&
                     refused.error.contains(kOtherFingerprint),
                 qPrintable(refused.error));
        QCOMPARE(second->requests().size(), 0);

        // The same client, asked directly: the answer carries the certificate for a "Trust…" dialog.
        const HttpResponse r = sendAndWait(*m_session->http(), get(*second, {kSimFingerprint}));
        QCOMPARE(r.failure, HttpResponse::Failure::Tls);
        QCOMPARE(certificateFingerprint(r.peerCertificate), kOtherFingerprint);
        QCOMPARE(second->requests().size(), 0);
        // Pinning that one is what trusting it does.
        const HttpResponse ok =
            sendAndWait(*m_session->http(), get(*second, {kSimFingerprint, kOtherFingerprint}));
        QVERIFY2(ok.ok(), qPrintable(ok.errorString));
        QCOMPARE(second->requests().size(), 1);
    }

    // A pinned certificate whose name does not match the address is accepted: the user trusted that exact
    // certificate. Without the pin the name mismatch is one of the errors reported.
    void pinnedCertificateWithAnotherNameIsAccepted()
    {
        auto sim = startTls("wrongname");
        QVERIFY(sim);
        const QSslCertificate cert(readData("wrongname-cert.pem"), QSsl::Pem);
        HttpClient client;
        const HttpResponse refused = sendAndWait(client, get(*sim));
        QCOMPARE(refused.failure, HttpResponse::Failure::Tls);
        QVERIFY2(refused.errorString.contains(QLatin1String("elsewhere.invalid")),
                 qPrintable(refused.errorString));
        HttpClient fresh;
        const HttpResponse ok = sendAndWait(fresh, get(*sim, {certificateFingerprint(cert)}));
        QVERIFY2(ok.ok(), qPrintable(ok.errorString));
        QCOMPARE(sim->requests().size(), 1);
    }

    // A pin trusts one certificate; it does not extend its life: an expired pinned certificate is refused,
    // and the error says both.
    void pinnedExpiredCertificateIsRefused()
    {
        auto sim = startTls("expired");
        QVERIFY(sim);
        const QSslCertificate cert(readData("expired-cert.pem"), QSsl::Pem);
        HttpClient client;
        const HttpResponse r = sendAndWait(client, get(*sim, {certificateFingerprint(cert)}));
        QCOMPARE(r.failure, HttpResponse::Failure::Tls);
        QVERIFY2(r.errorString.contains(QLatin1String("expired")) &&
                     r.errorString.contains(QLatin1String("the certificate is pinned")) &&
                     r.errorString.contains(QLatin1String("Valid until: 2001-01-01 00:00:00 UTC")),
                 qPrintable(r.errorString));
        QCOMPARE(sim->requests().size(), 0);
    }

    // Pins belong to the origin they were given for: a redirect to another origin drops them (as it drops
    // the token), even when the other origin presents the same certificate.
    void pinsDoNotFollowARedirectToAnotherOrigin()
    {
        auto first = startTls("sim");
        auto second = startTls("sim");
        QVERIFY(first && second);
        glsim::Fault redirect;
        redirect.path = QStringLiteral("/api/v2/me");
        redirect.redirectTo = second->baseUrl().toString();
        first->addFault(redirect);
        HttpClient client;
        const HttpResponse r = sendAndWait(client, get(*first, {kSimFingerprint}));
        QCOMPARE(r.failure, HttpResponse::Failure::Tls);
        QVERIFY2(r.errorString.contains(QString::number(second->baseUrl().port())) ||
                     r.url.port() == second->baseUrl().port(),
                 qPrintable(r.errorString));
        QCOMPARE(first->count("GET"), 1);
        QCOMPARE(second->requests().size(), 0);
    }

    // A connection keeps the trust it was made with, on every one of the client's lanes: requests in flight
    // side by side open connections on all of them, and once they are dropped, no request without the pin
    // gets through on any.
    void droppedConnectionsAreGoneFromEveryLane()
    {
        auto sim = startTls("sim");
        QVERIFY(sim);
        HttpClient client;
        constexpr int kSideBySide = 2 * HttpClient::kLanes;
        const auto sendAll = [&](const QStringList &pins) {
            auto answers = std::make_shared<std::vector<HttpResponse>>();
            for (int i = 0; i < kSideBySide; ++i) {
                client.send(get(*sim, pins), &client,
                            [answers](const HttpResponse &r) { answers->push_back(r); });
            }
            const bool all =
                QTest::qWaitFor([&] { return answers->size() == std::size_t(kSideBySide); }, 15000);
            return all ? *answers : std::vector<HttpResponse>{};
        };
        sim->setLatency(200);
        const auto pinned = sendAll({kSimFingerprint});
        QCOMPARE(pinned.size(), std::size_t(kSideBySide));
        for (const HttpResponse &r : pinned) {
            QVERIFY2(r.ok(), qPrintable(r.errorString));
        }
        // Kept: the same requests without the pin go through on the connections the pin accepted.
        const auto kept = sendAll({});
        QCOMPARE(kept.size(), std::size_t(kSideBySide));
        for (const HttpResponse &r : kept) {
            QVERIFY2(r.ok(), qPrintable(r.errorString));
        }
        client.dropConnections();
        const auto dropped = sendAll({});
        QCOMPARE(dropped.size(), std::size_t(kSideBySide));
        for (const HttpResponse &r : dropped) {
            QCOMPARE(r.failure, HttpResponse::Failure::Tls);
        }
    }

private:
    json serverFor(const glsim::Simulator &sim) const
    {
        json config =
            json::parse(gltest::configFor(sim.baseUrl(), {QStringLiteral("gh/acme/api")}).toStdString());
        return config["servers"][0];
    }

    void openSession(const json &server)
    {
        m_session.reset();
        const json config = {{"servers", json::array({server})}};
        auto parsed = parseConfig(QByteArray::fromStdString(config.dump()), QStringLiteral("servers.json"));
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
        m_session = Session::open(*parsed, m_credentials,
                                  m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++m_n)));
        QVERIFY2(m_session->setupErrors().isEmpty(), qPrintable(m_session->setupErrors().join(u'\n')));
        QCOMPARE(m_session->providers().size(), std::size_t(1));
    }

    PollResult poll()
    {
        auto result = std::make_shared<std::optional<PollResult>>(); // outlives a failed wait
        m_session->providers().front()->poll([result](const PollResult &r) { *result = r; });
        if (!QTest::qWaitFor([&] { return result->has_value(); }, 15000)) {
            PollResult none;
            none.error = QStringLiteral("test: no answer in time");
            return none;
        }
        return **result;
    }

    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    std::unique_ptr<Session> m_session;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
