// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The Greenlight authors
// The window in German and in French: Greenlight's catalogues and Qt's own, the menu bar, the toolbar, the
// confirmation dialog and the tray menu, the language setting and the locale that dates and numbers follow.
// The gates come from the simulator over loopback.

#include "config/credentialstore.h"
#include "decisiondialog.h"
#include "gatestore.h"
#include "gatetreemodel.h"
#include "i18n.h"
#include "mainwindow.h"
#include "poller.h"
#include "session.h"
#include "simulator.h"
#include "testsupport.h"
#include "trayicon.h"

#include <QActionGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace gl;
using namespace gl::ui;

namespace {

QStringList texts(const QList<QAction *> &actions)
{
    QStringList out;
    for (const QAction *a : actions) {
        if (!a->isSeparator()) {
            out.append(a->text());
        }
    }
    return out;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sim.listenLocal() != 0);
        qputenv("GL_TEST_TOKEN", "t0ken");
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

    void availableLanguagesAreTheCatalogues()
    {
        QCOMPARE(availableLanguages(),
                 (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
        QCOMPARE(languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(languageName(QStringLiteral("fr")), QStringLiteral("Français"));
    }

    void theWindowSpeaksTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QStringList>("toolbar");
        QTest::addColumn<QString>("dialogTitle");
        QTest::addColumn<QString>("dialogCancel");
        QTest::addColumn<QStringList>("tray");
        QTest::addColumn<QString>("qtCancel");
        QTest::addColumn<QString>("date");
        QTest::newRow("German") << QStringLiteral("de")
                                << QStringList{QStringLiteral("&Datei"), QStringLiteral("&Ansicht"),
                                               QStringLiteral("&Freigabe"), QStringLiteral("&Hilfe")}
                                << QStringList{QStringLiteral("&Genehmigen…"), QStringLiteral("&Ablehnen…"),
                                               QStringLiteral("&Aktualisieren")}
                                << QStringLiteral("genehmigen") << QStringLiteral("Abbrechen")
                                << QStringList{QStringLiteral("Dashboard öffnen"), QStringLiteral("Beenden")}
                                << QStringLiteral("Abbrechen") << QStringLiteral("Dezember");
        QTest::newRow("French") << QStringLiteral("fr")
                                << QStringList{QStringLiteral("&Fichier"), QStringLiteral("&Affichage"),
                                               QStringLiteral("&Point de contrôle"), QStringLiteral("Aid&e")}
                                << QStringList{QStringLiteral("&Approuver…"), QStringLiteral("&Rejeter…"),
                                               QStringLiteral("&Actualiser")}
                                << QStringLiteral("pprouver") << QStringLiteral("Annuler")
                                << QStringList{QStringLiteral("Ouvrir le tableau de bord"),
                                               QStringLiteral("Quitter")}
                                << QStringLiteral("Annuler") << QStringLiteral("décembre");
    }

    void theWindowSpeaksTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QStringList, toolbar);
        QFETCH(QString, dialogTitle);
        QFETCH(QString, dialogCancel);
        QFETCH(QStringList, tray);
        QFETCH(QString, qtCancel);
        QFETCH(QString, date);
        QCOMPARE(installTranslations(language), language);
        openWindow();
        if (QTest::currentTestFailed()) {
            return;
        }

        QCOMPARE(texts(m_window->menuBar()->actions()).mid(0, menus.size()), menus);
        const QStringList bar = texts(m_window->findChild<QToolBar *>()->actions());
        for (const QString &t : std::as_const(toolbar)) {
            QVERIFY2(bar.contains(t), qPrintable(bar.join(u'|')));
        }

        m_window->selectGate(
            QStringLiteral("sim/workflow/") + m_sim.heldApprovals().first().section(u'/', 0, 0) +
            QStringLiteral("/approval/") + m_sim.heldApprovals().first().section(u'/', 1, 1));
        m_window->approveAction()->trigger();
        DecisionDialog *dialog = nullptr;
        for (DecisionDialog *d : m_window->findChildren<DecisionDialog *>()) {
            dialog = d->isVisible() ? d : dialog;
        }
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(dialogTitle), qPrintable(dialog->windowTitle()));
        QCOMPARE(dialog->cancelButton()->text(), dialogCancel);
        dialog->reject();

        TrayIcon trayIcon(m_session->store(), nullptr, m_window.get());
        const QStringList menu = texts(trayIcon.menu()->actions());
        for (const QString &t : std::as_const(tray)) {
            QVERIFY2(menu.contains(t), qPrintable(menu.join(u'|')));
        }

        // Qt's own catalogue: the standard buttons of every dialog Qt builds.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), qtCancel);
        // Dates and numbers follow the language.
        QVERIFY2(QLocale().toString(QDate(2026, 12, 6), QLocale::LongFormat).contains(date),
                 qPrintable(QLocale().toString(QDate(2026, 12, 6), QLocale::LongFormat)));
        closeWindow();
    }

    // A Jenkins input's values get Alt+letters that the dialog's own labels do not use in the language shown:
    // in German "Ge&nehmigen" and "A&udit-Notiz" leave "a" free for ARTEFAKT, and "u" taken.
    void parameterLettersFollowTheLanguageShown()
    {
        QCOMPARE(installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        DecisionItem input;
        input.gate.id = QStringLiteral("jk/job/app/7/input/Ship");
        input.gate.provider = QStringLiteral("jenkins");
        input.gate.name = QStringLiteral("Deploy to production?");
        input.gate.parameters = {{QStringLiteral("ARTEFAKT"),
                                  QStringLiteral("StringParameterDefinition"),
                                  QString(),
                                  QString(),
                                  {}},
                                 {QStringLiteral("UMGEBUNG"),
                                  QStringLiteral("StringParameterDefinition"),
                                  QString(),
                                  QString(),
                                  {}}};
        DecisionDialog dialog(Decision::Approve, {input});
        QCOMPARE(dialog.decideButton()->text(), QStringLiteral("Ge&nehmigen"));
        QHash<QString, QString> labels; // the buddy's accessible name (a parameter) or "note" → the label
        QSet<QChar> letters;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->buddy()) {
                continue;
            }
            labels.insert(label->buddy() == dialog.noteEdit() ? QStringLiteral("note")
                                                              : label->buddy()->accessibleName(),
                          label->text());
            const QString text = QString(label->text()).remove(QStringLiteral("&&"));
            const QChar letter = text.at(text.indexOf(u'&') + 1).toLower();
            QVERIFY2(!letters.contains(letter), qPrintable(label->text()));
            letters.insert(letter);
        }
        QVERIFY(!letters.contains(u'n')); // Genehmigen's
        QCOMPARE(labels.value(QStringLiteral("ARTEFAKT")), QStringLiteral("&ARTEFAKT:"));
        QCOMPARE(labels.value(QStringLiteral("UMGEBUNG")), QStringLiteral("U&MGEBUNG:"));
        installTranslations(QStringLiteral("en"));
    }

    // View → Language: the choice is kept in greenlight.conf and is what the next start installs; "System
    // Language" forgets it.
    void theLanguageChosenInTheWindowIsTheNextStarts()
    {
        installTranslations(QStringLiteral("en"));
        const QString settings = m_dir.filePath(QStringLiteral("config/greenlight/greenlight.conf"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
        openWindow();
        if (QTest::currentTestFailed()) {
            return;
        }
        m_window->setLayoutSettings(settings);
        QAction *german = nullptr;
        QAction *system = nullptr;
        for (QAction *a : m_window->languageActions()->actions()) {
            german = a->data().toString() == QLatin1String("de") ? a : german;
            system = a->data().toString().isEmpty() ? a : system;
        }
        QVERIFY(german && system);
        QVERIFY(system->isChecked());
        QCOMPARE(german->text(), QStringLiteral("Deutsch"));
        german->trigger();
        QCOMPARE(QSettings(settings, QSettings::IniFormat).value(QStringLiteral("language")).toString(),
                 QStringLiteral("de"));
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("Deutsch")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(installTranslations(), QStringLiteral("de")); // the next start
        QCOMPARE(QLocale().language(), QLocale::German);
        installTranslations(QStringLiteral("en"));
        closeWindow();

        openWindow();
        m_window->setLayoutSettings(settings);
        for (QAction *a : m_window->languageActions()->actions()) {
            QCOMPARE(a->isChecked(), a->data().toString() == QLatin1String("de"));
            system = a->data().toString().isEmpty() ? a : system;
        }
        system->trigger();
        QVERIFY(!QSettings(settings, QSettings::IniFormat).contains(QStringLiteral("language")));
        QCOMPARE(installTranslations(), QStringLiteral("en")); // the system's: LANGUAGE=en in the tests
        closeWindow();
    }

private:
    void openWindow()
    {
        QVERIFY(m_sim.loadScenario(gltest::basicScenario()).isEmpty());
        const QString configPath = m_dir.filePath(QStringLiteral("servers-%1.json").arg(++m_n));
        QVERIFY(gltest::writeFile(configPath,
                                  gltest::configFor(m_sim.baseUrl(), {QStringLiteral("gh/acme/api")})));
        auto config = loadConfig(configPath);
        QVERIFY(config.has_value());
        m_session =
            Session::open(*config, m_credentials, m_dir.filePath(QStringLiteral("audit-%1.jsonl").arg(m_n)));
        m_window = std::make_unique<MainWindow>(m_session.get(), configPath);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_session->poller()->start();
        QTRY_VERIFY(m_window->model()->gateCount() > 0);
    }

    void closeWindow()
    {
        m_window.reset();
        m_session.reset();
    }

    glsim::Simulator m_sim;
    QTemporaryDir m_dir;
    EnvironmentCredentialStore m_credentials;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    int m_n = 0;
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
