// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Every way to open the confirmation dialog names exactly the gate it was asked for, or refuses: the
// tray menu, a notification's action, the toolbar/menu action, its shortcut and the context menu.
// The simulator counts the POSTs: exactly the ones confirmed.

#include "config/credentialstore.h"
#include "decisiondialog.h"
#include "decisions.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "mainwindow.h"
#include "notifications.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "trayicon.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace gl;
using namespace gl::ui;

namespace {

// Stands in for the desktop's notification service (the D-Bus sink is tested against a real bus in
// tst_notifications); here only the action a person clicks matters.
class RecordingSink final : public NotificationSink
{
public:
    quint32 show(const NotificationRequest &request) override
    {
        shown.insert(++m_next, request);
        return m_next;
    }
    void close(quint32) override {}
    QString name() const override { return QStringLiteral("recording"); }
    void click(quint32 id, const QString &action) { Q_EMIT actionInvoked(id, action); }
    // The user closes every notification shown so far.
    void dismissAll()
    {
        for (auto it = shown.cbegin(); it != shown.cend(); ++it) {
            Q_EMIT closed(it.key());
        }
    }
    QHash<quint32, NotificationRequest> shown;

private:
    quint32 m_next = 0;
};

} // namespace

class TestEntryPoints : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(path, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api"),
                                                                            QStringLiteral("gh/acme/web")})));
        auto config = loadConfig(path);
        QVERIFY(config.has_value());
        m_session =
            Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n)));
        m_window = std::make_unique<MainWindow>(m_session.get(), path);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_sink = std::make_unique<RecordingSink>();
        m_notifier = std::make_unique<Notifier>(m_session->store(), m_sink.get());
        m_tray = std::make_unique<TrayIcon>(m_session->store(), m_notifier.get(), m_window.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->poller()->start();
        QTRY_COMPARE(m_window->model()->gateCount(), 3);
        QTRY_COMPARE(m_sink->shown.size(), 1); // the first poll's summary, closed by the user: a new gate
        m_sink->dismissAll();                  // then gets a notification of its own
        m_sim.clearRequests();
    }

    void cleanup()
    {
        m_tray.reset();
        m_notifier.reset();
        m_sink.reset();
        m_tester.reset();
        m_window.reset();
        m_session.reset();
    }

    // The tray's "Approve X…" and a notification's Approve… open the dialog for X even when the filter
    // hides X and another gate is selected; confirming approves X and nothing else.
    void byIdEvenWhenTheFilterHidesIt_data()
    {
        QTest::addColumn<bool>("notification");
        QTest::newRow("tray menu") << false;
        QTest::newRow("notification action") << true;
    }
    void byIdEvenWhenTheFilterHidesIt()
    {
        QFETCH(bool, notification);
        const QString targetId = targetFor(notification);
        QVERIFY(m_session->store()->gate(targetId));
        const Gate target = *m_session->store()->gate(targetId);
        Gate other;
        for (const Gate &g : m_session->store()->gates()) {
            if (g.project != target.project) {
                other = g;
            }
        }
        QVERIFY(!other.id.isEmpty());
        m_window->selectGate(other.id);
        m_window->filterEdit()->setText(other.project); // shows the other project only: hides the target
        QVERIFY(!m_window->proxy()->mapFromSource(m_window->model()->indexOfGate(target.id)).isValid());
        QCOMPARE(m_window->selectedGateIds(), QStringList{other.id});

        open(notification, target.id);
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->gateIds(), QStringList{target.id});
        confirm(dialog);
        QTRY_COMPARE(m_sim.count("POST"), 1);
        QCOMPARE(m_sim.count("POST", QStringLiteral("/approve/")), 1);
        QCOMPARE(m_sim.count("POST", target.nativeApprovalRequestId), 1);
        QTRY_VERIFY(!m_session->store()->gate(target.id));
        QVERIFY(m_session->store()->gate(other.id)); // the selected one was never touched
    }

    void refusesAGateThatHasLeft_data() { byIdEvenWhenTheFilterHidesIt_data(); }
    void refusesAGateThatHasLeft()
    {
        QFETCH(bool, notification);
        const QString targetId = targetFor(notification);
        QVERIFY(m_session->store()->gate(targetId));
        const Gate target = *m_session->store()->gate(targetId);
        m_window->selectGate(target.id);
        // Decided elsewhere: the next poll no longer shows it.
        bool done = false;
        m_session->providers().front()->decide(target, Decision::Approve, {},
                                               [&](const DecisionOutcome &) { done = true; });
        QTRY_VERIFY(done);
        open(notification, target.id, /*refresh first*/ true);
        QVERIFY(!openDialog());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("no longer waiting")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_sim.count("POST"), 1); // only the one made elsewhere
    }

    // The gate changes at the server while the dialog is open: nothing is sent, and the window says what.
    void aGateThatChangesWhileTheDialogIsOpenIsNotDecided()
    {
        const Gate target = m_session->store()->gates().at(0);
        m_tray->approve(target.id);
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(m_sim.setPipelineRevision(target.workflowId,
                                          QStringLiteral("0123456789abcdef0123456789abcdef01234567")));
        confirm(dialog);
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(
            QLatin1String("changed since you confirmed it")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("0123456789ab")));
        QCOMPARE(m_sim.count("POST"), 0);
    }

    // Several gates with one confirmation: each gate's result is shown, not only the last.
    void aBatchShowsEachGatesResult()
    {
        const Gates gates = m_session->store()->gates();
        const Gate changed = gates.at(0);
        const auto other = std::find_if(gates.begin(), gates.end(),
                                        [&](const Gate &g) { return g.pipelineId != changed.pipelineId; });
        QVERIFY(other != gates.end()); // another pipeline: its commit does not change with the first one's
        const Gate fine = *other;
        DecisionDialog *dialog = m_window->requestDecision(Decision::Approve, {changed.id, fine.id});
        QVERIFY(dialog);
        QCOMPARE(dialog->gateIds(), (QStringList{changed.id, fine.id}));
        QVERIFY(m_sim.setPipelineRevision(changed.workflowId,
                                          QStringLiteral("ab12ab12ab12ab12ab12ab12ab12ab12ab12ab12")));
        confirm(dialog);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(QStringLiteral("batchResults"))) &&
                    box->isVisible());
        const QString text = box->informativeText();
        QVERIFY2(text.contains(gateSummary(changed)) &&
                     text.contains(QLatin1String("changed since you confirmed it")),
                 qPrintable(text));
        QVERIFY2(text.contains(gateSummary(fine)) && text.contains(QLatin1String("approved")),
                 qPrintable(text));
        QVERIFY2(box->text().contains(QLatin1String("1 of 2 decisions done")), qPrintable(box->text()));
        QCOMPARE(m_sim.count("POST"), 1);
        QCOMPARE(m_sim.count("POST", fine.nativeApprovalRequestId), 1);
        box->close();
    }

    // One decision per gate at a time, across every entry point.
    void refusesAGateWithADialogOpenOrADecisionOnItsWay()
    {
        const Gate target = m_session->store()->gates().at(0);
        m_window->selectGate(target.id);
        m_window->approveAction()->trigger();
        DecisionDialog *first = openDialog();
        QVERIFY(first);
        // While it is open, the tray cannot open a second one for the same gate.
        m_tray->approve(target.id);
        QCOMPARE(visibleDialogs(), 1);
        QVERIFY(m_window->statusBar()->currentMessage().contains(
            QLatin1String("already has a confirmation open")));
        confirm(first);
        QTRY_VERIFY(m_window->model()->indexOfGate(target.id).data(GateTreeModel::InFlightRole).toBool() ||
                    !m_session->store()->gate(target.id));
        // While the decision is on its way (or once it is done), no entry point opens another.
        m_tray->approve(target.id);
        m_window->selectGate(target.id);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(visibleDialogs(), 0);
        QTRY_COMPARE(m_sim.count("POST"), 1);
        QTRY_VERIFY(!m_session->store()->gate(target.id));
        QCOMPARE(m_sim.count("POST"), 1);
    }

    // The shortcut and the context menu act on what is selected and visible: a gate the filter hid is
    // no longer selected, so nothing opens.
    void shortcutAndContextMenuActOnTheVisibleSelectionOnly()
    {
        const Gates gates = m_session->store()->gates();
        const Gate target = gates.at(0);
        m_window->selectGate(target.id);
        m_window->filterEdit()->setText(QStringLiteral("no-such-gate-anywhere"));
        QVERIFY(m_window->selectedGateIds().isEmpty());
        QVERIFY(!m_window->approveAction()->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!openDialog());
        m_window->filterEdit()->clear();
        m_window->selectGate(target.id);
        QTest::keyClick(m_window.get(), Qt::Key_Return, Qt::ControlModifier);
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->gateIds(), QStringList{target.id});
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!openDialog());
        QCOMPARE(m_sim.count("POST"), 0);
    }

    // No window, dialog or menu gives one Alt+letter to two things; Alt+letter in the note never types.
    void noDuplicateMnemonics()
    {
        QVERIFY2(duplicateMnemonics(m_window.get()).isEmpty(),
                 qPrintable(duplicateMnemonics(m_window.get())));
        QVERIFY2(duplicateMnemonics(m_tray->menu()).isEmpty(),
                 qPrintable(duplicateMnemonics(m_tray->menu())));
        // Every dialog variant: approve with a protected name, a rule to approve as and "run it too"; reject.
        Gate g = m_session->store()->gates().at(0);
        g.environment = QStringLiteral("production");
        g.approvalRules = {QStringLiteral("qa"), QStringLiteral("security")};
        g.canRunAfterApproval = true;
        for (const Decision decision : {Decision::Approve, Decision::Reject}) {
            DecisionItem item;
            item.gate = g;
            item.consequence = QStringLiteral("what happens");
            item.protectedName = QStringLiteral("production");
            DecisionDialog dialog(decision, {item}, m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY2(duplicateMnemonics(&dialog).isEmpty(), qPrintable(duplicateMnemonics(&dialog)));
            if (decision == Decision::Approve) {
                QVERIFY(dialog.ruleBox() && dialog.runBox()); // the fullest variant was checked
            }
            dialog.noteEdit()->setFocus();
            for (const Qt::Key key : {Qt::Key_A, Qt::Key_R, Qt::Key_S, Qt::Key_U, Qt::Key_N}) {
                QTest::keyClick(dialog.noteEdit(), key, Qt::AltModifier);
            }
            QCOMPARE(dialog.noteEdit()->toPlainText(), QString());
            QVERIFY(dialog.isVisible()); // and none of them decided: the decide button needs a note first
        }
    }

    // An older deployment to an environment where a newer one waits says so, in the dialog and the tree.
    void aSupersededGateSaysSo()
    {
        Gate g = m_session->store()->gates().at(0);
        g.supersededBy =
            QStringLiteral("deployment #105 to production (pipeline #5005) is newer and waits too");
        DecisionItem item;
        item.gate = g;
        DecisionDialog approve(Decision::Approve, {item}, m_window.get());
        auto *warning = approve.findChild<QLabel *>(QStringLiteral("superseded"));
        QVERIFY(warning);
        QVERIFY2(warning->text().contains(QLatin1String("#105")) &&
                     warning->text().contains(QLatin1String("deploys older code")),
                 qPrintable(warning->text()));
        DecisionDialog reject(Decision::Reject, {item}, m_window.get());
        QVERIFY(!reject.findChild<QLabel *>(QStringLiteral("superseded"))); // rejecting it is no risk
        GateTreeModel model;
        model.addGate(g);
        QCOMPARE(model.indexOfGate(g.id).siblingAtColumn(GateTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("superseded"));
    }

private:
    // "&x" letters of everything under a window or menu that can have one, with what carries each twice.
    static QString duplicateMnemonics(QWidget *top)
    {
        QHash<QChar, QStringList> byKey;
        const auto note = [&](const QString &text) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text.at(i) == u'&') {
                    if (text.at(i + 1) == u'&') {
                        ++i;
                        continue;
                    }
                    byKey[text.at(i + 1).toLower()].append(text);
                    break;
                }
            }
        };
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : widgets) {
            if (!w->isVisibleTo(top) && w != top) {
                continue;
            }
            if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                note(b->text());
            } else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy()) {
                note(l->text());
            }
            if (auto *menu = qobject_cast<QMenu *>(w)) {
                for (QAction *a : menu->actions()) {
                    note(a->text());
                }
            }
        }
        if (auto *mw = qobject_cast<QMainWindow *>(top); mw && mw->menuBar()) {
            for (QAction *a : mw->menuBar()->actions()) {
                note(a->text());
            }
        }
        QStringList clashes;
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it->size() > 1) {
                clashes.append(QStringLiteral("Alt+%1: %2").arg(it.key(), it->join(QStringLiteral(" | "))));
            }
        }
        return clashes.join(u'\n');
    }

    void open(bool notification, const QString &id, bool refreshFirst = false)
    {
        if (refreshFirst) {
            QSignalSpy polled(m_session->poller(), &Poller::pollFinished);
            m_session->poller()->refresh(QStringLiteral("sim"));
            QVERIFY(polled.wait(10000));
        }
        if (!notification) {
            m_tray->approve(id);
            return;
        }
        QCOMPARE(m_sink->shown.value(m_notificationId).gateIds, QStringList{id});
        m_sink->click(m_notificationId, QStringLiteral("approve"));
    }

    // A gate to aim at: for a notification, a new one, which gets a notification of its own.
    QString targetFor(bool notification)
    {
        if (!notification) {
            return m_session->store()->gates().at(0).id;
        }
        QSet<QString> before;
        for (const Gate &g : m_session->store()->gates()) {
            before.insert(g.id);
        }
        m_sim.addHeldPipeline();
        m_session->poller()->refresh(QStringLiteral("sim"));
        QString added;
        const auto findAdded = [&] {
            for (const Gate &g : m_session->store()->gates()) {
                if (!before.contains(g.id)) {
                    added = g.id;
                }
            }
            return !added.isEmpty();
        };
        if (!QTest::qWaitFor(findAdded, 20000)) {
            return {};
        }
        // Its own notification, with an Approve… button.
        const auto findNotification = [&] {
            for (auto it = m_sink->shown.cbegin(); it != m_sink->shown.cend(); ++it) {
                if (it->gateIds == QStringList{added} && it->actions.contains(QStringLiteral("approve"))) {
                    m_notificationId = it.key();
                    return true;
                }
            }
            return false;
        };
        return QTest::qWaitFor(findNotification, 20000) ? added : QString();
    }

    void confirm(DecisionDialog *dialog)
    {
        QTest::keyClicks(dialog->noteEdit(), QStringLiteral("checked"));
        if (dialog->confirmEdit()) {
            QTest::keyClicks(dialog->confirmEdit(), dialog->confirmationWord());
        }
        QVERIFY(dialog->decideButton()->isEnabled());
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
    }

    DecisionDialog *openDialog() const
    {
        for (DecisionDialog *d : m_window->findChildren<DecisionDialog *>()) {
            if (d->isVisible()) {
                return d;
            }
        }
        return nullptr;
    }

    int visibleDialogs() const
    {
        int n = 0;
        for (DecisionDialog *d : m_window->findChildren<DecisionDialog *>()) {
            n += d->isVisible() ? 1 : 0;
        }
        return n;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<RecordingSink> m_sink;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<TrayIcon> m_tray;
    quint32 m_notificationId = 0;
    int m_n = 0;
};

QTEST_MAIN(TestEntryPoints)
#include "tst_entrypoints.moc"
