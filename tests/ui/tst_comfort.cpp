// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The window as someone who keeps it open all day uses it, driven through the real widgets on the
// offscreen platform against the simulator over loopback: the menu bar and what it offers, Help's
// shortcuts and About, a filter that says what it hides (and what it cannot find), Escape, the keyboard
// starting on the gates, Open in Browser when no browser answers, and a layout that survives a restart.

#include "clock.h"
#include "config/credentialstore.h"
#include "gatefilterproxy.h"
#include "gateicons.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"
#include "mainwindow.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "uisupport.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <functional>

using namespace gl;
using namespace gl::ui;
using namespace Qt::StringLiterals;

class TestComfort : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        installTranslations(); // the English plurals
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>();
        Clock::setInstance(m_clock.get());
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        QVERIFY(open());
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        Clock::setInstance(nullptr);
        m_clock.reset();
    }

    // File, View, Gate and Help, each with what a user looks for there, and every shortcut the README
    // names on its action.
    void theMenuBarOffersEveryCommand()
    {
        QStringList menus;
        for (QAction *a : m_window->menuBar()->actions()) {
            menus.append(a->text().remove(u'&'));
        }
        QCOMPARE(menus, (QStringList{u"File"_s, u"View"_s, u"Gate"_s, u"Help"_s}));
        QCOMPARE(menuTexts(u"File"_s), (QStringList{u"Servers…"_s, u"Quit"_s}));
        QCOMPARE(menuTexts(u"View"_s),
                 (QStringList{u"Refresh"_s, u"Filter"_s, u"Only What I Can Approve"_s, u"Expand All"_s,
                              u"Collapse All"_s, u"Audit Log…"_s, u"Appearance"_s, u"Language"_s}));
        QCOMPARE(menuTexts(u"Gate"_s), (QStringList{u"Approve…"_s, u"Reject…"_s, u"Open in Browser"_s,
                                                    u"Copy Link"_s, u"Copy Gate ID"_s}));
        QCOMPARE(menuTexts(u"Help"_s),
                 (QStringList{u"Keyboard Shortcuts"_s, u"About Greenlight"_s, u"About Qt"_s}));

        const auto shortcuts = m_window->shortcutList();
        const auto has = [&](const QString &action, const QKeySequence &keys) {
            return shortcuts.contains({action, keys.toString(QKeySequence::NativeText)});
        };
        QVERIFY(has(u"Approve…"_s, QKeySequence(Qt::CTRL | Qt::Key_Return)));
        QVERIFY(has(u"Reject…"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return)));
        QVERIFY(has(u"Refresh"_s, QKeySequence(QKeySequence::Refresh)));
        QVERIFY(has(u"Filter"_s, QKeySequence(QKeySequence::Find)));
        QVERIFY(has(u"Open in Browser"_s, QKeySequence(Qt::CTRL | Qt::Key_O)));
        QVERIFY(has(u"Quit"_s, QKeySequence(Qt::CTRL | Qt::Key_Q)));
        QVERIFY(has(u"Audit Log…"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)));

        // "Only What I Can Approve" in the menu and the toolbar's box are one setting.
        m_window->onlyMineAction()->trigger();
        QVERIFY(m_window->onlyMineBox()->isChecked());
        QVERIFY(m_window->proxy()->onlyMine());
        m_window->onlyMineBox()->setChecked(false);
        QVERIFY(!m_window->onlyMineAction()->isChecked());
        QVERIFY(!m_window->proxy()->onlyMine());
    }

    // View → Collapse All folds every project (the servers stay open); Expand All opens everything again,
    // and a poll keeps what the user chose.
    void collapseAllAndExpandAll()
    {
        const auto projects = [&] {
            QList<QModelIndex> out;
            for (int s = 0; s < m_window->proxy()->rowCount(); ++s) {
                const QModelIndex server = m_window->proxy()->index(s, 0);
                for (int p = 0; p < m_window->proxy()->rowCount(server); ++p) {
                    out.append(m_window->proxy()->index(p, 0, server));
                }
            }
            return out;
        };
        QCOMPARE(projects().size(), 2);
        QAction *collapse = viewAction(u"Collapse All"_s);
        QAction *expand = viewAction(u"Expand All"_s);
        QVERIFY(collapse && expand);
        collapse->trigger();
        for (const QModelIndex &p : projects()) {
            QVERIFY(!m_window->tree()->isExpanded(p));
            QVERIFY(m_window->tree()->isExpanded(p.parent()));
        }
        QSignalSpy polled(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->refreshAll();
        QTRY_COMPARE(polled.size(), 1);
        for (const QModelIndex &p : projects()) {
            QVERIFY(!m_window->tree()->isExpanded(p));
        }
        expand->trigger();
        for (const QModelIndex &p : projects()) {
            QVERIFY(m_window->tree()->isExpanded(p));
            const QModelIndex pipeline = m_window->proxy()->index(0, 0, p);
            QVERIFY(m_window->tree()->isExpanded(pipeline));
        }
        // Only rows that hold others: a gate row marked expanded costs the view on every removal.
        std::vector<QModelIndex> rows{QModelIndex()};
        int gates = 0;
        while (!rows.empty()) {
            const QModelIndex parent = rows.back();
            rows.pop_back();
            for (int r = 0; r < m_window->proxy()->rowCount(parent); ++r) {
                const QModelIndex i = m_window->proxy()->index(r, 0, parent);
                if (m_window->proxy()->hasChildren(i)) {
                    rows.push_back(i);
                } else {
                    ++gates;
                    QVERIFY2(!m_window->tree()->isExpanded(i), qPrintable(i.data().toString()));
                }
            }
        }
        QVERIFY(gates > 0);
    }

    // Help → Keyboard Shortcuts lists them in a table; About names the version, the licence and the
    // files Greenlight reads and writes.
    void helpShowsTheShortcutsAndAbout()
    {
        m_window->shortcutsAction()->trigger();
        auto *dialog = m_window->findChild<QDialog *>(u"shortcutsDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>();
        QVERIFY(table);
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r) {
            rows.append(table->item(r, 0)->text() + u" = "_s + table->item(r, 1)->text());
        }
        QVERIFY2(rows.contains(u"Approve… = "_s +
                               QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
                 qPrintable(rows.join(u'\n')));
        QVERIFY(rows.contains(u"Open the gate in the browser = Double-click"_s));
        dialog->reject();

        m_window->aboutAction()->trigger();
        auto *about = m_window->findChild<QMessageBox *>(u"aboutBox"_s);
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY2(about->text().contains(u"Greenlight 9.8.7"_s), qPrintable(about->text()));
        const QString info = about->informativeText();
        QVERIFY2(info.contains(u"Licence: MIT"_s) && info.contains(m_configPath.toHtmlEscaped()) &&
                     info.contains(m_auditPath.toHtmlEscaped()),
                 qPrintable(info));
        about->done(0);
    }

    // The filter says how much it hides; a gate it hides leaves the details pane; nothing matching says
    // so with a way out; Escape clears; pipeline numbers match.
    void theFilterSaysWhatItHides()
    {
        QLabel *count = m_window->filterCountLabel();
        QVERIFY(!count->isVisible());
        const QString hold = gateNamed(u"hold"_s); // gh/acme/api #3
        m_window->selectGate(hold);
        QVERIFY(m_window->details()->toPlainText().contains(u"hold"_s));

        m_window->filterEdit()->setText(u"release/1.0"_s); // the two holds of gh/acme/web
        QTRY_VERIFY(count->isVisible());
        QCOMPARE(count->text(), u"2 of 3"_s);
        QCOMPARE(visibleGates().size(), 2);
        // The selected gate is hidden: the details no longer show it.
        QVERIFY2(!m_window->details()->toPlainText().contains(u"gh/acme/api"_s),
                 qPrintable(m_window->details()->toPlainText()));
        QVERIFY(m_window->selectedGateIds().isEmpty() || !m_window->selectedGateIds().contains(hold));
        QVERIFY(!m_window->approveAction()->isEnabled() || !m_window->selectedGateIds().contains(hold));

        m_window->filterEdit()->setText(u"#9"_s); // pipeline 9: the web project's
        QCOMPARE(visibleGates(), (QStringList{u"approve-eu"_s, u"approve-us"_s}));
        m_window->filterEdit()->setText(u"#3"_s);
        QCOMPARE(visibleGates(), QStringList{u"hold"_s});

        m_window->filterEdit()->setText(u"no-such-thing"_s);
        QCOMPARE(count->text(), u"0 of 3"_s);
        QVERIFY(m_window->noMatchPanel()->isVisible());
        QVERIFY(!m_window->tree()->isVisible());
        QCOMPARE(m_window->noMatchLabel()->text(),
                 u"No gate matches “no-such-thing”.\n3 gates wait in all."_s);
        QCOMPARE(m_window->details()->toPlainText(), u"The filter shows 0 of the 3 waiting gates."_s);
        QTest::mouseClick(m_window->clearFilterButton(), Qt::LeftButton);
        QCOMPARE(m_window->filterEdit()->text(), QString());
        QVERIFY(!m_window->noMatchPanel()->isVisible());
        QVERIFY(m_window->tree()->isVisible());
        QTRY_VERIFY(!count->isVisible());
        QCOMPARE(visibleGates().size(), 3);

        // Escape in the filter clears it; a second Escape goes back to the gates.
        m_window->activateWindow();
        m_window->filterEdit()->setFocus();
        QTest::keyClicks(m_window->filterEdit(), u"zzz"_s);
        QVERIFY(m_window->noMatchPanel()->isVisible());
        QTest::keyClick(m_window->filterEdit(), Qt::Key_Escape);
        QCOMPARE(m_window->filterEdit()->text(), QString());
        QCOMPARE(visibleGates().size(), 3);
        QTest::keyClick(m_window->filterEdit(), Qt::Key_Escape);
        QTRY_VERIFY(m_window->tree()->hasFocus());
    }

    // With "Only what I can approve" on, the no-match text says the filter counted only my gates.
    void onlyMineHidingEverythingSaysWhy()
    {
        m_window->onlyMineBox()->setChecked(true);
        m_window->filterEdit()->setText(u"approve-eu"_s);
        QCOMPARE(visibleGates(), QStringList{u"approve-eu"_s});
        m_window->filterEdit()->setText(u"approve-eu nothing"_s);
        QVERIFY(m_window->noMatchPanel()->isVisible());
        QCOMPARE(m_window->noMatchLabel()->text(),
                 u"No gate that you can approve matches “approve-eu nothing”.\n3 gates wait in all."_s);
    }

    // The keyboard starts on the gates, on the one that has waited longest.
    void focusStartsOnTheFirstGate()
    {
        QTRY_VERIFY(m_window->tree()->hasFocus());
        QTRY_COMPARE(m_window->tree()->currentIndex().data(GateTreeModel::GateIdRole).toString(),
                     m_window->model()->longestWaitingGateId());
    }

    // No browser took the link: the window says so and offers to copy it.
    void openInBrowserSaysWhenNoBrowserAnswers()
    {
        QList<QUrl> asked;
        m_window->setUrlOpener([&](const QUrl &url) {
            asked.append(url);
            return false;
        });
        const QString id = gateNamed(u"hold"_s);
        m_window->selectGate(id);
        const QUrl url = m_session->store()->gate(id)->url;
        QVERIFY(url.isValid());
        QVERIFY(m_window->openAction()->isEnabled());
        m_window->openAction()->trigger();
        QCOMPARE(asked, QList<QUrl>{url});
        auto *box = m_window->findChild<QMessageBox *>(u"openFailed"_s);
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->informativeText().contains(url.toDisplayString()), qPrintable(box->informativeText()));
        QPushButton *copy = nullptr;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == u"Copy Link"_s) {
                copy = qobject_cast<QPushButton *>(b);
            }
        }
        QVERIFY(copy);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));

        // A browser that answers: nothing to say but that it opened.
        m_window->setUrlOpener([&](const QUrl &u) {
            asked.append(u);
            return true;
        });
        m_window->openAction()->trigger();
        QCOMPARE(asked.size(), 2);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Opened "_s));
        // Copy Link from the Gate menu, without opening anything.
        QGuiApplication::clipboard()->clear();
        m_window->copyLinkAction()->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));
        QCOMPARE(asked.size(), 2);
    }

    // Size, position, splitter and columns come back after a restart; without saved ones the window fits
    // the screen.
    void theLayoutSurvivesARestart()
    {
        const QSize available = m_window->screen()->availableGeometry().size();
        QVERIFY(m_window->width() <= available.width() && m_window->height() <= available.height());
        const QString settings = m_dir.filePath(u"layout-%1.conf"_s.arg(m_n));
        m_window->setLayoutSettings(settings); // nothing saved yet: nothing changes
        m_window->resize(900, 600);
        m_window->splitter()->setSizes({500, 400});
        m_window->tree()->header()->resizeSection(GateTreeModel::StatusColumn, 201);
        const QList<int> sizes = m_window->splitter()->sizes();
        m_window->close();
        m_window.reset(); // written when the window goes, as at quit
        QVERIFY(QSettings(settings, QSettings::IniFormat).contains(u"window/geometry"_s));

        m_window = std::make_unique<MainWindow>(m_session.get(), m_configPath);
        m_window->setLayoutSettings(settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), QSize(900, 600));
        QCOMPARE(m_window->splitter()->sizes(), sizes);
        QCOMPARE(m_window->tree()->header()->sectionSize(GateTreeModel::StatusColumn), 201);
    }

    // A narrow window (a small screen, 2× scaling) keeps the gates' names readable: the least useful
    // columns step aside, and come back when it widens.
    void aNarrowTreeKeepsTheNamesReadable()
    {
        QHeaderView *header = m_window->tree()->header();
        m_window->resize(1600, 700);
        QTRY_VERIFY(!header->isSectionHidden(GateTreeModel::CommitColumn));
        QVERIFY(!header->isSectionHidden(GateTreeModel::ExpiresColumn));
        m_window->resize(760, 500);
        QTRY_VERIFY(header->isSectionHidden(GateTreeModel::CommitColumn));
        QVERIFY(!header->isSectionHidden(GateTreeModel::StatusColumn));
        QVERIFY2(header->sectionSize(GateTreeModel::NameColumn) >= 200,
                 qPrintable(QString::number(header->sectionSize(GateTreeModel::NameColumn))));
        m_window->resize(1600, 700);
        QTRY_VERIFY(!header->isSectionHidden(GateTreeModel::CommitColumn));
        QVERIFY(!header->isSectionHidden(GateTreeModel::WaitingColumn));
    }

    // View → Appearance → Dark: Greenlight's dark palette at once (badges redrawn for it), remembered in
    // greenlight.conf; System Colours goes back to the desktop's.
    void theDarkAppearanceAppliesAndIsRemembered()
    {
        const QString settings = m_dir.filePath(u"theme-%1.conf"_s.arg(m_n));
        m_window->setLayoutSettings(settings);
        const QColor systemBase = QApplication::palette().color(QPalette::Base);
        QAction *dark = nullptr;
        QAction *system = nullptr;
        for (QAction *a : m_window->themeActions()->actions()) {
            dark = a->data().toString() == u"dark"_s ? a : dark;
            system = a->data().toString() == u"system"_s ? a : system;
        }
        QVERIFY(dark && system);
        QVERIFY(system->isChecked());
        dark->trigger();
        QVERIFY(dark->isChecked());
        QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 64);
        QVERIFY(onDarkBase());
        QCOMPARE(QSettings(settings, QSettings::IniFormat).value(u"window/theme"_s).toString(), u"dark"_s);
        system->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Base), systemBase);
        QCOMPARE(QSettings(settings, QSettings::IniFormat).value(u"window/theme"_s).toString(), u"system"_s);
    }

private:
    bool open()
    {
        m_configPath = m_dir.filePath(u"servers-%1.json"_s.arg(++m_n));
        m_auditPath = m_dir.filePath(u"audit-%1.jsonl"_s.arg(m_n));
        if (!gltest::writeFile(m_configPath,
                               gltest::configFor(m_sim.baseUrl(), {u"gh/acme/api"_s, u"gh/acme/web"_s}))) {
            return false;
        }
        auto config = loadConfig(m_configPath);
        if (!config) {
            return false;
        }
        m_session = Session::open(*config, m_credentials, m_auditPath);
        m_window = std::make_unique<MainWindow>(m_session.get(), m_configPath);
        m_window->setAuditPath(m_auditPath);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            return false;
        }
        QSignalSpy polled(m_session->poller(), &Poller::pollFinished);
        m_session->poller()->start();
        if (!QTest::qWaitFor([&] { return polled.size() >= 1; }, 15000)) {
            return false;
        }
        QCoreApplication::processEvents();
        return m_window->model()->gateCount() == 3;
    }

    QStringList menuTexts(const QString &menu) const
    {
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->text().remove(u'&') == menu && a->menu()) {
                QStringList out;
                for (QAction *item : a->menu()->actions()) {
                    if (!item->isSeparator()) {
                        out.append(item->text().remove(u'&'));
                    }
                }
                return out;
            }
        }
        return {};
    }

    QAction *viewAction(const QString &text) const
    {
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->text().remove(u'&') == u"View"_s) {
                for (QAction *a : menu->menu()->actions()) {
                    if (a->text().remove(u'&') == text) {
                        return a;
                    }
                }
            }
        }
        return nullptr;
    }

    QString gateNamed(const QString &name) const
    {
        for (const Gate &g : m_session->store()->gates()) {
            if (g.name == name) {
                return g.id;
            }
        }
        return {};
    }

    // The names of the gates the tree shows, sorted.
    QStringList visibleGates() const
    {
        QStringList names;
        for (const QString &id : gltest::visibleGateIds(*m_window)) {
            names.append(m_session->store()->gate(id)->name);
        }
        names.sort();
        return names;
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    QString m_configPath;
    QString m_auditPath;
    int m_n = 0;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestComfort)
#include "tst_comfort.moc"
