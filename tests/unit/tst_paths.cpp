// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Where Greenlight keeps its files, and the move from the doubled folders of earlier versions.

#include "audit/auditlog.h"
#include "config/serverconfig.h"
#include "paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

const char *const kVariables[] = {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
                                  "XDG_CACHE_HOME"};

bool writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return false;
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(cannot read ") + path.toUtf8() + ')';
}

} // namespace

class TestPaths : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const char *name : kVariables) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
        }
    }

    void cleanupTestCase()
    {
        for (const auto &v : std::as_const(m_saved)) {
            if (v.set) {
                qputenv(v.name, v.value);
            } else {
                qunsetenv(v.name);
            }
        }
    }

    // Every test starts with HOME and the four XDG folders in scratch folders of its own.
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_xdg = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid() && m_xdg->isValid());
        qputenv("HOME", QFile::encodeName(m_home->path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(xdg("config")));
        qputenv("XDG_DATA_HOME", QFile::encodeName(xdg("data")));
        qputenv("XDG_STATE_HOME", QFile::encodeName(xdg("state")));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(xdg("cache")));
    }

    void pathsFollowTheXdgVariables()
    {
        QCOMPARE(gl::paths::configDir(), xdg("config/greenlight"));
        QCOMPARE(gl::paths::configFile(), xdg("config/greenlight/servers.json"));
        QCOMPARE(gl::paths::settingsFile(), xdg("config/greenlight/greenlight.conf"));
        QCOMPARE(gl::paths::dataDir(), xdg("data/greenlight"));
        QCOMPARE(gl::paths::auditLog(), xdg("data/greenlight/audit.jsonl"));
        QCOMPARE(gl::paths::stateDir(), xdg("state/greenlight"));
        QCOMPARE(gl::paths::cacheDir(), xdg("cache/greenlight"));
        // A trailing slash makes no difference.
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(xdg("config")) + '/');
        QCOMPARE(gl::paths::configFile(), xdg("config/greenlight/servers.json"));
    }

    void unsetOrRelativeXdgValuesFallBackToHome_data()
    {
        QTest::addColumn<QByteArray>("value"); // empty: unset
        QTest::newRow("unset") << QByteArray();
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("relative") << QByteArray("relative/dir");
        QTest::newRow("dot-relative") << QByteArray("./xdg");
        QTest::newRow("tilde is not expanded") << QByteArray("~/xdg");
    }
    void unsetOrRelativeXdgValuesFallBackToHome()
    {
        QFETCH(QByteArray, value);
        for (const char *name : kVariables) {
            if (qstrcmp(name, "HOME") == 0) {
                continue;
            }
            if (value.isNull()) {
                qunsetenv(name);
            } else {
                qputenv(name, value);
            }
        }
        const QString home = m_home->path();
        QCOMPARE(gl::paths::configDir(), home + QStringLiteral("/.config/greenlight"));
        QCOMPARE(gl::paths::configFile(), home + QStringLiteral("/.config/greenlight/servers.json"));
        QCOMPARE(gl::paths::settingsFile(), home + QStringLiteral("/.config/greenlight/greenlight.conf"));
        QCOMPARE(gl::paths::dataDir(), home + QStringLiteral("/.local/share/greenlight"));
        QCOMPARE(gl::paths::auditLog(), home + QStringLiteral("/.local/share/greenlight/audit.jsonl"));
        QCOMPARE(gl::paths::stateDir(), home + QStringLiteral("/.local/state/greenlight"));
        QCOMPARE(gl::paths::cacheDir(), home + QStringLiteral("/.cache/greenlight"));
    }

    // The functions the rest of the code calls give the same paths, whatever the application's identity.
    void defaultsAreThesePaths()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("greenlight"));
        QCoreApplication::setApplicationName(QStringLiteral("greenlight"));
        QCOMPARE(gl::defaultConfigPath(), xdg("config/greenlight/servers.json"));
        QCOMPARE(gl::AuditLog::defaultPath(), xdg("data/greenlight/audit.jsonl"));
    }

    // Earlier versions' QSettings file is already at settingsFile(): nothing to move for it.
    void settingsFileIsWhereQSettingsWroteIt()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("greenlight"));
        QCoreApplication::setApplicationName(QStringLiteral("greenlight"));
        QSettings settings; // the only default QSettings in this process: it reads XDG_CONFIG_HOME now
        settings.setValue(QStringLiteral("probe"), 1);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QCOMPARE(settings.fileName(), gl::paths::settingsFile());
        QVERIFY(QFileInfo::exists(gl::paths::settingsFile()));
    }

    void migrationMovesDoubledFilesOnce()
    {
        const QString oldConfig = xdg("config/greenlight/greenlight/servers.json");
        const QString oldAudit = xdg("data/greenlight/greenlight/audit.jsonl");
        QVERIFY(writeFile(oldConfig, "{\"servers\": []}"));
        QVERIFY(writeFile(oldAudit, "{\"seq\": 1}\n"));

        const QStringList messages = gl::paths::migrateLegacyPaths();
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages[0].contains(oldConfig) && messages[0].contains(gl::paths::configFile()),
                 qPrintable(messages[0]));
        QVERIFY2(messages[0].startsWith(QLatin1String("Moved ")), qPrintable(messages[0]));
        QVERIFY2(messages[1].contains(oldAudit) && messages[1].contains(gl::paths::auditLog()),
                 qPrintable(messages[1]));
        QVERIFY2(messages[1].startsWith(QLatin1String("Moved ")), qPrintable(messages[1]));

        QCOMPARE(readFile(xdg("config/greenlight/servers.json")), QByteArray("{\"servers\": []}"));
        QCOMPARE(readFile(xdg("data/greenlight/audit.jsonl")), QByteArray("{\"seq\": 1}\n"));
        QVERIFY(!QFileInfo::exists(oldConfig));
        QVERIFY(!QFileInfo::exists(oldAudit));
        // The emptied doubled folders go too.
        QVERIFY(!QFileInfo::exists(xdg("config/greenlight/greenlight")));
        QVERIFY(!QFileInfo::exists(xdg("data/greenlight/greenlight")));

        // A second run finds nothing to do and says nothing.
        QCOMPARE(gl::paths::migrateLegacyPaths(), QStringList());
        QCOMPARE(readFile(xdg("config/greenlight/servers.json")), QByteArray("{\"servers\": []}"));
        QCOMPARE(readFile(xdg("data/greenlight/audit.jsonl")), QByteArray("{\"seq\": 1}\n"));
    }

    void anExistingTargetIsNeverOverwritten()
    {
        const QString oldConfig = xdg("config/greenlight/greenlight/servers.json");
        const QString oldAudit = xdg("data/greenlight/greenlight/audit.jsonl");
        QVERIFY(writeFile(oldConfig, "old config"));
        QVERIFY(writeFile(oldAudit, "old audit\n"));
        QVERIFY(writeFile(gl::paths::configFile(), "new config"));
        QVERIFY(writeFile(gl::paths::auditLog(), "new audit\n"));

        for (int round = 1; round <= 2; ++round) {
            const QStringList messages = gl::paths::migrateLegacyPaths();
            QCOMPARE(messages.size(), 2);
            QVERIFY2(messages[0].contains(oldConfig) && messages[0].contains(gl::paths::configFile()),
                     qPrintable(messages[0]));
            QVERIFY2(messages[0].contains(QLatin1String("uses ") + gl::paths::configFile()),
                     qPrintable(messages[0]));
            QVERIFY2(messages[1].contains(oldAudit) && messages[1].contains(gl::paths::auditLog()),
                     qPrintable(messages[1]));
            QVERIFY2(messages[1].contains(QLatin1String("uses ") + gl::paths::auditLog()),
                     qPrintable(messages[1]));
            QCOMPARE(readFile(gl::paths::configFile()), QByteArray("new config"));
            QCOMPARE(readFile(gl::paths::auditLog()), QByteArray("new audit\n"));
            QCOMPARE(readFile(oldConfig), QByteArray("old config"));
            QCOMPARE(readFile(oldAudit), QByteArray("old audit\n"));
        }
    }

    void nothingToMigrateSaysNothingAndCreatesNothing()
    {
        QCOMPARE(gl::paths::migrateLegacyPaths(), QStringList());
        QVERIFY(!QFileInfo::exists(xdg("config")));
        QVERIFY(!QFileInfo::exists(xdg("data")));
        // The new layout alone is left as it is, too.
        QVERIFY(writeFile(gl::paths::configFile(), "new"));
        QCOMPARE(gl::paths::migrateLegacyPaths(), QStringList());
        QCOMPARE(readFile(gl::paths::configFile()), QByteArray("new"));
    }

private:
    QString xdg(const char *relative) const { return m_xdg->filePath(QLatin1String(relative)); }

    struct Saved
    {
        const char *name;
        QByteArray value;
        bool set;
    };
    QList<Saved> m_saved;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<QTemporaryDir> m_xdg;
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
