// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The dashboard as main() builds it: which files it reads and writes, and the demo's scratch files.

#include "audit/auditlog.h"
#include "auditwindow.h"
#include "dashboard.h"
#include "decisiondialog.h"
#include "decisions.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "mainwindow.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace gl::ui;

namespace {

DecisionDialog *openDialog(MainWindow *window)
{
    const auto dialogs = window->findChildren<DecisionDialog *>();
    for (DecisionDialog *d : dialogs) {
        if (d->isVisible()) {
            return d;
        }
    }
    return nullptr;
}

// Approves the gate through the window's own dialog, as a user would.
bool approveInWindow(MainWindow *window, const QString &gateId, const QString &note)
{
    window->selectGate(gateId);
    if (!window->approveAction()->isEnabled()) {
        return false;
    }
    window->approveAction()->trigger();
    DecisionDialog *dialog = openDialog(window);
    if (!dialog) {
        return false;
    }
    QTest::keyClicks(dialog->noteEdit(), note);
    QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
    return true;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
    }

    // Scratch XDG folders for every test: nothing reaches the real user's files.
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HOME", QFile::encodeName(m_home->path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("data"))));
        qputenv("XDG_STATE_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("state"))));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home->filePath(QStringLiteral("cache"))));
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
    }

    void windowAndCliReadOneConfigAndAppendToOneAuditLog()
    {
        const QString config = m_home->filePath(QStringLiteral("config/greenlight/servers.json"));
        const QString audit = m_home->filePath(QStringLiteral("data/greenlight/audit.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(config).path()));
        QVERIFY(
            gltest::writeFile(config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                          QStringLiteral("gh/acme/web")})));

        QString error;
        auto dashboard = Dashboard::create({}, &error);
        QVERIFY2(dashboard, qPrintable(error));
        QCOMPARE(dashboard->configPath(), config);
        QCOMPARE(dashboard->auditPath(), audit);
        dashboard->show();
        MainWindow *window = dashboard->window();
        QTRY_COMPARE(window->model()->gateCount(), 3); // read from the config at the README's place

        const QStringList held = m_sim.heldApprovals();
        QCOMPARE(held.size(), 3);
        const auto idOf = [](const QString &h) -> QString {
            return QStringLiteral("sim/workflow/") + h.section(u'/', 0, 0) + QStringLiteral("/approval/") +
                   h.section(u'/', 1, 1);
        };
        QVERIFY(approveInWindow(window, idOf(held.at(0)), QStringLiteral("from the window")));
        QTRY_COMPARE(m_sim.count("POST"), 1);
        QTRY_COMPARE(AuditLog(audit).readAll().value_or(std::vector<AuditRecord>{}).size(), std::size_t(2));

        // The CLI, with the same environment and no --config or --audit-log, reads the same file and
        // appends to the same log.
        QProcess cli;
        cli.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        cli.start(QStringLiteral(GL_BINARY),
                  {QStringLiteral("approve"), idOf(held.at(1)), QStringLiteral("--note"),
                   QStringLiteral("from the terminal"), QStringLiteral("--yes")});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning,
                                 30000); // the simulator answers meanwhile
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        const auto records = AuditLog(audit).readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), std::size_t(4));
        QCOMPARE(records->at(0).note, QStringLiteral("from the window"));
        QCOMPARE(records->at(2).note, QStringLiteral("from the terminal"));
        QVERIFY(AuditLog(audit).verify().has_value());
        // Nothing at the doubled places an earlier version used.
        QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("config/greenlight/greenlight"))));
        QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("data/greenlight/greenlight"))));
    }

    // A decision an earlier run left without its answer: the window reads the gate again at its start and
    // says, in a box that stays, what became of it, and which outcomes are still unknown.
    void theWindowCompletesAndListsTheDecisionsOfAnEarlierRun()
    {
        const QString config = m_home->filePath(QStringLiteral("config/greenlight/servers.json"));
        const QString audit = m_home->filePath(QStringLiteral("data/greenlight/audit.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(config).path()));
        QVERIFY(
            gltest::writeFile(config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")})));
        const QString held = m_sim.heldApprovals().first();
        AuditRecord intent;
        intent.event = QStringLiteral("intent");
        intent.server = QStringLiteral("sim");
        intent.gateId = QStringLiteral("sim/workflow/") + held.section(u'/', 0, 0) +
                        QStringLiteral("/approval/") + held.section(u'/', 1, 1);
        intent.summary = QStringLiteral("acme/api hold");
        intent.decision = QStringLiteral("approve");
        intent.note = QStringLiteral("killed");
        QVERIFY(AuditLog(audit).append(intent).has_value());
        intent.gateId = QStringLiteral("retired/workflow/w/approval/j"); // a server no longer configured
        intent.summary = QStringLiteral("old hold");
        QVERIFY(AuditLog(audit).append(intent).has_value());
        m_sim.clearRequests();

        QString error;
        auto dashboard = Dashboard::create({}, &error);
        QVERIFY2(dashboard, qPrintable(error));
        dashboard->show();
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = dashboard->window()->findChild<QMessageBox *>(QStringLiteral("earlierDecisions"))));
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QLatin1String("still unknown")), qPrintable(box->text()));
        const QString lines = box->informativeText();
        QVERIFY2(lines.contains(QLatin1String("acme/api hold (audit record 1)")) &&
                     lines.contains(QLatin1String("still waiting (")),
                 qPrintable(lines));
        QVERIFY2(
            lines.contains(QLatin1String("The outcome of the decision to approve old hold (audit record 2) "
                                         "is still unknown")),
            qPrintable(lines));
        QCOMPARE(m_sim.count("POST"), 0);
        const auto records = AuditLog(audit).readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), std::size_t(3));
        QCOMPARE(records->back().event, QStringLiteral("verified"));
        QCOMPARE(records->back().intentSeq, qint64(1));
    }

    // A log that does not verify at the start: the box says the earlier decisions could not be looked at (not
    // "0 decisions") and names the record; its Audit Log button opens the Audit window, red.
    void aTamperedLogAtTheStartIsSaidAndOpensTheAuditWindow()
    {
        const QString config = m_home->filePath(QStringLiteral("config/greenlight/servers.json"));
        const QString audit = m_home->filePath(QStringLiteral("data/greenlight/audit.jsonl"));
        QVERIFY(QDir().mkpath(QFileInfo(config).path()));
        QVERIFY(
            gltest::writeFile(config, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")})));
        AuditRecord refused;
        refused.event = QStringLiteral("refused");
        refused.server = QStringLiteral("sim");
        refused.gateId = QStringLiteral("sim/workflow/w/approval/j");
        refused.decision = QStringLiteral("approve");
        for (const char *note : {"first", "second"}) {
            refused.note = QString::fromLatin1(note);
            QVERIFY(AuditLog(audit).append(refused).has_value());
        }
        QFile file(audit);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("\"second\"", "\"SECOND\"");
        QVERIFY(gltest::writeFile(audit, text));

        QString error;
        auto dashboard = Dashboard::create({}, &error);
        QVERIFY2(dashboard, qPrintable(error));
        dashboard->show();
        QMessageBox *box = nullptr;
        QTRY_VERIFY(
            (box = dashboard->window()->findChild<QMessageBox *>(QStringLiteral("earlierDecisions"))));
        QVERIFY2(box->text().contains(QLatin1String("could not look")), qPrintable(box->text()));
        QVERIFY2(box->informativeText().contains(QLatin1String("record 2")),
                 qPrintable(box->informativeText()));
        auto *open = box->findChild<QPushButton *>(QStringLiteral("openAuditLog"));
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(dashboard->window()->auditWindow());
        QVERIFY(!dashboard->window()->auditWindow()->chainIntact());
        QCOMPARE(dashboard->window()->auditWindow()->model()->rowCount(), 1);
    }

    void aConfigAtTheDoubledPlaceIsMovedWithAMessage()
    {
        const QString old = m_home->filePath(QStringLiteral("config/greenlight/greenlight/servers.json"));
        QVERIFY(QDir().mkpath(QFileInfo(old).path()));
        QVERIFY(gltest::writeFile(old, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")})));
        QString error;
        auto dashboard = Dashboard::create({}, &error);
        QVERIFY2(dashboard, qPrintable(error));
        QVERIFY(!QFileInfo::exists(old));
        QVERIFY(QFileInfo::exists(dashboard->configPath()));
        QCOMPARE(dashboard->startupMessages().size(), 1);
        QVERIFY(dashboard->startupMessages().first().contains(dashboard->configPath()));
        QCOMPARE(dashboard->window()->statusBar()->currentMessage(), dashboard->startupMessages().first());
        dashboard->show();
        QTRY_COMPARE(dashboard->session()->store()->health(QStringLiteral("sim")).state, ServerState::Polled);
        QCOMPARE(dashboard->window()->model()->gateCount(), 1); // gh/acme/api holds one
    }

    void theDemoLeavesTheUsersFilesUntouched()
    {
        const QString userAudit = m_home->filePath(QStringLiteral("data/greenlight/audit.jsonl"));
        QString error;
        Dashboard::Options options;
        options.demo = true;
        options.notifications = false;
        auto dashboard = Dashboard::create(options, &error);
        QVERIFY2(dashboard, qPrintable(error));
        QVERIFY(dashboard->window()->windowTitle().contains(QLatin1String("demo"), Qt::CaseInsensitive));
        QVERIFY(!dashboard->auditPath().startsWith(m_home->path()));
        QVERIFY(!dashboard->configPath().startsWith(m_home->path()));
        dashboard->show();
        MainWindow *window = dashboard->window();
        QTRY_VERIFY(window->model()->gateCount() > 0);
        // An invented decision goes to the demo's own log.
        QString decidable;
        for (const QString &server : dashboard->session()->store()->servers()) {
            for (const Gate &g : dashboard->session()->store()->gates(server)) {
                if (g.canApprove && decidable.isEmpty() &&
                    protectedName(g, dashboard->session()->config().protectedEnvironments).isEmpty()) {
                    decidable = g.id;
                }
            }
        }
        QVERIFY(!decidable.isEmpty());
        QVERIFY(approveInWindow(window, decidable, QStringLiteral("demo decision")));
        QTRY_COMPARE(AuditLog(dashboard->auditPath()).readAll().value_or(std::vector<AuditRecord>{}).size(),
                     std::size_t(2));
        QVERIFY(!QFileInfo::exists(userAudit));
        QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("config/greenlight/servers.json"))));
        const QString scratch = QFileInfo(dashboard->auditPath()).path();
        dashboard.reset();
        QVERIFY(!QFileInfo::exists(scratch)); // the scratch folder goes with the demo
    }

    // The one inbox: a gate of each vendor approved from the window, through its own dialog, on the demo's
    // four simulated servers; each decision is recorded as done and the gate leaves the tree.
    void theDemoApprovesOneGateOfEachVendorFromTheWindow()
    {
        QString error;
        Dashboard::Options options;
        options.demo = true;
        options.notifications = false;
        auto dashboard = Dashboard::create(options, &error);
        QVERIFY2(dashboard, qPrintable(error));
        dashboard->show();
        GateStore *store = dashboard->session()->store();
        const QStringList vendors = {QStringLiteral("circleci"), QStringLiteral("gitlab"),
                                     QStringLiteral("github"), QStringLiteral("jenkins")};
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QStringList seen;
                for (const QString &server : store->servers()) {
                    if (store->health(server).state != ServerState::Polled) {
                        return false;
                    }
                    for (const Gate &g : store->gates(server)) {
                        seen << g.provider;
                    }
                }
                return std::all_of(vendors.begin(), vendors.end(),
                                   [&](const QString &v) { return seen.contains(v); });
            }(),
            20000);
        MainWindow *window = dashboard->window();
        QStringList decided;
        for (const QString &vendor : vendors) {
            QString id;
            for (const QString &server : store->servers()) {
                for (const Gate &g : store->gates(server)) {
                    if (id.isEmpty() && g.provider == vendor && g.canApprove && g.parameters.empty()) {
                        id = g.id;
                    }
                }
            }
            QVERIFY2(!id.isEmpty(), qPrintable(vendor));
            window->selectGate(id);
            QVERIFY(window->approveAction()->isEnabled());
            window->approveAction()->trigger();
            DecisionDialog *dialog = openDialog(window);
            QVERIFY(dialog);
            QTest::keyClicks(dialog->noteEdit(), QStringLiteral("approved from the inbox"));
            if (dialog->confirmEdit()) {
                QTest::keyClicks(dialog->confirmEdit(), dialog->confirmationWord());
            }
            QVERIFY2(dialog->decideButton()->isEnabled(), qPrintable(vendor));
            QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!store->gate(id), 15000);
            decided << id;
        }
        const auto records = AuditLog(dashboard->auditPath()).readAll();
        QVERIFY(records.has_value());
        for (const QString &id : decided) {
            const bool done = std::any_of(records->begin(), records->end(), [&](const AuditRecord &r) {
                return r.gateId == id && r.event == QLatin1String("outcome") &&
                       r.result == QLatin1String("done");
            });
            QVERIFY2(done, qPrintable(id));
        }
    }

private:
    glsim::Simulator m_sim;
    std::unique_ptr<QTemporaryDir> m_home;
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
