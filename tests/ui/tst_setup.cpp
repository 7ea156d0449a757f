// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// Setting up from the desktop: the first-run page from an empty configuration to gates on screen
// (connection test, discovery, pick, Done), the Servers dialog changing a server while the window runs
// (the poller switches without a restart), invalid fields refused in place while the running
// configuration stays, a self-signed certificate trusted by pinning, and servers.json rewritten in one
// step keeping what Greenlight does not manage. Tokens go to the keychain (in memory here; the OS keychain
// is tested in tst_oskeychain), never to the file.

#include "config/cliimport.h"
#include "config/configwriter.h"
#include "config/keychain.h"
#include "dashboard.h"
#include "decisions.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"
#include "mainwindow.h"
#include "poller.h"
#include "serverform.h"
#include "serversdialog.h"
#include "serversetup.h"
#include "session.h"
#include "setuppage.h"
#include "simulator.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSslCertificate>
#include <QSslKey>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gl;
using namespace gl::ui;
using namespace Qt::StringLiterals;
using Json = nlohmann::json;

namespace {

QByteArray gitlabWithScopes(const char *scope)
{
    Json scenario = Json::parse(gltest::gitlabScenario().toStdString());
    scenario["gitlab"]["scopes"] = Json::array({scope});
    return QByteArray::fromStdString(scenario.dump());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList listTexts(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        out << list->item(i)->text();
    }
    return out;
}

void check(QListWidget *list, const QString &textStart)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(textStart)) {
            list->item(i)->setCheckState(Qt::Checked);
        }
    }
}

} // namespace

class TestSetup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_keychain = std::make_unique<MemorySecretStore>();
        setDefaultSecretStore(m_keychain.get());
        m_config = m_dir->filePath(u"servers.json"_s);
        QVERIFY(m_gitlab.loadScenario(gitlabWithScopes("api")).isEmpty());
        QVERIFY(m_circle.loadScenario(gltest::basicScenario()).isEmpty());
        m_gitlab.clearRequests();
        m_circle.clearRequests();
    }

    void cleanup()
    {
        m_dashboard.reset();
        setDefaultSecretStore(nullptr);
        m_keychain.reset();
    }

    void initTestCase()
    {
        // Everything the window writes (settings, layout, what was notified) lands in a scratch folder, where
        // a test can look for the token afterwards.
        QVERIFY(m_home.isValid());
        for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"}) {
            qputenv(name, m_home.filePath(QString::fromLatin1(name)).toUtf8());
        }
        gl::installTranslations(); // the English plurals ("Found 2 projects")
        QVERIFY(m_gitlab.listenLocal() != 0);
        QVERIFY(m_circle.listenLocal() != 0);
        QVERIFY(m_other.listenLocal() != 0);
    }

    // Empty configuration → setup page → test connection → discovery → pick → Done → gates on screen.
    void firstRunFromAnEmptyConfigToGatesOnScreen()
    {
        open();
        MainWindow *w = m_dashboard->window();
        SetupPage *page = w->setupPage();
        QVERIFY(page);
        QCOMPARE(w->findChild<QStackedWidget *>()->currentWidget(), page);
        QVERIFY(!w->stateLabel()->isVisible() || !w->stateLabel()->text().contains(u"Nothing waits"_s));

        ServerForm *form = page->form();
        form->providerBox()->setCurrentIndex(form->providerBox()->findData(u"gitlab"_s));
        QCOMPARE(form->urlEdit()->text(), u"https://gitlab.com"_s); // the vendor's cloud by default
        QVERIFY2(form->findChildren<QLabel *>().size() > 0, "labels");
        form->urlEdit()->clear();
        QTest::keyClicks(form->urlEdit(), m_gitlab.baseUrl().toString());
        QCOMPARE(form->nameEdit()->text(), u"127.0.0.1"_s); // from the address until one is typed
        form->nameEdit()->clear();
        QTest::keyClicks(form->nameEdit(), u"work-gitlab"_s);
        QTest::keyClicks(form->tokenEdit(), m_gitlab.token());

        QSignalSpy probed(form, &ServerForm::probeFinished);
        QSignalSpy discovered(form, &ServerForm::discoveryFinished);
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QVERIFY(probed.wait(10000));
        QCOMPARE(probed.first().first().toBool(), true);
        QVERIFY2(form->testResult()->text().startsWith(
                     u"Connected as Ana Lima (ana). The token has the api scope"_s),
                 qPrintable(form->testResult()->text()));
        QVERIFY(discovered.count() == 1 || discovered.wait(10000));
        QCOMPARE(discovered.first().first().toBool(), true);
        const QStringList found = listTexts(form->projectList());
        QVERIFY2(found.size() == 2 && found.first().contains(u"acme/api"_s),
                 qPrintable(found.join(u" | "_s)));
        QVERIFY2(form->testResult()->text().contains(u"Found 2 projects"_s),
                 qPrintable(form->testResult()->text()));
        // From the keyboard: the first project is current, Space ticks it.
        QCOMPARE(form->projectList()->currentRow(), 0);
        QTest::keyClick(form->projectList(), Qt::Key_Space);
        QCOMPARE(form->projectList()->item(0)->checkState(), Qt::Checked);

        QTest::mouseClick(page->doneButton(), Qt::LeftButton);
        QVERIFY2(form->errorLabel()->text().isEmpty(), qPrintable(form->errorLabel()->text()));
        // Saved: the file names the server and its project, the token went to the keychain, not the file.
        const QByteArray saved = readFile(m_config);
        const Json config = Json::parse(saved.toStdString());
        QCOMPARE(QString::fromStdString(config["servers"][0]["name"]), u"work-gitlab"_s);
        QCOMPARE(QString::fromStdString(config["servers"][0]["projects"].dump()), u"[\"acme/api\"]"_s);
        QVERIFY(!saved.contains(m_gitlab.token().toUtf8()));
        QCOMPARE(m_keychain->read(tokenKey(u"work-gitlab"_s)).secret, m_gitlab.token());
        // Polled at once: the tree replaces the page and shows the gates.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dashboard->session()->store()->health(u"work-gitlab"_s).state == ServerState::Polled, 10000);
        QCOMPARE(w->findChild<QStackedWidget *>()->currentWidget(), w->splitter());
        QVERIFY(w->model()->gateCount() > 0);

        // Approve one gate (the audit log), then close (layout, settings, notification memory): no file the
        // window wrote holds the token, in clear, base64, percent-encoded or hex.
        const QByteArray token = m_gitlab.token().toUtf8();
        QString mine;
        for (const Gate &g : m_dashboard->session()->store()->gates()) {
            if (g.canApprove) {
                mine = g.id;
            }
        }
        QVERIFY(!mine.isEmpty());
        QSignalSpy decided(m_dashboard->session()->decisions(), &DecisionService::decisionFinished);
        m_dashboard->session()->decisions()->decide(
            DecisionRequest{mine, Decision::Approve, u"scan"_s, {}, {}, {}});
        QVERIFY(decided.wait(10000));
        QVERIFY(QFileInfo(m_dir->filePath(u"audit.jsonl"_s)).size() > 0);
        m_dashboard.reset();
        QStringList holding;
        for (const QString &root : {m_home.path(), m_dir->path()}) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QByteArray bytes = readFile(it.next());
                for (const QByteArray &encoded :
                     {token, token.toBase64(), token.toPercentEncoding(), token.toHex()}) {
                    if (bytes.contains(encoded)) {
                        holding << it.filePath();
                    }
                }
            }
        }
        QCOMPARE(holding, QStringList());
        // The scan saw what the window wrote when it closed (its layout), not only the test's own files.
        QVERIFY(QFileInfo::exists(m_home.filePath(u"XDG_CONFIG_HOME/greenlight/greenlight.conf"_s)));
    }

    // GitHub and Jenkins from the first-run page: whose token, the repositories or the jobs (through folders)
    // to pick, Done, gates on screen; Jenkins's user is kept in servers.json.
    void firstRunWithGitHubAndJenkins_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("project");
        QTest::newRow("github") << u"github"_s << u"/api/v3"_s << u"acme/api"_s;
        QTest::newRow("jenkins") << u"jenkins"_s << u"/jenkins"_s << u"release/payments api"_s;
    }

    void firstRunWithGitHubAndJenkins()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, path);
        QFETCH(QString, project);
        const bool jenkins = vendor == u"jenkins"_s;
        const Json scenario = jenkins ? gltest::jenkinsScenario(true) : gltest::githubScenario();
        QVERIFY(m_other.loadScenario(QByteArray::fromStdString(scenario.dump())).isEmpty());
        open();
        SetupPage *page = m_dashboard->window()->setupPage();
        QVERIFY(page);
        ServerForm *form = page->form();
        form->providerBox()->setCurrentIndex(form->providerBox()->findData(vendor));
        QCOMPARE(form->userEdit()->isVisibleTo(form), jenkins);
        form->urlEdit()->clear();
        QUrl url = m_other.baseUrl();
        url.setPath(path);
        QTest::keyClicks(form->urlEdit(), url.toString());
        form->nameEdit()->clear();
        QTest::keyClicks(form->nameEdit(), vendor + u"-work"_s);
        if (jenkins) {
            QTest::keyClicks(form->userEdit(), u"ana"_s);
        }
        QTest::keyClicks(form->tokenEdit(), m_other.token());
        QSignalSpy probed(form, &ServerForm::probeFinished);
        QSignalSpy discovered(form, &ServerForm::discoveryFinished);
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        QVERIFY(probed.wait(10000));
        QVERIFY2(probed.first().first().toBool(), qPrintable(form->testResult()->text()));
        QVERIFY2(form->testResult()->text().startsWith(u"Connected as Ana Lima (ana)."_s),
                 qPrintable(form->testResult()->text()));
        QVERIFY(discovered.count() == 1 || discovered.wait(10000));
        QVERIFY2(discovered.first().first().toBool(), qPrintable(form->testResult()->text()));
        const QStringList found = listTexts(form->projectList());
        QVERIFY2(found.contains(project), qPrintable(found.join(u" | "_s)));
        check(form->projectList(), project);
        QTest::mouseClick(page->doneButton(), Qt::LeftButton);
        QVERIFY2(form->errorLabel()->text().isEmpty(), qPrintable(form->errorLabel()->text()));
        const Json config = Json::parse(readFile(m_config).toStdString());
        QCOMPARE(QString::fromStdString(config["servers"][0]["provider"]), vendor);
        QCOMPARE(config["servers"][0].contains("user"), jenkins);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dashboard->session()->store()->health(vendor + u"-work"_s).state == ServerState::Polled, 10000);
        QCOMPARE(m_dashboard->window()->model()->gateCount(), 3);
    }

    // A wrong token, a server that is down: said in place, in the server's words.
    void theConnectionTestSaysWhatWentWrong()
    {
        open();
        ServerForm *form = m_dashboard->window()->setupPage()->form();
        form->providerBox()->setCurrentIndex(form->providerBox()->findData(u"gitlab"_s));
        form->urlEdit()->setText(m_gitlab.baseUrl().toString());
        form->tokenEdit()->setText(u"wrong-token"_s);
        QSignalSpy probed(form, &ServerForm::probeFinished);
        form->testConnection();
        QVERIFY(probed.wait(10000));
        QCOMPARE(probed.first().first().toBool(), false);
        QVERIFY2(form->testResult()->text().contains(u"GitLab does not accept this token (HTTP 401"_s),
                 qPrintable(form->testResult()->text()));
        // A read-only token: connected, but it may not approve.
        QVERIFY(m_gitlab.loadScenario(gitlabWithScopes("read_api")).isEmpty());
        form->tokenEdit()->setText(m_gitlab.token());
        form->testConnection();
        QVERIFY(probed.wait(10000));
        QVERIFY2(form->testResult()->text().contains(u"let it read but not approve"_s),
                 qPrintable(form->testResult()->text()));
        // Nothing listens there any more.
        QUrl url;
        {
            glsim::Simulator gone;
            QVERIFY(gone.listenLocal() != 0);
            url = gone.baseUrl();
        }
        form->urlEdit()->setText(url.toString());
        form->testConnection();
        QVERIFY(probed.wait(15000));
        QVERIFY2(form->testResult()->text().startsWith(u"Nothing answers at 127.0.0.1:%1"_s.arg(url.port())),
                 qPrintable(form->testResult()->text()));
        QCOMPARE(m_dashboard->window()->findChild<QStackedWidget *>()->currentWidget(),
                 m_dashboard->window()->setupPage());
    }

    // Done with a field that servers.json would refuse: refused in place, naming the field; nothing written.
    void doneRefusesInvalidFieldsInPlace()
    {
        open();
        SetupPage *page = m_dashboard->window()->setupPage();
        ServerForm *form = page->form();
        form->providerBox()->setCurrentIndex(form->providerBox()->findData(u"gitlab"_s));
        form->urlEdit()->setText(m_gitlab.baseUrl().toString());
        form->nameEdit()->setText(u"gl"_s);
        form->tokenEdit()->setText(m_gitlab.token());
        QVERIFY(!page->finish()); // no project ticked
        QCOMPARE(form->errorLabel()->text(), u"Tick or type at least one project."_s);
        QVERIFY2(
            form->errorLabel()->toolTip().contains(u"(\"gl\").projects: expected at least one project"_s),
            qPrintable(form->errorLabel()->toolTip()));
        QCOMPARE(m_dashboard->window()->focusWidget(), form->projectEdit());
        QTest::keyClicks(form->projectEdit(), u"acme/api"_s);
        QTest::mouseClick(form->addProjectButton(), Qt::LeftButton);
        form->urlEdit()->setText(u"ftp://ci.example.com"_s);
        QVERIFY(!page->finish());
        QVERIFY2(form->errorLabel()->text().startsWith(u"Address: Expected an https:// address"_s),
                 qPrintable(form->errorLabel()->text()));
        QVERIFY(form->errorLabel()->toolTip().contains(u"(\"gl\").url: expected an https:// address"_s));
        form->urlEdit()->setText(m_gitlab.baseUrl().toString());
        form->tokenEdit()->clear();
        QVERIFY(!page->finish());
        QVERIFY2(form->errorLabel()->text().startsWith(u"API token: Paste the server's API token"_s),
                 qPrintable(form->errorLabel()->text()));
        QVERIFY(form->errorLabel()->toolTip().contains(u"(\"gl\").token: paste the server's API token"_s));
        QVERIFY(!QFileInfo::exists(m_config));
        QVERIFY(m_dashboard->session()->store()->servers().isEmpty());
        form->tokenEdit()->setText(m_gitlab.token());
        QVERIFY(page->finish());
        QVERIFY(QFileInfo::exists(m_config));
    }

    // A server edited in the dialog: saved atomically with what Greenlight does not manage kept, and the
    // poller switches to the new address without a restart.
    void editingAServerSwitchesThePollerWithoutARestart()
    {
        Json server = circleServer("ci", m_circle.baseUrl());
        server["_owner"] = "release team";
        writeConfig({{"_note", "kept: Greenlight does not manage this"}, {"servers", Json::array({server})}});
        open();
        Session *session = m_dashboard->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->store()->health(u"ci"_s).state == ServerState::Polled, 10000);
        QStringList before;
        for (const Gate &g : session->store()->gates()) {
            before << g.id;
        }
        QVERIFY(!before.isEmpty());

        glsim::Simulator other;
        QVERIFY(other.loadScenario(gltest::basicScenario()).isEmpty()); // the same projects, other ids
        QVERIFY(other.listenLocal() != 0);

        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        QCOMPARE(listTexts(dialog.serverList()), QStringList{u"ci"_s});
        dialog.form()->urlEdit()->setText(other.baseUrl().toString());
        dialog.form()->intervalBox()->setValue(90);
        m_circle.clearRequests();
        QVERIFY2(dialog.save(), qPrintable(dialog.form()->errorLabel()->text()));

        QTRY_VERIFY_WITH_TIMEOUT(!other.requests().isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(session->store()->health(u"ci"_s).state == ServerState::Polled, 10000);
        QCOMPARE(session->config().servers.front().url, other.baseUrl());
        // The old server's gates left, the new one's came.
        QVERIFY(session->store()->size() > 0);
        for (const QString &id : std::as_const(before)) {
            QVERIFY2(!session->store()->gate(id), qPrintable(id));
        }
        const QByteArray saved = readFile(m_config);
        const Json config = Json::parse(saved.toStdString());
        QCOMPARE(QString::fromStdString(config["_note"]), u"kept: Greenlight does not manage this"_s);
        QCOMPARE(QString::fromStdString(config["servers"][0]["url"]), other.baseUrl().toString());
        QCOMPARE(config["servers"][0]["poll_interval_s"].get<int>(), 90);
        QCOMPARE(QString::fromStdString(config["servers"][0]["_owner"]), u"release team"_s);
        QCOMPARE(QString::fromStdString(config["servers"][0]["token_env"]), u"GL_SETUP_TOKEN"_s);
        const int sentToOld = static_cast<int>(m_circle.requests().size());
        session->poller()->refreshAll();
        QTRY_VERIFY_WITH_TIMEOUT(!session->poller()->polling(u"ci"_s), 10000);
        QCOMPARE(static_cast<int>(m_circle.requests().size()), sentToOld); // the old address is left alone
    }

    // Only the token changes (the settings stay the same): the server starts again with the new one.
    void aNewTokenAppliesWithoutARestart()
    {
        Json server = circleServer("ci", m_circle.baseUrl());
        server.erase("token_env");
        writeConfig({{"servers", Json::array({server})}});
        QVERIFY(m_keychain->write(tokenKey(u"ci"_s), u"revoked-token"_s).ok());
        open();
        Session *session = m_dashboard->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->store()->health(u"ci"_s).state == ServerState::Failing, 10000);
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        dialog.form()->tokenEdit()->setText(m_circle.token());
        QVERIFY2(dialog.save(), qPrintable(dialog.form()->errorLabel()->text()));
        QCOMPARE(m_keychain->read(tokenKey(u"ci"_s)).secret, m_circle.token());
        QTRY_VERIFY_WITH_TIMEOUT(session->store()->health(u"ci"_s).state == ServerState::Polled, 10000);
        QVERIFY(session->store()->size() > 0);
    }

    // Refused in place, with the field; the file and the running configuration stay as they were.
    void theDialogRefusesABadConfigurationAndTheOldOneKeepsRunning()
    {
        writeConfig({{"servers", Json::array({circleServer("ci", m_circle.baseUrl())})}});
        open();
        Session *session = m_dashboard->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->store()->health(u"ci"_s).state == ServerState::Polled, 10000);
        const QByteArray before = readFile(m_config);
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        ServerForm *form = dialog.form();
        form->proxyBox()->setCurrentIndex(2);
        form->proxyEdit()->setText(u"ftp://proxy.example.com:21"_s);
        QVERIFY(!dialog.save());
        QVERIFY2(form->errorLabel()->text().startsWith(u"Proxy: Expected an http:// proxy address"_s),
                 qPrintable(form->errorLabel()->text()));
        QVERIFY(
            form->errorLabel()->toolTip().contains(u"(\"ci\").proxy: expected an http:// proxy address"_s));
        QVERIFY(form->errorLabel()->isVisibleTo(&dialog));
        form->proxyBox()->setCurrentIndex(0);
        form->caFileEdit()->setText(m_dir->filePath(u"missing.pem"_s));
        QVERIFY(!dialog.save());
        QVERIFY2(form->errorLabel()->text().startsWith(u"CA file: "_s),
                 qPrintable(form->errorLabel()->text()));
        QVERIFY(form->errorLabel()->toolTip().contains(u"(\"ci\").ca_file"_s));
        form->caFileEdit()->clear();
        dialog.addButton()->click(); // a second server with the same name
        dialog.form()->nameEdit()->setText(u"ci"_s);
        dialog.form()->projectEdit()->setText(u"acme/api"_s);
        dialog.form()->addProjectButton()->click();
        dialog.form()->tokenEdit()->setText(u"t"_s);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.form()->errorLabel()->toolTip().contains(u"servers[1]"_s) &&
                     dialog.form()->errorLabel()->toolTip().contains(u"\"ci\""_s),
                 qPrintable(dialog.form()->errorLabel()->toolTip()));
        QCOMPARE(dialog.serverList()->currentRow(), 1); // shown on the server it names
        QCOMPARE(readFile(m_config), before);
        QCOMPARE(session->config().servers.size(), std::size_t{1});
        QCOMPARE(session->store()->health(u"ci"_s).state, ServerState::Polled);
    }

    // Add, reorder and remove: the file follows, a typed token goes to the keychain, a removed server's
    // token leaves it.
    void addReorderAndRemoveServers()
    {
        writeConfig({{"servers", Json::array({circleServer("ci", m_circle.baseUrl())})}});
        open();
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        dialog.addButton()->click();
        ServerForm *form = dialog.form();
        QCOMPARE(form->providerBox()->currentData().toString(), u"gitlab"_s);
        form->urlEdit()->setText(m_gitlab.baseUrl().toString());
        form->nameEdit()->setText(u"gl"_s);
        form->tokenEdit()->setText(m_gitlab.token());
        form->projectEdit()->setText(u"acme/api"_s);
        form->addProjectButton()->click();
        dialog.upButton()->click();
        QCOMPARE(listTexts(dialog.serverList()), (QStringList{u"gl"_s, u"ci"_s}));
        QVERIFY2(dialog.save(), qPrintable(form->errorLabel()->text()));
        Json config = Json::parse(readFile(m_config).toStdString());
        QCOMPARE(QString::fromStdString(config["servers"][0]["name"]), u"gl"_s);
        QCOMPARE(QString::fromStdString(config["servers"][1]["name"]), u"ci"_s);
        QCOMPARE(m_keychain->read(tokenKey(u"gl"_s)).secret, m_gitlab.token());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dashboard->session()->store()->health(u"gl"_s).state == ServerState::Polled, 10000);
        // The tree lists the servers as the file does, and follows a new order.
        QAbstractItemModel *model = m_dashboard->window()->model();
        QVERIFY2(model->index(0, 0).data().toString().startsWith(u"gl"_s),
                 qPrintable(model->index(0, 0).data().toString()));
        QVERIFY(model->index(1, 0).data().toString().startsWith(u"ci"_s));
        {
            ServersDialog reorder(m_dashboard->serverSetup(), m_dashboard->window());
            reorder.serverList()->setCurrentRow(1);
            reorder.upButton()->click();
            QVERIFY(reorder.save());
        }
        QVERIFY(model->index(0, 0).data().toString().startsWith(u"ci"_s));
        QVERIFY(model->index(1, 0).data().toString().startsWith(u"gl"_s));

        ServersDialog again(m_dashboard->serverSetup(), m_dashboard->window());
        QCOMPARE(listTexts(again.serverList()), (QStringList{u"ci"_s, u"gl"_s}));
        again.serverList()->setCurrentRow(1);
        QVERIFY2(again.form()->tokenEdit()->placeholderText().contains(u"kept in the system keychain"_s),
                 qPrintable(again.form()->tokenEdit()->placeholderText()));
        again.removeButton()->click();
        QVERIFY(again.save());
        config = Json::parse(readFile(m_config).toStdString());
        QCOMPARE(config["servers"].size(), std::size_t{1});
        QCOMPARE(m_keychain->read(tokenKey(u"gl"_s)).status, SecretStore::Status::NotFound);
        QVERIFY(!m_dashboard->session()->store()->servers().contains(u"gl"_s));
        QCOMPARE(m_dashboard->window()->model()->rowCount(), 1); // its row left the tree
    }

    // The form follows the vendor: GitHub starts at its API, Jenkins from an empty address with an example of
    // its own and a User row; the project field says how each names a project; no Alt+letter serves two
    // fields (User and Trusted certificates both had U).
    void theFormFollowsTheVendor()
    {
        writeConfig({{"servers", Json::array({circleServer("ci", m_circle.baseUrl())})}});
        open();
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.addButton()->click();
        ServerForm *form = dialog.form();
        form->providerBox()->setCurrentIndex(form->providerBox()->findData(u"github"_s));
        QCOMPARE(form->urlEdit()->text(), u"https://api.github.com"_s);
        QVERIFY(!form->userEdit()->isVisibleTo(&dialog));
        QVERIFY2(form->projectEdit()->placeholderText().contains(u"owner/repo"_s),
                 qPrintable(form->projectEdit()->placeholderText()));
        form->providerBox()->setCurrentIndex(form->providerBox()->findData(u"jenkins"_s));
        QCOMPARE(form->urlEdit()->text(), QString()); // GitHub's default went with GitHub
        QCOMPARE(form->urlEdit()->placeholderText(), u"https://jenkins.example.com"_s);
        QVERIFY(form->userEdit()->isVisibleTo(&dialog));
        QVERIFY2(form->projectEdit()->placeholderText().contains(u"folder/job"_s),
                 qPrintable(form->projectEdit()->placeholderText()));
        QHash<QChar, QStringList> byKey;
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            QString text;
            if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                text = b->text();
            } else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy()) {
                text = l->text();
            }
            text.remove(u"&&"_s);
            if (const qsizetype at = text.indexOf(u'&');
                at >= 0 && at + 1 < text.size() && w->isVisibleTo(&dialog)) {
                byKey[text.at(at + 1).toLower()].append(text);
            }
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            QVERIFY2(it->size() == 1, qPrintable(it->join(u" | "_s)));
        }
    }

    // A server that never had a gate (here: not set up) leaves the tree too when it is removed.
    void removingAServerWithoutGatesTakesItsRowAway()
    {
        Json broken = circleServer("broken", m_circle.baseUrl());
        broken["token_env"] = "GL_SETUP_UNSET";
        qunsetenv("GL_SETUP_UNSET");
        writeConfig({{"servers", Json::array({circleServer("ci", m_circle.baseUrl()), broken})}});
        open();
        QAbstractItemModel *model = m_dashboard->window()->model();
        QCOMPARE(m_dashboard->session()->store()->health(u"broken"_s).state, ServerState::NotSetUp);
        QCOMPARE(model->rowCount(), 2);
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        dialog.serverList()->setCurrentRow(1);
        dialog.removeButton()->click();
        QVERIFY2(dialog.save(), qPrintable(dialog.form()->errorLabel()->text()));
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(model->index(0, 0).data().toString().startsWith(u"ci"_s));
        QVERIFY2(!m_dashboard->window()->stateLabel()->text().contains(u"broken"_s),
                 qPrintable(m_dashboard->window()->stateLabel()->text()));
    }

    // The CLIs' own credentials: offered as buttons (nothing read before a click), then filled in.
    void credentialsOfTheVendorsCliAreOfferedAndReadOnlyWhenAsked()
    {
        const QString home = m_dir->filePath(u"home"_s);
        QVERIFY(QDir().mkpath(home + u"/.circleci"_s) && QDir().mkpath(home + u"/.config/glab-cli"_s));
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", home.toUtf8());
        qunsetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            if (!oldConfig.isEmpty()) {
                qputenv("XDG_CONFIG_HOME", oldConfig);
            }
        });
        open();
        QVERIFY(m_dashboard->window()->setupPage()->importButtons().isEmpty()); // nothing to offer
        m_dashboard.reset();

        QVERIFY(gltest::writeFile(home + u"/.circleci/cli.yml"_s,
                                  "host: " + m_circle.baseUrl().toString().toUtf8() +
                                      "\nendpoint: graphql-unstable\ntoken: " + m_circle.token().toUtf8() +
                                      "\n"));
        QVERIFY(gltest::writeFile(home + u"/.config/glab-cli/config.yml"_s,
                                  "# glab's settings\ngit_protocol: ssh\nhosts:\n"
                                  "  gitlab.com:\n    token: 'glpat-one'\n    api_protocol: https\n"
                                  "  gitlab.example.com:\n    api_host: gitlab.example.com\n"
                                  "    token: \"glpat-two\" # the work one\n    api_protocol: http\n"
                                  "editor: vim\n"));
        const auto glab = readCliCredentials(home + u"/.config/glab-cli/config.yml"_s);
        QCOMPARE(glab.size(), 2);
        QCOMPARE(glab[0].url, QUrl(u"https://gitlab.com"_s));
        QCOMPARE(glab[0].token, u"glpat-one"_s);
        QCOMPARE(glab[1].url, QUrl(u"http://gitlab.example.com"_s));
        QCOMPARE(glab[1].token, u"glpat-two"_s);

        open();
        SetupPage *page = m_dashboard->window()->setupPage();
        QCOMPARE(page->importButtons().size(), 2);
        ServerForm *form = page->form();
        QVERIFY(form->tokenEdit()->text().isEmpty()); // offered, not read
        page->importButtons().first()->click();
        QCOMPARE(form->providerBox()->currentData().toString(), u"circleci"_s);
        QCOMPARE(form->urlEdit()->text(), m_circle.baseUrl().toString());
        QCOMPARE(form->tokenEdit()->text(), m_circle.token());
        QVERIFY2(page->importResult()->text().contains(u"cli.yml"_s),
                 qPrintable(page->importResult()->text()));
        QSignalSpy probed(form, &ServerForm::probeFinished);
        QSignalSpy discovered(form, &ServerForm::discoveryFinished);
        form->testConnection();
        QVERIFY(probed.wait(10000));
        QCOMPARE(probed.first().first().toBool(), true);
        // CircleCI's discovery: the projects the user follows (API v1.1), as gh/… slugs.
        QVERIFY(discovered.count() == 1 || discovered.wait(10000));
        QCOMPARE(discovered.first().first().toBool(), true);
        const QStringList found = listTexts(form->projectList());
        QVERIFY2(found.contains(u"acme/api (gh/acme/api)"_s), qPrintable(found.join(u" | "_s)));
    }

    // A proxy's user and password go to the keychain, never to servers.json; its address to the file.
    void proxyLoginGoesToTheKeychain()
    {
        writeConfig({{"servers", Json::array({circleServer("ci", m_circle.baseUrl())})}});
        open();
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        ServerForm *form = dialog.form();
        QVERIFY(!form->proxyUserEdit()->isEnabled());
        form->proxyBox()->setCurrentIndex(form->proxyBox()->findData(u"url"_s));
        QVERIFY(form->proxyUserEdit()->isEnabled() && form->proxyPasswordEdit()->isEnabled());
        form->proxyEdit()->setText(u"http://127.0.0.1:3128"_s);
        form->proxyUserEdit()->setText(u"ana"_s);
        form->proxyPasswordEdit()->setText(u"pr0xy-secret"_s);
        // Looking at another server and back keeps what was typed.
        dialog.addButton()->click();
        dialog.serverList()->setCurrentRow(0);
        QCOMPARE(form->proxyUserEdit()->text(), u"ana"_s);
        QCOMPARE(form->proxyPasswordEdit()->text(), u"pr0xy-secret"_s);
        dialog.serverList()->setCurrentRow(1);
        dialog.removeButton()->click();
        QVERIFY2(dialog.save(), qPrintable(form->errorLabel()->text()));
        QCOMPARE(m_keychain->read(proxyCredentialsKey(u"ci"_s)).secret, u"ana:pr0xy-secret"_s);
        const QByteArray saved = readFile(m_config);
        QVERIFY(!saved.contains("pr0xy-secret") && !saved.contains("\"ana"));
        QCOMPARE(QString::fromStdString(Json::parse(saved.toStdString())["servers"][0]["proxy"]),
                 u"http://127.0.0.1:3128"_s);
    }

    // A self-signed server: refused with its certificate shown; trusted explicitly, pinned for this server,
    // listed and removable; saved with the pin.
    void aSelfSignedServerIsTrustedOnlyWhenTheUserPinsIt()
    {
        QFile certFile(QStringLiteral(GL_TEST_DATA "/tls/sim-cert.pem"));
        QFile keyFile(QStringLiteral(GL_TEST_DATA "/tls/sim-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        glsim::Simulator tls;
        QVERIFY(tls.loadScenario(gitlabWithScopes("api")).isEmpty());
        tls.enableTls(cert, QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        QVERIFY(tls.listenLocal() != 0);

        open();
        SetupPage *page = m_dashboard->window()->setupPage();
        ServerForm *form = page->form();
        form->providerBox()->setCurrentIndex(form->providerBox()->findData(u"gitlab"_s));
        form->urlEdit()->setText(tls.baseUrl().toString());
        form->nameEdit()->setText(u"private"_s);
        form->tokenEdit()->setText(tls.token());
        QSignalSpy probed(form, &ServerForm::probeFinished);
        form->testConnection();
        QVERIFY(probed.wait(10000));
        QCOMPARE(probed.last().first().toBool(), false);
        const QString fingerprint =
            QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QVERIFY2(form->testResult()->text().contains(fingerprint), qPrintable(form->testResult()->text()));
        QVERIFY(form->trustButton()->isVisibleTo(form));
        QCOMPARE(form->pinList()->count(), 0);
        QVERIFY(tls.requests().isEmpty()); // the token never went to a server it could not verify

        form->trustButton()->click();
        QCOMPARE(listTexts(form->pinList()), QStringList{fingerprint});
        QVERIFY(probed.wait(10000));
        QCOMPARE(probed.last().first().toBool(), true);
        check(form->projectList(), u"acme/api"_s);
        QTRY_VERIFY_WITH_TIMEOUT(form->projectList()->count() > 0, 10000);
        check(form->projectList(), u"acme/api"_s);
        QVERIFY2(page->finish(), qPrintable(form->errorLabel()->text()));
        const Json config = Json::parse(readFile(m_config).toStdString());
        QCOMPARE(QString::fromStdString(config["servers"][0]["pinned_certificates"][0]), fingerprint);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dashboard->session()->store()->health(u"private"_s).state == ServerState::Polled, 10000);

        // Listed and removable in the dialog; without the pin the server is refused again.
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        QCOMPARE(listTexts(dialog.form()->pinList()), QStringList{fingerprint});
        dialog.form()->pinList()->setCurrentRow(0);
        dialog.form()->removePinButton()->click();
        QCOMPARE(dialog.form()->pinList()->count(), 0);
        QVERIFY(dialog.save());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_dashboard->session()->store()->health(u"private"_s).state == ServerState::Failing, 10000);
        QVERIFY2(m_dashboard->session()->store()->health(u"private"_s).error.contains(u"TLS error"_s),
                 qPrintable(m_dashboard->session()->store()->health(u"private"_s).error));
    }

    // A decision on its way to a server that would change: the change waits, nothing is written.
    void noChangeWhileADecisionIsOnItsWay()
    {
        writeConfig({{"servers", Json::array({circleServer("ci", m_circle.baseUrl())})}});
        open();
        Session *session = m_dashboard->session();
        QTRY_VERIFY_WITH_TIMEOUT(session->store()->size() > 0, 10000);
        const Gate gate = session->store()->gates().front();
        glsim::Fault slow;
        slow.method = "POST";
        slow.path = u"/approve/"_s;
        slow.delayMs = 3000;
        slow.times = 1;
        m_circle.addFault(slow);
        DecisionRequest request;
        request.gateId = gate.id;
        request.decision = Decision::Approve;
        request.note = u"ship"_s;
        session->decisions()->decide(request);
        QTRY_VERIFY_WITH_TIMEOUT(session->decisions()->inFlight(gate.id), 5000);
        const QByteArray before = readFile(m_config);
        ServersDialog dialog(m_dashboard->serverSetup(), m_dashboard->window());
        dialog.form()->intervalBox()->setValue(300);
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.form()->errorLabel()->text().contains(u"a decision on a gate of ci is on its way"_s),
                 qPrintable(dialog.form()->errorLabel()->text()));
        QCOMPARE(readFile(m_config), before);
        QTRY_VERIFY_WITH_TIMEOUT(!session->decisions()->inFlight(gate.id), 15000);
        QVERIFY(dialog.save());
    }

private:
    static Json circleServer(const char *name, const QUrl &url)
    {
        return {{"name", name},
                {"provider", "circleci"},
                {"url", url.toString().toStdString()},
                {"token_env", "GL_SETUP_TOKEN"},
                {"projects", Json::array({"gh/acme/api", "gh/acme/web"})}};
    }

    void writeConfig(const Json &config)
    {
        qputenv("GL_SETUP_TOKEN", m_circle.token().toUtf8());
        QVERIFY(gltest::writeFile(m_config, QByteArray::fromStdString(config.dump())));
    }

    void open()
    {
        Dashboard::Options options;
        options.configPath = m_config;
        options.auditPath = m_dir->filePath(u"audit.jsonl"_s);
        options.notifications = false;
        QString error;
        m_dashboard = Dashboard::create(options, &error);
        QVERIFY2(m_dashboard, qPrintable(error));
        m_dashboard->show();
    }

    QTemporaryDir m_home;
    glsim::Simulator m_gitlab;
    glsim::Simulator m_circle;
    glsim::Simulator m_other; // GitHub or Jenkins
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<Dashboard> m_dashboard;
    QString m_config;
};

QTEST_MAIN(TestSetup)
#include "tst_setup.moc"
