// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// View → Audit Log: the decisions of a real audit log file, their outcomes, filters, exports and the chain's
// state, driven on the offscreen platform; the dashboard's decisions made against the simulator over
// loopback.

#include "audit/auditlog.h"
#include "audit/auditview.h"
#include "auditwindow.h"
#include "clock.h"
#include "config/credentialstore.h"
#include "decisiondialog.h"
#include "gateicons.h"
#include "gatestore.h"
#include "i18n.h"
#include "mainwindow.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <nlohmann/json.hpp>

using namespace gl;
using namespace gl::ui;

namespace {

AuditRecord base(const QString &event, const QString &gate, const QString &project, const QString &who)
{
    AuditRecord r;
    r.event = event;
    r.server = QStringLiteral("acme");
    r.provider = QStringLiteral("circleci");
    r.serverUser = who;
    r.gateId = gate;
    r.project = project;
    r.summary = project + QStringLiteral(" #7 / release / hold");
    r.decision = QStringLiteral("approve");
    r.branch = QStringLiteral("main");
    return r;
}

QList<QByteArray> lines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> out = f.readAll().split('\n');
    if (!out.isEmpty() && out.last().isEmpty()) {
        out.removeLast();
    }
    return out;
}

bool writeLines(const QString &path, const QList<QByteArray> &ls)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    for (const QByteArray &l : ls) {
        f.write(l + '\n');
    }
    return true;
}

QString cell(const AuditWindow &w, int row, int column)
{
    return w.model()->index(row, column).data().toString();
}

} // namespace

class TestAuditWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        gl::installTranslations();
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { Clock::setInstance(nullptr); }

    // Four decisions over three days by two accounts on two projects: one carried out, one the server
    // refused, one never sent, one whose run stopped before the answer.
    void everyDecisionIsListedWithItsOutcome()
    {
        const AuditLog log = fourDecisions();
        QVERIFY(m_appended);
        AuditWindow w(log, {});
        QAbstractItemModelTester tester(w.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(w.chainIntact());
        QCOMPARE(w.model()->rowCount(), 4);
        // Newest first.
        QCOMPARE(cell(w, 0, AuditTableModel::Outcome), QStringLiteral("Unknown (no answer)"));
        QCOMPARE(cell(w, 1, AuditTableModel::Outcome), QStringLiteral("Refused"));
        QCOMPARE(cell(w, 2, AuditTableModel::Outcome), QStringLiteral("Failed"));
        QCOMPARE(cell(w, 3, AuditTableModel::Outcome), QStringLiteral("Done"));
        QCOMPARE(cell(w, 2, AuditTableModel::ServerMessage),
                 QStringLiteral("HTTP 409: Job is not in an approvable state"));
        QCOMPARE(cell(w, 2, AuditTableModel::DecisionColumn), QStringLiteral("Reject"));
        QCOMPARE(cell(w, 3, AuditTableModel::Note), QStringLiteral("Tested on staging"));
        QCOMPARE(cell(w, 3, AuditTableModel::Project), QStringLiteral("gh/acme/api"));
        QCOMPARE(cell(w, 3, AuditTableModel::Server), QStringLiteral("acme (CircleCI)"));
        const QString local = AuditLog::localUserName();
        QCOMPARE(cell(w, 3, AuditTableModel::Person), QStringLiteral("%1 (as ana)").arg(local));
        QCOMPARE(cell(w, 3, AuditTableModel::Time),
                 QLocale().toString(m_start.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(w.countLabel()->text(), QStringLiteral("4 decisions"));
        QVERIFY2(w.chainLabel()->text().contains(QLatin1String("intact: 6 records")),
                 qPrintable(w.chainLabel()->text()));
        QVERIFY(!w.chainLabel()->property("broken").toBool());
        // The selected decision shows every record of it.
        w.view()->setCurrentIndex(w.model()->index(2, 0));
        const QString details = w.details()->toPlainText();
        QVERIFY2(details.contains(QLatin1String("About to send")) &&
                     details.contains(QLatin1String("Server's answer")) &&
                     details.contains(QLatin1String("HTTP 409")),
                 qPrintable(details));
        w.view()->setCurrentIndex(w.model()->index(0, 0));
        QVERIFY(w.details()->toPlainText().contains(QLatin1String("No answer was recorded")));
    }

    // A decision recorded before records named the vendor: the server's vendor comes from the config.
    void theVendorComesFromTheConfigForOldRecords()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")),
                           dir.filePath(QStringLiteral("a.json")));
        AuditRecord r = base(QStringLiteral("refused"), QStringLiteral("acme/x"), QString(), QString());
        r.provider.clear();
        QVERIFY(log.append(r).has_value());
        AuditWindow w(log, {{QStringLiteral("acme"), QStringLiteral("gitlab")}});
        QCOMPARE(cell(w, 0, AuditTableModel::Server), QStringLiteral("acme (GitLab)"));
        QCOMPARE(cell(w, 0, AuditTableModel::Project), QStringLiteral("—"));
        QCOMPARE(cell(w, 0, AuditTableModel::Person), AuditLog::localUserName());
    }

    void filtersByPersonProjectOutcomeDateAndText()
    {
        const AuditLog log = fourDecisions();
        QVERIFY(m_appended);
        AuditWindow w(log, {});
        QCOMPARE(w.personBox()->count(), 4);  // Everyone, the local user, ana, bo
        QCOMPARE(w.projectBox()->count(), 3); // All projects, gh/acme/api, gh/acme/web

        w.personBox()->setCurrentIndex(w.personBox()->findData(QStringLiteral("bo")));
        QCOMPARE(w.model()->rowCount(), 2);
        QCOMPARE(w.countLabel()->text(), QStringLiteral("2 of 4"));
        w.personBox()->setCurrentIndex(0);

        w.projectBox()->setCurrentIndex(w.projectBox()->findData(QStringLiteral("gh/acme/web")));
        QCOMPARE(w.model()->rowCount(), 1);
        QCOMPARE(cell(w, 0, AuditTableModel::Outcome), QStringLiteral("Failed"));
        w.projectBox()->setCurrentIndex(0);

        w.outcomeBox()->setCurrentIndex(w.outcomeBox()->findData(QStringLiteral("unknown")));
        QCOMPARE(w.model()->rowCount(), 1);
        QCOMPARE(cell(w, 0, AuditTableModel::Note), QStringLiteral("Ship it"));
        w.outcomeBox()->setCurrentIndex(0);

        // The dates span the log until the person chooses: day 1 to day 3.
        QCOMPARE(w.fromEdit()->date(), m_start.toLocalTime().date());
        QCOMPARE(w.toEdit()->date(), m_start.addDays(2).toLocalTime().date());
        QVERIFY(!w.fromEdit()->isEnabled());
        w.fromBox()->setChecked(true);
        QVERIFY(w.fromEdit()->isEnabled());
        QCOMPARE(w.model()->rowCount(), 4);
        w.fromEdit()->setDate(m_start.addDays(1).toLocalTime().date());
        QCOMPARE(w.model()->rowCount(), 3);
        w.toBox()->setChecked(true);
        w.toEdit()->setDate(m_start.addDays(1).toLocalTime().date());
        QCOMPARE(w.model()->rowCount(), 2); // the two of day 2
        w.fromBox()->setChecked(false);
        w.toBox()->setChecked(false);
        QCOMPARE(w.model()->rowCount(), 4);

        QTest::keyClicks(w.searchEdit(), QStringLiteral("approvable"));
        QCOMPARE(w.model()->rowCount(), 1);
        QCOMPARE(cell(w, 0, AuditTableModel::DecisionColumn), QStringLiteral("Reject"));
        w.searchEdit()->clear();
        QTest::keyClicks(w.searchEdit(), QStringLiteral("nothing like it"));
        QCOMPARE(w.model()->rowCount(), 0);
        QCOMPARE(w.countLabel()->text(), QStringLiteral("0 of 4"));
        QVERIFY(!w.exportCsvButton()->isEnabled());
        QVERIFY(w.details()->toPlainText().contains(QLatin1String("No recorded decision matches")));
    }

    // What is shown is what is exported, every record of each decision; an unwritable file is said so.
    void exportsWhatIsShown()
    {
        const AuditLog log = fourDecisions();
        QVERIFY(m_appended);
        AuditWindow w(log, {});
        w.personBox()->setCurrentIndex(w.personBox()->findData(QStringLiteral("ana")));
        QCOMPARE(w.model()->rowCount(),
                 2);                     // the approval (intent + outcome) and the reject (intent + outcome)
        ManualClock clock(m_clockAfter); // the day the file is named after
        Clock::setInstance(&clock);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("shown.csv"));
        QString asked;
        w.setFileChooser([&](const QString &, const QString &suggested) {
            asked = suggested;
            return csv;
        });
        QTest::mouseClick(w.exportCsvButton(), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("greenlight-audit-%1.csv")
                            .arg(m_clockAfter.toLocalTime().date().toString(Qt::ISODate)));
        Clock::setInstance(nullptr);
        const QList<QByteArray> rows = lines(csv);
        QCOMPARE(rows.size(), 1 + 4);
        QVERIFY(rows.at(0).contains("project"));
        QVERIFY(rows.at(1).contains("Tested on staging"));
        QVERIFY2(w.countLabel()->text().contains(QLatin1String("2 decisions saved to shown.csv")),
                 qPrintable(w.countLabel()->text()));

        const QString json = dir.filePath(QStringLiteral("shown.json"));
        QVERIFY(w.exportTo(json, AuditFormat::Json).has_value());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto parsed = nlohmann::json::parse(f.readAll().toStdString(), nullptr, false);
        QVERIFY(parsed.is_array());
        QCOMPARE(parsed.size(), std::size_t(4));
        QVERIFY(parsed[0]["server_user"] == "ana");
        QVERIFY(parsed[3]["result"] == "failed");

        const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/x.json"));
        w.setFileChooser([&](const QString &, const QString &) { return nowhere; });
        QTest::mouseClick(w.exportJsonButton(), Qt::LeftButton);
        QVERIFY2(w.countLabel()->text().startsWith(QLatin1String("cannot write")) &&
                     w.countLabel()->text().contains(QLatin1String("x.json")),
                 qPrintable(w.countLabel()->text()));
        QVERIFY(!QFile::exists(nowhere));
        // Cancelled: nothing written, the message stays.
        w.setFileChooser([](const QString &, const QString &) { return QString(); });
        QTest::mouseClick(w.exportJsonButton(), Qt::LeftButton);
        QVERIFY(w.countLabel()->text().startsWith(QLatin1String("cannot write")));
    }

    // An edited record: the chain state turns red, names the record and its line, and only what comes
    // before it is listed.
    void aTamperedRecordTurnsTheChainRedAndIsNamed()
    {
        const AuditLog log = fourDecisions();
        QVERIFY(m_appended);
        QList<QByteArray> ls = lines(log.path());
        QCOMPARE(ls.size(), 6);
        QVERIFY(ls[4].contains("\"refused\""));
        ls[4].replace("bo", "cto");
        QVERIFY(writeLines(log.path(), ls));
        AuditWindow w(AuditLog(log.path(), log.anchorPath()), {});
        QVERIFY(!w.chainIntact());
        QVERIFY(w.chainLabel()->property("broken").toBool());
        const QString text = w.chainLabel()->text();
        QVERIFY2(text.contains(QLatin1String("record 5, on line 5")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Only the 4 records before it")), qPrintable(text));
        QCOMPARE(w.chainLabel()->palette().color(QPalette::WindowText), errorColor());
        QCOMPARE(w.model()->rowCount(), 2); // the approval and the reject, records 1 to 4
        QCOMPARE(cell(w, 0, AuditTableModel::Outcome), QStringLiteral("Failed"));
    }

    // The last records deleted: only the anchor kept beside the log tells; the window says so.
    void aDeletedTailIsFound()
    {
        const AuditLog log = fourDecisions();
        QVERIFY(m_appended);
        QList<QByteArray> ls = lines(log.path());
        QVERIFY(writeLines(log.path(), ls.mid(0, 5)));
        AuditWindow w(AuditLog(log.path(), log.anchorPath()), {});
        QVERIFY(!w.chainIntact());
        const QString text = w.chainLabel()->text();
        QVERIFY2(text.contains(QLatin1String("does not verify")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("anchor")), qPrintable(text));
        QVERIFY(w.chainLabel()->property("broken").toBool());
    }

    void anEmptyLogSaysSo()
    {
        QTemporaryDir dir;
        AuditWindow w(
            AuditLog(dir.filePath(QStringLiteral("none.jsonl")), dir.filePath(QStringLiteral("a.json"))), {});
        QVERIFY(w.chainIntact());
        QCOMPARE(w.model()->rowCount(), 0);
        QVERIFY2(w.chainLabel()->text().startsWith(QLatin1String("No decision has been recorded yet")),
                 qPrintable(w.chainLabel()->text()));
        QVERIFY(!w.exportCsvButton()->isEnabled());
    }

    // Server text is shown without its control characters.
    void serverTextIsShownSafely()
    {
        QTemporaryDir dir;
        const AuditLog log(dir.filePath(QStringLiteral("audit.jsonl")),
                           dir.filePath(QStringLiteral("a.json")));
        AuditRecord r = base(QStringLiteral("intent"), QStringLiteral("acme/x"),
                             QStringLiteral("gh/acme/api"), QStringLiteral("ana"));
        r.note = QStringLiteral("ok\u202Egpj.exe");
        auto intent = log.append(r);
        QVERIFY(intent.has_value());
        AuditRecord o = r;
        o.event = QStringLiteral("outcome");
        o.result = QStringLiteral("failed");
        o.httpStatus = 500;
        o.serverMessage = QStringLiteral("\x1b[2Jboom");
        o.intentSeq = intent->seq;
        QVERIFY(log.append(o).has_value());
        AuditWindow w(log, {});
        QVERIFY(!cell(w, 0, AuditTableModel::Note).contains(QChar(0x202E)));
        QVERIFY(!cell(w, 0, AuditTableModel::ServerMessage).contains(QChar(0x1b)));
        QVERIFY(cell(w, 0, AuditTableModel::ServerMessage).contains(QLatin1String("boom")));
        QVERIFY(!w.details()->toPlainText().contains(QChar(0x1b)));
    }

    // From the dashboard: View → Audit Log opens it on the session's log; a decision made in the window
    // appears in it at once, with its outcome.
    void theDashboardOpensItAndADecisionAppears()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        const QString configPath = m_dir.filePath(QStringLiteral("servers.json"));
        QVERIFY(gltest::writeFile(
            configPath, gltest::configFor(m_sim.baseUrl(),
                                          {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")})));
        auto config = loadConfig(configPath);
        QVERIFY(config.has_value());
        EnvironmentCredentialStore credentials;
        const QString auditPath = m_dir.filePath(QStringLiteral("dashboard-audit.jsonl"));
        auto session = Session::open(*config, credentials, auditPath);
        MainWindow window(session.get(), configPath);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session->poller()->start();
        QTRY_COMPARE(window.model()->gateCount(), 3);

        QCOMPARE(window.auditAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        window.auditAction()->trigger();
        QPointer<AuditWindow> audit = window.auditWindow();
        QVERIFY(audit);
        QVERIFY(audit->isVisible());
        QCOMPARE(audit->model()->rowCount(), 0);

        const QString held = m_sim.heldApprovals().first();
        const QString id = gltest::circleGateId(held);
        QVERIFY(session->store()->gate(id));
        const QString project = session->store()->gate(id)->project;
        window.selectGate(id);
        window.approveAction()->trigger();
        DecisionDialog *dialog = gltest::openDialog(window);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Tested on staging"));
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_COMPARE(audit->model()->rowCount(), 1);
        QCOMPARE(cell(*audit, 0, AuditTableModel::Outcome), QStringLiteral("Done"));
        QCOMPARE(cell(*audit, 0, AuditTableModel::Note), QStringLiteral("Tested on staging"));
        QCOMPARE(cell(*audit, 0, AuditTableModel::Project), project);
        QCOMPARE(cell(*audit, 0, AuditTableModel::Server), QStringLiteral("sim (CircleCI)"));
        QVERIFY(audit->chainIntact());

        // Triggered again, the same window comes forward; closed, it is gone, and opens anew.
        window.auditAction()->trigger();
        QCOMPARE(window.auditWindow(), audit.data());
        audit->close();
        QTRY_VERIFY(!audit);
        window.auditAction()->trigger();
        QVERIFY(window.auditWindow());
        QCOMPARE(window.auditWindow()->model()->rowCount(), 1);
    }

    // Without a session (no servers yet), the window opens on the log About names.
    void worksWithoutASession()
    {
        const AuditLog log = fourDecisions();
        QVERIFY(m_appended);
        MainWindow window(nullptr, QString());
        window.setAuditPath(log.path());
        window.auditAction()->trigger();
        QVERIFY(window.auditWindow());
        QCOMPARE(window.auditWindow()->model()->rowCount(), 4);
        QVERIFY(window.auditWindow()->chainIntact());
    }

private:
    // The log's own anchor (in the test's state folder), as the application keeps it.
    AuditLog fourDecisions()
    {
        const QString path = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(++m_n));
        const AuditLog log(path);
        // Mid-morning local time, so that a few hours either side stay on the same local day.
        m_start = QDateTime(QDate(2026, 3, 2), QTime(10, 0)).toUTC();
        ManualClock clock(m_start);
        Clock::setInstance(&clock);
        const QString api = QStringLiteral("gh/acme/api");
        const QString web = QStringLiteral("gh/acme/web");
        // Day 1: ana approves, done.
        AuditRecord a = base(QStringLiteral("intent"), QStringLiteral("acme/workflow/w1/approval/j1"), api,
                             QStringLiteral("ana"));
        a.note = QStringLiteral("Tested on staging");
        auto ai = log.append(a);
        AuditRecord ao = a;
        ao.event = QStringLiteral("outcome");
        ao.result = QStringLiteral("done");
        ao.httpStatus = 202;
        ao.intentSeq = ai ? ai->seq : 0;
        clock.advanceSecs(2);
        auto ao2 = log.append(ao);
        // Day 2: ana rejects on web, the server refuses (409); bo's approval is refused before sending.
        clock.advanceSecs(24 * 3600);
        AuditRecord b = base(QStringLiteral("intent"), QStringLiteral("acme/workflow/w2/approval/j2"), web,
                             QStringLiteral("ana"));
        b.decision = QStringLiteral("reject");
        b.note = QStringLiteral("Breaks checkout");
        auto bi = log.append(b);
        AuditRecord bo = b;
        bo.event = QStringLiteral("outcome");
        bo.result = QStringLiteral("failed");
        bo.httpStatus = 409;
        bo.serverMessage = QStringLiteral("Job is not in an approvable state");
        bo.intentSeq = bi ? bi->seq : 0;
        clock.advanceSecs(1);
        auto bo2 = log.append(bo);
        clock.advanceSecs(600);
        AuditRecord c = base(QStringLiteral("refused"), QStringLiteral("acme/workflow/w3/approval/j3"), api,
                             QStringLiteral("bo"));
        c.note = QStringLiteral("Friday release");
        c.result = QStringLiteral("no longer waiting: the workflow was cancelled");
        auto ci = log.append(c);
        // Day 3: bo approves; the run stopped before the answer.
        clock.advanceSecs(24 * 3600);
        AuditRecord d = base(QStringLiteral("intent"), QStringLiteral("acme/workflow/w4/approval/j4"), api,
                             QStringLiteral("bo"));
        d.note = QStringLiteral("Ship it");
        auto di = log.append(d);
        clock.advanceSecs(24 * 3600);
        Clock::setInstance(nullptr);
        m_clockAfter = clock.now();
        m_appended = ai && ao2 && bi && bo2 && ci && di;
        return log;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    QDateTime m_start;
    QDateTime m_clockAfter;
    bool m_appended = false;
    int m_n = 0;
};

QTEST_MAIN(TestAuditWindow)
#include "tst_auditwindow.moc"
