// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Where tokens come from: token_env first, then the keychain, through the SecretStore interface with the
// in-memory backend (the OS keychain itself is tested in tst_oskeychain, against GNOME Keyring). Each
// failure of the keychain is shown as such, in the words of the credential store and in the window.

#include "config/credentialstore.h"
#include "config/keychain.h"
#include "dashboard.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "mainwindow.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace Qt::StringLiterals;

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_keychain = std::make_unique<MemorySecretStore>();
        qunsetenv("GL_KEYCHAIN_TEST_TOKEN");
        m_server = ServerConfig{};
        m_server.name = u"acme"_s;
        m_server.provider = u"gitlab"_s;
        m_server.url = QUrl(u"https://gitlab.example.com"_s);
    }

    void tokenEnvWinsWhenSet()
    {
        QVERIFY(m_keychain->write(tokenKey(u"acme"_s), u"from-keychain"_s).ok());
        m_server.tokenEnv = u"GL_KEYCHAIN_TEST_TOKEN"_s;
        qputenv("GL_KEYCHAIN_TEST_TOKEN", "from-environment");
        const KeychainCredentialStore store(m_keychain.get());
        const auto token = store.token(m_server);
        QVERIFY2(token.has_value(), qPrintable(token.error().message));
        QCOMPARE(*token, u"from-environment"_s);
    }

    void keychainWhenTokenEnvIsUnsetOrAbsent()
    {
        QVERIFY(m_keychain->write(tokenKey(u"acme"_s), u"from-keychain\n"_s).ok());
        QVERIFY(m_keychain->write(tokenKey(u"other"_s), u"not-this-one"_s).ok());
        const KeychainCredentialStore store(m_keychain.get());
        auto token = store.token(m_server); // no token_env at all
        QVERIFY2(token.has_value(), qPrintable(token.error().message));
        QCOMPARE(*token, u"from-keychain"_s);            // the entry named after this server, trimmed
        m_server.tokenEnv = u"GL_KEYCHAIN_TEST_TOKEN"_s; // named, but not set
        token = store.token(m_server);
        QVERIFY2(token.has_value(), qPrintable(token.error().message));
        QCOMPARE(*token, u"from-keychain"_s);
    }

    void noTokenAnywhereSaysHowToAddOne()
    {
        m_server.tokenEnv = u"GL_KEYCHAIN_TEST_TOKEN"_s;
        const KeychainCredentialStore store(m_keychain.get());
        auto token = store.token(m_server);
        QVERIFY(!token.has_value());
        const QString message = token.error().message;
        QVERIFY2(message.startsWith(u"server \"acme\": no token in memory"_s), qPrintable(message));
        QVERIFY2(message.contains(u"GL_KEYCHAIN_TEST_TOKEN"_s), qPrintable(message));
        QVERIFY2(message.contains(u"greenlight token set acme"_s), qPrintable(message));
        QVERIFY2(message.contains(u"File → Servers…"_s), qPrintable(message));
        // An entry that holds only white space is no token either.
        QVERIFY(m_keychain->write(tokenKey(u"acme"_s), u"  \n"_s).ok());
        token = store.token(m_server);
        QVERIFY(!token.has_value());
        QVERIFY2(token.error().message.contains(u"no token in memory"_s), qPrintable(token.error().message));
    }

    void withoutAKeychainServiceItSaysSoAndOffersTokenEnv()
    {
        m_keychain->failNext(SecretStore::Status::NoBackend, 1, u"No keychain service available"_s);
        const KeychainCredentialStore store(m_keychain.get());
        const auto token = store.token(m_server);
        QVERIFY(!token.has_value());
        const QString message = token.error().message;
        QVERIFY2(message.contains(u"server \"acme\": no keychain service is running"_s), qPrintable(message));
        QVERIFY2(message.contains(u"token_env"_s), qPrintable(message));
        QVERIFY2(message.contains(u"never keeps tokens in a plain-text file"_s), qPrintable(message));
    }

    void aRefusedOrBrokenKeychainIsReportedInItsOwnWords()
    {
        const KeychainCredentialStore store(m_keychain.get());
        m_keychain->failNext(SecretStore::Status::Denied, 1, u"The user cancelled the prompt"_s);
        auto token = store.token(m_server);
        QVERIFY(!token.has_value());
        QCOMPARE(
            token.error().message,
            u"server \"acme\": the keychain refused access to its token: The user cancelled the prompt"_s);
        m_keychain->failNext(SecretStore::Status::Failed, 1, u"org.freedesktop.DBus.Error.NoReply"_s);
        token = store.token(m_server);
        QVERIFY(!token.has_value());
        QCOMPARE(token.error().message,
                 u"server \"acme\": the keychain could not be read: org.freedesktop.DBus.Error.NoReply"_s);
    }

    // No keychain service (no session bus here): "no backend", after exactly one more try, and nothing
    // falls back to a file.
    void theOsKeychainTriesOnceMoreThenSaysThereIsNoBackend()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/greenlight-test-bus");
        OsKeychain keychain(u"Greenlight-test"_s);
        keychain.setRetryDelay(std::chrono::milliseconds(0));
        const SecretStore::Answer answer = keychain.read(u"token:acme"_s);
        QCOMPARE(answer.status, SecretStore::Status::NoBackend);
        QCOMPARE(keychain.attempts(), 2);
        QCOMPARE(keychain.write(u"token:acme"_s, u"secret"_s).status, SecretStore::Status::NoBackend);
        QCOMPARE(keychain.attempts(), 4);
    }

    // The whole path: servers.json names no token_env; the window reads the token from the keychain and
    // polls the simulator with it. Without a keychain service, the window says so for that server.
    void theWindowPollsWithTheKeychainTokenAndShowsAMissingKeychain()
    {
        glsim::Simulator sim;
        QVERIFY(sim.listenLocal() != 0);
        QVERIFY(sim.loadScenario(gltest::basicScenario()).isEmpty());
        QTemporaryDir dir;
        const QString config = dir.filePath(u"servers.json"_s);
        gltest::json servers = gltest::json::parse(
            gltest::configFor(sim.baseUrl(), {u"gh/acme/api"_s}, "GL_KEYCHAIN_TEST_TOKEN").toStdString());
        servers["servers"][0].erase("token_env");
        QVERIFY(gltest::writeFile(config, QByteArray::fromStdString(servers.dump())));
        setDefaultSecretStore(m_keychain.get());
        QVERIFY(m_keychain->write(tokenKey(u"sim"_s), sim.token()).ok());

        ui::Dashboard::Options options;
        options.configPath = config;
        options.auditPath = dir.filePath(u"audit.jsonl"_s);
        options.notifications = false;
        QString error;
        auto dashboard = ui::Dashboard::create(options, &error);
        QVERIFY2(dashboard, qPrintable(error));
        dashboard->show();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->session()->store()->health(u"sim"_s).state == ServerState::Polled,
                                 10000);
        QVERIFY(dashboard->session()->store()->size() > 0);
        QVERIFY(!sim.requests().isEmpty());
        dashboard.reset();

        // No keychain service: both the audit log's key and the server's token go unanswered.
        m_keychain->failNext(SecretStore::Status::NoBackend, 2);
        dashboard = ui::Dashboard::create(options, &error);
        QVERIFY2(dashboard, qPrintable(error));
        dashboard->show();
        const ServerHealth health = dashboard->session()->store()->health(u"sim"_s);
        QCOMPARE(health.state, ServerState::NotSetUp);
        QVERIFY2(health.error.contains(u"no keychain service is running"_s), qPrintable(health.error));
        const QString state = dashboard->window()->stateLabel()->text();
        QVERIFY2(state.contains(u"no keychain service is running"_s), qPrintable(state));
        QVERIFY2(!state.contains(u"Nothing waits"_s), qPrintable(state));
        setDefaultSecretStore(nullptr);
    }

private:
    std::unique_ptr<MemorySecretStore> m_keychain;
    ServerConfig m_server;
};

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
