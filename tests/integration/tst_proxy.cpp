// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Per-server proxies, through a real tinyproxy on 127.0.0.1 and the simulator serving https (so that
// requests go through the proxy as CONNECT tunnels, as they do to a real CI server).
//
// Loopback: Qt's application-wide proxy lookup sends localhost and 127.0.0.0/8 straight, and so does
// HttpClient's "system" setting by default. These tests turn that off with
// HttpClient::setSystemProxyForLoopback(true) where they need http_proxy/https_proxy to apply to the
// simulator; an explicit "proxy": "http://…" always applies, loopback or not.

#include "config/credentialstore.h"
#include "config/keychain.h"
#include "config/serverconfig.h"
#include "net/httpclient.h"
#include "providers/provider.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace gl;
using gltest::json;

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(GL_TEST_DATA "/tls/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// tinyproxy in the foreground (-d) with its configuration and log in a temporary folder.
class TinyProxy
{
public:
    ~TinyProxy() { stop(); }

    // basicAuth: "user password", when the proxy asks for credentials.
    bool start(const QString &folder, const QByteArray &basicAuth = {})
    {
        m_port = freePort();
        m_log = folder + QStringLiteral("/tinyproxy.log");
        const QString conf = folder + QStringLiteral("/tinyproxy.conf");
        QFile::remove(m_log);
        // No User/Group: as root tinyproxy warns and keeps the current user. No PidFile.
        const QByteArray text = "Listen 127.0.0.1\nPort " + QByteArray::number(m_port) +
                                "\nAllow 127.0.0.1\nTimeout 30\nMaxClients 20\nLogLevel Info\nLogFile \"" +
                                m_log.toUtf8() + "\"\n" +
                                (basicAuth.isEmpty() ? QByteArray() : "BasicAuth " + basicAuth + "\n");
        if (!gltest::writeFile(conf, text)) {
            return false;
        }
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), conf});
        if (!m_process.waitForStarted(5000)) {
            return false;
        }
        // Ready when it says so in its log.
        return QTest::qWaitFor(
                   [&] {
                       return log().contains("Accepting connections") ||
                              m_process.state() != QProcess::Running;
                   },
                   10000) &&
               m_process.state() == QProcess::Running;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    QByteArray log() const
    {
        QFile f(m_log);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // How many CONNECT tunnels it was asked for to host:port.
    int connects(const QUrl &to) const
    {
        return int(
            log().count(QByteArray("CONNECT " + to.host().toUtf8() + ':' + QByteArray::number(to.port()))));
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    QString m_log;
    quint16 m_port = 0;
};

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("tinyproxy")).isEmpty()) {
            QSKIP("tinyproxy is not installed (./dev installs it)");
        }
        QVERIFY(m_dir.isValid());
        qputenv("GL_TEST_TOKEN", "t0ken"); // basicScenario's token
        const QSslCertificate cert(readData("sim-cert.pem"), QSsl::Pem);
        const QSslKey key(readData("sim-key.pem"), QSsl::Rsa, QSsl::Pem);
        QVERIFY(!cert.isNull() && !key.isNull());
        m_sim.enableTls(cert, key);
        QVERIFY(m_sim.listenLocal() != 0);
        clearProxyEnvironment();
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearRequests();
        QVERIFY2(m_proxy.start(m_dir.path()), m_proxy.log().constData());
    }

    void cleanup()
    {
        m_session.reset();
        m_proxy.stop();
        clearProxyEnvironment();
    }

    // "proxy": "http://127.0.0.1:PORT": every request goes through that proxy; when it stops, requests
    // fail rather than go straight.
    void explicitProxyCarriesEveryRequest()
    {
        json server = serverFor();
        server["proxy"] = m_proxy.url().toStdString();
        openSession(server);
        const PollResult through = poll();
        QVERIFY2(through.ok(), qPrintable(through.error));
        QVERIFY(m_sim.requests().size() > 0);
        QVERIFY2(m_proxy.connects(m_sim.baseUrl()) >= 1, m_proxy.log().constData());

        m_proxy.stop();
        m_sim.clearRequests();
        const PollResult down = poll();
        QVERIFY(!down.ok());
        QCOMPARE(m_sim.requests().size(), 0);
    }

    // "proxy": "none" goes straight even with http_proxy and https_proxy set, and even with loopback not
    // exempt from the system configuration.
    void noneGoesStraightDespiteTheEnvironment()
    {
        qputenv("http_proxy", m_proxy.url().toUtf8());
        qputenv("https_proxy", m_proxy.url().toUtf8());
        json server = serverFor();
        server["proxy"] = "none";
        openSession(server);
        m_session->http()->setSystemProxyForLoopback(true);
        const PollResult straight = poll();
        QVERIFY2(straight.ok(), qPrintable(straight.error));
        QVERIFY(m_sim.requests().size() > 0);
        QCOMPARE(m_proxy.connects(m_sim.baseUrl()), 0);
    }

    // No "proxy" (the system configuration) with https_proxy set: through it.
    void systemUsesTheEnvironmentsProxy()
    {
        qputenv("https_proxy", m_proxy.url().toUtf8());
        openSession(serverFor());
        m_session->http()->setSystemProxyForLoopback(true);
        const PollResult through = poll();
        QVERIFY2(through.ok(), qPrintable(through.error));
        QVERIFY(m_sim.requests().size() > 0);
        QVERIFY2(m_proxy.connects(m_sim.baseUrl()) >= 1, m_proxy.log().constData());
    }

    // ... but not when no_proxy names the host, in any of the forms curl takes (libproxy alone misses the
    // upper-case and "*" forms).
    void systemHonoursNoProxy_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("noProxy");
        QTest::newRow("address") << QStringLiteral("127.0.0.1") << QByteArray("127.0.0.1");
        QTest::newRow("in a list, with spaces")
            << QStringLiteral("127.0.0.1") << QByteArray("example.com, 127.0.0.1");
        QTest::newRow("CIDR") << QStringLiteral("127.0.0.1") << QByteArray("10.0.0.0/8,127.0.0.0/8");
        QTest::newRow("upper-case name") << QStringLiteral("localhost") << QByteArray("LOCALHOST");
        QTest::newRow("everything") << QStringLiteral("localhost") << QByteArray("*");
    }
    void systemHonoursNoProxy()
    {
        QFETCH(QString, host);
        QFETCH(QByteArray, noProxy);
        qputenv("https_proxy", m_proxy.url().toUtf8());
        qputenv("no_proxy", noProxy);
        QUrl url = m_sim.baseUrl();
        url.setHost(host);
        json server = serverFor();
        server["url"] = url.toString().toStdString();
        openSession(server);
        m_session->http()->setSystemProxyForLoopback(true);
        const PollResult straight = poll();
        QVERIFY2(straight.ok(), qPrintable(straight.error));
        QVERIFY(m_sim.requests().size() > 0);
        QCOMPARE(m_proxy.connects(url), 0);
        // The same host without no_proxy would have gone through the proxy.
        qunsetenv("no_proxy");
        QCOMPARE(m_session->http()->proxiesFor(url).value(0).port(), m_proxy.port());
    }

    // By default the system configuration leaves loopback addresses alone, as Qt does application-wide.
    void systemLeavesLoopbackAloneByDefault()
    {
        qputenv("https_proxy", m_proxy.url().toUtf8());
        openSession(serverFor());
        const PollResult straight = poll();
        QVERIFY2(straight.ok(), qPrintable(straight.error));
        QVERIFY(m_sim.requests().size() > 0);
        QCOMPARE(m_proxy.connects(m_sim.baseUrl()), 0);
        QCOMPARE(m_session->http()->proxiesFor(m_sim.baseUrl()).value(0).type(), QNetworkProxy::NoProxy);
    }

    // Plain http:// (loopback only) never goes through a proxy, which would see its token in the clear.
    void plainHttpNeverGoesThroughAProxy()
    {
        HttpClient client;
        client.setProxyForOrigin(
            QUrl(QStringLiteral("http://127.0.0.1:8080")),
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy.port()));
        QCOMPARE(client.proxiesFor(QUrl(QStringLiteral("http://127.0.0.1:8080/api"))).value(0).type(),
                 QNetworkProxy::NoProxy);
        client.setProxyForOrigin(
            QUrl(QStringLiteral("https://127.0.0.1:8443")),
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), m_proxy.port()));
        QCOMPARE(client.proxiesFor(QUrl(QStringLiteral("https://127.0.0.1:8443/api"))).value(0).port(),
                 m_proxy.port());
        // Another origin (port) falls back to the system configuration.
        QCOMPARE(client.proxiesFor(QUrl(QStringLiteral("https://127.0.0.1:9443/api"))).value(0).type(),
                 QNetworkProxy::NoProxy);
    }

    void noProxyMatching_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        const auto row = [](const char *name, const char *noProxy, const char *url, bool matches) {
            QTest::newRow(name) << QString::fromLatin1(noProxy) << QString::fromLatin1(url) << matches;
        };
        row("exact", "gitlab.example.com", "https://gitlab.example.com/x", true);
        row("parent domain", "example.com", "https://gitlab.example.com", true);
        row("not a suffix of a label", "example.com", "https://notexample.com", false);
        row("dot domain", ".example.com", "https://gitlab.example.com", true);
        row("star dot domain", "*.example.com", "https://gitlab.example.com", true);
        row("case", "GitLab.Example.COM", "https://gitlab.example.com", true);
        row("star", "*", "https://anything.example", true);
        row("port matches", "gitlab.example.com:8443", "https://gitlab.example.com:8443", true);
        row("port differs", "gitlab.example.com:8443", "https://gitlab.example.com", false);
        row("default port", "gitlab.example.com:443", "https://gitlab.example.com", true);
        row("ip", "10.1.2.3", "https://10.1.2.3:8443", true);
        row("cidr", "10.0.0.0/8", "https://10.1.2.3", true);
        row("cidr miss", "10.0.0.0/8", "https://11.1.2.3", false);
        row("ipv6", "::1", "https://[::1]:8443", true);
        row("ipv6 with port", "[::1]:8443", "https://[::1]:8443", true);
        row("name does not match an address", "localhost", "https://127.0.0.1", false);
        row("empty", "", "https://gitlab.example.com", false);
        row("list", " a.example , b.example ", "https://b.example", true);
    }
    void noProxyMatching()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        QCOMPARE(noProxyMatches(noProxy, QUrl(url)), matches);
    }

    // A proxy that asks for a user and password: they come from the keychain, never from servers.json;
    // without them the poll fails with the proxy's refusal and nothing reaches the server.
    void proxyCredentialsComeFromTheKeychain()
    {
        m_proxy.stop();
        QVERIFY2(m_proxy.start(m_dir.path(), "greenlight s3cret-proxy"), m_proxy.log().constData());
        json server = serverFor();
        server["proxy"] = m_proxy.url().toStdString();
        MemorySecretStore keychain;
        const KeychainCredentialStore credentials(&keychain);

        openSession(server, credentials);
        const PollResult refused = poll();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("authentication"), Qt::CaseInsensitive),
                 qPrintable(refused.error));
        QCOMPARE(m_sim.requests().size(), 0);

        QVERIFY(
            keychain
                .write(proxyCredentialsKey(QStringLiteral("sim")), QStringLiteral("greenlight:s3cret-proxy"))
                .ok());
        openSession(server, credentials);
        const PollResult through = poll();
        QVERIFY2(through.ok(), qPrintable(through.error));
        QVERIFY(m_sim.requests().size() > 0);
        QVERIFY2(m_proxy.connects(m_sim.baseUrl()) >= 1, m_proxy.log().constData());
        // The session's configuration, which the Servers dialog rewrites, never holds them.
        QVERIFY(m_session->config().servers.front().proxy.password.isEmpty());
    }

private:
    static void clearProxyEnvironment()
    {
        for (const char *name : {"http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY",
                                 "NO_PROXY", "all_proxy", "ALL_PROXY"}) {
            qunsetenv(name);
        }
    }

    json serverFor() const
    {
        json config =
            json::parse(gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")}).toStdString());
        json server = config["servers"][0];
        server["ca_file"] = GL_TEST_DATA "/tls/sim-cert.pem";
        return server;
    }

    void openSession(const json &server) { openSession(server, m_credentials); }

    void openSession(const json &server, const CredentialStore &credentials)
    {
        m_session.reset();
        const json config = {{"servers", json::array({server})}};
        auto parsed = parseConfig(QByteArray::fromStdString(config.dump()), QStringLiteral("servers.json"));
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message));
        m_session =
            Session::open(*parsed, credentials, m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++m_n)));
        QVERIFY2(m_session->setupErrors().isEmpty(), qPrintable(m_session->setupErrors().join(u'\n')));
        QCOMPARE(m_session->providers().size(), std::size_t(1));
    }

    PollResult poll()
    {
        auto result = std::make_shared<std::optional<PollResult>>(); // outlives a failed wait
        m_session->providers().front()->poll([result](const PollResult &r) { *result = r; });
        if (!QTest::qWaitFor([&] { return result->has_value(); }, 20000)) {
            PollResult none;
            none.error = QStringLiteral("test: no answer in time");
            return none;
        }
        return **result;
    }

    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    glsim::Simulator m_sim;
    TinyProxy m_proxy;
    std::unique_ptr<Session> m_session;
    int m_n = 0;
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
