// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// GitLab in the window, driven through the real widgets on the offscreen platform against the simulator
// over loopback: "Only what I can approve" hides the deployment I triggered myself, a protected
// environment's approval needs a note even with its name typed, protected_environments patterns of the
// config replace the default, and a muted environment notifies nothing.

#include "clock.h"
#include "config/credentialstore.h"
#include "config/serverconfig.h"
#include "decisiondialog.h"
#include "gatefilterproxy.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"
#include "mainwindow.h"
#include "notifications.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "trayicon.h"
#include "uisupport.h"

#include <QAction>
#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <functional>

using namespace gl;
using namespace gl::ui;
using namespace Qt::StringLiterals;
using gltest::json;

namespace {

constexpr int kWaitMs = 15000; // a poll over loopback takes milliseconds; this only bounds a hang

const QString kApi = u"gl/projects/42"_s;

} // namespace

class TestGitLabWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_GITLAB_TOKEN", "gl-t0ken");
        QVERIFY(m_dir.isValid());
        installTranslations(); // the English plurals
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        Clock::setInstance(m_clock.get()); // the poller polls only when the test says so
        QVERIFY(m_sim.loadScenario(gltest::gitlabScenario()).isEmpty());
        m_sim.clearFaults();
        m_sim.clearRequests();
    }

    void cleanup()
    {
        m_notifier.reset();
        m_sink.reset();
        m_window.reset();
        m_session.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    // My own deployment (103) cannot be approved by me: "Only what I can approve" hides it, and only it;
    // unticking brings it back.
    void onlyWhatICanApproveHidesMyOwnDeployment()
    {
        QVERIFY(open());
        const QStringList all = visibleGateIds();
        QCOMPARE(all.size(), 6);
        QVERIFY(all.contains(kApi + u"/deployments/103"_s));
        const Gate *mine = m_session->store()->gate(kApi + u"/deployments/103"_s);
        QVERIFY(mine);
        QVERIFY(!mine->canApprove);

        m_window->onlyMineBox()->setChecked(true);
        QStringList expected = all;
        expected.removeAll(kApi + u"/deployments/103"_s);
        QCOMPARE(visibleGateIds(), expected);

        m_window->onlyMineBox()->setChecked(false);
        QCOMPARE(visibleGateIds(), all);
    }

    // My own deployment is not mine to decide: Approve and Reject stay disabled on it, the tray does not
    // count it, and asking by id is refused with the reason.
    void myOwnDeploymentCannotBeDecidedNorCounted()
    {
        QVERIFY(open());
        TrayIcon tray(m_session->store(), nullptr, m_window.get());
        QTRY_COMPARE(tray.waitingForMe(), 5); // six gates, one of them mine
        QVERIFY2(tray.icon()->toolTip().contains(u"5 gates wait for your approval"_s),
                 qPrintable(tray.icon()->toolTip()));

        const QString own = kApi + u"/deployments/103"_s;
        m_window->selectGate(own);
        QCOMPARE(m_window->selectedGateIds(), QStringList{own});
        QVERIFY(!m_window->approveAction()->isEnabled());
        QVERIFY(!m_window->rejectAction()->isEnabled());
        QVERIFY(m_window->decidableSelection().empty());
        m_window->selectGate(kApi + u"/deployments/101"_s);
        QVERIFY(m_window->approveAction()->isEnabled());
        QVERIFY(m_window->rejectAction()->isEnabled());
        QVERIFY(!m_window->requestDecision(Decision::Approve, {own}));
        QCOMPARE(m_sim.count("POST"), 0);
    }

    // Production is protected by the default pattern prod*: typing its name is not enough, the approval
    // also needs a note. Typed in that order, the button stays disabled until the note is there.
    void aProtectedApprovalNeedsANoteEvenWithItsNameTyped()
    {
        QVERIFY(open());
        const QString id = kApi + u"/deployments/101"_s;
        m_window->selectGate(id);
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->confirmEdit());
        QCOMPARE(dialog->confirmationWord(), u"production"_s);
        QTest::keyClicks(dialog->confirmEdit(), u"production"_s);
        QVERIFY(!dialog->decideButton()->isEnabled());
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(m_sim.count("POST"), 0);
        QTest::keyClicks(dialog->noteEdit(), u"CAB 812"_s);
        QVERIFY(dialog->decideButton()->isEnabled());
        QTest::mouseClick(dialog->decideButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sim.count("POST", u"/deployments/101/approval"_s), 1, kWaitMs);
        QCOMPARE(m_sim.count("POST"), 1);
    }

    // The config's protected_environments replace the default: "staging" and "*-us" are protected,
    // production no longer is.
    void protectedEnvironmentsComeFromTheConfig()
    {
        QVERIFY(open({u"staging"_s, u"*-us"_s}));
        QCOMPARE(m_session->config().protectedEnvironments, (QStringList{u"staging"_s, u"*-us"_s}));

        struct Case
        {
            QString deployment;
            QString word; // empty: not protected
        };
        for (const Case &c : {Case{u"102"_s, u"staging"_s}, Case{u"105"_s, u"production-us"_s},
                              Case{u"101"_s, QString()}, Case{u"201"_s, QString()}}) {
            const QString id =
                (c.deployment == u"201" ? u"gl/projects/77"_s : kApi) + u"/deployments/"_s + c.deployment;
            QVERIFY2(m_session->store()->gate(id), qPrintable(id));
            DecisionDialog *dialog = m_window->requestDecision(Decision::Approve, {id});
            QVERIFY2(dialog, qPrintable(id));
            QCOMPARE(dialog->confirmationWord(), c.word);
            // Protected: neither note nor name yet, so no approving. Not protected: the note is optional.
            QCOMPARE(dialog->decideButton()->isEnabled(), c.word.isEmpty());
            QCOMPARE(dialog->confirmEdit() != nullptr && dialog->confirmEdit()->isVisible(),
                     !c.word.isEmpty());
            dialog->reject();
            QTRY_VERIFY(!openDialog());
        }
        QCOMPARE(m_sim.count("POST"), 0);
    }

    // A muted GitLab environment notifies nothing; the other gates of the same poll still do.
    void aMutedEnvironmentNotifiesNothing()
    {
        QVERIFY(open({}, [this] {
            m_sink = std::make_unique<gltest::RecordingSink>();
            m_notifier = std::make_unique<Notifier>(m_session->store(), m_sink.get());
            NotificationSettings settings = m_notifier->settings();
            settings.mutedEnvironments = {u"production"_s};
            m_notifier->setSettings(settings);
        }));
        QTRY_COMPARE(m_sink->shown.size(), 1); // the first poll's summary
        const QStringList ids = m_sink->shown.first().gateIds;
        QVERIFY2(!ids.contains(kApi + u"/deployments/101"_s), qPrintable(ids.join(u' ')));
        // Not muted: staging, production-us, prod-eu and the manual job (103 is mine: not for me to approve).
        QStringList expected{kApi + u"/deployments/102"_s, kApi + u"/deployments/105"_s,
                             u"gl/projects/77/deployments/201"_s};
        for (const Gate &g : m_session->store()->gates()) {
            if (g.kind == GateKind::ManualJob) {
                expected.append(g.id);
            }
        }
        QCOMPARE(expected.size(), 4);
        QStringList got = ids;
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);
    }

private:
    // A session and window on the GitLab scenario (both projects, manual jobs), polled once. `before`
    // runs once the session exists, before its first poll.
    bool open(const QStringList &protectedEnvironments = {}, const std::function<void()> &before = {})
    {
        json config =
            json::parse(gltest::configFor(m_sim.baseUrl(), {u"acme/api"_s, u"acme/plateforme/déploiement"_s},
                                          "GL_GITLAB_TOKEN", u"gl"_s, "gitlab", true)
                            .toStdString());
        if (!protectedEnvironments.isEmpty()) {
            json patterns = json::array();
            for (const QString &p : protectedEnvironments) {
                patterns.push_back(p.toStdString());
            }
            config["protected_environments"] = patterns;
        }
        const QString path = m_dir.filePath(u"servers-%1.json"_s.arg(++m_n));
        if (!gltest::writeFile(path, QByteArray::fromStdString(config.dump()))) {
            return false;
        }
        auto loaded = loadConfig(path);
        if (!loaded) {
            qWarning("%s", qPrintable(loaded.error().message));
            return false;
        }
        m_session = Session::open(*loaded, m_credentials, m_dir.filePath(u"audit-%1.jsonl"_s.arg(m_n)));
        if (before) {
            before();
        }
        m_window = std::make_unique<MainWindow>(m_session.get(), path);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            qWarning("window not exposed");
            return false;
        }
        QSignalSpy polled(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        if (!QTest::qWaitFor([&] { return polled.size() >= 1; }, kWaitMs)) {
            qWarning("no poll");
            return false;
        }
        QCoreApplication::processEvents();
        m_sim.clearRequests();
        return true;
    }

    QStringList visibleGateIds() const { return gltest::visibleGateIds(*m_window); }
    DecisionDialog *openDialog() const { return gltest::openDialog(*m_window); }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    int m_n = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<gltest::RecordingSink> m_sink;
    std::unique_ptr<Notifier> m_notifier;
};

QTEST_MAIN(TestGitLabWindow)
#include "tst_gitlabwindow.moc"
