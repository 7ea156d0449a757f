// The first window, driven for real on the offscreen platform against the simulator.

#include "config/credentialstore.h"
#include "decisions.h"
#include "gatestore.h"
#include "mainwindow.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace gl;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
        const QString configPath = m_dir.filePath(QStringLiteral("servers.json"));
        QVERIFY(gltest::writeFile(
            configPath, gltest::configFor(m_sim.baseUrl(),
                                          {QStringLiteral("gh/acme/api"), QStringLiteral("gh/acme/web")})));
        auto config = loadConfig(configPath);
        QVERIFY(config.has_value());
        static EnvironmentCredentialStore credentials;
        m_session = Session::open(*config, credentials, m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(m_session->setupErrors().isEmpty());
        m_window = std::make_unique<ui::MainWindow>(m_session.get(), configPath);
        // Lives for the whole test, so every change the window makes to its model is checked.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->poller()->start();
        QTRY_COMPARE(gateRows().size(), 3);
    }

    void showsTheTreeWithCounts()
    {
        QStandardItemModel *model = m_window->model();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->item(0, 0)->text(), QStringLiteral("sim"));
        QCOMPARE(model->item(0, ui::MainWindow::StatusColumn)->text(), QStringLiteral("3 waiting"));
        QStandardItem *server = model->item(0, 0);
        QCOMPARE(server->rowCount(), 2); // two projects
        QCOMPARE(server->child(0, 0)->text(), QStringLiteral("gh/acme/api"));
        QStandardItem *pipeline = server->child(0, 0)->child(0, 0);
        QCOMPARE(pipeline->text(), QStringLiteral("#3 · Commit 3"));
        QCOMPARE(server->child(0, 0)->child(0, ui::MainWindow::BranchColumn)->text(), QStringLiteral("main"));
        QStandardItem *workflow = pipeline->child(0, 0);
        QCOMPARE(workflow->text(), QStringLiteral("release"));
        QCOMPARE(workflow->child(0, 0)->text(), QStringLiteral("hold"));
        QCOMPARE(workflow->child(0, ui::MainWindow::StatusColumn)->text(), QStringLiteral("needs approval"));
        QVERIFY(m_window->tree()->isExpanded(m_window->model()->indexFromItem(workflow)));
        QVERIFY2(m_window->statusBar()->findChild<QLabel *>()->text().contains(QLatin1String("sim: updated")),
                 qPrintable(m_window->statusBar()->findChild<QLabel *>()->text()));
    }

    void longestWaitingGateIsSelectedWithDetails()
    {
        const QString key = m_window->tree()->currentIndex().data(ui::MainWindow::KeyRole).toString();
        QVERIFY(key.startsWith(QLatin1String("g:")));
        const auto *details = m_window->findChild<QTextBrowser *>();
        QVERIFY(details);
        const Gate *gate = m_session->store()->gate(key.mid(2));
        QVERIFY(gate);
        QVERIFY(details->toPlainText().contains(gate->name));
        QVERIFY(details->toPlainText().contains(QLatin1String("CircleCI approves the job")));
    }

    void selectionAndFoldsSurviveAPollThatAddsAndRemovesOtherGates()
    {
        const QList<QModelIndex> gates = gateRows();
        QModelIndex keep;
        QString other;
        for (const QModelIndex &i : gates) {
            if (i.data().toString() == QLatin1String("approve-us")) {
                keep = i;
            } else if (i.data().toString() == QLatin1String("hold")) {
                other = i.data(ui::MainWindow::KeyRole).toString().mid(2);
            }
        }
        QVERIFY(keep.isValid() && !other.isEmpty());
        const QString keepKey = keep.data(ui::MainWindow::KeyRole).toString();
        m_window->tree()->setCurrentIndex(keep);
        // Fold the api project, which keeps a gate after the poll.
        const QModelIndex apiProject = m_window->model()->index(0, 0, m_window->model()->index(0, 0));
        QCOMPARE(apiProject.data().toString(), QStringLiteral("gh/acme/api"));
        m_window->tree()->collapse(apiProject);

        // Elsewhere: one gate is decided, and a new hold appears.
        std::optional<DecisionResult> decided;
        m_session->decisions()->decide(other, Decision::Approve, QStringLiteral("from another test"),
                                       [&](const DecisionResult &r) { decided = r; });
        QTRY_VERIFY(decided.has_value());
        QCOMPARE(decided->kind, DecisionOutcome::Kind::Done);
        m_sim.addHeldPipeline();
        m_session->poller()->refreshAll();
        QTRY_VERIFY(!m_session->store()->gate(other));
        QTRY_COMPARE(gateRows().size(), 3);

        QCOMPARE(m_window->tree()->currentIndex().data(ui::MainWindow::KeyRole).toString(), keepKey);
        QVERIFY(m_window->findChild<QTextBrowser *>()->toPlainText().contains(QLatin1String("approve-us")));
        QModelIndex api;
        for (int r = 0; r < m_window->model()->rowCount(m_window->model()->index(0, 0)); ++r) {
            const QModelIndex i = m_window->model()->index(r, 0, m_window->model()->index(0, 0));
            if (i.data().toString() == QLatin1String("gh/acme/api")) {
                api = i;
            }
        }
        if (api.isValid()) { // the new hold may have landed in either project
            QVERIFY(!m_window->tree()->isExpanded(api));
        }
    }

    void withoutServersTheWindowExplainsWhatToDo()
    {
        ui::MainWindow empty(nullptr, QStringLiteral("/nowhere/servers.json"));
        empty.show();
        auto *stack = empty.findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *label = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(label);
        QVERIFY(label->text().contains(QLatin1String("No servers configured")));
        QVERIFY(label->text().contains(QLatin1String("/nowhere/servers.json")));
    }

    void aServerWithoutTokenShowsWhyInTheStatusBar()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-token.json"));
        QVERIFY(gltest::writeFile(path, gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")},
                                                          "GL_TOKEN_NOBODY_SET")));
        qunsetenv("GL_TOKEN_NOBODY_SET");
        auto config = loadConfig(path);
        QVERIFY(config.has_value());
        EnvironmentCredentialStore credentials;
        auto session = Session::open(*config, credentials, m_dir.filePath(QStringLiteral("audit2.jsonl")));
        QCOMPARE(session->setupErrors().size(), 1);
        QVERIFY(session->providers().empty());
        ui::MainWindow window(session.get(), path);
        const QString status = window.statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.contains(QLatin1String("environment variable GL_TOKEN_NOBODY_SET")),
                 qPrintable(status));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
        m_session.reset();
    }

private:
    QList<QModelIndex> gateRows() const
    {
        QList<QModelIndex> out;
        QStandardItemModel *model = m_window->model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                const QModelIndex i = model->index(r, 0, parent);
                if (i.data(ui::MainWindow::KeyRole).toString().startsWith(QLatin1String("g:"))) {
                    out.append(i);
                }
                walk(i);
            }
        };
        walk({});
        return out;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
