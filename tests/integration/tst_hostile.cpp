// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// A hostile server's text (ESC sequences, other controls, bidi overrides in branch, user and commit names)
// reaches neither a terminal through the CLI nor the window as itself.

#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "text/safetext.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace gl;
using gltest::json;

namespace {

const QString kRlo(QChar(0x202e));

QByteArray hostileScenario()
{
    using namespace gltest;
    json held =
        json::array({job("build", "build", "success"), job("hold", "approval", "on_hold", {"build"})});
    json p = pipeline(5, "main", json::array({workflow("release", "on_hold", held)}));
    // Clears the screen, sets the terminal's title and turns what follows around.
    p["branch"] = "main\x1b[2J\x1b]0;owned\x07" + kRlo.toStdString() + "exe.gnp";
    p["subject"] = "fix\r\x1b[1A\x1b[2Kall clear \xc2\x9b"
                   "31m";
    p["actor"] = "eve\x1b[8m";
    json project = {{"slug", "gh/acme/api"}, {"pipelines", json::array({p})}};
    return QByteArray::fromStdString(json{{"token", "t0ken"}, {"projects", json::array({project})}}.dump());
}

bool hasUnsafe(const QString &s)
{
    for (const char32_t c : s.toUcs4()) {
        if (isUnsafeChar(c) && c != u'\n') {
            return true;
        }
    }
    return false;
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        QVERIFY(m_dir.isValid());
        qputenv("GL_TEST_TOKEN", "t0ken");
        m_config = m_dir.filePath(QStringLiteral("servers.json"));
        QVERIFY(
            gltest::writeFile(m_config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")})));
    }

    void init() { QVERIFY(m_sim.loadScenario(hostileScenario()).isEmpty()); }

    void theCliWritesNoControlCharacter_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("list") << QStringList{QStringLiteral("list")};
        QTest::addRow("list --json") << QStringList{QStringLiteral("list"), QStringLiteral("--json")};
        QTest::addRow("approve") << QStringList{QStringLiteral("approve"), QString(),
                                                QStringLiteral("--note"), QStringLiteral("ok"),
                                                QStringLiteral("--yes")};
        QTest::addRow("audit export csv") << QStringList{QStringLiteral("audit"), QStringLiteral("export"),
                                                         QStringLiteral("--format"), QStringLiteral("csv")};
    }

    void theCliWritesNoControlCharacter()
    {
        QFETCH(QStringList, args);
        const QString held = m_sim.heldApprovals().first();
        const QString id = gltest::circleGateId(held);
        const QString audit = m_dir.filePath(QStringLiteral("audit.jsonl"));
        if (args.first() == QLatin1String("approve")) {
            args[1] = id;
        }
        if (args.first() == QLatin1String("audit")) { // something hostile to export
            QVERIFY(gltest::runCli({QStringLiteral("approve"), id, QStringLiteral("--note"),
                                    QStringLiteral("=HYPERLINK(\"http://e\",\"x\")\x1b[2J"),
                                    QStringLiteral("--yes")},
                                   m_dir.path(), m_config, audit)
                        .code == 0);
        }
        const gltest::CliRun r = gltest::runCli(args, m_dir.path(), m_config, audit);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!hasUnsafe(r.out), qPrintable(r.out));
        QVERIFY2(!hasUnsafe(r.err), qPrintable(r.err));
        if (args.first() == QLatin1String("list") && args.size() == 1) {
            QVERIFY2(r.out.contains(QStringLiteral("by eve")), qPrintable(r.out)); // shown, not dropped
        }
        if (args.contains(QStringLiteral("--json"))) {
            const json parsed = json::parse(r.out.toStdString(), nullptr, false);
            QVERIFY(parsed.is_array() && parsed.size() == 1);
        }
        if (args.first() == QLatin1String("audit")) {
            // The formula guarded inside its quotes, the ESC escaped and visible.
            QVERIFY2(r.out.contains(QLatin1String("\"'=HYPERLINK(\"\"http://e\"\",\"\"x\"\")\\x1b[2J\"")),
                     qPrintable(r.out));
        }
    }

    void theWindowShowsNoControlCharacter()
    {
        auto config = loadConfig(m_config);
        QVERIFY(config.has_value());
        EnvironmentCredentialStore credentials;
        auto session = Session::open(*config, credentials, m_dir.filePath(QStringLiteral("w.jsonl")));
        ui::GateTreeModel model;
        model.setStore(session->store());
        session->poller()->start();
        QTRY_COMPARE(model.gateCount(), 1);
        const Gate g = session->store()->gates().front();
        for (const QString &s : {g.branch, g.commitSubject, g.triggeredBy}) {
            QVERIFY2(!hasUnsafe(s), qPrintable(s));
            QVERIFY(s.contains(QChar(0xfffd)));
        }
        // Every cell of every row, as the tree shows it.
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                for (int col = 0; col < model.columnCount(parent); ++col) {
                    const QModelIndex i = model.index(row, col, parent);
                    for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                        const QString text = model.data(i, role).toString();
                        QVERIFY2(!hasUnsafe(text), qPrintable(text));
                    }
                }
                walk(model.index(row, 0, parent));
            }
        };
        walk({});
    }

private:
    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    QString m_config;
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
