// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The OS keychain for real: GNOME Keyring's Secret Service on a private session bus (tests/with-keyring.sh
// starts both). The `greenlight token` commands store and delete a server's token there, `list` polls with
// it, and after everything Greenlight writes (servers.json, the audit log, settings, the notification
// memory) no file holds the token. Without a keychain service, storing a token fails with a message that
// offers token_env, and nothing is written anywhere.

#include "audit/auditlog.h"
#include "config/keychain.h"
#include "simulator.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestOsKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("GREENLIGHT_TEST_KEYRING")) {
            QFAIL("run this test through tests/with-keyring.sh (ctest does): it needs its own GNOME Keyring");
        }
        QVERIFY(m_sim.listenLocal() != 0);
        // A token long and odd enough that finding it in a file cannot be chance.
        gltest::json scenario = gltest::json::parse(gltest::basicScenario().toStdString());
        scenario["token"] = "glpat-Zq8vW3kR0xTnY5bLm2Hd";
        QVERIFY(m_sim.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        QVERIFY(m_dir.isValid());
        m_config = m_dir.filePath(u"servers.json"_s);
        gltest::json config = gltest::json::parse(
            gltest::configFor(m_sim.baseUrl(), {u"gh/acme/api"_s}, "GL_OSKEYCHAIN_UNSET").toStdString());
        config["servers"][0].erase("token_env");
        QVERIFY(gltest::writeFile(m_config, QByteArray::fromStdString(config.dump())));
    }

    void writeReadRemoveInTheSecretService()
    {
        OsKeychain keychain(u"Greenlight-test"_s);
        keychain.setRetryDelay(std::chrono::milliseconds(0));
        QCOMPARE(keychain.read(u"token:nobody"_s).status, SecretStore::Status::NotFound);
        QVERIFY(keychain.write(u"token:acme"_s, u"s3cret-äé"_s).ok());
        const SecretStore::Answer answer = keychain.read(u"token:acme"_s);
        QVERIFY2(answer.ok(), qPrintable(answer.message));
        QCOMPARE(answer.secret, u"s3cret-äé"_s);
        // Really in the Secret Service, where the desktop's own tools see it.
        QCOMPARE(secretTool({u"lookup"_s, u"server"_s, u"Greenlight-test"_s, u"user"_s, u"token:acme"_s}),
                 u"s3cret-äé"_s);
        QVERIFY(keychain.remove(u"token:acme"_s).ok());
        QCOMPARE(keychain.read(u"token:acme"_s).status, SecretStore::Status::NotFound);
        QCOMPARE(keychain.remove(u"token:acme"_s).status, SecretStore::Status::NotFound);
    }

    void tokenSetFromStandardInputThenListPollsWithIt()
    {
        Run r = run({u"token"_s, u"set"_s, u"sim"_s}, m_sim.token().toUtf8() + "\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"stored the token for \"sim\" in the system keychain\n"_s);
        QVERIFY(!r.out.contains(m_sim.token()) && !r.err.contains(m_sim.token()));

        m_sim.clearRequests();
        r = run({u"list"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"gh/acme/api"_s), qPrintable(r.out));
        QVERIFY(!m_sim.requests().isEmpty());

        r = run({u"token"_s, u"delete"_s, u"sim"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out, u"deleted the token for \"sim\" from the system keychain\n"_s);
        r = run({u"list"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"server \"sim\": no token in the system keychain"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"greenlight token set sim"_s), qPrintable(r.err));
        r = run({u"token"_s, u"delete"_s, u"sim"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"nothing to delete"_s), qPrintable(r.out));
    }

    void tokenCommandsRefuseWhatTheyCannotDo()
    {
        Run r = run({u"token"_s, u"set"_s, u"nosuch"_s}, "x\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"no server is named \"nosuch\" (the servers are: sim)"_s),
                 qPrintable(r.err));
        r = run({u"token"_s, u"set"_s, u"sim"_s}, "\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"no token given"_s), qPrintable(r.err));
        r = run({u"token"_s, u"set"_s, u"sim"_s}, "two words\n");
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"one word"_s), qPrintable(r.err));
        r = run({u"token"_s, u"show"_s, u"sim"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(u"usage: greenlight token set SERVER"_s), qPrintable(r.err));
    }

    // No session bus, hence no keychain service: the token is refused, with what to do instead, and no
    // plain-text copy appears anywhere.
    void withoutAKeychainServiceNothingIsStored()
    {
        const QByteArray token =
            "no-plaintext-fallback-" + QByteArray::number(QCoreApplication::applicationPid());
        QProcessEnvironment env = environment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_dir.filePath(u"no-bus"_s));
        const Run r = run({u"token"_s, u"set"_s, u"sim"_s}, token + "\n", env);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no keychain service is running"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"token_env"_s), qPrintable(r.err));
        QCOMPARE(filesHolding(token), QStringList());
    }

    // Everything a user does, then a scan of every file under HOME (config, data, state, cache) and of the
    // test's own folder: no file holds the token, in clear, base64 or percent-encoded.
    void noFileGreenlightWritesHoldsTheToken()
    {
        QVERIFY(run({u"token"_s, u"set"_s, u"sim"_s}, m_sim.token().toUtf8()).code == 0);
        Run r = run({u"list"_s, u"--json"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto gates = gltest::json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(gates.is_array() && !gates.empty(), qPrintable(r.out));
        const QString id = QString::fromStdString(gates[0]["id"].get<std::string>());
        QVERIFY2(!id.isEmpty(), qPrintable(r.out));
        r = run({u"approve"_s, id, u"--note"_s, u"scan"_s, u"--yes"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(run({u"audit"_s, u"verify"_s}).code == 0);
        const QByteArray token = m_sim.token().toUtf8();
        QCOMPARE(token, QByteArray("glpat-Zq8vW3kR0xTnY5bLm2Hd"));
        QCOMPARE(filesHolding(token), QStringList());
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"audit.jsonl"_s))); // the scan saw what was written
    }

    // Where every token comes from the environment, the keychain is not asked for the audit log's key,
    // not even by `audit verify`: it would make one, and the next check would take the unsigned anchor for
    // one whose signature was stripped. A log that is signed is checked with its key whatever the config.
    void aLogOfEnvironmentTokensIsVerifiedWithoutTheKeychain()
    {
        const QString config = m_dir.filePath(u"servers-env.json"_s);
        QVERIFY(
            gltest::writeFile(config, gltest::configFor(m_sim.baseUrl(), {u"gh/acme/web"_s}, "GL_OSKC_ENV")));
        const QString audit = m_dir.filePath(u"audit-env.jsonl"_s);
        QProcessEnvironment env = environment();
        env.insert(u"GL_OSKC_ENV"_s, m_sim.token());
        const QStringList where = {u"--config"_s, config, u"--audit-log"_s, audit};
        // Another program (or an earlier config) left the audit log's key in the keychain.
        OsKeychain keychain;
        QVERIFY(keychain.write(AuditLog::keyEntry(), QString(64, u'a')).ok());
        Run r = run(QStringList{u"list"_s, u"--json"_s} + where, {}, env, false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const auto gates = gltest::json::parse(r.out.toStdString(), nullptr, false);
        QVERIFY2(gates.is_array() && !gates.empty(), qPrintable(r.out));
        const QString id = QString::fromStdString(gates[0]["id"].get<std::string>());
        r = run(QStringList{u"approve"_s, id, u"--note"_s, u"env"_s, u"--yes"_s} + where, {}, env, false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (int i = 0; i < 2; ++i) {
            r = run(QStringList{u"audit"_s, u"verify"_s} + where, {}, env, false);
            QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        }
        QFile log(audit);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY2(!log.readAll().contains("\"mac\""), "an environment-token log is not signed");
        QVERIFY(keychain.remove(AuditLog::keyEntry()).ok());
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GL_OSKEYCHAIN_UNSET"_s);
        return env;
    }

    // withDefaults: the test's config and audit log (else args name their own).
    Run run(const QStringList &args, const QByteArray &input = {}, QProcessEnvironment env = {},
            bool withDefaults = true)
    {
        QProcess p;
        p.setProcessEnvironment(env.isEmpty() ? environment() : env);
        QStringList full = args;
        if (withDefaults) {
            full << u"--config"_s << m_config << u"--audit-log"_s << m_dir.filePath(u"audit.jsonl"_s);
        }
        p.start(QStringLiteral(GL_BINARY), full);
        p.write(input);
        p.closeWriteChannel();
        Run r;
        // The simulator lives in this process: keep its event loop turning while the CLI runs.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000)) {
            p.kill();
            p.waitForFinished();
            r.err = u"timed out"_s;
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QString secretTool(const QStringList &args)
    {
        QProcess p;
        p.start(u"secret-tool"_s, args);
        if (!p.waitForFinished(20000)) {
            return u"secret-tool did not finish"_s;
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // Every file under HOME and the test's folder whose bytes hold the secret in any common encoding.
    QStringList filesHolding(const QByteArray &secret) const
    {
        const QList<QByteArray> forms = {secret, secret.toBase64(), secret.toPercentEncoding(),
                                         secret.toHex()};
        QStringList found;
        for (const QString &root : {QDir::homePath(), m_dir.path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly)) {
                    continue;
                }
                const QByteArray bytes = file.readAll();
                for (const QByteArray &form : forms) {
                    if (bytes.contains(form)) {
                        found << file.fileName();
                        break;
                    }
                }
            }
        }
        return found;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    QString m_config;
};

QTEST_MAIN(TestOsKeychain)
#include "tst_oskeychain.moc"
