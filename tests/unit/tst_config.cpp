// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "providers/provider.h"
#include "providers/registry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;

class TestConfig : public QObject
{
    Q_OBJECT
private:
    static constexpr const char *kServer =
        "\"provider\":\"circleci\",\"url\":\"https://ci.example\",\"projects\":[\"a\"]";

    // The error for a single server "acme" with these fields, or "" when the configuration is accepted.
    static QString errorFor(const QByteArray &fields)
    {
        const auto config =
            parseConfig("{\"servers\":[{\"name\":\"acme\"," + fields + "}]}", QStringLiteral("c.json"));
        return config.has_value() ? QString() : config.error().message;
    }

private Q_SLOTS:
    // The registry is the one list of vendors: servers.json's check names exactly its ids, and each entry
    // can say how people call it, where its cloud and token page are, and make its provider.
    void everyRegisteredVendorIsComplete()
    {
        QStringList ids;
        for (const ProviderType &type : providerTypes()) {
            ids << type.id;
            QVERIFY2(!type.displayName.isEmpty() && type.displayName != type.id, qPrintable(type.id));
            // A vendor with a cloud starts there; one without (Jenkins) starts from an empty address.
            QVERIFY(type.defaultUrl.isEmpty() || type.defaultUrl.scheme() == QLatin1String("https"));
            const QUrl example =
                type.defaultUrl.isEmpty() ? QUrl(QStringLiteral("https://ci.example.com")) : type.defaultUrl;
            QVERIFY(type.tokenPage(example).isValid());
            QVERIFY(!type.leastPrivilege().isEmpty());
            QVERIFY(type.projectExample && !type.projectExample().isEmpty());
            QCOMPARE(providerType(type.id), &type);
            QCOMPARE(providerDisplayName(type.id), type.displayName);
            ServerConfig server;
            server.name = QStringLiteral("s");
            server.provider = type.id;
            server.url = example;
            server.projects = {QStringLiteral("p")};
            const auto provider = type.create(server, QStringLiteral("t"), nullptr, std::nullopt, nullptr);
            QVERIFY(provider);
            QCOMPARE(provider->serverName(), QStringLiteral("s"));
        }
        QCOMPARE(supportedProviders(), ids);
        QCOMPARE(ids, (QStringList{QStringLiteral("circleci"), QStringLiteral("gitlab"),
                                   QStringLiteral("github"), QStringLiteral("jenkins")}));
        QVERIFY(!providerType(QStringLiteral("nosuch")));
        const auto parsed =
            parseConfig("{\"servers\":[{\"name\":\"a\",\"provider\":\"nosuch\",\"url\":\"https://x.example\","
                        "\"projects\":[\"p\"]}]}",
                        QStringLiteral("c.json"));
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().message.contains(
                     QStringLiteral("expected one of circleci, gitlab, github, jenkins, found \"nosuch\"")),
                 qPrintable(parsed.error().message));
    }

    void validConfig()
    {
        const auto config =
            parseConfig("{ \"poll_interval_s\": 30,\n"
                        "            \"servers\": [\n"
                        "              { \"name\": \"acme-circle\", \"provider\": \"circleci\", \"url\": "
                        "\"https://circleci.com\",\n"
                        "                \"token_env\": \"CIRCLE_TOKEN\", \"projects\": [\"gh/acme/api\", "
                        "\"circleci/43G3kM5RtfFE7v5sa4nWAU/44n9pujWcTnVZ2b5S8Fnat\"],\n"
                        "                \"history_pipelines\": 50, \"history_days\": 7 },\n"
                        "              { \"name\": \"local\", \"provider\": \"circleci\", \"url\": "
                        "\"http://127.0.0.1:8080\", \"projects\": [\"gh/a/b\"],\n"
                        "                \"poll_interval_s\": 10, \"poll_deadline_s\": 120 } ] }",
                        QStringLiteral("servers.json"));
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->servers.size(), std::size_t(2));
        const ServerConfig &a = config->servers[0];
        QCOMPARE(a.name, QStringLiteral("acme-circle"));
        QCOMPARE(a.url, QUrl(QStringLiteral("https://circleci.com")));
        QCOMPARE(a.tokenEnv, QStringLiteral("CIRCLE_TOKEN"));
        QCOMPARE(a.projects.size(), 2);
        QCOMPARE(a.pollIntervalS, 30); // inherited from the top level
        QCOMPARE(a.historyPipelines, 50);
        QCOMPARE(a.historyDays, 7);
        QCOMPARE(config->servers[1].pollIntervalS, 10);
        QCOMPARE(a.pollDeadlineS, 900); // documented default
        QCOMPARE(config->servers[1].pollDeadlineS, 120);
        QCOMPARE(config->servers[1].historyPipelines, 100); // documented default
        QCOMPARE(config->servers[1].historyDays, 14);
        QVERIFY(config->server(QStringLiteral("local")));
        QVERIFY(!config->server(QStringLiteral("nope")));
    }

    void loopbackMayUseHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:9");
        QTest::newRow("127.8.0.1") << QStringLiteral("http://127.8.0.1");
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8080");
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8080");
    }
    void loopbackMayUseHttp()
    {
        QFETCH(QString, url);
        const QByteArray text = "{\"servers\":[{\"name\":\"s\",\"provider\":\"circleci\",\"url\":\"" +
                                url.toUtf8() + "\",\"projects\":[\"gh/a/b\"]}]}";
        const auto config = parseConfig(text, QStringLiteral("c.json"));
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        auto server = [](const char *fields) -> QByteArray {
            return QByteArray("{\"servers\":[{\"name\":\"acme\",") + fields + "}]}";
        };
        QTest::newRow("not json") << QByteArray("{servers") << QStringLiteral("c.json: invalid JSON");
        QTest::newRow("no servers") << QByteArray("{}")
                                    << QStringLiteral("c.json: servers: required field is missing");
        QTest::newRow("unknown top-level") << QByteArray("{\"servers\":[],\"pol_interval_s\":5}")
                                           << QStringLiteral("pol_interval_s: unknown field");
        QTest::newRow("http to remote host")
            << server("\"provider\":\"circleci\",\"url\":\"http://ci.example.com\",\"projects\":[\"gh/a/b\"]")
            << QStringLiteral("servers[0] (\"acme\").url: plain http:// is allowed only to loopback");
        QTest::newRow("ftp")
            << server("\"provider\":\"circleci\",\"url\":\"ftp://ci.example.com\",\"projects\":[\"gh/a/b\"]")
            << QStringLiteral(
                   "servers[0] (\"acme\").url: expected an https:// address, found \"ftp://ci.example.com\"");
        QTest::newRow("token in file")
            << server("\"provider\":\"circleci\",\"url\":\"https://circleci.com\",\"projects\":[\"gh/a/"
                      "b\"],\"token\":\"abc\"")
            << QStringLiteral("servers[0] (\"acme\").token: tokens are never stored in servers.json");
        QTest::newRow("unknown provider")
            << server("\"provider\":\"travis\",\"url\":\"https://x.example\",\"projects\":[\"a\"]")
            << QStringLiteral("servers[0] (\"acme\").provider: expected one of circleci, gitlab, github, "
                              "jenkins, found \"travis\"");
        QTest::newRow("no projects")
            << server("\"provider\":\"circleci\",\"url\":\"https://circleci.com\",\"projects\":[]")
            << QStringLiteral("servers[0] (\"acme\").projects: expected at least one project");
        QTest::newRow("project wrong type")
            << server(
                   "\"provider\":\"circleci\",\"url\":\"https://circleci.com\",\"projects\":[\"gh/a/b\", 7]")
            << QStringLiteral(
                   "servers[0] (\"acme\").projects[1]: expected a non-empty project string, found number");
        QTest::newRow("interval too small")
            << server("\"provider\":\"circleci\",\"url\":\"https://"
                      "circleci.com\",\"projects\":[\"a\"],\"poll_interval_s\":1")
            << QStringLiteral(
                   "servers[0] (\"acme\").poll_interval_s: expected a whole number from 5 to 86400, found 1");
        QTest::newRow("interval 2^63")
            << server("\"provider\":\"circleci\",\"url\":\"https://"
                      "circleci.com\",\"projects\":[\"a\"],\"poll_interval_s\":9223372036854775808")
            << QStringLiteral(
                   "servers[0] (\"acme\").poll_interval_s: 9223372036854775808 is too large for a whole "
                   "number here");
        QTest::newRow("poll deadline zero")
            << server("\"provider\":\"circleci\",\"url\":\"https://"
                      "circleci.com\",\"projects\":[\"a\"],\"poll_deadline_s\":0")
            << QStringLiteral(
                   "servers[0] (\"acme\").poll_deadline_s: expected a whole number from 1 to 86400, found 0");
        QTest::newRow("history days 2^64-1")
            << server("\"provider\":\"circleci\",\"url\":\"https://"
                      "circleci.com\",\"projects\":[\"a\"],\"history_days\":18446744073709551615")
            << QStringLiteral(
                   "servers[0] (\"acme\").history_days: 18446744073709551615 is too large for a whole "
                   "number here");
        QTest::newRow("interval 2^62")
            << server("\"provider\":\"circleci\",\"url\":\"https://"
                      "circleci.com\",\"projects\":[\"a\"],\"poll_interval_s\":4611686018427387904")
            << QStringLiteral(
                   "servers[0] (\"acme\").poll_interval_s: expected a whole number from 5 to 86400, "
                   "found 4611686018427387904");
        QTest::newRow("missing ca file")
            << server("\"provider\":\"circleci\",\"url\":\"https://"
                      "circleci.com\",\"projects\":[\"a\"],\"ca_file\":\"/nonexistent/ca.pem\"")
            << QStringLiteral("ca_file: expected a readable PEM file");
        QTest::newRow("bad name") << QByteArray(
                                         "{\"servers\":[{\"name\":\"a/b\",\"provider\":\"circleci\"}]}")
                                  << QStringLiteral("servers[0].name: expected letters, digits");
        QTest::newRow("user in url") << server("\"provider\":\"circleci\",\"url\":\"https://"
                                               "me:secret@circleci.com\",\"projects\":[\"a\"]")
                                     << QStringLiteral("without user, query or fragment");
        QTest::newRow("duplicate names")
            << QByteArray("{\"servers\":[{\"name\":\"a\",\"provider\":\"circleci\",\"url\":\"https://"
                          "circleci.com\",\"projects\":[\"x\"]},\n"
                          "                                         "
                          "{\"name\":\"a\",\"provider\":\"circleci\",\"url\":\"https://"
                          "circleci.com\",\"projects\":[\"y\"]}]}")
            << QStringLiteral("servers[1].name: \"a\" is used by an earlier server");
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto config = parseConfig(text, QStringLiteral("c.json"));
        QVERIFY(!config.has_value());
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
        QVERIFY2(!config.error().message.contains(QLatin1String("secret")),
                 "a password leaked into an error");
    }

    // Each validation error names the file, the server and the field.
    void missingUrlNamesServerAndField()
    {
        const QString e = errorFor("\"provider\":\"circleci\",\"projects\":[\"a\"]");
        QVERIFY2(e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").url: required field is missing")),
                 qPrintable(e));
    }

    void unknownProviderNamesServerAndField()
    {
        const QString e =
            errorFor("\"provider\":\"buildkite\",\"url\":\"https://ci.example\",\"projects\":[\"a\"]");
        QVERIFY2(
            e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").provider: expected one of circleci, "
                                       "gitlab, github, jenkins, found \"buildkite\"")),
            qPrintable(e));
    }

    void duplicateNamesNameServerAndField()
    {
        const auto config = parseConfig(
            "{\"servers\":[{\"name\":\"acme\",\"provider\":\"circleci\",\"url\":\"https://a.example\","
            "\"projects\":[\"x\"]},{\"name\":\"acme\",\"provider\":\"gitlab\",\"url\":\"https://b.example\","
            "\"projects\":[\"y\"]}]}",
            QStringLiteral("c.json"));
        QVERIFY(!config.has_value());
        QVERIFY2(config.error().message.startsWith(
                     QLatin1String("c.json: servers[1].name: \"acme\" is used by an earlier server")),
                 qPrintable(config.error().message));
    }

    void unreadableCaFileNamesServerAndField()
    {
        QTemporaryDir dir;
        for (const QString &path : {dir.filePath(QStringLiteral("missing.pem")), dir.path()}) {
            const QString e =
                errorFor("\"provider\":\"circleci\",\"url\":\"https://ci.example\",\"projects\":[\"a\"],"
                         "\"ca_file\":\"" +
                         path.toUtf8() + "\"");
            QVERIFY2(
                e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").ca_file: expected a readable PEM "
                                           "file, \"") +
                             path + QLatin1String("\" is not one")),
                qPrintable(e));
        }
    }

    void proxyWithCredentialsIsRefusedWithoutEchoingThem()
    {
        for (const char *proxy : {"http://me:secret@proxy.example:3128", "http://secret@proxy.example:3128",
                                  "socks5://me:secret@proxy.example:1080"}) {
            const QString e = errorFor(QByteArray(kServer) + QByteArray(",\"proxy\":\"") + proxy + "\"");
            QVERIFY2(
                e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").proxy: proxy credentials do not "
                                           "belong in servers.json")),
                qPrintable(e));
            QVERIFY2(!e.contains(QLatin1String("secret")), qPrintable(e));
        }
    }

    void proxyOtherSchemeIsRefused()
    {
        for (const char *proxy : {"https://proxy.example:3128", "socks5://proxy.example:1080"}) {
            const QString e = errorFor(QByteArray(kServer) + QByteArray(",\"proxy\":\"") + proxy + "\"");
            QVERIFY2(
                e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").proxy: expected an http:// proxy "
                                           "address (http://host:port)")),
                qPrintable(e));
        }
    }

    void proxyWithoutHostIsRefused()
    {
        const QString e = errorFor(QByteArray(kServer) + QByteArray(",\"proxy\":\"http://:3128\""));
        QVERIFY2(e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").proxy: expected a proxy address "
                                            "http://host:port, the host is missing")),
                 qPrintable(e));
    }

    void proxyWithoutPortIsRefused()
    {
        const QString e = errorFor(QByteArray(kServer) + QByteArray(",\"proxy\":\"http://proxy.example\""));
        QVERIFY2(e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").proxy: expected a proxy address "
                                            "http://host:port, the port is missing")),
                 qPrintable(e));
    }

    void proxyNeitherKeywordNorAddressIsRefused()
    {
        for (const QByteArray &proxy :
             {QByteArray("\"System\""), QByteArray("\"proxy.example:3128\""),
              QByteArray("\"http://proxy.example:3128/path\""), QByteArray("true")}) {
            const QString e = errorFor(QByteArray(kServer) + QByteArray(",\"proxy\":") + proxy);
            QVERIFY2(e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").proxy: expected ")),
                     qPrintable(e));
        }
    }

    void badPinIsRefused()
    {
        const QByteArray fp =
            "20:DC:88:21:61:18:7B:42:88:2B:9B:58:BB:F3:62:63:AA:44:0D:4A:CE:40:D2:A8:77:DF:9B:8C:A5:FB:96";
        const QList<QByteArray> bad{
            fp,                                       // 31 pairs
            fp + ":62:00",                            // 33 pairs
            QByteArray(fp + ":62").replace(':', ""),  // no colons
            QByteArray(fp + ":62").replace(':', '-'), // dashes
            "sha256/" + fp + ":62",                   // a prefix
            QByteArray(fp + ":6G"),                   // not hex
        };
        for (const QByteArray &pin : bad) {
            const QString e = errorFor(QByteArray(kServer) + ",\"pinned_certificates\":[\"" + pin + "\"]");
            QVERIFY2(
                e.startsWith(QLatin1String("c.json: servers[0] (\"acme\").pinned_certificates[0]: expected a "
                                           "SHA-256 fingerprint (32 hex pairs separated by colons")),
                qPrintable(e));
        }
        const QString notArray = errorFor(QByteArray(kServer) + ",\"pinned_certificates\":\"" + fp + ":62\"");
        QVERIFY2(notArray.startsWith(
                     QLatin1String("c.json: servers[0] (\"acme\").pinned_certificates: expected an "
                                   "array of SHA-256 fingerprints")),
                 qPrintable(notArray));
        const QString twice = errorFor(QByteArray(kServer) + ",\"pinned_certificates\":[\"" + fp +
                                       ":62\",\"" + fp.toLower() + ":62\"]");
        QVERIFY2(twice.startsWith(QLatin1String("c.json: servers[0] (\"acme\").pinned_certificates[1]: ")) &&
                     twice.contains(QLatin1String("listed twice")),
                 qPrintable(twice));
    }

    void pinsAndProxyAreRead()
    {
        const QByteArray pin =
            "20:dc:88:21:61:18:7b:42:88:2B:9B:58:BB:F3:62:63:AA:44:0D:4A:CE:40:D2:A8:77:DF:9B:8C:A5:FB:96:62";
        const auto config = parseConfig(
            "{\"servers\":[{\"name\":\"a\",\"provider\":\"circleci\",\"url\":\"https://a.example\","
            "\"projects\":[\"x\"],\"pinned_certificates\":[\"" +
                pin +
                "\"],\"proxy\":\"http://proxy.example:3128\"},"
                "{\"name\":\"b\",\"provider\":\"circleci\",\"url\":\"https://b.example\","
                "\"projects\":[\"x\"],\"proxy\":\"none\"},"
                "{\"name\":\"c\",\"provider\":\"circleci\",\"url\":\"https://c.example\","
                "\"projects\":[\"x\"],\"proxy\":\"system\"},"
                "{\"name\":\"d\",\"provider\":\"circleci\",\"url\":\"https://d.example\","
                "\"projects\":[\"x\"]}]}",
            QStringLiteral("c.json"));
        QVERIFY2(config.has_value(), qPrintable(config ? QString() : config.error().message));
        const ServerConfig &a = config->servers[0];
        QCOMPARE(a.pinnedCertificates, QStringList{QString::fromLatin1(pin).toUpper()});
        QCOMPARE(a.proxy.mode, ProxySetting::Mode::Url);
        QCOMPARE(a.proxy.url, QUrl(QStringLiteral("http://proxy.example:3128")));
        QVERIFY(a.proxy.user.isEmpty() && a.proxy.password.isEmpty());
        QCOMPARE(config->servers[1].proxy.mode, ProxySetting::Mode::None);
        QCOMPARE(config->servers[2].proxy.mode, ProxySetting::Mode::System);
        QCOMPARE(config->servers[3].proxy.mode, ProxySetting::Mode::System); // the default
        QVERIFY(config->servers[3].pinnedCertificates.isEmpty());
    }

    // One HttpClient serves every server and picks the proxy by address: servers at one address agree.
    void serversAtOneAddressShareTheProxy()
    {
        const auto config = parseConfig(
            "{\"servers\":[{\"name\":\"a\",\"provider\":\"circleci\",\"url\":\"https://ci.example\","
            "\"projects\":[\"x\"]},{\"name\":\"b\",\"provider\":\"gitlab\",\"url\":\"https://CI.example:443/"
            "gitlab\",\"projects\":[\"y\"],\"proxy\":\"none\"}]}",
            QStringLiteral("c.json"));
        QVERIFY(!config.has_value());
        QVERIFY2(config.error().message.startsWith(
                     QLatin1String("c.json: servers[1] (\"b\").proxy: \"a\" uses the "
                                   "same address (https://ci.example:443)")),
                 qPrintable(config.error().message));
    }

    void loadFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("servers.json"));
        auto missing = loadConfig(path);
        QVERIFY(!missing.has_value());
        QVERIFY(missing.error().message.startsWith(path + QStringLiteral(": cannot read")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"servers\":[{\"name\":\"a\",\"provider\":\"circleci\",\"url\":\"https://"
                "circleci.com\",\"projects\":[\"gh/x/y\"]}]}");
        f.close();
        auto loaded = loadConfig(path);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->path, path);
    }

    void tokenFromEnvironment()
    {
        ServerConfig server;
        server.name = QStringLiteral("acme");
        EnvironmentCredentialStore store;
        auto none = store.token(server);
        QVERIFY(!none.has_value());
        QVERIFY(none.error().message.contains(QLatin1String("token_env")));
        server.tokenEnv = QStringLiteral("GL_TEST_TOKEN_XYZ");
        qunsetenv("GL_TEST_TOKEN_XYZ");
        auto unset = store.token(server);
        QVERIFY(!unset.has_value());
        QVERIFY(unset.error().message.contains(QLatin1String("GL_TEST_TOKEN_XYZ")));
        qputenv("GL_TEST_TOKEN_XYZ", "s3cr3t\n");
        auto set = store.token(server);
        QVERIFY(set.has_value());
        QCOMPARE(*set, QStringLiteral("s3cr3t"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
