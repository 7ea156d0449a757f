// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The dashboard, driven for real on the offscreen platform against the simulator over loopback.

#include "audit/auditlog.h"
#include "config/credentialstore.h"
#include "decisiondialog.h"
#include "decisions.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"
#include "mainwindow.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace gl;
using namespace gl::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        gl::installTranslations(); // the English plurals, as the application loads them
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
    }

    // A fresh scenario, session and window for every test; the model tester lives as long as the window.
    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        m_sim.clearRequests();
        const QString configPath = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(
            configPath, gltest::configFor(m_sim.baseUrl(),
                                          {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")})));
        auto config = loadConfig(configPath);
        QVERIFY(config.has_value());
        m_auditPath = m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n));
        m_session = Session::open(*config, m_credentials, m_auditPath);
        QVERIFY(m_session->setupErrors().isEmpty());
        m_window = std::make_unique<MainWindow>(m_session.get(), configPath);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->poller()->start();
        QTRY_COMPARE(m_window->model()->gateCount(), 3);
        m_sim.clearRequests();
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
        m_session.reset();
    }

    void showsTheTreeWithCountsAndColumns()
    {
        GateTreeModel *model = m_window->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("sim"));
        QCOMPARE(model->index(0, GateTreeModel::StatusColumn).data().toString(), QStringLiteral("3 waiting"));
        const QModelIndex api = model->index(0, 0, model->index(0, 0));
        QCOMPARE(api.data().toString(), QStringLiteral("gh/acme/api"));
        const QModelIndex pipeline = model->index(0, 0, api);
        QCOMPARE(pipeline.data().toString(), QStringLiteral("#3 · Commit 3"));
        QCOMPARE(pipeline.siblingAtColumn(GateTreeModel::BranchColumn).data().toString(),
                 QStringLiteral("main"));
        const QModelIndex hold = model->index(0, 0, model->index(0, 0, pipeline));
        QCOMPARE(hold.data().toString(), QStringLiteral("hold"));
        QCOMPARE(hold.siblingAtColumn(GateTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("needs approval"));
        QCOMPARE(hold.siblingAtColumn(GateTreeModel::ApprovalsColumn).data().toString(),
                 QStringLiteral("0/1"));
        QCOMPARE(hold.siblingAtColumn(GateTreeModel::TriggeredColumn).data().toString(),
                 QStringLiteral("zoë"));
        QVERIFY(hold.siblingAtColumn(GateTreeModel::ExpiresColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("in ")));
        QVERIFY(m_window->tree()->isExpanded(m_window->proxy()->mapFromSource(hold.parent())));
        QVERIFY2(m_window->healthLabel()->text().contains(QLatin1String("sim: updated")),
                 qPrintable(m_window->healthLabel()->text()));
    }

    void longestWaitingGateIsSelectedWithItsDetails()
    {
        // The view may make a server row current by itself first; the window then selects the gate.
        QTRY_COMPARE(m_window->tree()->currentIndex().data(GateTreeModel::GateIdRole).toString(),
                     m_window->model()->longestWaitingGateId());
        const QString id = m_window->tree()->currentIndex().data(GateTreeModel::GateIdRole).toString();
        const QString text = m_window->details()->toPlainText();
        QVERIFY(text.contains(m_session->store()->gate(id)->name));
        QVERIFY(text.contains(QLatin1String("Approve: CircleCI approves the job")));
        QVERIFY(text.contains(QLatin1String("Reject: CircleCI cancels the approval job")));
    }

    void approveSendsExactlyOneApprovalAndAudits()
    {
        const QString held = m_sim.heldApprovals().first();
        m_window->selectGate(gateId(held));
        QVERIFY(m_window->approveAction()->isEnabled());
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->cancelButton()->isDefault());
        QVERIFY(dialog->decideButton()->isEnabled()); // approving an unprotected gate: the note is optional
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Tested on staging"));
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_COMPARE(m_sim.count("POST"), 1);
        QCOMPARE(m_sim.count("POST", QStringLiteral("/approve/") + held.section(u'/', 1, 1)), 1);
        QTRY_VERIFY(!m_session->store()->gate(gateId(held))); // refreshed from the server right after
        QTRY_VERIFY(m_window->statusBar()->currentMessage().startsWith(QLatin1String("approved: ")));
        const auto records = AuditLog(m_auditPath).readAll();
        QVERIFY(records.has_value());
        QCOMPARE(records->size(), std::size_t(2));
        QCOMPARE(records->at(0).event, QStringLiteral("intent"));
        QCOMPARE(records->at(0).note, QStringLiteral("Tested on staging"));
        QCOMPARE(records->at(1).event, QStringLiteral("outcome"));
        QCOMPARE(records->at(1).result, QStringLiteral("done"));
    }

    void cancelSendsNothing()
    {
        m_window->selectGate(gateId(m_sim.heldApprovals().first()));
        m_window->rejectAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("changed my mind"));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog());
        // A decision starts at once when confirmed (its first step reads the gate); none did, so none can
        // send later: no need to wait and see.
        QVERIFY(!m_session->decisions()->inFlight(gateId(m_sim.heldApprovals().first())));
        QCOMPARE(m_sim.count("POST"), 0);
        QVERIFY(!QFile::exists(m_auditPath));
    }

    void enterInTheDialogDoesNotDecide()
    {
        m_window->selectGate(gateId(m_sim.heldApprovals().first()));
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QTest::keyClick(dialog, Qt::Key_Return); // Cancel is the default button
        QTRY_VERIFY(!openDialog());
        QVERIFY(!m_session->decisions()->inFlight(gateId(m_sim.heldApprovals().first())));
        QCOMPARE(m_sim.count("POST"), 0);
    }

    void rejectWithoutANoteCannotBeConfirmed()
    {
        m_window->selectGate(gateId(m_sim.heldApprovals().first()));
        m_window->rejectAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->decideButton()->isEnabled());
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("   "));
        QVERIFY(!dialog->decideButton()->isEnabled());
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Breaks checkout"));
        QVERIFY(dialog->decideButton()->isEnabled());
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_COMPARE(m_sim.count("POST", QStringLiteral("/cancel")), 1);
        QCOMPARE(m_sim.count("POST"), 1);
    }

    void protectedEnvironmentNeedsItsNameTyped()
    {
        m_sim.addHeldPipeline(); // "hold-production": protected by the default pattern prod*
        m_session->poller()->refreshAll();
        QTRY_COMPARE(m_window->model()->gateCount(), 4);
        QString id;
        for (const Gate &g : m_session->store()->gates()) {
            if (g.name == QLatin1String("hold-production")) {
                id = g.id;
            }
        }
        QVERIFY(!id.isEmpty());
        m_window->selectGate(id);
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->confirmEdit());
        QCOMPARE(dialog->confirmationWord(), QStringLiteral("hold-production"));
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Release train 14"));
        QVERIFY(!dialog->decideButton()->isEnabled());
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("hold-prod"));
        QVERIFY(!dialog->decideButton()->isEnabled());
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(!m_session->decisions()->inFlight(id));
        QCOMPARE(m_sim.count("POST"), 0);
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("uction"));
        QVERIFY(dialog->decideButton()->isEnabled());
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_COMPARE(m_sim.count("POST"), 1);
    }

    void doubleClickOnApproveSendsOnce()
    {
        const QString id = gateId(m_sim.heldApprovals().first());
        m_window->selectGate(id);
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QPointer<QPushButton> button = dialog->decideButton();
        QTest::mouseClick(button, Qt::LeftButton);
        if (button) { // the dialog may already be gone: that is the point
            QTest::mouseDClick(button, Qt::LeftButton);
        }
        m_window->approveAction()->trigger(); // and the gate is in flight: no second dialog
        QVERIFY(!openDialog());
        QTRY_COMPARE(m_sim.count("POST"), 1);
        // Once no decision is on its way, nothing more can be sent.
        QTRY_VERIFY(m_session->decisions()->inFlight(id) == false &&
                    !m_window->model()->indexOfGate(id).data(GateTreeModel::InFlightRole).toBool());
        QCOMPARE(m_sim.count("POST"), 1);
    }

    void severalGatesInOneDialogWithOneNote()
    {
        const QModelIndex first = m_window->proxy()->mapFromSource(
            m_window->model()->indexOfGate(gateId(m_sim.heldApprovals().at(0))));
        const QModelIndex second = m_window->proxy()->mapFromSource(
            m_window->model()->indexOfGate(gateId(m_sim.heldApprovals().at(1))));
        m_window->tree()->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_window->tree()->selectionModel()->select(second,
                                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_window->decidableSelection().size(), std::size_t(2));
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->gateIds().size(), 2);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Approve 2 gates"));
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("Both are the same release"));
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_COMPARE(m_sim.count("POST"), 2);
        QTRY_COMPARE(AuditLog(m_auditPath).verify().value_or(0), 4);
    }

    void inFlightGateShowsItAndCannotBeDecidedAgain()
    {
        glsim::Fault slow;
        slow.method = "POST";
        slow.delayMs = 1500;
        m_sim.addFault(slow);
        const QString id = gateId(m_sim.heldApprovals().first());
        m_window->selectGate(id);
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        const auto status = [&] {
            return m_window->model()
                ->indexOfGate(id)
                .siblingAtColumn(GateTreeModel::StatusColumn)
                .data()
                .toString();
        };
        QTRY_COMPARE(status(), QStringLiteral("sending…"));
        m_window->selectGate(id);
        QVERIFY(!m_window->approveAction()->isEnabled());
        QVERIFY(!m_window->requestDecision(Decision::Approve));
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->decisions()->inFlight(id), 5000);
        QCOMPARE(m_sim.count("POST"), 1);
    }

    void refusalIsShownInPlainWords()
    {
        glsim::Fault refuse;
        refuse.method = "POST";
        refuse.status = 403;
        m_sim.addFault(refuse);
        const QString id = gateId(m_sim.heldApprovals().first());
        m_window->selectGate(id);
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_VERIFY(
            m_window->statusBar()->currentMessage().contains(QLatin1String("HTTP 403: Simulated failure")));
        QTRY_COMPARE(
            m_window->model()->indexOfGate(id).siblingAtColumn(GateTreeModel::StatusColumn).data().toString(),
            QStringLiteral("refused"));
    }

    void filterAndOnlyMine()
    {
        QTest::keyClicks(m_window->filterEdit(), QStringLiteral("release/1.0"));
        QCOMPARE(visibleGates().size(), 2); // the two holds of gh/acme/web
        m_window->filterEdit()->clear();
        QCOMPARE(visibleGates().size(), 3);
        m_window->filterEdit()->setText(QStringLiteral("approve-us zoë")); // keyClicks types ASCII only
        QCOMPARE(visibleGates(), QStringList{QStringLiteral("approve-us")});
        m_window->filterEdit()->clear();
        m_window->onlyMineBox()->setChecked(true);
        QCOMPARE(visibleGates().size(), 3); // CircleCI lets every pusher approve
        m_window->onlyMineBox()->setChecked(false);
    }

    void selectionAndFoldsSurviveAPollThatAddsAndRemovesOtherGates()
    {
        QString keep, other;
        for (const Gate &g : m_session->store()->gates()) {
            if (g.name == QLatin1String("approve-us")) {
                keep = g.id;
            } else if (g.name == QLatin1String("hold")) {
                other = g.id;
            }
        }
        m_window->selectGate(keep);
        const QModelIndex api = m_window->proxy()->mapFromSource(
            m_window->model()->indexOfKey(QStringLiteral("p:sim/gh/acme/api")));
        m_window->tree()->collapse(api);

        // Elsewhere: one gate is decided, and a new hold appears.
        std::optional<DecisionResult> decided;
        m_session->decisions()->decide(other, Decision::Approve, QStringLiteral("from the CLI"),
                                       [&](const DecisionResult &r) { decided = r; });
        QTRY_VERIFY(decided.has_value());
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_VERIFY(!m_session->store()->gate(other));
        QTRY_COMPARE(m_window->model()->gateCount(), 3);

        QCOMPARE(m_window->tree()->currentIndex().data(GateTreeModel::GateIdRole).toString(), keep);
        QVERIFY(m_window->tree()->selectionModel()->isRowSelected(m_window->tree()->currentIndex().row(),
                                                                  m_window->tree()->currentIndex().parent()));
        QVERIFY(m_window->details()->toPlainText().contains(QLatin1String("approve-us")));
        const QModelIndex apiAfter = m_window->proxy()->mapFromSource(
            m_window->model()->indexOfKey(QStringLiteral("p:sim/gh/acme/api")));
        if (apiAfter.isValid()) { // the new hold may have landed in either project
            QVERIFY(!m_window->tree()->isExpanded(apiAfter));
        }
    }

    void gitlabDialogShowsTheCommentLimitTheRuleChoiceAndRun()
    {
        DecisionItem item;
        item.gate.id = QStringLiteral("gl/projects/42/deployments/101");
        item.gate.name = QStringLiteral("deploy-prod");
        item.gate.provider = QStringLiteral("gitlab");
        item.gate.environment = QStringLiteral("staging");
        item.gate.canRunAfterApproval = true;
        item.gate.approvalRules = {QStringLiteral("qa-group"), QStringLiteral("security-group")};
        item.noteGoesToServer = true;
        item.noteLimit = 255;
        DecisionDialog dialog(Decision::Approve, {item});
        dialog.show();
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("localOnly"))); // GitLab keeps the comment
        QVERIFY(dialog.ruleBox());
        QCOMPARE(dialog.ruleBox()->count(), 3);
        // The vendor is named from the registry, not written into the dialog.
        QCOMPARE(dialog.ruleBox()->itemText(0), QStringLiteral("GitLab's choice"));
        dialog.ruleBox()->setCurrentIndex(2);
        QCOMPARE(dialog.representedAs(), QStringLiteral("security-group"));
        QVERIFY(dialog.runBox());
        QVERIFY2(dialog.runBox()->text().contains(QStringLiteral("(GitLab leaves it manual after approval)")),
                 qPrintable(dialog.runBox()->text()));
        QCOMPARE(dialog.decision(), Decision::Approve);
        dialog.runBox()->setChecked(true);
        QCOMPARE(dialog.decision(), Decision::ApproveAndRun);
        dialog.noteEdit()->setPlainText(QString(256, u'x'));
        QVERIFY(!dialog.decideButton()->isEnabled()); // too long: said, not cut
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("noteHint"))
                    ->text()
                    .contains(QLatin1String("at most 255")));
        dialog.noteEdit()->setPlainText(QString(255, u'x'));
        QVERIFY(dialog.decideButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("noteHint"))
                    ->text()
                    .contains(QLatin1String("255 of 255")));
    }

    // A Jenkins input's values: a labelled field each (a name's "&" shown, its own Alt+letter), what it is
    // for under it, a choice as a combo box, defaults filled in; with several gates, that defaults are sent.
    // GitHub's required note says why; a question's protected word is the word, not the sentence.
    void jenkinsAndGitHubDialogsSayWhatTheyAskFor()
    {
        DecisionItem input;
        input.gate.id = QStringLiteral("jk/job/app/7/input/Ship");
        input.gate.provider = QStringLiteral("jenkins");
        input.gate.name = QStringLiteral("Deploy to production?");
        input.gate.parameters = {{QStringLiteral("R&D_TICKET"),
                                  QStringLiteral("StringParameterDefinition"),
                                  QStringLiteral("Change ticket"),
                                  QStringLiteral("CHG-1"),
                                  {}},
                                 {QStringLiteral("REGION"),
                                  QStringLiteral("ChoiceParameterDefinition"),
                                  QString(),
                                  QStringLiteral("us"),
                                  {QStringLiteral("eu"), QStringLiteral("us")}},
                                 {QStringLiteral("NOTIFY"),
                                  QStringLiteral("BooleanParameterDefinition"),
                                  QString(),
                                  QStringLiteral("true"),
                                  {}}};
        QCOMPARE(protectedName(input.gate, {QStringLiteral("prod*")}), QStringLiteral("production"));
        {
            DecisionDialog dialog(Decision::Approve, {input});
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *ticket = dialog.parameterEditor(QStringLiteral("R&D_TICKET"));
            QVERIFY(qobject_cast<QLineEdit *>(ticket));
            QCOMPARE(qobject_cast<QLineEdit *>(ticket)->text(), QStringLiteral("CHG-1"));
            QString ticketLabel;
            QSet<QChar> letters;
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                if (label->buddy() == ticket) {
                    ticketLabel = label->text();
                }
                if (label->buddy()) {
                    const qsizetype at = QString(label->text()).remove(QStringLiteral("&&")).indexOf(u'&');
                    QVERIFY2(at >= 0, qPrintable(label->text()));
                    const QChar letter =
                        QString(label->text()).remove(QStringLiteral("&&")).at(at + 1).toLower();
                    QVERIFY2(!letters.contains(letter), qPrintable(label->text()));
                    letters.insert(letter);
                }
            }
            QVERIFY2(ticketLabel.contains(QLatin1String("&&D")), qPrintable(ticketLabel)); // "R&D", not "RD"
            auto *description = dialog.findChild<QLabel *>(QStringLiteral("parameterDescription:R&D_TICKET"));
            QVERIFY(description && description->isVisible());
            QCOMPARE(description->text(), QStringLiteral("Change ticket"));
            auto *region = qobject_cast<QComboBox *>(dialog.parameterEditor(QStringLiteral("REGION")));
            QVERIFY(region);
            QCOMPARE(region->count(), 2);
            QCOMPARE(region->currentText(), QStringLiteral("us"));
            QVERIFY(qobject_cast<QCheckBox *>(dialog.parameterEditor(QStringLiteral("NOTIFY")))->isChecked());
            QCOMPARE(dialog.parameters().size(), 3);
        }

        DecisionItem review;
        review.gate.id = QStringLiteral("gh/repos/acme/app/runs/9/environments/3");
        review.gate.provider = QStringLiteral("github");
        review.gate.project = QStringLiteral("acme/app");
        review.gate.workflow = QStringLiteral("Deploy");
        review.gate.environment = review.gate.name = QStringLiteral("staging");
        review.noteGoesToServer = true;
        review.noteRequired = true;
        QCOMPARE(gateContext(review.gate), QStringLiteral("acme/app / Deploy")); // staging is said once
        DecisionDialog both(Decision::Approve, {input, review});
        both.show();
        QVERIFY(!both.parameterEditor(QStringLiteral("REGION"))); // one gate at a time for values
        QVERIFY(both.findChild<QLabel *>(QStringLiteral("parameterDefaults")));
        auto *hint = both.findChild<QLabel *>(QStringLiteral("noteHint"));
        QVERIFY2(hint->text().contains(QLatin1String("GitHub requires a comment")), qPrintable(hint->text()));
        QVERIFY(!both.decideButton()->isEnabled());
    }

    void withoutServersTheWindowExplainsWhatToDo()
    {
        MainWindow empty(nullptr, QStringLiteral("/nowhere/servers.json"));
        auto *label = qobject_cast<QLabel *>(empty.findChild<QStackedWidget *>()->currentWidget());
        QVERIFY(label);
        QVERIFY(label->text().contains(QLatin1String("No servers configured")));
        QVERIFY(label->text().contains(QLatin1String("/nowhere/servers.json")));
        QVERIFY(!empty.approveAction()->isEnabled());
    }

    void aServerWithoutTokenShowsWhyInTheStatusBar()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-token.json"));
        QVERIFY(gltest::writeFile(path, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")},
                                                          "GL_TOKEN_NOBODY_SET")));
        qunsetenv("GL_TOKEN_NOBODY_SET");
        auto config = loadConfig(path);
        QVERIFY(config.has_value());
        auto session = Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit-x.jsonl")));
        QCOMPARE(session->setupErrors().size(), 1);
        MainWindow window(session.get(), path);
        QCOMPARE(window.healthLabel()->text(), QStringLiteral("sim: not set up"));
        QVERIFY2(window.healthLabel()->toolTip().contains(
                     QLatin1String("environment variable GL_TOKEN_NOBODY_SET")),
                 qPrintable(window.healthLabel()->toolTip()));
        QVERIFY2(
            window.stateLabel()->text().contains(QLatin1String("environment variable GL_TOKEN_NOBODY_SET")),
            qPrintable(window.stateLabel()->text()));
    }

    // Four servers with long names in a narrow window: the status bar names every one (the ones that are fine
    // share one part) instead of running past the window's edge.
    void manyServersFitTheStatusBar()
    {
        gltest::json servers = gltest::json::array();
        QStringList names;
        for (int i = 1; i <= 4; ++i) {
            names << QStringLiteral("release-server-with-a-long-name-%1").arg(i);
            servers.push_back({{"name", names.last().toStdString()},
                               {"provider", "circleci"},
                               {"url", m_sim.baseUrl().toString().toStdString()},
                               {"token_env", "GL_TEST_TOKEN"},
                               {"projects", gltest::json::array({"gh/acme/api"})}});
        }
        const QString path = m_dir.filePath(QStringLiteral("four.json"));
        QVERIFY(
            gltest::writeFile(path, QByteArray::fromStdString(gltest::json{{"servers", servers}}.dump())));
        auto config = loadConfig(path);
        QVERIFY(config.has_value());
        auto session = Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit-4.jsonl")));
        MainWindow window(session.get(), path);
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        session->poller()->start();
        QTRY_VERIFY_WITH_TIMEOUT(session->store()->overallState() == ServerState::Polled, 10000);
        QTRY_VERIFY(window.healthLabel()->text().contains(names.last()));
        const QString text = window.healthLabel()->text();
        for (const QString &name : std::as_const(names)) {
            QVERIFY2(text.contains(name), qPrintable(text));
        }
        QVERIFY2(window.width() <= 900 && window.healthLabel()->fontMetrics().horizontalAdvance(text) <=
                                              window.statusBar()->width(),
                 qPrintable(text));
        QVERIFY(window.healthLabel()->toolTip().count(QLatin1String(": updated ")) == 4); // each in full
    }

private:
    DecisionDialog *openDialog() const
    {
        const auto dialogs = m_window->findChildren<DecisionDialog *>();
        for (DecisionDialog *d : dialogs) {
            if (d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    }

    QString gateId(const QString &held) const
    {
        return QStringLiteral("sim/workflow/") + held.section(u'/', 0, 0) + QStringLiteral("/approval/") +
               held.section(u'/', 1, 1);
    }

    QStringList visibleGates() const
    {
        QStringList out;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < m_window->proxy()->rowCount(parent); ++r) {
                const QModelIndex i = m_window->proxy()->index(r, 0, parent);
                if (!i.data(GateTreeModel::GateIdRole).toString().isEmpty()) {
                    out.append(i.data().toString());
                }
                walk(i);
            }
        };
        walk({});
        return out;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    QString m_auditPath;
    int m_n = 0;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
